"""What an article is about: records of the apps above news that list the article among their sources.

news may not import those apps (the layers run zhtext -> base -> news -> academy -> pages). The app that
owns the records describes them once (academy.subjects.ARTICLE_SUBJECTS) and registers that description
here when Django starts (academy.apps); the article admin, the article views, the JSON-LD and the
"本文涉及" template all read it from here.
"""
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Prefetch


@dataclass(frozen=True)
class Subject:
    relation: str                 # Article's reverse relation: article.academies …
    label: str                    # heading (lazily translated)
    schema_type: str = ""         # schema.org type in the article's JSON-LD `about`; "" for none
    public: bool = True           # shown on the article page and in its JSON-LD (else admin only)
    queryset: Callable | None = None  # the related rows with what their display needs (select_related)
    item_template: str = ""       # shows one `record`'s name; "" for its plain name

    def prefetch(self):
        if self.queryset is None:
            return self.relation
        return Prefetch(self.relation, queryset=self.queryset())


_registered: list[Subject] = []
_prefetches: list = []  # built once: building six querysets cost 0.5 ms on every article page


def register(subjects) -> None:
    """Called once by the owning app's AppConfig.ready(); registering again replaces, never duplicates."""
    known = {s.relation for s in subjects}
    _registered[:] = [s for s in _registered if s.relation not in known] + list(subjects)
    _prefetches.clear()


def article_subjects(public_only=False) -> tuple[Subject, ...]:
    return tuple(s for s in _registered if s.public or not public_only)


def prefetches() -> list:
    """prefetch_related() arguments for everything an article page shows about its subjects. Built once
    (after the apps are ready), like any module-level Prefetch: prefetching filters a copy of the queryset."""
    if not _prefetches:
        _prefetches.extend(s.prefetch() for s in article_subjects(public_only=True))
    return list(_prefetches)


def subject_groups(article, public_only=True) -> list[tuple[Subject, list]]:
    """(subject, records) for each kind of record that names the article; uses prefetched rows."""
    groups = []
    for subject in article_subjects(public_only=public_only):
        manager = getattr(article, subject.relation, None)
        records = list(manager.all()) if manager is not None else []
        if records:
            groups.append((subject, records))
    return groups
