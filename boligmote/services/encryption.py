"""Turning a plain database file into an encrypted one (SQLCipher), in place.

The encrypted copy is written beside the file, checked (it opens with the passphrase, is
intact, and holds as many rows in every table as the original), and only then renamed over
the original. Its plain backup copies are encrypted with the same passphrase in the same
step: a plaintext copy next to an encrypted file would defeat the point. The whole step is
journalled (store/encryption_journal.py), so a crash part-way leaves either everything
plain or everything encrypted. A forgotten passphrase cannot be recovered.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..store import Database, StoreError
from ..store import backups as store_backups
from ..store import crypto
from ..store import encryption_journal as journal
from ..store.database import current_actor
from ..store.errors import FileAccessError
from ..store.files import create_owner_only, real_path
from ..store.inventory import table_row_counts
from ..store.locking import FileLock
from ..words import Phrase

MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class EncryptResult:
    database_path: Path
    # Plain copies that could not be read (cut short): deleted, never left in plaintext.
    removed_plain_backups: list[Path]
    encrypted_backups: list[Path]

    def message(self) -> str:
        text = f"{self.database_path.name} er nå kryptert. Uten passordet kan ingen åpne filen – heller ikke du."
        if self.encrypted_backups:
            text += (f" {len(self.encrypted_backups)} sikkerhetskopier av filen er kryptert med samme passord, "
                     "og nye kopier krypteres også.")
        if self.removed_plain_backups:
            text += (f" {len(self.removed_plain_backups)} ukrypterte sikkerhetskopier som ikke kunne leses, "
                     "er slettet.")
        return text


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StoreError(Phrase("errors.encryption.too_short", n=MIN_PASSPHRASE_LENGTH))


def create_encrypted(path: Path, passphrase: str) -> Database:
    """A new, empty, encrypted Boligmøte file (returned open)."""
    check_passphrase_strength(passphrase)
    crypto.driver()
    return Database.open(path, create=True, passphrase=passphrase)


def encrypt_database(path: Path, passphrase: str) -> EncryptResult:
    """Encrypt a plain Boligmøte file and its backup copies. The file must not be open in any session."""
    path = real_path(path)  # through a symlink: encrypt the file and keep the link
    if not path.is_file():
        raise FileAccessError(Phrase("errors.file.not_found", path=path))
    check_passphrase_strength(passphrase)
    crypto.driver()  # a clear message before anything happens if SQLCipher is missing
    with FileLock.acquire(path, current_actor()):
        journal.recover(path)  # an earlier encryption killed part-way is finished or undone first
        if not journal.is_plain(path):
            raise StoreError(Phrase("errors.encryption.already", name=path.name))
        with Database.open(path, readonly=True) as plain:
            expected = table_row_counts(plain)
        if not store_backups.checkpoint(path, None):
            raise FileAccessError(Phrase("errors.encryption.in_use", name=path.name))
        staging = journal.staging_path(path)
        plan = None
        try:
            journal.remove_with_sidecars(staging)
            create_owner_only(staging)
            crypto.export_encrypted(path, staging, passphrase)
            with Database.open(staging, readonly=True, passphrase=passphrase) as encrypted:
                if table_row_counts(encrypted) != expected:
                    raise StoreError(Phrase("errors.encryption.not_equal"))
            store_backups.fsync_file(staging)
            plan = journal.prepare(path, passphrase)
            journal.write(path, plan)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            os.replace(staging, path)  # the commit: from here on the step is finished, never undone
        except BaseException:
            if journal.is_plain(path):
                journal.abandon(path, plan)
            raise
        store_backups.fsync_dir(path.parent)
        removed = journal.finish(path, plan)
    folder = store_backups.backup_dir_for(path)
    converted = [folder / name for name in plan.convert]
    with Database.open(path, passphrase=passphrase, daily_backup=False) as database:
        with database.transaction("krypter", "database", path.name,
                                  {"krypterte_kopier": len(converted),
                                   "slettede_ukrypterte_kopier": len(removed)}):
            pass
        database.backup(store_backups.REASON_MANUAL)  # the first copy of the file as it is now
    return EncryptResult(path, removed, converted)

