"""Query plans for lists ordered by date: when to walk the date index and when to look rows up
(walk_from, picked, and ArticleQuerySet.among, which applies them), and hints to the planners.

- Likely: SQLite without statistics (no ANALYZE has run yet) takes every value of an indexed column for a
  rare one (about ten rows each): `status = 'published'` then looks like the most selective test of a
  query, and the planner walks every published article in date order, testing each against the condition
  that does pick a few rows (a link table, a tag, a list of ids). SQLite's likely() says how often a
  condition holds (https://sqlite.org/lang_corefunc.html#likely); other databases gather statistics on
  their own and get the condition unchanged.
- Unindexed: on SQLite, a column the planner must not look rows up by (a walk instead).
- Probe: a per-row test that PostgreSQL will not turn into a hash of every row it could match.
- size_hint: the sizes a plan is chosen by, for a list with no kept count of its own.
"""
import math

from django.core.cache import cache
from django.db.models import BigIntegerField, BooleanField, Exists, Func

# What testing one walked index entry against the condition costs, against looking up and sorting one
# picked row. Measured at 100,000 articles on SQLite. WALK_COST, the entry's id looked for in the picked
# ids (`+id IN`, the ids read once): a tag on 1,000 articles, its first page 3.9 ms walked against 8.5 ms
# looked up, its 100th page 33 ms against 7; a search matching 5,025 articles, its newest thousand 26 ms
# walked against 34, matching 8,630 16 ms against 38. PROBE_COST, an index probe per entry (a correlated
# EXISTS: nothing read beforehand, so cheaper for a first page, dearer for a deep one): a person named in
# 5,133 articles, first page 1.9 ms against 26, 100th page 61 ms against 30; an academy named in 24,609,
# 1.8 ms against 80 and 24 ms against 88.
WALK_COST = 0.25
PROBE_COST = 0.5


class Likely(Func):
    """A condition true of most rows (a Q, for filter()): on SQLite `likely(condition)`, elsewhere as is."""

    output_field = BooleanField()

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.get_source_expressions()[0])

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="likely", **extra_context)


class Unindexed(Func):
    """A column as a value, not an index key: on SQLite `+column`, which the planner will not look rows up
    by, elsewhere as is. For a condition true of many rows (a tag on a third of the articles): the
    planner then walks the index the ORDER BY reads, newest first, and stops at the page's last row,
    instead of looking up every row the condition picks and sorting them."""

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.get_source_expressions()[0])

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return f"+{sql}", params


class Probe(Exists):
    """Exists, written as a scalar subquery: `(SELECT 1 … LIMIT 1) IS NOT NULL`, the same test. For a
    condition tested on each entry of a walk (ArticleQuerySet.among's probe): PostgreSQL turns an EXISTS
    into a hashed subplan when it expects to test many rows, and a walk that stops at its tenth match
    looks like many; it then read every link row of the record into a hash before the first entry (an
    academy named in 24,609 articles: 6.8 ms), where a probe per entry costs 0.9 ms. A scalar subquery
    is never hashed. SQLite runs either as a probe per row."""

    template = "(%(subquery)s) IS NOT NULL"


def walk_from(wanted: int, total: int, cost: float | None = None) -> int:
    """How many of `total` rows a condition must pick before the newest `wanted` of them are cheaper found
    by walking the date index (newest first, testing each entry, stopping at the last wanted) than by
    looking every picked row up and sorting them (or the index another list is ordered by: an academy's
    mentors by name). A walk reads about wanted × total / picked entries, the lookup picked rows: the walk
    wins once picked² passes wanted × total (times `cost`, WALK_COST unless the walk probes an index per
    entry: PROBE_COST). At 100,000 articles: 500 for a list's first page of 10, 5,000 for its 100th page
    or a search's thousand. The same rule for every such list, so that no list keeps its own threshold."""
    product = int((WALK_COST if cost is None else cost) * wanted * total)
    return math.isqrt(product - 1) + 1 if product > 1 else 1  # the least picked with picked² ≥ product


def walks(picks: int | None, wanted: int, total: int, cost: float | None = None) -> bool:
    """Whether a list whose condition picks `picks` of `total` rows is walked (walk_from); a list whose
    picks are not known (None) is looked up, which is never far from the best plan."""
    return picks is not None and picks >= walk_from(wanted, total, cost)


# How long a size_hint is kept. A stale size can only choose the slower plan until then, never other rows.
HINT_SECONDS = 3600


def size_hint(name: str, compute):
    """(picked, total) for walk_from, worked out by `compute()` (one query) and kept in the shared cache
    for HINT_SECONDS under `name`: for a list whose sizes no write keeps count of (an academy's mentors,
    from roles and courses), so that a page does not count them on each request to choose its plan."""
    return tuple(cache.get_or_set(f"planner:size:{name}", lambda: tuple(compute()), HINT_SECONDS))


def picked(queryset, ids, walk: bool = False):
    """The rows of `queryset` whose id is in `ids` (a subquery: a tag's rows, full-text matches, a record's
    links), for a list ordered by date. `walk` (the condition picks thousands, see walk_from): the id is
    Unindexed, so SQLite walks the date index instead of looking each picked row up; elsewhere the same
    query (PostgreSQL's planner has the figures to choose)."""
    if not walk:
        return queryset.filter(pk__in=ids)
    return queryset.alias(walked_pk=Unindexed("pk", output_field=BigIntegerField())).filter(walked_pk__in=ids)


def refresh_statistics(connection=None):
    """On SQLite, gather the planner's statistics (sqlite_stat1) as autovacuum does on PostgreSQL: called
    after migrate (every deploy) and after the commands that load content in bulk. A full ANALYZE (at 100,000
    articles 0.2–0.7 s with the file in memory, 4 s from a cold disk), once per deploy or load, never
    during a request. Not `PRAGMA optimize`: the
    SQLite Python links here (3.40) analyses only tables the same connection has queried, so at
    connection open it does nothing, and at close it analyses the article table again every time while a
    partial index is empty (no statistics row); nor a sampled ANALYZE (analysis_limit): it took the
    status column for ~400 rows a value, as wrong as no statistics."""
    from django.db import connection as default

    connection = connection or default
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
