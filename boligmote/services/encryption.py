"""Turning a plain database file into an encrypted one (SQLCipher), in place.

The encrypted copy is written beside the file, checked (it opens with the passphrase, is
intact, and holds as many rows in every table as the original), and only then renamed over
the original. Plain backup copies of the file are then deleted: a plaintext copy next to
an encrypted file would defeat the point. A forgotten passphrase cannot be recovered.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..store import Database, StoreError
from ..store import backups as store_backups
from ..store import crypto
from ..store.database import current_actor
from ..store.errors import FileAccessError
from ..store.files import create_owner_only, real_path
from ..store.locking import FileLock

MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class EncryptResult:
    database_path: Path
    removed_plain_backups: list[Path]

    def message(self) -> str:
        text = f"{self.database_path.name} er nå kryptert. Uten passordet kan ingen åpne filen – heller ikke du."
        if self.removed_plain_backups:
            text += (f" {len(self.removed_plain_backups)} ukrypterte sikkerhetskopier av filen er slettet; "
                     "nye kopier krypteres med samme passord.")
        return text


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StoreError(f"Passordet må ha minst {MIN_PASSPHRASE_LENGTH} tegn.")


def create_encrypted(path: Path, passphrase: str) -> Database:
    """A new, empty, encrypted Boligmøte file (returned open)."""
    check_passphrase_strength(passphrase)
    crypto.driver()
    return Database.open(path, create=True, passphrase=passphrase)


def encrypt_database(path: Path, passphrase: str) -> EncryptResult:
    """Encrypt a plain Boligmøte file in place. The file must not be open in any session."""
    path = real_path(path)  # through a symlink: encrypt the file and keep the link
    check_passphrase_strength(passphrase)
    crypto.driver()  # a clear message before anything happens if SQLCipher is missing
    with open(path, "rb") as f:
        if not crypto.is_plain_sqlite(f.read(16)):
            raise StoreError(f"{path.name} er allerede kryptert (eller ikke en Boligmøte-database).")
    with Database.open(path, readonly=True) as plain:
        expected = _row_counts(plain)
    staging = path.with_name(f".{path.name}.krypteres")
    with FileLock.acquire(path, current_actor()):
        if not store_backups.checkpoint(path, None):
            raise FileAccessError(f"{path.name} er i bruk av et annet program; prøv igjen senere.")
        staging.unlink(missing_ok=True)
        create_owner_only(staging)
        try:
            crypto.export_encrypted(path, staging, passphrase)
            with Database.open(staging, readonly=True, passphrase=passphrase) as encrypted:
                if _row_counts(encrypted) != expected:
                    raise StoreError("Den krypterte kopien ble ikke lik originalen; ingenting er endret.")
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(staging, path)
        except BaseException:
            staging.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{staging}{suffix}").unlink(missing_ok=True)
            raise
    removed = _remove_plain_backups(path)
    with Database.open(path, passphrase=passphrase, daily_backup=False) as database:
        with database.transaction("krypter", "database", path.name,
                                  {"slettede_ukrypterte_kopier": len(removed)}):
            pass
        database.backup(store_backups.REASON_MANUAL)  # the first encrypted copy
    return EncryptResult(path, removed)


def _row_counts(database: Database) -> dict[str, int]:
    tables = [r[0] for r in database.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: database.scalar(f'SELECT count(*) FROM "{t}"') for t in tables}


def _remove_plain_backups(path: Path) -> list[Path]:
    removed = []
    for copy in store_backups.list_backups(path):
        with open(copy.path, "rb") as f:
            plain = crypto.is_plain_sqlite(f.read(16))
        if plain:
            copy.path.unlink(missing_ok=True)
            Path(f"{copy.path}-wal").unlink(missing_ok=True)
            removed.append(copy.path)
    return removed
