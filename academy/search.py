"""The academy records the site search finds by name (or alias), in either script, grouped by kind.

Directory tables are small next to the news (thousands of rows, short names), so a name match is a
plain LIKE over name and aliases (academy.querysets.NameSearchMixin); each group costs one query, whose
count is capped at GROUP_CAP.
"""
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy.models import Academy, Course, Event, Organisation, Person

GROUP_CAP = 50
SHOWN = 10
# (key, label, model, list page)
KINDS = (
    ("academies", _("Academies"), Academy, "academy:academy-list"),
    ("people", _("People"), Person, "academy:person-list"),
    ("courses", _("Courses"), Course, "academy:course-list"),
    ("events", _("Events"), Event, "academy:event-list"),
    ("organisations", _("Organisations"), Organisation, "academy:organisation-list"),
)


@dataclass
class RecordGroup:
    key: str
    label: str
    list_url: str
    items: list = field(default_factory=list)  # at most SHOWN
    count: int = 0                              # at most GROUP_CAP
    capped: bool = False


def search_records(terms: list[str]) -> list[RecordGroup]:
    """Every kind, in a fixed order, with its first SHOWN matches and a capped count (one query each)."""
    groups = []
    for key, label, model, list_name in KINDS:
        rows = list(model.objects.published().named(terms).only("pk", "name", "slug")[: GROUP_CAP + 1]) if terms else []
        groups.append(RecordGroup(
            key, label, reverse(list_name), items=rows[:SHOWN], count=min(len(rows), GROUP_CAP),
            capped=len(rows) > GROUP_CAP,
        ))
    return groups
