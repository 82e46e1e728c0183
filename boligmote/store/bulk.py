"""Bulk writes for imports and demo files: one upsert statement, run for every row.

sqlite-utils' `Table.upsert_all` builds the same `INSERT … ON CONFLICT DO UPDATE`, but it
reads the table's shape first and binds dicts; on the norge demo (110 000 units, 7 300
buildings, 8 000 applicants in one transaction) it took 12.2 s where this took 7.9–11.1 s
(session 4, a loaded 2-core machine), so the importer keeps its own statement. sqlite-utils
serves where its introspection is the natural tool (store/inventory.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from .codec import Row
from .database import Database


def upsert(database: Database, table: str, columns: Sequence[str], rows: Iterable[Row]) -> None:
    """Insert each row, or overwrite every other column of the row with the same first column
    (the key). Call inside database.transaction(...)."""
    key, *rest = columns
    updates = ", ".join(f"{c} = excluded.{c}" for c in rest)
    database.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT({key}) DO UPDATE SET {updates}",
        rows,
    )
