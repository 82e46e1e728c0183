"""Decision letters as issued: the exact bytes and their SHA-256, once per decision (m0004)."""
from __future__ import annotations

from datetime import datetime

from .database import Database


class IssuedLetterRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, decision_id: int, pdf: bytes, sha256: str, issued_at: datetime) -> None:
        self.database.conn.execute(
            "INSERT INTO issued_letters (decision_id, issued_at, issued_by, sha256, pdf) VALUES (?, ?, ?, ?, ?)",
            (decision_id, issued_at.isoformat(timespec="seconds"), self.database.actor, sha256, pdf))

    def get(self, decision_id: int) -> tuple[bytes, str] | None:
        row = self.database.conn.execute(
            "SELECT CAST(pdf AS BLOB), sha256 FROM issued_letters WHERE decision_id = ?", (decision_id,)).fetchone()
        return (bytes(row[0]), row[1]) if row else None

    def issued(self, decision_id: int) -> tuple[bytes, datetime] | None:
        """The letter's bytes and when it was issued."""
        row = self.database.conn.execute(
            "SELECT CAST(pdf AS BLOB), issued_at FROM issued_letters WHERE decision_id = ?", (decision_id,)).fetchone()
        return (bytes(row[0]), datetime.fromisoformat(row[1])) if row else None

    def all(self) -> list[tuple[int, bytes, str]]:
        """(decision id, pdf, stored sha256) of every issued letter."""
        return [(d, bytes(p), h) for d, p, h in self.database.conn.execute(
            "SELECT decision_id, CAST(pdf AS BLOB), sha256 FROM issued_letters ORDER BY decision_id")]
