"""How prominently an article names each record it is about, for a compact "本文涉及".

A record's names (name, short name, aliases) are looked up in the article's normalised text (Simplified,
plain), so a Traditional article finds a Simplified name and the other way round. Within each kind the
records keep the order the article names them in (first mention); the main ones (academies, events,
people, courses named in the title or more than once) are shown first, the rest behind 展开全部.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from news.subjects import subject_groups
from zhtext.search import normalise

MAIN_RELATIONS = ("academies", "events", "people", "courses")
MAIN_LIMIT = 8      # at most this many records before 展开全部
SHOW_ALL_UP_TO = 8  # an article about this few records shows them all, with nothing folded


@lru_cache(maxsize=4096)
def _normalised(name: str) -> str:
    return normalise(name)


def record_names(record) -> set[str]:
    names = [getattr(record, "name", ""), getattr(record, "short_name", ""), *getattr(record, "alias_list", [])]
    return {n for n in (_normalised(name) for name in names if name) if len(n) >= 2}


@dataclass
class Mention:
    record: object
    in_title: bool
    count: int
    first: int

    @property
    def prominence(self):
        return (not self.in_title, -self.count, self.first)


@dataclass
class Subjects:
    main: list = field(default_factory=list)   # [(subject, [records])], main records only
    rest: list = field(default_factory=list)   # [(subject, [records])], everything else
    rest_count: int = 0

    def __bool__(self):
        return bool(self.main or self.rest)


def article_text(article) -> tuple[str, str]:
    return _normalised_text(article.title, article.summary, article.body)


@lru_cache(maxsize=128)  # per article version: normalising a long body cost 0.3 ms on every article page
def _normalised_text(title: str, summary: str, body: str) -> tuple[str, str]:
    return normalise(title), normalise(f"{title} {summary} {body}")


def mention(record, title: str, text: str) -> Mention:
    names = record_names(record)
    found = [text.find(n) for n in names if n in text]
    return Mention(
        record=record,
        in_title=any(n in title for n in names),
        count=sum(text.count(n) for n in names),
        first=min(found) if found else len(text),
    )


def ranked_subjects(article, groups=None) -> Subjects:
    """The article's subjects (from prefetched relations): main ones first, the rest grouped by kind."""
    groups = subject_groups(article) if groups is None else groups
    title, text = article_text(article)
    mentioned = [(subject, sorted((mention(r, title, text) for r in records), key=lambda m: m.first))
                 for subject, records in groups]
    total = sum(len(ms) for _, ms in mentioned)
    if total <= SHOW_ALL_UP_TO:
        return Subjects(main=[(s, [m.record for m in ms]) for s, ms in mentioned])
    candidates = [
        m for subject, ms in mentioned if subject.relation in MAIN_RELATIONS for m in ms if m.in_title or m.count > 1
    ]
    main_ids = {id(m.record) for m in sorted(candidates, key=lambda m: m.prominence)[:MAIN_LIMIT]}
    result = Subjects()
    for subject, ms in mentioned:
        main = [m.record for m in ms if id(m.record) in main_ids]
        rest = [m.record for m in ms if id(m.record) not in main_ids]
        if main:
            result.main.append((subject, main))
        if rest:
            result.rest.append((subject, rest))
            result.rest_count += len(rest)
    return result
