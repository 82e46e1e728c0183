"""Opening, creating, upgrading and writing a Boligmøte database file.

Every change is one transaction that also appends to the audit log. The file is
checked before use: a file that is not ours, is corrupt, is locked or comes from a newer
version of the app is refused with a `StoreError` whose message a user can act on, and a
refused file is left exactly as it was (nothing is written before the checks pass).

Opening for writing takes the file's lock (one writing session per file, see locking.py),
upgrades an old schema only after a backup copy, and makes at most one automatic backup
copy a day (see backups.py). An encrypted file (SQLCipher) is opened with its passphrase.
"""
from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any


from . import audit, backups, crypto, encryption_journal
from .codec import Params, Row
from .errors import (
    CorruptDatabase,
    DatabaseLocked,
    FileAccessError,
    NewerSchemaVersion,
    NotABoligmoteFile,
    ReadOnlyFile,
    StoreError,
)
from .connection import BUSY_TIMEOUT_MS, check_header, check_writable, connect, translate_error
from .files import create_owner_only, real_path
from .locking import FileLock
from .migrations import LATEST_VERSION, all_migrations
from .network_share import warning_for as network_share_warning
from ..words import Phrase

if TYPE_CHECKING:
    import sqlite_utils

# PRAGMA application_id marks the file as ours: "BoMø" would not fit, so b"BoMt".
APPLICATION_ID = int.from_bytes(b"BoMt", "big")
SQLITE_HEADER = crypto.SQLITE_HEADER

__all__ = ["Database", "APPLICATION_ID", "create_owner_only", "current_actor"]


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd container)
        return "ukjent"


class Database:
    """One open Boligmøte file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool = False,
                 passphrase: str | None = None, lock: FileLock | None = None):
        self.path = path
        self.conn = conn
        # Who acts: the login until the window names the person (gui/user_name.py). Documents and
        # lists say `actor` («utført av Kari Nordmann», not «root»); the audit log keeps the login
        # beside a typed name, since anyone can type a name but the login is the machine's.
        self.login = current_actor()
        self._person: Callable[[], str] | None = None
        self.readonly = readonly
        # Kept for the life of the session: backup copies are encrypted with it too.
        self._passphrase = passphrase
        self._lock = lock
        self._errors = crypto.database_errors(conn)
        self._depth = 0
        self._closed = False
        # What the user should be told after opening (network share, a backup that failed).
        self.notices: list[str] = []
        # False when opened with full_check=False: the full integrity check is still to run.
        self.integrity_checked = False

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """For re-opening the same file after a restore; never shown, logged or stored."""
        return self._passphrase

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, imported on first use: sqlite_utils imports
        pandas when it can (~0.3 s), which the window's start must not pay for."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # ---- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False, readonly: bool = False,
             backup_dir: Path | None = None, passphrase: str | None = None,
             daily_backup: bool = True, full_check: bool = True) -> Database:
        """Open (and if needed upgrade) a Boligmøte file; with create=True make a new one.

        readonly=True opens for inspection only: nothing is written, nothing migrated, no
        lock taken. passphrase opens an encrypted file, or with create=True makes a new
        file encrypted. backup_dir overrides where the upgrade copy goes (tests).
        A symlink or `..` path is resolved first: the lock and the backups belong to the file.
        full_check=False skips the full `PRAGMA integrity_check` (seconds on a large file) for a
        caller that runs `check_integrity` soon after, off the start path (the window, issue 16
        item 12); the cheap checks (header, application id, schema version) always run, and a
        file about to be upgraded is always checked in full first.
        """
        path = real_path(path)
        if readonly:
            return cls._open_readonly(path, passphrase, full_check)
        exists = path.exists()
        is_new = not exists or path.stat().st_size == 0
        if is_new and not create:
            if exists:
                raise NotABoligmoteFile(Phrase("errors.file.empty", name=path.name))
            raise FileAccessError(Phrase("errors.file.not_found", path=str(path)))
        if is_new and not exists:
            if not path.parent.is_dir():
                raise FileAccessError(Phrase("errors.file.no_folder", folder=str(path.parent)))
            create_owner_only(path)
        encrypted = passphrase is not None
        if not is_new:
            encrypted = check_header(path, passphrase)
            check_writable(path)

        lock = FileLock.acquire(path, current_actor())
        conn = None
        try:
            # An encryption or restore killed part-way is finished or undone before anything
            # reads the file (it touches only staged files and backup copies, never the file).
            try:
                encryption_journal.recover(path)
            except OSError as exc:
                raise FileAccessError(Phrase("errors.file.recover", name=path.name,
                                             reason=str(exc.strerror or exc))) from exc
            conn = connect(path, passphrase if encrypted else None, readonly=False)
            database = cls(path, conn, passphrase=passphrase if encrypted else None, lock=lock)
            version = database._check_identity(is_new, full_check)
            database._configure()
            # With the lock held no one else is writing a copy: a hidden one is a killed one.
            backups.clear_leftovers(path)
            if version < LATEST_VERSION:
                if version > 0:
                    database.backup_before_migration(version, backup_dir)
                database._migrate(version)
            warning = network_share_warning(path)
            if warning:
                database.notices.append(warning)
            if daily_backup and not is_new:
                database._backup_if_due()
            return database
        except BaseException:
            if conn is not None:
                conn.close()
            if is_new:
                lock.release()
            else:
                lock.release_and_forget()  # a refused file gets no lock file beside it
            raise

    @classmethod
    def _open_readonly(cls, path: Path, passphrase: str | None = None, full_check: bool = True) -> Database:
        if not path.exists():
            raise FileAccessError(Phrase("errors.file.not_found", path=str(path)))
        if path.stat().st_size == 0:
            raise NotABoligmoteFile(Phrase("errors.file.empty", name=path.name))
        encrypted = check_header(path, passphrase)
        conn = connect(path, passphrase if encrypted else None, readonly=True)
        try:
            database = cls(path, conn, readonly=True, passphrase=passphrase if encrypted else None)
            database._check_identity(is_new=False, full_check=full_check)
            return database
        except BaseException:
            conn.close()
            raise

    def _configure(self) -> None:
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise DatabaseLocked(Phrase("errors.file.in_use", path=str(self.path)))
            self.conn.execute("PRAGMA foreign_keys = ON")
            # FULL: a decision whose commit returned survives a crash or power cut.
            self.conn.execute("PRAGMA synchronous = FULL")
        except self._errors as exc:
            raise translate_error(exc, self.path) from exc

    def _check_identity(self, is_new: bool, full_check: bool = True) -> int:
        """Read-only checks: is it ours, which version, is it intact. Writes nothing."""
        try:
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except self._errors as exc:
            raise translate_error(exc, self.path) from exc
        if app_id != APPLICATION_ID and not (is_new or (app_id == 0 and version == 0 and tables == 0)):
            raise NotABoligmoteFile(Phrase("errors.file.other_sqlite", name=self.path.name))
        if version > LATEST_VERSION:
            raise NewerSchemaVersion(Phrase("errors.file.newer", name=self.path.name, version=version,
                                            latest=LATEST_VERSION))
        if version > 0 and (full_check or version < LATEST_VERSION):
            self.check_integrity()
        else:
            self.integrity_checked = is_new or version == 0
            if version > 0 and not self.encrypted:
                self._check_length()
        return version

    def _check_length(self) -> None:
        """The quick check's part of integrity: a file cut short (a copy that stopped, a full USB
        stick) is refused at once by its header and size, before any query meets a missing page."""
        reason = backups.incomplete_reason(self.path)
        if reason is not None:
            raise CorruptDatabase(Phrase("errors.file.cut_short", name=self.path.name, reason=reason))

    def check_integrity(self) -> None:
        """PRAGMA integrity_check; CorruptDatabase (with what to do) when the file is damaged."""
        try:
            rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        except self._errors as exc:
            raise translate_error(exc, self.path) from exc
        if rows != [("ok",)]:
            first = "; ".join(r[0] for r in rows[:3])
            raise CorruptDatabase(Phrase("errors.file.damaged", name=self.path.name, technical=first))
        self.integrity_checked = True

    def _migrate(self, from_version: int) -> None:
        for migration in all_migrations()[from_version:]:
            if migration.foreign_keys_off:
                self.conn.execute("PRAGMA foreign_keys = OFF")
            try:
                with self._all_or_nothing():
                    self.conn.execute("BEGIN IMMEDIATE")
                    for statement in _split_sql(migration.sql):
                        self.conn.execute(statement)
                    if migration.foreign_keys_off and self.conn.execute("PRAGMA foreign_key_check").fetchone():
                        raise CorruptDatabase(Phrase("errors.store.migration_links", version=migration.number))
                    self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    self.conn.execute(f"PRAGMA user_version = {migration.number}")
                    audit.append(self.conn, self.audit_actor, "migrate", "schema", str(migration.number),
                                 {"name": migration.name})
                    self.conn.execute("COMMIT")
            finally:
                if migration.foreign_keys_off:
                    self.conn.execute("PRAGMA foreign_keys = ON")

    # ---- backup copies -----------------------------------------------------------------

    def backup_before_migration(self, version: int, backup_dir: Path | None = None) -> Path:
        target = backups.new_backup_path(self.path, backups.REASON_UPGRADE.format(version=version),
                                         backup_dir)
        return self.backup_to(target)

    def backup_to(self, target: Path) -> Path:
        """Copy the whole database with SQLite's online backup API into a new 0600 file."""
        return backups.copy_connection(self.conn, target, self._passphrase)

    def backup(self, reason: str = backups.REASON_MANUAL) -> Path:
        """A copy in the backups folder beside the file; then only the newest N are kept."""
        target = self.backup_to(backups.new_backup_path(self.path, reason))
        backups.rotate(self.path, self.backup_keep)
        return target

    @property
    def backup_keep(self) -> int:
        """How many backup copies of this file are kept (setting `backup_keep` in meta)."""
        try:
            return max(1, int(self.meta(backups.KEEP_META_KEY, str(backups.DEFAULT_KEEP))))
        except ValueError:
            return backups.DEFAULT_KEEP
        except self._errors:
            return backups.DEFAULT_KEEP

    def set_backup_keep(self, keep: int) -> None:
        if keep < 1:
            raise StoreError(Phrase("errors.store.backup_keep"))
        with self.transaction("innstilling", "meta", backups.KEEP_META_KEY, {"verdi": keep}):
            self.set_meta([(backups.KEEP_META_KEY, str(keep))])

    def _backup_if_due(self) -> None:
        """The daily copy; failing it must not stop the meeting, but the user is told."""
        if not backups.is_due(self.path, datetime.now()):
            return
        try:
            self.backup(backups.REASON_DAILY)
        except StoreError as error:
            self.notices.append(f"Den daglige sikkerhetskopien kunne ikke tas: {error}")

    # ---- writing ---------------------------------------------------------------------

    @contextmanager
    def transaction(self, action: str, entity: str, entity_id: str = "", detail: dict[str, Any] | None = None) -> Iterator[sqlite3.Connection]:
        """One change: BEGIN IMMEDIATE … audit entry … COMMIT, or nothing at all."""
        if self._depth:
            raise RuntimeError("nested transactions are not supported; make it one change")
        if self.readonly:
            raise ReadOnlyFile(Phrase("errors.file.opened_read_only", name=self.path.name))
        self._depth += 1
        try:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except self._errors as exc:
                raise translate_error(exc, self.path) from exc
            with self._all_or_nothing():
                yield self.conn
                audit.append(self.conn, self.audit_actor, action, entity, entity_id, detail or {})
                self.conn.execute("COMMIT")
        finally:
            self._depth -= 1

    @contextmanager
    def _all_or_nothing(self) -> Iterator[None]:
        """The change begun inside is committed inside or rolled back here, whatever stops it: a
        database error comes out as the store's own (translate_error), anything else as it was.
        One place for a migration and a transaction."""
        try:
            yield
        except self._errors as exc:
            self._rollback()
            raise translate_error(exc, self.path) from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # ---- reading ---------------------------------------------------------------------

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def meta(self, key: str, default: str = "") -> str:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set_meta(self, pairs: list[tuple[str, str]]) -> None:
        """Call inside a transaction."""
        self.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", pairs)

    def interrupt(self) -> None:
        """Stop a query running on this file from another thread (a check the window no longer
        needs); the query raises, the connection stays usable."""
        self.conn.interrupt()

    def close(self) -> None:
        """Close and give the lock back; closing twice is harmless (restore closes early)."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        except self._errors:
            pass
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def act_as(self, person: Callable[[], str]) -> None:
        """Name the actor by the person's own name (asked when it is needed, changeable in the
        settings, so read each time) rather than by the login name; "" falls back to the login."""
        self._person = person

    @property
    def actor(self) -> str:
        name = " ".join(self._person().split()) if self._person is not None else ""
        return name or self.login

    @actor.setter
    def actor(self, login: str) -> None:
        """Another account at the keyboard (tests; a shared machine's user switch)."""
        self.login, self._person = login, None

    @property
    def audit_actor(self) -> str:
        return self.actor if self.actor == self.login else f"{self.actor} ({self.login})"

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _split_sql(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers contain ';')."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in migration: {current[:80]}")
    return statements


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (sqlite3 types lastrowid as optional for cursors
    that inserted nothing; after an INSERT it is always there)."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise StoreError(Phrase("errors.store.not_saved"))
    return row_id
