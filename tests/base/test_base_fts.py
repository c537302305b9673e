"""base.fts.TriggerIndex: a contentless FTS5 table that the database keeps in step with a table by itself
(the article search and the record name lookup are built on it)."""
import pytest
from django.db import connection

from base.fts import TriggerIndex

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 is SQLite's; PostgreSQL indexes generated columns"),
]

INDEX = TriggerIndex("scratch_doc", "scratch_doc_fts", ("words",), key="({row}.id * 1000 + {row}.rank)", watched=("rank",))


@pytest.fixture
def cursor():
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE scratch_doc (id integer PRIMARY KEY, words text NOT NULL, rank integer NOT NULL)")
        cursor.execute("INSERT INTO scratch_doc VALUES (1, 'lathe mill', 5), (2, 'mill drill', 7)")
        INDEX.ensure(cursor)  # no triggers yet: the rows already there are indexed
        yield cursor
        for statement in INDEX.drop:
            cursor.execute(statement)
        cursor.execute("DROP TABLE scratch_doc")


def keys(cursor, word):
    cursor.execute("SELECT rowid FROM scratch_doc_fts WHERE scratch_doc_fts MATCH %s ORDER BY rowid", [word])
    return [row[0] for row in cursor.fetchall()]


def test_rows_are_indexed_under_their_key_on_every_write(cursor):
    assert keys(cursor, "mill") == [1005, 2007]
    cursor.execute("INSERT INTO scratch_doc VALUES (3, 'lathe', 1)")
    assert keys(cursor, "lathe") == [1005, 3001]
    cursor.execute("UPDATE scratch_doc SET words = 'saw' WHERE id = 1")
    assert keys(cursor, "lathe") == [3001] and keys(cursor, "saw") == [1005]
    cursor.execute("UPDATE scratch_doc SET rank = 9 WHERE id = 2")  # a column of the key only
    assert keys(cursor, "drill") == [2009]
    cursor.execute("DELETE FROM scratch_doc WHERE id = 3")
    assert keys(cursor, "lathe") == []


def test_ensure_is_idempotent_and_fills_again_when_a_rebuild_dropped_the_triggers(cursor):
    INDEX.ensure(cursor)
    assert keys(cursor, "mill") == [1005, 2007]  # not indexed twice
    for statement in INDEX.drop[:3]:  # what a table rebuild leaves: the index, no triggers
        cursor.execute(statement)
    cursor.execute("INSERT INTO scratch_doc VALUES (4, 'mill', 2)")
    assert keys(cursor, "mill") == [1005, 2007]
    INDEX.ensure(cursor)
    assert keys(cursor, "mill") == [1005, 2007, 4002]
    cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'scratch_doc_fts_a_'")
    assert cursor.fetchone()[0] == 3
