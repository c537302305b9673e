"""The database side of the record name lookup, for PostgreSQL and SQLite: the site search and the teacher
field find records by any part of a name or alias without reading every row.

A named record keeps ``search_names`` (its names normalised, one per line) and ``search_grams`` (their
characters and character pairs, zhtext.search.name_grams), both filled on every write path
(base.derived). The database turns ``search_grams`` into an index by itself:

- PostgreSQL: a generated column holding the grams as a ``bigint[]``, with a GIN index; ``@>`` looks it
  up. Stored, not an index on an expression, which a scan of the table computed for every row; numbers,
  not text, because where the planner reads the whole table (a term in many names) it tests every row's
  array: 0.5 µs a row against 3.4 for text, for a name of 60 characters.
- SQLite: a contentless FTS5 table per record table, keyed by the record's id and kept in step by
  triggers (base.fts, as for the articles' index); a term's grams are looked up with MATCH. A table
  rebuild by a later migration drops the triggers, so post_migrate puts them back (``ensure``).

``filter(search_grams__holds=term)`` (the lookup below) keeps the records whose names hold all of the
term's grams. The grams only narrow the rows down: ``named()`` still tests each term as a substring of
``search_names``, so what is found is exactly what a scan found, at 0.1–0.5 ms instead of a read of
every row (2.2–3.2 ms for the five kinds of the site search at 10,021 people, growing with them).
"""
from django.db import models

from base.fts import TriggerIndex
from zhtext.search import term_grams

# Every named record's table (academy.models.common.Named): fixed here, so that migrations do not depend
# on the models of a later day.
TABLES = (
    "academy_academy", "academy_course", "academy_event", "academy_field", "academy_honour",
    "academy_organisation", "academy_person", "academy_programme", "academy_trainingbase",
)
COLUMN = "search_grams"
ARRAY = "search_grams_array"


def fts(table: str) -> str:
    return f"{table}_grams"


def _postgres(table: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {ARRAY} bigint[] "
        f"GENERATED ALWAYS AS (string_to_array({COLUMN}, ' ')::bigint[]) STORED",
        f"CREATE INDEX IF NOT EXISTS {table}_grams_gin ON {table} USING gin ({ARRAY})",
    ]


def _postgres_drop(table: str) -> list[str]:
    return [f"DROP INDEX IF EXISTS {table}_grams_gin", f"ALTER TABLE {table} DROP COLUMN IF EXISTS {ARRAY}"]


def sqlite_index(table: str) -> TriggerIndex:
    # The tokens are numbers (zhtext.search.name_grams): unicode61 keeps each one whole.
    return TriggerIndex(table, fts(table), (COLUMN,), key="{row}.id")


def _indexable(cursor, connection) -> list[str]:
    """The record tables that exist and have the grams column (not before the migration adding it)."""
    existing = set(connection.introspection.table_names(cursor))
    return [
        table for table in TABLES
        if table in existing
        and COLUMN in {c.name for c in connection.introspection.get_table_description(cursor, table)}
    ]


def ensure(connection) -> None:
    """Create what is missing (idempotent); on SQLite fill an index again when its triggers were missing."""
    if connection.vendor not in ("postgresql", "sqlite"):
        return
    with connection.cursor() as cursor:
        for table in _indexable(cursor, connection):
            if connection.vendor == "sqlite":
                sqlite_index(table).ensure(cursor)
            else:
                for statement in _postgres(table):
                    cursor.execute(statement)


def drop(connection) -> None:
    if connection.vendor not in ("postgresql", "sqlite"):
        return
    with connection.cursor() as cursor:
        for table in TABLES:
            for statement in _postgres_drop(table) if connection.vendor == "postgresql" else sqlite_index(table).drop:
                cursor.execute(statement)


def lookup_param(vendor: str, term: str):
    """The value of a term's lookup: a MATCH expression on SQLite, the grams on PostgreSQL."""
    grams = term_grams(term)
    return [int(gram) for gram in grams] if vendor == "postgresql" else " AND ".join(f'"{gram}"' for gram in grams)


class NameGramsField(models.TextField):
    """A named record's ``search_grams``: filter(search_grams__holds=term) is an index lookup."""


@NameGramsField.register_lookup
class Holds(models.Lookup):
    """The records whose names hold all of the term's grams: every record holding the term, and a few more
    (see the module's docstring). On a database without the index, every record."""

    lookup_name = "holds"

    def as_sql(self, compiler, connection):
        model, quote = self.lhs.target.model, compiler.quote_name_unless_alias
        table, param = model._meta.db_table, lookup_param(connection.vendor, self.rhs)
        if table in TABLES and connection.vendor == "postgresql":  # the generated column, on the query's alias
            return f"{quote(self.lhs.alias)}.{ARRAY} @> %s::bigint[]", [param]
        if table in TABLES and connection.vendor == "sqlite":
            pk = f"{quote(self.lhs.alias)}.{quote(model._meta.pk.column)}"
            return f"{pk} IN (SELECT rowid FROM {fts(table)} WHERE {fts(table)} MATCH %s)", [param]
        return "1 = 1", []
