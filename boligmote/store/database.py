"""Opening, creating, upgrading and writing a Boligmøte database file.

Every change is one transaction that also appends to the audit log. The file is
checked before use: a file that is not ours, is corrupt, is locked or comes from a newer
version of the app is refused with a `StoreError` whose message a user can act on.
"""
from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path


from . import audit
from .errors import (
    CorruptDatabase,
    DatabaseLocked,
    FileAccessError,
    FrozenRecordError,
    NewerSchemaVersion,
    NotABoligmoteFile,
    StoreError,
)
from .migrations import LATEST_VERSION, all_migrations

# PRAGMA application_id marks the file as ours: "BoMø" would not fit, so b"BoMt".
APPLICATION_ID = int.from_bytes(b"BoMt", "big")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service account, odd container)
        return "ukjent"


def create_owner_only(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise FileAccessError(f"Filen {path} finnes allerede.") from None
    except OSError as exc:
        raise FileAccessError(f"Kunne ikke opprette {path}: {exc.strerror}.") from exc
    os.close(fd)
    os.chmod(path, 0o600)  # in case a umask or ACL widened it


class Database:
    """One open Boligmøte file."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self.actor = current_actor()
        self._depth = 0

    @property
    def db(self):
        """sqlite-utils over this connection, imported on first use: sqlite_utils imports
        pandas when it can (~0.3 s), which the window's start must not pay for."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # ---- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = False, readonly: bool = False,
             backup_dir: Path | None = None) -> "Database":
        """Open (and if needed upgrade) a Boligmøte file; with create=True make a new one.

        readonly=True opens for inspection only: nothing is written, nothing migrated.
        """
        path = Path(path)
        if readonly:
            return cls._open_readonly(path)
        is_new = not path.exists() or path.stat().st_size == 0
        if is_new and not create:
            raise FileAccessError(f"Finner ikke databasefilen {path}.")
        if is_new and not path.exists():
            if not path.parent.is_dir():
                raise FileAccessError(f"Mappen {path.parent} finnes ikke.")
            create_owner_only(path)
        if not is_new:
            _check_header(path)

        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.OperationalError as exc:
            raise FileAccessError(f"Kunne ikke åpne {path}: {exc}.") from exc
        try:
            database = cls(path, conn)
            database._configure()
            version = database._check_identity(is_new)
            if version < LATEST_VERSION:
                if version > 0:
                    database.backup_before_migration(version, backup_dir)
                database._migrate(version)
            return database
        except BaseException:
            conn.close()
            raise

    @classmethod
    def _open_readonly(cls, path: Path) -> "Database":
        if not path.exists():
            raise FileAccessError(f"Finner ikke databasefilen {path}.")
        _check_header(path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            database = cls(path, conn)
            database._check_identity(is_new=False)
            return database
        except BaseException:
            conn.close()
            raise

    def _configure(self) -> None:
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise DatabaseLocked(f"Filen {self.path} er i bruk av et annet program.")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # FULL: a decision whose commit returned survives a crash or power cut.
            self.conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, self.path) from exc

    def _check_identity(self, is_new: bool) -> int:
        try:
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, self.path) from exc
        if app_id != APPLICATION_ID and not (is_new or (app_id == 0 and version == 0 and tables == 0)):
            raise NotABoligmoteFile(
                f"{self.path.name} er en SQLite-fil, men ikke en Boligmøte-database."
            )
        if version > LATEST_VERSION:
            raise NewerSchemaVersion(
                f"{self.path.name} er laget av en nyere versjon av Boligmøte "
                f"(skjemaversjon {version}; denne versjonen kan lese til og med {LATEST_VERSION}). "
                "Oppdater programmet for å åpne filen."
            )
        if version > 0:
            self._check_integrity()
        return version

    def _check_integrity(self) -> None:
        try:
            rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise _translate(exc, self.path) from exc
        if rows != [("ok",)]:
            first = "; ".join(r[0] for r in rows[:3])
            raise CorruptDatabase(
                f"{self.path.name} er skadet ({first}). Gjenopprett fra en sikkerhetskopi."
            )

    def _migrate(self, from_version: int) -> None:
        for migration in all_migrations()[from_version:]:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in _split_sql(migration.sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.conn.execute(f"PRAGMA user_version = {migration.number}")
                audit.append(self.conn, self.actor, "migrate", "schema", str(migration.number),
                             {"name": migration.name})
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self._rollback()
                raise _translate(exc, self.path) from exc

    def backup_before_migration(self, version: int, backup_dir: Path | None = None) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target_dir = backup_dir or self.path.parent
        target = target_dir / f"{self.path.stem}.v{version}-{stamp}.backup.sqlite"
        return self.backup_to(target)

    def backup_to(self, target: Path) -> Path:
        """Copy the whole database with SQLite's online backup API into a new 0600 file."""
        create_owner_only(target)
        destination = sqlite3.connect(target)
        try:
            self.conn.backup(destination)
        finally:
            destination.close()
        return target

    # ---- writing ---------------------------------------------------------------------

    @contextmanager
    def transaction(self, action: str, entity: str, entity_id: str = "", detail: dict | None = None) -> Iterator[sqlite3.Connection]:
        """One change: BEGIN IMMEDIATE … audit entry … COMMIT, or nothing at all."""
        if self._depth:
            raise RuntimeError("nested transactions are not supported; make it one change")
        self._depth += 1
        try:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _translate(exc, self.path) from exc
            try:
                yield self.conn
                audit.append(self.conn, self.actor, action, entity, entity_id, detail or {})
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self._rollback()
                raise _translate(exc, self.path) from exc
            except BaseException:
                self._rollback()
                raise
        finally:
            self._depth -= 1

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # ---- reading ---------------------------------------------------------------------

    def query(self, sql: str, params: tuple | dict = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: tuple | dict = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def schema_version(self) -> int:
        return self.scalar("PRAGMA user_version")

    def meta(self, key: str, default: str = "") -> str:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else value

    def set_meta(self, pairs: list[tuple[str, str]]) -> None:
        """Call inside a transaction."""
        self.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", pairs)

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.DatabaseError:
            pass
        self.conn.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError:
        raise FileAccessError(f"Du har ikke tilgang til å lese {path}.") from None
    except OSError as exc:
        raise FileAccessError(f"Kunne ikke lese {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise NotABoligmoteFile(f"{path.name} er ikke en Boligmøte-database (ikke en SQLite-fil).")


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


def _translate(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    text = str(exc)
    if "signert" in text:
        return FrozenRecordError(text)
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"{path.name} er låst av et annet program eller en annen Boligmøte-økt. "
            "Lukk den andre økten og prøv igjen."
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return CorruptDatabase(f"{path.name} er skadet eller ikke en Boligmøte-database ({text}).")
    if "readonly" in text or "read-only" in text:
        return FileAccessError(f"{path.name} er skrivebeskyttet; endringer kan ikke lagres.")
    if "disk is full" in text or "disk I/O" in text:
        return FileAccessError(f"Kunne ikke skrive til {path.name}: {text}. Ingenting ble lagret.")
    if isinstance(exc, sqlite3.IntegrityError):
        return StoreError(f"Endringen ble avvist av databasen: {text}.")
    return StoreError(f"Databasefeil i {path.name}: {text}.")
