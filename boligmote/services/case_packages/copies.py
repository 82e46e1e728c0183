"""The preparation copy: the meeting file hands out a copy to prepare cases in, and remembers it.

This is the meeting file's «export» (issue 14 §2): it records what it handed out — the
fingerprint of every applicant and every agenda case of an open meeting, as the copy holds
them — and a random key that only it and the copy know (see authentication.py). Packages
from the copy are then authenticated with that key and compared with this record.
"""
from __future__ import annotations

import glob
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...domain import MeetingStatus, saved_id
from ...store import Database
from ...store.households import HouseholdRepository
from ...store.locking import lock_path
from ...store.meetings import AgendaRepository, MeetingRepository
from ...store.package_exports import PackageExport, PackageExportRepository
from .authentication import new_key
from .format import PackageError
from ...words import Phrase
from .records import APPLICANT, CASE, applicant_data, case_data, fingerprint, record_id

# In the copy's meta table: which copy it is and its key (hex). Only a copy has it.
COPY_META_KEY = "case_packages.copy"
# In the copy's meta table: the sequence number of the last package it wrote.
SEQUENCE_META_KEY = "case_packages.sequence"
COPY_SUFFIXES = (".sqlite", ".db", ".boligmote")


@dataclass(frozen=True)
class PreparationCopy:
    path: Path
    export_id: str
    applicants: int
    cases: int


@dataclass(frozen=True)
class CopyIdentity:
    """What a preparation copy knows about itself."""

    export_id: str
    key: bytes
    source_file_name: str


def copy_identity(database: Database) -> CopyIdentity | None:
    """The copy's identity, or None if the file is not a preparation copy."""
    try:
        value = json.loads(database.meta(COPY_META_KEY, "") or "null")
        return CopyIdentity(str(value["export_id"]), bytes.fromhex(value["key"]), str(value["source_file_name"]))
    except (ValueError, TypeError, KeyError):
        return None


def current_fingerprints(database: Database) -> dict[str, str]:
    """Every applicant, and every agenda case of a meeting still open, by record id."""
    prints = {record_id(APPLICANT, 0, case_no): fingerprint(applicant_data(applicant))
              for case_no, applicant in HouseholdRepository(database).applicants().items()}
    agenda = AgendaRepository(database)
    for meeting in MeetingRepository(database).all():
        if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS):
            for proposal in agenda.cases(saved_id(meeting.id)):
                prints[record_id(CASE, saved_id(meeting.id), proposal.case_no)] = fingerprint(case_data(proposal))
    return prints


def make_preparation_copy(database: Database, out: Path, *, now: datetime | None = None) -> PreparationCopy:
    """Write a copy of the meeting file to `out` to prepare cases in, and remember it.

    The copy is whole or absent (written beside, then renamed), readable by its owner only,
    encrypted with the same passphrase if the meeting file is, and carries no key of any
    other copy. The meeting file records the copy in one audited change.
    """
    out = Path(out)
    if out.suffix.lower() not in COPY_SUFFIXES:
        raise PackageError(Phrase("errors.package.suffix", name=out.name, suffix=COPY_SUFFIXES[0]))
    if not out.parent.is_dir():
        raise PackageError(Phrase("errors.file.no_folder", folder=out.parent))
    if out.exists():
        raise PackageError(Phrase("errors.package.copy_exists", name=out.name))
    if out.resolve() == database.path.resolve():
        raise PackageError(Phrase("errors.package.copy_same_name"))
    if database.readonly:
        raise PackageError(Phrase("errors.package.copy_read_only", name=database.path.name))
    export = PackageExport(str(uuid.uuid4()), new_key(), (now or datetime.now()).astimezone(), database.actor,
                           out.name)
    handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    temporary = Path(name)
    temporary.unlink()  # the backup API writes a new file
    try:
        database.backup_to(temporary)
        copy = Database.open(temporary, passphrase=database.passphrase, daily_backup=False)
        try:
            prints = current_fingerprints(copy)  # the base is what the copy holds, exactly
            identity = {"export_id": export.id, "key": export.key.hex(), "source_file_name": database.path.name}
            with copy.transaction("forberedelseskopi", "package_export", export.id, {"fra": database.path.name}):
                PackageExportRepository(copy).forget_all()
                copy.set_meta([(COPY_META_KEY, json.dumps(identity)), (SEQUENCE_META_KEY, "0")])
        finally:
            copy.close()
            lock_path(temporary).unlink(missing_ok=True)  # the lock belongs to the temporary name only
        with database.transaction("export", "preparation_copy", export.id, {
                "copy": out.name, "records": len(prints)}):
            PackageExportRepository(database).add(export, prints)
        os.replace(temporary, out)
    except BaseException:
        for leftover in (temporary, *temporary.parent.glob(glob.escape(temporary.name) + "*")):  # -wal, -shm, .lock
            leftover.unlink(missing_ok=True)
        raise
    os.chmod(out, 0o600)
    cases = sum(1 for record in prints if record.startswith(f"{CASE}:"))
    return PreparationCopy(out, export.id, len(prints) - cases, cases)
