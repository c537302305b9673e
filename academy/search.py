"""The academy records the site search finds by name (or alias), in either script, grouped by kind.

A name match is a LIKE a term over the normalised names, on the rows the name index finds for the term's
characters (academy.models.common.NameSearchMixin, academy.name_lookup). Every kind's first GROUP_CAP + 1
matches come from one statement, the kinds' queries joined by UNION ALL. Building and compiling five
querysets cost more than running them (about 1.7 ms of a search's 2.6 on the seed site), and they differ
from one search to the next only in the words: so the statement is built from the models' own querysets
(their published() rules, their name order) once per process for each number of terms, with markers
where the words go, and each search only puts its words in.

The rows a set of words finds are kept in the shared cache until a record changes (RECORDS, a
base.versions.CacheVersion that any save, delete or bulk write of a searched kind drops; the statement
reads no other table, and a course's or an event's academy is itself a searched kind): the statement
reads every record's names (3–4 ms at 10,000 people), and the same words come back on each page of a
search, in each variant, and after every article is published, which starts the page cache afresh but
changes no record.
"""
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from django.db import connections, router
from django.db.models import CharField, Value, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _

from academy import name_lookup
from academy.models import Academy, Course, Event, Organisation, Person
from base.addresses import address
from base.planner import Unindexed
from base.versions import CacheVersion

# Dropped by any write to a searched kind's row (academy.apps); records have no publication time.
RECORDS = CacheVersion("academy:records-version")
KEPT_SECONDS = 24 * 3600
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
MODELS = [model for _key, _label, model, _list in KINDS]
FIELDS = ("pk", "name", "slug")
# Where a term goes in a built statement: private-use characters, which LIKE escaping leaves as they
# are. A term may hold them too: it is put in by one pass over the built pattern, never searched again.
MARKER = re.compile("\ue000(\\d+)\ue001")


@dataclass
class RecordGroup:
    key: str
    label: str
    list_url: str
    items: list = field(default_factory=list)  # at most SHOWN
    count: int = 0                              # at most GROUP_CAP
    capped: bool = False


class Pattern(str):
    """A built statement's LIKE pattern with markers, e.g. '%\ue0003\ue001%': the 3rd term goes there."""


@dataclass(frozen=True)
class Lookup:
    """A built statement's name-index lookup (academy.name_lookup.lookup_param) of the `term`-th term."""
    term: int


@dataclass(frozen=True)
class Statement:
    """SQL for every kind at once, and its parameters: fixed values, Patterns that each search fills with
    its terms, escaped as the backend escapes a `contains` lookup's value, and each term's Lookup."""
    sql: str
    params: tuple

    def run(self, using, words):
        connection = connections[using]
        escaped = [connection.ops.prep_for_like_query(word) for word in words]
        params = [
            MARKER.sub(lambda m: escaped[int(m.group(1))], p) if isinstance(p, Pattern)
            else name_lookup.lookup_param(connection.vendor, words[p.term]) if isinstance(p, Lookup)
            else p
            for p in self.params
        ]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            return cursor.fetchall()


def kind_query(model, terms):
    """One kind's first GROUP_CAP + 1 published matches in name order, as rows (kind's place, rank, FIELDS).

    In name order, but not by walking a name index (base.planner.Unindexed): a walk looks every row up
    until it has enough matches, all of them for a word no name holds, which is most searches (10,021
    people: 4.3 ms), where reading the table and sorting its matches costs the same for any word (2.4 ms;
    a walk wins only for a word in hundreds of names, 0.7 ms)."""
    kind = MODELS.index(model)
    order = [Unindexed("name", output_field=CharField()).asc(), "pk"]
    return (
        model.objects.published().named(terms).order_by(*order)
        .annotate(search_kind=Value(kind), search_rank=Window(RowNumber(), order_by=order))
        .values_list("search_kind", "search_rank", *FIELDS)[: GROUP_CAP + 1]
    )


@lru_cache(maxsize=16)
def statement(terms: int, using: str) -> Statement:
    """The statement for queries of that many terms on database `using`."""
    connection = connections[using]
    markers = [f"\ue000{n}\ue001" for n in range(terms)]
    # The markers' own index lookups, to know them among the parameters (hashable: PostgreSQL's are lists).
    lookups = {_frozen(name_lookup.lookup_param(connection.vendor, m)): Lookup(n) for n, m in enumerate(markers)}
    parts, params = [], []
    for n, model in enumerate(MODELS):
        sql, kind_params = kind_query(model, markers).query.get_compiler(using).as_sql()
        parts.append(f"SELECT * FROM ({sql}) {connection.ops.quote_name(f'kind_{n}')}")
        for p in kind_params:
            if _frozen(p) in lookups:
                p = lookups[_frozen(p)]
            elif isinstance(p, str) and MARKER.search(p):
                p = Pattern(p)
            params.append(p)
    return Statement(" UNION ALL ".join(parts) + " ORDER BY 1, 2", tuple(params))


def _frozen(value):
    return tuple(value) if isinstance(value, list) else value


@cache
def loaded_order(model) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """FIELDS' attribute names in the model's field order (the order from_db takes values in), and where
    each one's value is in a row: worked out once per model, not per row."""
    attnames = (model._meta.pk.attname, *FIELDS[1:])
    names = tuple(f.attname for f in model._meta.concrete_fields if f.attname in attnames)
    return names, tuple(attnames.index(name) for name in names)


def record(model, using, values):
    """A record with only FIELDS loaded (as `only()` makes), from a row's values in FIELDS order."""
    names, positions = loaded_order(model)
    return model.from_db(using, names, [values[i] for i in positions])


def forget(**_kwargs) -> None:
    """A record changed: what any words found is found again."""
    RECORDS.forget()


def whole_list_count(model, count) -> int:
    """count(), the size of a whole list of `model` (a searched kind, whose shown rows depend only on the
    searched kinds' tables), kept until a record changes: a list page need not count the directory on
    every request. Any other list is counted each time."""
    if model not in MODELS:
        return count()
    return RECORDS.kept(f"list-count:{model._meta.label_lower}", count, KEPT_SECONDS)


def _found(terms: list[str], using: str) -> list[tuple]:
    """The statement's rows for `terms`: kept until a record changes, when they are any. Words no record
    holds are not kept, so a flood of made-up queries adds no key; those that are kept are bounded by the
    names themselves (each term is part of a name)."""
    spelled = "\x1f".join(terms).encode()
    return RECORDS.kept(
        f"search:{using}:{hashlib.blake2b(spelled, digest_size=16).hexdigest()}",
        lambda: [tuple(row) for row in statement(len(terms), using).run(using, terms)], KEPT_SECONDS, bool,
    )


def search_records(terms: list[str]) -> list[RecordGroup]:
    """Every kind, in a fixed order, with its first SHOWN matches and a capped count (one query, or none
    when the same words were searched since the last change to a record)."""
    rows_by_kind = [[] for _ in KINDS]
    if terms:
        using = router.db_for_read(Person)
        for kind, _rank, *values in _found(terms, using):
            rows_by_kind[kind].append(record(MODELS[kind], using, values))
    return [
        RecordGroup(
            key, label, address(list_name), items=rows[:SHOWN], count=min(len(rows), GROUP_CAP),
            capped=len(rows) > GROUP_CAP,
        )
        for (key, label, _model, list_name), rows in zip(KINDS, rows_by_kind, strict=True)
    ]
