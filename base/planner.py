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

