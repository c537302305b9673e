"""The academy directory as zhtext.mentions Records, and what an article's text names.

Read side only (the writes are in academy/mention_services.py). A record's id for the finder is
(kind, pk); its surfaces are its name, short name and aliases. Six kinds have public pages and are
looked for: academies, organisations, people, training bases, courses and events.
"""
from __future__ import annotations

import re
from functools import cache
from html import unescape

from zhtext.mentions import Mention, Record, find_mentions
from zhtext.proposals import Proposals, propose_records
from zhtext.script import t2s

# kind -> (model name in academy.models, ArticleMention's FK field, the record's reverse relation on Article)
KINDS = {
    "academy": ("Academy", "academy", "academies"),
    "organisation": ("Organisation", "organisation", "organisations"),
    "person": ("Person", "person", "people"),
    "training_base": ("TrainingBase", "training_base", "training_bases"),
    "course": ("Course", "course", "courses"),
    "event": ("Event", "event", "events"),
}

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption|div)>|<br\s*/?>", re.IGNORECASE)


def model_of(kind):
    from academy import models

    return getattr(models, KINDS[kind][0])


# Aliases that point only from inside their own article (我校 for the school that wrote it): never used
# to find or link a record in text, where they would name whoever is writing.
DEICTIC = ("我", "本", "该", "此", "贵", "我們", "該")


def usable_names(obj) -> tuple[str, ...]:
    names = [obj.name, getattr(obj, "short_name", "") or "", *obj.alias_list]
    return tuple(n for n in names if n and (n == obj.name or not n.startswith(DEICTIC)))


def record_for(kind, obj) -> Record:
    name, *aliases = usable_names(obj)
    return Record((kind, obj.pk), kind, name, tuple(aliases))


def directory_records() -> list[Record]:
    """Every record of the six kinds, one query per kind, only the columns the finder needs."""
    records = []
    for kind in KINDS:
        model = model_of(kind)
        columns = ["pk", "name", "aliases"] + (["short_name"] if hasattr(model, "short_name") else [])
        for obj in model.objects.only(*columns).order_by("pk"):
            records.append(record_for(kind, obj))
    return records


# jieba part-of-speech tags for the directory's names (zhtext.dictionary): nr a person, nt an organisation.
WORD_TAGS = {"person": "nr", "organisation": "nt", "academy": "nt"}


def words_of(kind, obj) -> list[tuple[str, str]]:
    return [(name, WORD_TAGS.get(kind, "nz")) for name in usable_names(obj)]


def directory_words() -> list[tuple[str, str]]:
    """Every usable name of the six kinds, tagged, for the segmenter's user dictionary."""
    return [
        (name, WORD_TAGS.get(record.kind, "nz"))
        for record in directory_records() for name in (record.name, *record.aliases)
    ]


def html_text(html: str) -> str:
    """The plain text of a sanitised body, one line per block (sentences end at a block's end)."""
    return unescape(_TAG.sub("", _BLOCK_END.sub("\n", html or "")))


def article_text(article) -> str:
    return "\n".join(part for part in (article.title, article.summary, html_text(article.body)) if part)


def mentions_in(text: str, records: list[Record] | None = None) -> list[Mention]:
    """The finder's mentions, ambiguous only between records of one kind (two people of one name).

    A surface shared across kinds is the same thing seen twice (上海锅炉厂有限公司, the organisation and
    the training base it hosts; a forum kept as both an event and a course): both are meant."""
    mentions = find_mentions(text, directory_records() if records is None else records)
    for mention in mentions:
        if mention.ambiguous:
            mention.ambiguous = any(
                other is not mention and other.kind == mention.kind and set(other.surfaces) & set(mention.surfaces)
                for other in mentions
            )
    return mentions


def new_record_proposals(text: str, records: list[Record]) -> Proposals:
    """zhtext.proposals for the text, without what the directory already has (by name or alias)."""
    known = {t2s(surface) for r in records for surface in (r.name, *r.aliases)}
    proposals = propose_records(text)
    proposals.people = [p for p in proposals.people if p.name not in known]
    proposals.organisations = [o for o in proposals.organisations if o not in known]
    proposals.academies = [a for a in proposals.academies if a not in known]
    proposals.events = [e for e in proposals.events if e.name not in known]
    return proposals


@cache
def link_fields() -> tuple[str, ...]:
    """What a first-mention link needs of each kind of record (its names and address), for only(): the six
    joined records' other columns were compiled, read and built on every article page."""
    fields = []
    for kind in KINDS:
        names = ["name", "slug", "aliases"] + (["short_name"] if hasattr(model_of(kind), "short_name") else [])
        fields += [f"{kind}__{name}" for name in names]
    return tuple(fields)


@cache
def _link_columns() -> dict[str, tuple[tuple[int, str], ...]]:
    """For each kind, where its link fields are in a row of link_fields() (worked out once, not per row)."""
    columns = [column.partition("__") for column in link_fields()]
    return {kind: tuple((at, field) for at, (owner, _, field) in enumerate(columns) if owner == kind) for kind in KINDS}


@cache
def _accepted_rows():
    """The accepted, shown mentions of an article as (kind, each kind's link fields …) rows, compiled once per
    worker (base.prepared): building the six-way join cost more than the database's answer."""
    from academy.models import ArticleMention
    from base.prepared import Prepared

    return Prepared(lambda article: ArticleMention.objects.filter(article_id=article).accepted().shown()
                    .order_by("pk").values_list("kind", *link_fields()), article=int)


def accepted_links(article):
    """news.body_links provider: the article's accepted mentions as links, in one query. Each record is built
    from its few link fields only (a name, a slug, aliases), for its own usable_names() and address."""
    from news.body_links import BodyLink

    links = []
    for kind, *values in _accepted_rows()(article=article.pk):
        record = model_of(kind)(**{field: values[at] for at, field in _link_columns()[kind]})
        links.append(BodyLink(usable_names(record), record.get_absolute_url(), kind))
    return links
