"""The database side of the article search index, for PostgreSQL and SQLite.

The model keeps the token streams (``search_title``, ``search_tokens``, from zhtext.search.index_tokens);
the database turns them into an index by itself, so every write path (save, bulk_create, update, raw
loaddata) keeps it current without Python:

- PostgreSQL: two generated ``tsvector`` columns ('simple' configuration: the stream is already
  tokenised, so no stemming or stop words) with GIN indexes. Positions are stripped: ranking uses
  title matches and recency, and the index is about half the size.
- SQLite: an FTS5 table over the same two columns (external content: news_article itself), kept in step
  by triggers. A table rebuild by a later migration drops the triggers, so post_migrate puts them back
  and rebuilds the index when they were missing (``ensure``).
"""

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

_COLUMNS = "search_title, search_tokens"
SQLITE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5({_COLUMNS}, content='{TABLE}', content_rowid='id', "
    f"tokenize='unicode61 remove_diacritics 0')"
)
SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_ai AFTER INSERT ON {TABLE} BEGIN "
    f"INSERT INTO {FTS}(rowid, {_COLUMNS}) VALUES (new.id, new.search_title, new.search_tokens); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_ad AFTER DELETE ON {TABLE} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {_COLUMNS}) VALUES ('delete', old.id, old.search_title, old.search_tokens); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_au AFTER UPDATE OF {_COLUMNS} ON {TABLE} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {_COLUMNS}) VALUES ('delete', old.id, old.search_title, old.search_tokens); "
    f"INSERT INTO {FTS}(rowid, {_COLUMNS}) VALUES (new.id, new.search_title, new.search_tokens); END",
]
SQLITE_DROP = [f"DROP TRIGGER IF EXISTS {FTS}_{suffix}" for suffix in ("ai", "ad", "au")] + [
    f"DROP TABLE IF EXISTS {FTS}"
]


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
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s", [f"{FTS}_a_"]
            )
            complete = cursor.fetchone()[0] == len(SQLITE_TRIGGERS)
            cursor.execute(SQLITE_TABLE)
            for statement in SQLITE_TRIGGERS:
                cursor.execute(statement)
            if not complete:
                cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")


def drop(connection) -> None:
    with connection.cursor() as cursor:
        for statement in POSTGRES_DROP if connection.vendor == "postgresql" else SQLITE_DROP:
            if connection.vendor in ("postgresql", "sqlite"):
                cursor.execute(statement)
