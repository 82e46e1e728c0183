"""Backup copies as the user sees them: list, take one now, restore one (CLI and GUI alike).

Restoring never loses the file it replaces: the current file is copied into the backups
folder first (byte for byte if SQLite cannot read it — it may be the broken one), and the
chosen copy is checked before anything is replaced. The replacement is an atomic rename,
so a crash half-way leaves either the old file or the restored one, never a mix.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..store import Database, StoreError
from ..store import backups as store_backups
from ..store import crypto
from ..store import encryption_journal as journal
from ..store.backups import BackupFile
from ..store.database import current_actor
from ..store.errors import FileAccessError, PassphraseRequired, PlainCopyOntoEncrypted
from ..store.files import create_owner_only, real_path
from ..store.locking import FileLock
from ..words import Joined, Phrase

__all__ = ["BackupFile", "RestoreResult", "list_backups", "take_backup", "restore",
           "find_backup", "format_size"]


@dataclass(frozen=True)
class RestoreResult:
    database_path: Path
    restored_from: Path
    # The file as it was just before the restore (None if there was no file).
    safety_copy: Path | None
    # A plain copy restored onto an encrypted file, encrypted on the way in (`--encrypt`).
    encrypted_on_the_way: bool = False
    # An encrypted copy over a plain file: how many plain backup copies were encrypted with it.
    encrypted_backups: int = 0

    def message(self) -> str:
        """What was done, in bokmål for the command line and shown() in the window's language."""
        parts = [Phrase("errors.backup.restored", name=self.database_path.name, copy=self.restored_from.name)]
        if self.encrypted_on_the_way:
            parts.append(Phrase("errors.backup.restored_encrypted"))
        if self.encrypted_backups:
            parts.append(Phrase("errors.backup.restored_copies_encrypted", n=self.encrypted_backups))
        if self.safety_copy is not None:
            parts.append(Phrase("errors.backup.restored_safety", name=self.safety_copy.name))
        return Joined(parts, "")


def list_backups(database_path: Path) -> list[BackupFile]:
    """The copies of this file, newest first.

    An encryption killed part-way is finished (or undone) first, unless a session has the
    file open (it did so when it opened it): a plaintext copy is never offered beside an
    encrypted file.
    """
    journal.recover_if_free(Path(database_path), current_actor())
    return store_backups.list_backups(Path(database_path))


def find_backup(database_path: Path, name_or_path: str) -> Path:
    """A backup named on the command line: a path, a file name in the folder, or «1» (newest)."""
    candidate = Path(name_or_path)
    if candidate.is_file():
        return candidate
    copies = list_backups(database_path)
    if name_or_path.isdigit() and 1 <= int(name_or_path) <= len(copies):
        return copies[int(name_or_path) - 1].path
    for copy in copies:
        if copy.path.name == name_or_path:
            return copy.path
    raise FileAccessError(Phrase("errors.backup.not_found", copy=name_or_path, path=database_path))


def take_backup(database: Database) -> Path:
    """A copy now (menu or `boligmote backup`), rotated like the daily ones."""
    return database.backup(store_backups.REASON_MANUAL)


def restore(database_path: Path, backup_path: Path, passphrase: str | None = None, *,
            encrypt: bool = False) -> RestoreResult:
    """Replace the file with a backup copy. The file must not be open in any session.

    Raises DatabaseInUse if another session has the file open, PassphraseRequired or
    WrongPassphrase for an encrypted copy, CorruptDatabase etc. for a bad copy, and
    PlainCopyOntoEncrypted for a plain copy onto an encrypted file unless `encrypt` asks
    for the copy to be encrypted with the file's passphrase on the way in.
    """
    # The real files: a restore through a symlink replaces the file, not the link.
    database_path, backup_path = real_path(database_path), real_path(backup_path)
    # 1. The copy must be a sound Boligmøte file before we touch anything; an unfinished
    #    copy is named as such (SQLite would call it read-only: it wants to roll it back).
    store_backups.check_complete(backup_path)
    Database.open(backup_path, readonly=True, passphrase=passphrase).close()
    # 2. No other session may have the file open while it is swapped underneath it.
    with FileLock.acquire(database_path, current_actor()):
        journal.recover(database_path)
        encrypt_with = _passphrase_to_keep_encryption(database_path, backup_path, passphrase, encrypt)
        # 3. Keep the current file, whatever state it is in.
        safety = None
        if database_path.exists() and database_path.stat().st_size > 0:
            safety = store_backups.copy_file(
                database_path, store_backups.new_backup_path(database_path, store_backups.REASON_BEFORE_RESTORE),
                passphrase)
        # 4. Swap in the copy atomically. An encrypted copy over a plain file turns the file
        #    encrypted: its plain copies are encrypted in the same journalled step as `encrypt`
        #    does, so none stays beside it in plaintext, even after a crash.
        store_backups.checkpoint(database_path, passphrase)
        plan = None
        if passphrase is not None and not journal.is_plain(backup_path) and not _is_encrypted(database_path):
            plan = journal.prepare(database_path, passphrase)
            journal.write(database_path, plan)
        try:
            _replace(database_path, backup_path, safety, encrypt_with)
        except BaseException:
            if plan is not None and journal.is_plain(database_path):
                journal.abandon(database_path, plan)
            raise
        converted = len(plan.convert) if plan is not None else 0
        if plan is not None:
            journal.finish(database_path, plan)
    # 5. Record it in the restored file's own audit log, and keep its copies rotated.
    with Database.open(database_path, passphrase=passphrase, daily_backup=False) as database:
        with database.transaction("gjenopprett", "database", backup_path.name,
                                  {"fra": backup_path.name, "forrige": safety.name if safety else "",
                                   "kryptert_underveis": encrypt_with is not None}):
            pass
        store_backups.rotate(database_path, database.backup_keep)
    return RestoreResult(database_path, backup_path, safety, encrypt_with is not None, converted)


def _passphrase_to_keep_encryption(database_path: Path, backup_path: Path, passphrase: str | None,
                                   encrypt: bool) -> str | None:
    """Refuse to undo encryption by restoring a plain copy; with `encrypt`, the key to keep it.

    A plain copy over an encrypted file would leave every record in plaintext, silently.
    """
    if not (_is_encrypted(database_path) and journal.is_plain(backup_path)):
        if encrypt:
            raise StoreError(Phrase("errors.backup.encrypt_only_plain", name=database_path.name, path=database_path))
        return None
    if not encrypt:
        raise PlainCopyOntoEncrypted(Phrase("errors.backup.plain_onto_encrypted", name=database_path.name,
                                            copy=backup_path.name, path=database_path, copy_path=backup_path))
    if passphrase is None:
        raise PassphraseRequired(Phrase("errors.backup.passphrase", name=database_path.name))
    # The file's own passphrase, not a new one: checked against the file before anything changes.
    crypto.connect(database_path, passphrase, readonly=True).close()
    return passphrase


def _is_encrypted(path: Path) -> bool:
    try:
        return path.stat().st_size > 0 and not journal.is_plain(path) and crypto.could_be_encrypted(path)
    except OSError:
        return False


def _replace(database_path: Path, backup_path: Path, safety: Path | None, encrypt_with: str | None = None) -> None:
    staging = journal.restore_staging_path(database_path)
    journal.remove_with_sidecars(staging)
    create_owner_only(staging)
    try:
        if encrypt_with is None:
            shutil.copyfile(backup_path, staging)
        else:
            crypto.export_encrypted(backup_path, staging, encrypt_with)
            store_backups.verify_copy(staging, encrypt_with, name=backup_path.name)
        os.chmod(staging, 0o600)
        with open(staging, "rb+") as f:
            os.fsync(f.fileno())
        # The old file's WAL must not be replayed onto the restored file: it belongs to the
        # old one (checkpointed above if it could be read; its content is in the safety copy).
        for suffix in ("-wal", "-shm"):
            Path(f"{database_path}{suffix}").unlink(missing_ok=True)
        os.replace(staging, database_path)
        store_backups.fsync_dir(database_path.parent)
    except OSError as exc:
        journal.remove_with_sidecars(staging)
        kept = Phrase("errors.backup.kept", path=safety) if safety else ""
        raise FileAccessError(Phrase("errors.backup.cannot_restore", name=database_path.name,
                                     reason=exc.strerror or exc, kept=kept)) from exc
    except StoreError:
        journal.remove_with_sidecars(staging)
        raise
    except crypto.database_errors() as exc:
        journal.remove_with_sidecars(staging)
        raise StoreError(Phrase("errors.backup.cannot_encrypt", name=backup_path.name, reason=exc)) from exc


def format_size(size: int) -> str:
    """Bytes in Norwegian notation: «1,2 MB», «830 kB»."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            value = size / factor
            text = f"{value:.0f}" if value >= 100 else f"{value:.1f}".replace(".", ",")
            return f"{text} {unit}"
    return f"{size} byte"
