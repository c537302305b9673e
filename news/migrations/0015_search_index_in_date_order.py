"""SQLite: the FTS5 index keyed in publication order (news.search_index), so a search reads its newest
matches first and stops. PostgreSQL: nothing changes."""
from django.db import migrations

from news import search_index

# The layout this migration replaces, for going back: external content, keyed by the article's id.
_COLUMNS = "search_title, search_tokens"
FTS, TABLE = search_index.FTS, search_index.TABLE
BY_ID = [
    f"CREATE VIRTUAL TABLE {FTS} USING fts5({_COLUMNS}, content='{TABLE}', content_rowid='id', "
    f"tokenize='unicode61 remove_diacritics 0')",
    f"CREATE TRIGGER {FTS}_ai AFTER INSERT ON {TABLE} BEGIN "
    f"INSERT INTO {FTS}(rowid, {_COLUMNS}) VALUES (new.id, new.search_title, new.search_tokens); END",
    f"CREATE TRIGGER {FTS}_ad AFTER DELETE ON {TABLE} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {_COLUMNS}) VALUES ('delete', old.id, old.search_title, old.search_tokens); END",
    f"CREATE TRIGGER {FTS}_au AFTER UPDATE OF {_COLUMNS} ON {TABLE} BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, {_COLUMNS}) VALUES ('delete', old.id, old.search_title, old.search_tokens); "
    f"INSERT INTO {FTS}(rowid, {_COLUMNS}) VALUES (new.id, new.search_title, new.search_tokens); END",
    f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')",
]


def in_date_order(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            for statement in search_index.SQLITE_DROP:
                cursor.execute(statement)
    search_index.ensure(schema_editor.connection)  # creates the new layout and fills it


def by_id(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        for statement in search_index.SQLITE_DROP + BY_ID:
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("news", "0014_partial_indexes_keyed_like_kind_date")]

    operations = [migrations.RunPython(in_date_order, by_id)]
