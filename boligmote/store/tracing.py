"""Counting the SQL one operation sends (issue 19 item 2), as sqlite-utils' `Database(tracer=…)`
does: every `execute`, `executemany` (once, whatever the number of rows) and `executescript`
through `database.conn` is reported to a callback while the context is open. Tests cap the
statements of an operation with it; nothing in the app's own path is traced.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .database import Database

Tracer = Callable[[str, Any], None]


class _TracedConnection:
    def __init__(self, connection: sqlite3.Connection, tracer: Tracer):
        self._connection = connection
        self._tracer = tracer

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        self._tracer(sql, parameters)
        return self._connection.execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> sqlite3.Cursor:
        self._tracer(sql, None)
        return self._connection.executemany(sql, seq_of_parameters)

    def executescript(self, script: str) -> sqlite3.Cursor:
        self._tracer(script, None)
        return self._connection.executescript(script)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


@contextmanager
def traced(database: Database, tracer: Tracer) -> Iterator[None]:
    """Report each statement sent through `database` to `tracer(sql, parameters)` until the
    context closes."""
    connection = database.conn
    database.conn = _TracedConnection(connection, tracer)  # type: ignore[assignment]
    try:
        yield
    finally:
        database.conn = connection


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """The statements sent through `database` inside the context, in order."""
    sent: list[str] = []
    with traced(database, lambda sql, _parameters: sent.append(" ".join(sql.split()))):
        yield sent
