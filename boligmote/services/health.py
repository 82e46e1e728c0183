"""Is this file healthy: `boligmote check`, and the window's checks after it has opened a file."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..store import LATEST_VERSION, Database, StoreError
from ..store import backups
from ..store.audit import AuditLog
from ..store.inventory import counts
from ..store.schema_check import check_schema


@dataclass(frozen=True)
class HealthReport:
    path: Path
    schema_version: int
    latest_version: int
    counts: dict[str, int]
    audit_rows: int
    audit_first_broken: int | None
    schema_differences: tuple[str, ...] = ()  # objects missing, added or changed (store/schema_check.py)

    def lines(self) -> list[str]:
        upgrade = "" if self.schema_version == LATEST_VERSION else " (oppgraderes ved neste åpning)"
        lines = [
            f"Fil: {self.path}",
            "Integritet: ok",
            f"Skjemaversjon: {self.schema_version} av {self.latest_version}{upgrade}",
        ]
        lines += [f"  {label}: {n:,}".replace(",", "\u00a0") for label, n in self.counts.items()]
        if self.audit_first_broken is None:
            lines.append(f"Revisjonslogg: {self.audit_rows} oppføringer, kjeden er hel")
        else:
            lines.append(f"Revisjonslogg: BRUDD i kjeden ved oppføring {self.audit_first_broken}")
        if self.schema_differences:
            lines.append("Skjema: BRUDD – " + "; ".join(self.schema_differences)
                         + ". Kjør «boligmote verify» for signerte møter.")
        else:
            lines.append("Skjema: tabeller, indekser og triggere som versjonen lager dem")
        return lines

    @property
    def ok(self) -> bool:
        return self.audit_first_broken is None and not self.schema_differences


def check_file(path: Path, passphrase: str | None = None) -> HealthReport:
    """Raises StoreError (with a readable message) for a file that cannot be used;
    PassphraseRequired for an encrypted file opened without its passphrase."""
    with Database.open(path, readonly=True, passphrase=passphrase) as database:
        chain = AuditLog(database).verify()
        return HealthReport(path, database.schema_version, LATEST_VERSION, counts(database),
                            chain.rows, chain.first_broken_id, check_schema(database).differences)


# ---- after the window has opened the file ------------------------------------------------------

@dataclass(frozen=True)
class AfterOpen:
    """What the full check and the daily copy found, for the status bar (and a dialog if wrong)."""

    path: Path
    problem: str = ""         # the file is damaged (or could not be read): say so clearly
    backup: Path | None = None
    backup_error: str = ""    # the daily copy failed; the meeting can go on, but the user is told
    cancelled: bool = False   # the window closed first; nothing was half-written

    @property
    def ok(self) -> bool:
        return not self.problem and not self.backup_error


class AfterOpenCheck:
    """The full `PRAGMA integrity_check` and the daily backup copy, off the start path.

    Opening for the window runs only the cheap checks (Database.open(full_check=False,
    daily_backup=False)); this runs the rest on a connection of its own, so a worker thread
    can do it while the window is in use (SQLite connections belong to one thread; the
    backup API reads a consistent snapshot while the meeting writes). The copy is written
    under a hidden name and renamed only when whole (store/backups.copy_connection), so
    closing the window, or a crash, part-way loses nothing and leaves no half copy.
    """

    def __init__(self, path: Path, passphrase: str | None, *, daily_backup: bool):
        self.path = path
        self.passphrase = passphrase
        self.daily_backup = daily_backup
        self._database: Database | None = None
        self._cancelled = False

    def cancel(self) -> None:
        """From another thread: stop the integrity check at once; a copy being written is
        finished (it takes well under a second and is only ever renamed into place whole)."""
        self._cancelled = True
        database = self._database
        if database is not None and not database.closed:
            try:
                database.interrupt()
            except Exception:  # closed between the test and the call: nothing to stop
                pass

    def run(self, now: datetime | None = None) -> AfterOpen:
        try:
            self._database = Database.open(self.path, readonly=True, passphrase=self.passphrase)
        except StoreError as error:  # the full check runs in _check_identity
            if self._cancelled:
                return AfterOpen(self.path, cancelled=True)
            return AfterOpen(self.path, problem=str(error))
        with self._database as database:
            if self._cancelled or not self.daily_backup or not backups.is_due(self.path, now or datetime.now()):
                return AfterOpen(self.path, cancelled=self._cancelled)
            try:
                copy = database.backup_to(backups.new_backup_path(self.path, backups.REASON_DAILY))
                backups.rotate(self.path, database.backup_keep)
            except StoreError as error:
                return AfterOpen(self.path, backup_error=str(error))
        return AfterOpen(self.path, backup=copy)
