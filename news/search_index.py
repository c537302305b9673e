"""The database side of the article search index, for PostgreSQL and SQLite.

The model keeps the token streams (``search_title``, ``search_tokens``, from zhtext.search.index_tokens);
the database turns them into an index by itself, so every write path (save, bulk_create, update, raw
loaddata) keeps it current without Python:

- PostgreSQL: two generated ``tsvector`` columns ('simple' configuration: the stream is already
  tokenised, so no stemming or stop words) with GIN indexes. Positions are stripped: ranking uses
  title matches and recency, and the index is about half the size.
- SQLite: a contentless FTS5 table over the same two columns, kept in step by triggers (base.fts). Its rowid is
  not the article's id but a key in publication order: the publication second, then the id
  (``key = second × 2²⁴ + id``, seconds since 1970, negative before). FTS5 reads its matches in rowid
  order and stops at a LIMIT, so the newest thousand matches of a word in every article are the first
  thousand it reads (news.search), where keyed by id it had to read all 100,000 to find them. The id is
  the key's low 24 bits (``rowid & ID_MASK``): ids up to 16,777,215, far beyond what SQLite serves here.
  A table rebuild by a later migration drops the triggers, so post_migrate puts them back and fills the
  index again when they were missing (``ensure``). Migration news/0015 replaced the older layout
  (external content, keyed by id); ``ensure`` leaves a table it finds alone, so going back to 0014 keeps
  the layout the older code reads.
"""

from base.fts import TriggerIndex

TABLE = "news_article"
FTS = "news_article_fts"

POSTGRES = [
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector "
    f"GENERATED ALWAYS AS (strip(to_tsvector('simple', search_tokens))) STORED",
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_title_vector tsvector "
    f"GENERATED ALWAYS AS (strip(to_tsvector('simple', search_title))) STORED",
    f"CREATE INDEX IF NOT EXISTS article_search_gin ON {TABLE} USING gin (search_vector)",
    f"CREATE INDEX IF NOT EXISTS article_search_title_gin ON {TABLE} USING gin (search_title_vector)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS article_search_title_gin",
    "DROP INDEX IF EXISTS article_search_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_title_vector",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]

ID_BITS = 24
ID_MASK = (1 << ID_BITS) - 1


def _key(row: str) -> str:
    """SQL for the index key of `row` (new, old or the table): see the module's docstring."""
    return f"(CAST(strftime('%s', {row}.published_at) AS INTEGER) * {1 << ID_BITS} + {row}.id)"


def second_of(key: int) -> int:
    """The lowest key of `key`'s publication second: a range from there holds the whole second."""
    return key >> ID_BITS << ID_BITS


SQLITE = TriggerIndex(
    TABLE, FTS, ("search_title", "search_tokens"), key=_key("{row}"), watched=("published_at",),
    tokenize="unicode61 remove_diacritics 0",
)
SQLITE_TABLE, SQLITE_TRIGGERS, SQLITE_FILL, SQLITE_DROP = SQLITE.create, SQLITE.triggers, SQLITE.fill, SQLITE.drop


def _table_exists(cursor, connection) -> bool:
    return TABLE in connection.introspection.table_names(cursor)


def ensure(connection) -> None:
    """Create what is missing (idempotent); on SQLite rebuild the index when its triggers were missing."""
    with connection.cursor() as cursor:
        if not _table_exists(cursor, connection):
            return
        columns = {c.name for c in connection.introspection.get_table_description(cursor, TABLE)}
        if "search_tokens" not in columns:
            return  # before the migration that adds the token columns
        if connection.vendor == "postgresql":
            for statement in POSTGRES:
                cursor.execute(statement)
        elif connection.vendor == "sqlite":
            SQLITE.ensure(cursor)


def drop(connection) -> None:
    with connection.cursor() as cursor:
        for statement in POSTGRES_DROP if connection.vendor == "postgresql" else SQLITE_DROP:
            if connection.vendor in ("postgresql", "sqlite"):
                cursor.execute(statement)
