"""The append-only audit log: who changed what and when, chained by SHA-256.

Each row's hash covers the previous row's hash and this row's own content, so editing or
deleting any row behind the app's back breaks the chain from that row on.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Database

GENESIS_HASH = "0" * 64


def _row_hash(prev_hash: str, at: str, actor: str, action: str, entity: str, entity_id: str, detail: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity, entity_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, actor: str, action: str, entity: str, entity_id: str, detail: dict[str, Any]) -> None:
    """Append one entry; call inside the transaction that makes the change."""
    prev = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = prev[0] if prev else GENESIS_HASH
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    digest = _row_hash(prev_hash, at, actor, action, entity, entity_id, detail_text)
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (at, actor, action, entity, entity_id, detail_text, prev_hash, digest),
    )


# Why a row breaks the chain.
EDITED = "edited"        # its own content no longer matches its hash
LINK_BROKEN = "link"     # it does not follow from the row before: a row before it was removed or rewritten


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    first_broken_id: int | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify(conn: sqlite3.Connection) -> ChainCheck:
    """Recompute the chain from the first row; stop at the first row that does not hold.

    A chain cannot show rows cut off its end (the newest rows): nothing comes after them.
    """
    prev_hash = GENESIS_HASH
    count = 0
    for row in conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY id"
    ):
        row_id, at, actor, action, entity, entity_id, detail, stored_prev, stored_hash = row
        count += 1
        expected = _row_hash(prev_hash, at, actor, action, entity, entity_id, detail)
        if stored_hash != _row_hash(stored_prev, at, actor, action, entity, entity_id, detail):
            return ChainCheck(count, row_id, EDITED)
        if stored_prev != prev_hash or stored_hash != expected:
            return ChainCheck(count, row_id, LINK_BROKEN)
        prev_hash = stored_hash
    return ChainCheck(count, None)


def chain_origin(conn: sqlite3.Connection) -> str:
    """The hash of the first audit entry: an identity of the file's lineage.

    The first entry is written when the file is created, so every copy of a file (a
    laptop copy, a backup) has the same origin, and a file created separately has another.
    Empty for a file with no entries yet.
    """
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else ""


def describe(conn: sqlite3.Connection, row_id: int) -> str:
    """One entry as a user reads it: «2026-11-23T…, kari: decide decision 2/2026/00012»."""
    row = conn.execute("SELECT at, actor, action, entity, entity_id FROM audit_log WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        return f"oppføring {row_id} finnes ikke"
    at, actor, action, entity, entity_id = row
    return f"{at}, {actor}: {action} {entity} {entity_id}".rstrip()


def entry_details(conn: sqlite3.Connection, action: str, entity: str) -> dict[str, dict[str, Any]]:
    """{entity id: detail} of the entries with this action on this entity, the newest winning."""
    found: dict[str, dict[str, Any]] = {}
    for entity_id, detail in conn.execute(
            "SELECT entity_id, detail FROM audit_log WHERE action = ? AND entity = ? ORDER BY id", (action, entity)):
        try:
            found[entity_id] = json.loads(detail)
        except ValueError:
            continue
    return found


def entry_detail(conn: sqlite3.Connection, action: str, entity: str, entity_id: str) -> dict[str, Any] | None:
    """The detail of the newest entry with this action on this one entity (None: there is none,
    or its detail is not JSON), as entry_details gives it for every entity."""
    for (detail,) in conn.execute(
            "SELECT detail FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ? ORDER BY id DESC",
            (action, entity, entity_id)):
        try:
            found: dict[str, Any] = json.loads(detail)
            return found
        except ValueError:
            continue
    return None


def chain_hashes(conn: sqlite3.Connection, limit: int | None = None) -> list[tuple[int, str]]:
    """(id, hash) of the entries from the first on, at most `limit` of them."""
    return conn.execute("SELECT id, hash FROM audit_log ORDER BY id LIMIT ?", (-1 if limit is None else limit,)).fetchall()


def chain_head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(number of entries, hash of the newest): what an anchor code records."""
    count, head = conn.execute(
        "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log").fetchone()
    return count, head or GENESIS_HASH


class AuditLog:
    """The audit log of one open file, as the services read it (verify, the health check, the
    letters issued): the functions above over the file's connection, which stays in the store."""

    def __init__(self, database: Database):
        self.database = database

    def verify(self) -> ChainCheck:
        return verify(self.database.conn)

    def describe(self, row_id: int) -> str:
        return describe(self.database.conn, row_id)

    def hashes(self, limit: int | None = None) -> list[tuple[int, str]]:
        return chain_hashes(self.database.conn, limit)

    def head(self) -> tuple[int, str]:
        return chain_head(self.database.conn)

    def details(self, action: str, entity: str) -> dict[str, dict[str, Any]]:
        return entry_details(self.database.conn, action, entity)
