"""base.addresses: a record's address reversed once per page, a view's once per language; never stale."""
import pytest
from django.template import engines
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix
from django.utils import translation

from base import addresses
from base.addresses import record_url


class Record:
    def __init__(self, slug):
        self.slug = slug
        self.reversed = 0

    def get_absolute_url(self):
        self.reversed += 1
        return f"/{translation.get_language()}/records/{self.slug}/"


def test_a_record_linked_twice_is_reversed_once():
    record = Record("a")
    with translation.override("zh-hans"):
        assert record_url(record) == record_url(record) == "/zh-hans/records/a/"
    assert record.reversed == 1


def test_another_language_or_a_new_slug_reverses_again():
    record = Record("a")
    with translation.override("zh-hans"):
        record_url(record)
    with translation.override("zh-tw"):
        assert record_url(record) == "/zh-tw/records/a/"
        record.slug = "b"
        assert record_url(record) == "/zh-tw/records/b/"
    assert record.reversed == 3


# --- address(): a view reversed once per language, URLconf and script prefix -------------------------------

@pytest.mark.parametrize("language", ["zh-hans", "zh-tw", "zh-hk"])
def test_an_address_is_what_reverse_answers(language):
    with translation.override(language):
        assert addresses.address("academy:person-list") == reverse("academy:person-list")
        for slug in ("bao-qi-fan", "a_1", "X-2"):
            assert addresses.address("academy:person-detail", slug) == reverse(
                "academy:person-detail", kwargs={"slug": slug},
            )
            assert addresses.address("news:article", slug) == reverse("news:article", kwargs={"slug": slug})


def test_a_view_is_reversed_once_per_language(monkeypatch):
    addresses._reversed.cache_clear()
    calls = []
    monkeypatch.setattr(addresses, "reverse", lambda *args, **kwargs: calls.append(args) or reverse(*args, **kwargs))
    with translation.override("zh-hans"):
        people = [addresses.address("academy:person-detail", slug) for slug in ("a", "b", "c")]
        addresses.address("academy:person-list")
        addresses.address("academy:person-list")
    with translation.override("zh-tw"):
        taiwan = addresses.address("academy:person-detail", "a")
    assert people == ["/zh-hans/people/a/", "/zh-hans/people/b/", "/zh-hans/people/c/"]
    assert taiwan == "/zh-tw/people/a/"
    assert len(calls) == 3  # person-detail in zh-hans, person-list, person-detail in zh-tw


def test_a_slug_the_converter_refuses_is_refused_as_reverse_refuses_it():
    with translation.override("zh-hans"), pytest.raises(NoReverseMatch):
        addresses.address("academy:person-detail", "包起帆")


def test_the_script_prefix_is_part_of_the_address():
    with translation.override("zh-hans"):
        plain = addresses.address("academy:person-detail", "a")
        set_script_prefix("/site/")
        try:
            prefixed = addresses.address("academy:person-detail", "a")
        finally:
            clear_script_prefix()
    assert (plain, prefixed) == ("/zh-hans/people/a/", "/site/zh-hans/people/a/")


def test_the_address_tag_writes_what_the_url_tag_writes():
    """{% address %} (the header's and cards' links to the list pages) is {% url %} reversed once per language."""
    template = engines["django"].from_string(
        "{% load addresses %}{% address 'academy:course-list' %}|{% url 'academy:course-list' %}",
    )
    for language in ("zh-hans", "zh-hk"):
        with translation.override(language):
            ours, django_s = template.render({}).split("|")
            assert ours == django_s == f"/{language}/courses/"



def test_whole_numbers_are_reversed_once_per_set_of_numbers(monkeypatch):
    """The archive's years and months: reverse() once for each, then the kept address."""
    addresses._reversed_numbers.cache_clear()
    calls = []
    real = addresses.reverse
    monkeypatch.setattr(addresses, "reverse", lambda *a, **k: calls.append(a) or real(*a, **k))
    with translation.override("zh-hans"):
        months = [addresses.address("news:archive-month", 2024, month) for month in (1, 2, 1, 2)]
        year = addresses.address("news:archive-year", 2024)
        assert addresses.address("news:archive-year", 2024) == year
    with translation.override("zh-hk"):
        hong_kong = addresses.address("news:archive-year", 2024)
    assert months == ["/zh-hans/news/archive/2024/1/", "/zh-hans/news/archive/2024/2/"] * 2
    assert (year, hong_kong) == ("/zh-hans/news/archive/2024/", "/zh-hk/news/archive/2024/")
    assert len(calls) == 4  # two months, the year in zh-hans, the year in zh-hk


def test_other_arguments_get_what_reverse_gives_them():
    with translation.override("zh-hans"):
        # digits as text for an <int:…> converter: a slug placeholder cannot stand in for them
        assert addresses.address("news:archive-year", "2024") == reverse("news:archive-year", args=["2024"])
        assert addresses.address("news:tag", "技能") == reverse("news:tag", args=["技能"])  # a <str:…> tag
        with pytest.raises(NoReverseMatch):
            addresses.address("news:archive-year", True)
        with pytest.raises(NoReverseMatch):
            addresses.address("news:archive-year", 2024, 1, 1)
