"""The database file below the Database object: is it SQLite or encrypted (its header), may we
write it, connecting to it (plain or SQLCipher), and what a sqlite3 error means to a caseworker.

store/database.py opens, checks and upgrades a file with these; nothing here writes to it.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ..words import Phrase
from . import crypto
from .errors import (
    CorruptDatabase,
    DatabaseLocked,
    DiskFull,
    FileAccessError,
    FrozenRecordError,
    NotABoligmoteFile,
    PassphraseRequired,
    ReadOnlyFile,
    StoreError,
)

SQLITE_HEADER = crypto.SQLITE_HEADER
BUSY_TIMEOUT_MS = 3000


def check_header(path: Path, passphrase: str | None) -> bool:
    """Plain SQLite → False; possibly encrypted and a passphrase given → True; else refuse."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
        if crypto.is_plain_sqlite(header):
            return False
        maybe_encrypted = crypto.could_be_encrypted(path)
    except PermissionError:
        raise FileAccessError(Phrase("errors.file.no_access", path=str(path))) from None
    except OSError as exc:
        raise FileAccessError(Phrase("errors.file.unreadable", path=str(path), reason=str(exc.strerror))) from exc
    if not maybe_encrypted:
        raise NotABoligmoteFile(Phrase("errors.file.not_sqlite", name=path.name))
    if passphrase is None:
        raise PassphraseRequired(Phrase("errors.file.passphrase", name=path.name))
    return True


def check_writable(path: Path) -> None:
    """Refuse to open a write-protected file for writing; the caller may offer read-only.

    The owner's write bit counts even for an administrator who could write anyway:
    someone made the file read-only on purpose (a copy for the archive, a CD).
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise FileAccessError(Phrase("errors.file.unreadable", path=str(path), reason=str(exc.strerror))) from exc
    if not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK):
        raise ReadOnlyFile(Phrase("errors.file.write_protected", name=path.name))


def connect(path: Path, passphrase: str | None, *, readonly: bool) -> sqlite3.Connection:
    timeout = BUSY_TIMEOUT_MS / 1000
    if passphrase is not None:
        return crypto.connect(path, passphrase, readonly=readonly, timeout=timeout)
    try:
        if readonly:
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, timeout=timeout)
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=timeout)
    except sqlite3.OperationalError as exc:
        raise FileAccessError(Phrase("errors.file.cannot_open", path=str(path), reason=str(exc))) from exc


def translate_error(exc: Exception, path: Path) -> StoreError:
    """A sqlite3 or SQLCipher error as a message a caseworker can act on."""
    text = str(exc)
    if "signert" in text:
        return FrozenRecordError(text)
    if "locked" in text or "busy" in text:
        return DatabaseLocked(Phrase("errors.file.locked", name=path.name))
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return CorruptDatabase(Phrase("errors.file.damaged_or_other", name=path.name, technical=text))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile(Phrase("errors.file.read_only", name=path.name))
    if "full" in text:  # SQLITE_FULL: "database or disk is full"
        return DiskFull(Phrase("errors.file.disk_full", name=path.name))
    if "disk I/O" in text:
        return FileAccessError(Phrase("errors.file.io", name=path.name))
    if type(exc).__name__ == "IntegrityError":  # sqlite3's or SQLCipher's
        return StoreError(Phrase("errors.file.refused", technical=text))
    return StoreError(Phrase("errors.file.database", name=path.name, technical=text))
