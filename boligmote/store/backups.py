"""Backup copies of a database file: where they live, what they are called, how many stay.

Copies go into a `backups/` folder beside the file (owner-only, 0700), each copy 0600, and
are made with SQLite's online backup API so a copy taken while the file is open is still
consistent. An encrypted file's copies are encrypted with the same passphrase: a backup
must never be the plaintext way around the encryption.

A copy is named `<stem>.<YYYYmmdd-HHMMSS>.<reason>.backup.sqlite`, so the listing (newest
first) and the rotation need nothing but the folder, and several databases can share it.

A copy appears under that name only when it is whole: it is written as `.<name>.skrives`,
synced, checked (it opens, passes quick_check, is a Boligmøte file) and then renamed, and the
folder is synced. A process killed half-way leaves only a hidden `.skrives` file, which the
listing ignores and the next writing session deletes; a broken copy left by an older
version (empty, cut short, or with a `-journal` from an interrupted write) is never listed.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import crypto
from .errors import CorruptDatabase, DiskFull, FileAccessError, StoreError
from .files import create_owner_only, real_path
from ..words import Phrase, message_of

BACKUP_DIR_NAME = "backups"
SUFFIX = ".backup.sqlite"
# How many copies of one database are kept (the newest); a per-file setting in `meta`.
DEFAULT_KEEP = 10
KEEP_META_KEY = "backup_keep"

REASON_DAILY = "daglig"
REASON_MANUAL = "manuell"
REASON_BEFORE_RESTORE = "for-gjenoppretting"
REASON_UPGRADE = "oppgradering-fra-v{version}"

_STAMP_FORMAT = "%Y%m%d-%H%M%S"
# A copy being written; never listed. Its -journal sits beside it while SQLite writes.
TEMP_SUFFIX = ".skrives"
_SIDECARS = ("-journal", "-wal", "-shm")
_NOT_A_DATABASE = Phrase("errors.backup.not_a_database")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        """The reason as a user reads it."""
        if self.reason == REASON_DAILY:
            return "daglig"
        if self.reason == REASON_MANUAL:
            return "tatt for hånd"
        if self.reason == REASON_BEFORE_RESTORE:
            return "før gjenoppretting"
        upgrade = re.fullmatch(r"oppgradering-fra-v(\d+)", self.reason)
        if upgrade:
            return f"før oppgradering fra versjon {upgrade.group(1)}"
        return self.reason


def backup_dir_for(database_path: Path) -> Path:
    return real_path(database_path).parent / BACKUP_DIR_NAME


def ensure_backup_dir(directory: Path) -> Path:
    """Create the folder owner-only (it holds copies of special-category data)."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(directory, 0o700)
    except OSError as exc:
        raise FileAccessError(Phrase("errors.backup.no_folder", folder=directory, reason=exc.strerror)) from exc
    return directory


def _pattern(database_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(database_path.stem) + r"\.(\d{8}-\d{6})(?:-\d+)?\.([a-z0-9-]+)"
                      + re.escape(SUFFIX) + "$")


def copy_paths(database_path: Path) -> list[Path]:
    """Every file named as a copy of this database, whole or not (encryption converts them all)."""
    database_path = real_path(database_path)
    directory = backup_dir_for(database_path)
    if not directory.is_dir():
        return []
    pattern = _pattern(database_path)
    return sorted(entry for entry in directory.iterdir() if pattern.match(entry.name) and entry.is_file())


def is_copy_name(database_path: Path, name: str) -> bool:
    return _pattern(real_path(database_path)).match(name) is not None


def list_backups(database_path: Path, directory: Path | None = None) -> list[BackupFile]:
    """The copies of this database, newest first."""
    database_path = real_path(database_path)
    directory = directory or backup_dir_for(database_path)
    if not directory.is_dir():
        return []
    pattern = _pattern(database_path)
    found = []
    for entry in directory.iterdir():
        match = pattern.match(entry.name)
        if not match or not entry.is_file():
            continue
        if incomplete_reason(entry) is not None:
            continue  # a broken copy is never offered
        try:
            created = datetime.strptime(match.group(1), _STAMP_FORMAT)
            info = entry.stat()
        except (ValueError, OSError):
            continue
        found.append((created, info.st_mtime_ns, BackupFile(entry, created, match.group(2), info.st_size)))
    # Two copies in the same second (a restore right after a backup): the file time decides.
    found.sort(key=lambda item: item[:2], reverse=True)
    return [item[2] for item in found]


def new_backup_path(database_path: Path, reason: str, directory: Path | None = None,
                    now: datetime | None = None) -> Path:
    database_path = real_path(database_path)
    directory = ensure_backup_dir(directory or backup_dir_for(database_path))
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    # Two copies in the same second (a restore right after a backup) are numbered on from
    # the highest number used, so that a name freed by rotation is never given to a newer copy.
    same_second = re.compile(re.escape(f"{database_path.stem}.{stamp}") + r"(?:-(\d+))?\.")
    numbers = [int(m.group(1) or 1) for m in map(same_second.match, os.listdir(directory)) if m]
    suffix = f"-{max(numbers) + 1}" if numbers else ""
    return directory / f"{database_path.stem}.{stamp}{suffix}.{reason}{SUFFIX}"


def is_due(database_path: Path, now: datetime | None = None, directory: Path | None = None) -> bool:
    """At most one automatic copy per calendar day: due when none was made today."""
    today = (now or datetime.now()).date()
    newest = list_backups(database_path, directory)
    return not newest or newest[0].created.date() < today


def rotate(database_path: Path, keep: int, directory: Path | None = None) -> list[Path]:
    """Delete all but the `keep` newest copies; returns what was deleted."""
    keep = max(1, keep)
    removed = []
    for old in list_backups(database_path, directory)[keep:]:
        for path in (old.path, Path(f"{old.path}-wal")):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue
        removed.append(old.path)
    return removed


def copy_connection(source: sqlite3.Connection, target: Path, passphrase: str | None) -> Path:
    """Copy an open connection's database into a new 0600 file with the backup API.

    The copy is switched to rollback-journal mode so that it is one self-contained file
    (a WAL-mode copy would sprout -wal/-shm files the first time someone looks at it).
    It is written under a temporary name and renamed into place once synced and checked.
    """
    temp = temp_path_for(target)
    _remove_with_sidecars(temp)
    create_owner_only(temp)
    try:
        if passphrase is None:
            destination = sqlite3.connect(temp)
        else:
            destination = crypto.driver().connect(str(temp))
            crypto.key_connection(destination, passphrase)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        os.chmod(temp, 0o600)
        fsync_file(temp)
        verify_copy(temp, passphrase, name=target.name)
        _commit_copy(temp, target)
    except BaseException as exc:
        _remove_with_sidecars(temp)
        if isinstance(exc, crypto.database_errors()) or isinstance(exc, OSError):
            raise _copy_failed(target, exc) from exc
        raise
    return target


def temp_path_for(target: Path) -> Path:
    """Where a copy is written before it is whole: hidden, and not matching the listing."""
    return target.with_name(f".{target.name}{TEMP_SUFFIX}")


def verify_copy(path: Path, passphrase: str | None, name: str | None = None) -> None:
    """Refuse a copy that does not open, fails quick_check or is not a Boligmøte file."""
    from .database import APPLICATION_ID  # database.py imports this module

    name = name or path.name
    conn = None
    try:
        if passphrase is None:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = crypto.connect(path, passphrase, readonly=True)
        ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        ours = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except crypto.database_errors(also=(StoreError,)) as exc:
        raise CorruptDatabase(Phrase("errors.backup.not_whole_because", name=name, reason=message_of(exc))) from exc
    finally:
        if conn is not None:
            conn.close()
    if not ok or not ours:
        raise CorruptDatabase(Phrase("errors.backup.not_whole", name=name))


def _commit_copy(temp: Path, target: Path) -> None:
    """Rename a synced copy into the listing, then sync the folder so the name survives a crash."""
    os.replace(temp, target)
    fsync_dir(target.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in _SIDECARS)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            continue


def incomplete_reason(path: Path) -> str | None:
    """Why a file named like a copy cannot be a whole one, from its size and header alone.

    Cheap enough for every listing (no SQLite open): a full check happens before a restore.
    """
    try:
        size = path.stat().st_size
        journal = Path(f"{path}-journal")
        if journal.exists() and journal.stat().st_size > 0:
            return Phrase("errors.backup.interrupted")  # a hot journal: an unfinished write
        if size == 0:
            return Phrase("errors.backup.empty")
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as exc:
        return Phrase("errors.backup.unreadable", reason=exc.strerror)
    if not crypto.is_plain_sqlite(header):
        return None if crypto.could_be_encrypted(path) else _NOT_A_DATABASE
    if len(header) < 100:
        return Phrase("errors.backup.cut_short")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size < 512 or size % page_size:
        return Phrase("errors.backup.cut_short")
    # The page count in the header is valid when the change counter matches (sqlite.org/fileformat2).
    if header[24:28] == header[92:96] and pages * page_size > size:
        return Phrase("errors.backup.cut_short")
    return None


def check_complete(path: Path) -> None:
    """Refuse a broken copy by name, before SQLite is asked to open it (it would say «read-only»)."""
    reason = incomplete_reason(path)
    # Not a database at all: opening it says so in its own words (not «ufullstendig»).
    if reason is not None and reason != _NOT_A_DATABASE:
        raise CorruptDatabase(Phrase("errors.backup.incomplete", name=path.name, reason=reason))


def clear_leftovers(database_path: Path) -> list[Path]:
    """Delete what killed copies of this file left in its backups folder; call with the lock held.

    Only the file's own hidden `.skrives` files: another file's copy being written now is
    not ours to touch, and a whole copy is never deleted here.
    """
    database_path = real_path(database_path)
    directory = backup_dir_for(database_path)
    if not directory.is_dir():
        return []
    temp = re.compile(r"\." + _pattern(database_path).pattern[:-1] + re.escape(TEMP_SUFFIX)
                      + r"(?:-journal|-wal|-shm)?$")
    removed = []
    for entry in directory.iterdir():
        if temp.match(entry.name):
            try:
                entry.unlink()
            except OSError:
                continue
            removed.append(entry)
    return removed


def copy_file(database_path: Path, target: Path, passphrase: str | None) -> Path:
    """Copy a database file that is not open here; if SQLite cannot read it, copy its bytes.

    Used for the safety copy before a restore, when the current file may be the broken one:
    whatever it is, it is kept.
    """
    try:
        if passphrase is not None and not crypto.is_plain_sqlite(_head(database_path)):
            source = crypto.connect(database_path, passphrase, readonly=True)
        else:
            source = sqlite3.connect(f"{database_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            # A damaged file is copied byte for byte: the backup API would tidy its header.
            if source.execute("PRAGMA quick_check").fetchall() == [("ok",)]:
                keyed = None if isinstance(source, sqlite3.Connection) else passphrase
                return copy_connection(source, target, keyed)
        finally:
            source.close()
    except crypto.database_errors(also=(StoreError,)):
        pass
    # Byte for byte, through a temporary name like every copy (it cannot be checked: it may
    # be the broken file, so the listing may leave it out, but it is kept).
    temp = temp_path_for(target)
    _remove_with_sidecars(temp)
    create_owner_only(temp)
    try:
        shutil.copyfile(database_path, temp)
        os.chmod(temp, 0o600)
        fsync_file(temp)
        wal = Path(f"{database_path}-wal")
        if wal.exists() and wal.stat().st_size:
            temp_wal = Path(f"{temp}-wal")
            shutil.copyfile(wal, temp_wal)
            os.chmod(temp_wal, 0o600)
            fsync_file(temp_wal)
            os.replace(temp_wal, Path(f"{target}-wal"))
        _commit_copy(temp, target)
    except OSError as exc:
        _remove_with_sidecars(temp)
        Path(f"{target}-wal").unlink(missing_ok=True)
        raise _copy_failed(target, exc) from exc
    return target


def _head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(len(crypto.SQLITE_HEADER))


def _copy_failed(target: Path, exc: BaseException) -> StoreError:
    text = str(exc)
    if "full" in text or getattr(exc, "errno", None) == 28:  # ENOSPC
        return DiskFull(Phrase("errors.backup.disk_full", name=target.name))
    return FileAccessError(Phrase("errors.backup.not_saved", name=target.name, reason=text))


def checkpoint(database_path: Path, passphrase: str | None) -> bool:
    """Move a closed file's WAL into the file itself (best effort); True when the WAL is empty.

    Before a file is replaced its WAL must be empty or thrown away: a WAL left beside the
    new file would be replayed onto it.
    """
    wal = Path(f"{database_path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return True
    try:
        if passphrase is not None and not crypto.is_plain_sqlite(_head(database_path)):
            conn = crypto.connect(database_path, passphrase)
        else:
            conn = sqlite3.connect(database_path)
        try:
            busy: int = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except crypto.database_errors(also=(StoreError, OSError)):
        return False
    return busy == 0
