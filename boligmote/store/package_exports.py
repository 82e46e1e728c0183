"""What this file handed out for offline preparation, and which case packages came back.

The tables come from migration m0005_package_exports; services/case_packages uses them to
authenticate a returning package and to find the base of its three-way comparison.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .database import Database


@dataclass(frozen=True)
class PackageExport:
    """One preparation copy made from this file."""

    id: str
    key: bytes = field(repr=False)   # the HMAC key: never shown, printed or logged
    created_at: datetime
    created_by: str
    copy_name: str


@dataclass(frozen=True)
class PackageImport:
    package_id: str
    export_id: str
    sequence: int
    imported_at: datetime


class PackageExportRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, export: PackageExport, fingerprints: Mapping[str, str]) -> None:
        """Call inside a transaction."""
        conn = self.database.conn
        conn.execute("INSERT INTO package_exports (id, hmac_key, created_at, created_by, copy_name) "
                     "VALUES (?, ?, ?, ?, ?)", (export.id, export.key, export.created_at.isoformat(timespec="seconds"),
                                                export.created_by, export.copy_name))
        self.set_fingerprints(export.id, fingerprints)

    def get(self, export_id: str) -> PackageExport | None:
        row = self.database.conn.execute(
            "SELECT id, hmac_key, created_at, created_by, copy_name FROM package_exports WHERE id = ?",
            (export_id,)).fetchone()
        if row is None:
            return None
        return PackageExport(row[0], bytes(row[1]), datetime.fromisoformat(row[2]), row[3], row[4])

    def fingerprints(self, export_id: str) -> dict[str, str]:
        return dict(self.database.conn.execute(
            "SELECT record, fingerprint FROM package_export_records WHERE export_id = ?", (export_id,)))

    def set_fingerprints(self, export_id: str, fingerprints: Mapping[str, str]) -> None:
        """Call inside a transaction."""
        self.database.conn.executemany(
            "INSERT OR REPLACE INTO package_export_records (export_id, record, fingerprint) VALUES (?, ?, ?)",
            [(export_id, record, print_) for record, print_ in fingerprints.items()])

    def imported(self, package_id: str) -> PackageImport | None:
        row = self.database.conn.execute(
            "SELECT package_id, export_id, sequence, imported_at FROM package_imports WHERE package_id = ?",
            (package_id,)).fetchone()
        return None if row is None else PackageImport(row[0], row[1], row[2], datetime.fromisoformat(row[3]))

    def last_sequence(self, export_id: str) -> int:
        return int(self.database.scalar(
            "SELECT coalesce(max(sequence), 0) FROM package_imports WHERE export_id = ?", (export_id,)))

    def record_import(self, package_id: str, export_id: str, sequence: int, imported_at: datetime) -> None:
        """Call inside a transaction."""
        self.database.conn.execute(
            "INSERT INTO package_imports (package_id, export_id, sequence, imported_at) VALUES (?, ?, ?, ?)",
            (package_id, export_id, sequence, imported_at.isoformat(timespec="seconds")))

    def forget_all(self) -> None:
        """In a new copy: no key of any other copy stays in it. Call inside a transaction."""
        conn = self.database.conn
        conn.execute("DELETE FROM package_imports")
        conn.execute("DELETE FROM package_export_records")
        conn.execute("DELETE FROM package_exports")
