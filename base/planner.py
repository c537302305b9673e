"""Hints to SQLite's query planner for when it has no statistics (no ANALYZE has run yet).

Without statistics SQLite takes every value of an indexed column for a rare one (about ten rows each):
`status = 'published'` then looks like the most selective test of a query, and the planner walks every
published article in date order, testing each against the condition that does pick a few rows (a link
table, a tag, a list of ids). SQLite's likely() says how often a condition holds
(https://sqlite.org/lang_corefunc.html#likely); other databases gather statistics on their own and get
the condition unchanged.
"""
from django.db.models import BooleanField, Func


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
