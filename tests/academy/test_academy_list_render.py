"""List pages render cheaply (issue 13.8): what a card or a row shows once per listed record is looked up,
not rebuilt for each."""
import pytest
from django.db import models
from django.utils import translation

from academy.models import Organisation


def test_a_choice_label_is_looked_up_not_rebuilt(monkeypatch):
    """get_kind_display() (once per row on the organisations and training base lists) does not rebuild the
    field's choices each time, and still answers in the active language."""
    organisation = Organisation(kind=Organisation.Kind.INSTITUTE)
    organisation.get_kind_display()
    monkeypatch.setattr(models.CharField, "flatchoices", property(lambda field: pytest.fail("choices rebuilt")))
    with translation.override("zh-hans"):
        assert organisation.get_kind_display() == "科研机构"
    with translation.override("en"):
        assert organisation.get_kind_display() == "Research institute"
    organisation.kind = "unknown"  # a value outside the choices shows as itself, as in Django
    assert organisation.get_kind_display() == "unknown"


@pytest.mark.django_db
def test_the_academy_cards_figures_are_built_once(monkeypatch):
    """The three subquery counts of an academy card (home page and academies list) are built once per
    process, not for every page: building them cost more than the rest of the query."""
    from academy.models import Academy, academies

    list(Academy.objects.published().public())
    monkeypatch.setattr(academies, "count_of", lambda *args: pytest.fail("figures built again"))
    assert list(Academy.objects.published().public()) == []
    assert list(Academy.objects.for_home()) == []
