"""SQLite full-text indexes the database keeps by itself: a contentless FTS5 table over some columns of a
table, kept in step by three triggers, so that every write path (save, bulk_create, update, raw
loaddata, SQL typed by hand) keeps it current without Python. The article search (news.search_index)
and the record name lookup (academy.name_lookup) are two of them.

A contentless table stores no text, only the index: deleting a row means handing FTS5 the values it
indexed ('delete' with the old row's values), which the triggers do. A table rebuild by a later
migration drops the triggers with the table, so each app calls ``ensure`` after every migrate
(post_migrate): it creates what is missing and, when the triggers were not all there, fills the index
again from the table.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class TriggerIndex:
    table: str                  # the table indexed
    name: str                   # the FTS5 table
    columns: tuple[str, ...]    # the columns indexed (the FTS5 table's columns have the same names)
    key: str                    # SQL for a row's rowid in the index, "{row}" standing for new, old or the table
    watched: tuple[str, ...] = ()  # other columns the key is made of: updating them re-indexes the row
    tokenize: str = "unicode61"

    def _key(self, row: str) -> str:
        return self.key.format(row=row)

    def _values(self, row: str) -> str:
        return ", ".join(f"{row}.{column}" for column in self.columns)

    @property
    def create(self) -> str:
        return (
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.name} USING fts5({', '.join(self.columns)}, "
            f"content='', tokenize='{self.tokenize}')"
        )

    @property
    def triggers(self) -> list[str]:
        columns = ", ".join(self.columns)
        insert_new = f"INSERT INTO {self.name}(rowid, {columns}) VALUES ({self._key('new')}, {self._values('new')});"
        delete_old = (
            f"INSERT INTO {self.name}({self.name}, rowid, {columns}) "
            f"VALUES ('delete', {self._key('old')}, {self._values('old')});"
        )
        updated = ", ".join((*self.columns, *self.watched))
        return [
            f"CREATE TRIGGER IF NOT EXISTS {self.name}_ai AFTER INSERT ON {self.table} BEGIN {insert_new} END",
            f"CREATE TRIGGER IF NOT EXISTS {self.name}_ad AFTER DELETE ON {self.table} BEGIN {delete_old} END",
            f"CREATE TRIGGER IF NOT EXISTS {self.name}_au AFTER UPDATE OF {updated} ON {self.table} "
            f"BEGIN {delete_old} {insert_new} END",
        ]

    @property
    def fill(self) -> list[str]:
        return [
            f"INSERT INTO {self.name}({self.name}) VALUES ('delete-all')",
            f"INSERT INTO {self.name}(rowid, {', '.join(self.columns)}) "
            f"SELECT {self._key(self.table)}, {', '.join(self.columns)} FROM {self.table}",
        ]

    @property
    def drop(self) -> list[str]:
        return [f"DROP TRIGGER IF EXISTS {self.name}_{suffix}" for suffix in ("ai", "ad", "au")] + [
            f"DROP TABLE IF EXISTS {self.name}"
        ]

    def ensure(self, cursor) -> None:
        """Create what is missing (idempotent); fill the index again when its triggers were missing."""
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s", [f"{self.name}_a_"])
        complete = cursor.fetchone()[0] == len(self.triggers)
        cursor.execute(self.create)
        for statement in self.triggers:
            cursor.execute(statement)
        if not complete:
            for statement in self.fill:
                cursor.execute(statement)
