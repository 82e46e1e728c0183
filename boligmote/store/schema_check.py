"""Is the file's schema exactly what its migrations create? Tables, indexes and triggers,
with their SQL. A trigger dropped (or edited through `writable_schema`) lets a signed
record be changed; this is how `verify` sees it.

The expected schema is built by replaying the file's migrations in memory. SQL text is
compared with whitespace and quoting normalised, so a different SQLite build's rewriting of
a renamed table does not count as a change.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .database import Database, _split_sql
from .migrations import all_migrations

_KINDS = {"table": "tabell", "index": "indeks", "trigger": "trigger", "view": "visning"}


@dataclass(frozen=True)
class SchemaCheck:
    version: int
    differences: tuple[str, ...]  # bokmål, one per object missing, added or changed

    @property
    def ok(self) -> bool:
        return not self.differences


def _normalised(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").replace('"', "").replace("`", "")).strip().lower()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(kind, name): _normalised(sql) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def expected_objects(version: int) -> dict[tuple[str, str], str]:
    memory = sqlite3.connect(":memory:")
    try:
        for migration in all_migrations()[:version]:
            for statement in _split_sql(migration.sql):
                memory.execute(statement)
        return _objects(memory)
    finally:
        memory.close()


def check_schema(database: Database) -> SchemaCheck:
    version = database.conn.execute("PRAGMA user_version").fetchone()[0]
    expected, found = expected_objects(version), _objects(database.conn)
    differences = []
    for key in sorted(set(expected) | set(found)):
        kind, name = key
        label = f"{_KINDS.get(kind, kind)} «{name}»"
        if key not in found:
            differences.append(f"{label} mangler")
        elif key not in expected:
            differences.append(f"{label} hører ikke til skjemaversjon {version}")
        elif expected[key] != found[key]:
            differences.append(f"{label} er endret")
    return SchemaCheck(version, tuple(differences))
