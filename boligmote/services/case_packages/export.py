"""Writing a package: a planned meeting's agenda cases and their applicants, from a preparation copy.

Only a preparation copy (copies.py) can write a package the meeting file will take: the
package is signed with the copy's key (authentication.py). Each package gets a sequence
number larger than any the copy wrote before, so the meeting file can refuse an older
package after a newer one.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ... import __version__
from ...domain import MeetingStatus
from ...store import Database, RecordNotFound
from ...store.households import HouseholdRepository
from ...store.meetings import AgendaRepository, MeetingRepository
from .authentication import package_mac
from .copies import SEQUENCE_META_KEY, copy_identity
from .format import AUTHENTICATION, FORMAT, FORMAT_VERSION, MANIFEST, MARKING, RECORDS, SUFFIX, CasePackage, PackageError
from .reading import read_package
from ..meetings import meeting_state
from ...words import Phrase, message_of
from .records import applicant_data, case_data


def _next_sequence(database: Database) -> int:
    """Larger than any this copy wrote; from the clock, so a read-only copy still counts up."""
    try:
        last = int(database.meta(SEQUENCE_META_KEY, "0"))
    except ValueError:
        last = 0
    return max(time.time_ns(), last + 1)


def export_package(database: Database, meeting_id: int, out: Path, case_nos: Sequence[str] | None = None, *,
                   now: datetime | None = None) -> CasePackage:
    """Write the meeting's agenda cases (all, or those named) and their applicants to `out`.

    The file appears whole or not at all (written beside, then renamed) and is readable by
    its owner only. Unless the database is open read-only, the copy remembers the package's
    sequence number (one audited change).
    """
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise PackageError(Phrase("errors.package.suffix", name=out.name, suffix=SUFFIX))
    if not out.parent.is_dir():
        raise PackageError(Phrase("errors.file.no_folder", folder=out.parent))
    identity = copy_identity(database)
    if identity is None:
        raise PackageError(Phrase("errors.package.not_a_copy", name=database.path.name))
    try:
        meeting = MeetingRepository(database).get(meeting_id)
    except RecordNotFound as error:
        raise PackageError(message_of(error)) from None
    if meeting.status is not MeetingStatus.PLANNED:
        raise PackageError(Phrase("errors.package.not_planned", date=f"{meeting.held_on:%d.%m.%Y}",
                                  state=meeting_state(meeting.status)))
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(meeting_id)}
    if case_nos:
        wanted = list(dict.fromkeys(c.strip() for c in case_nos))
        missing = [c for c in wanted if c not in agenda]
        if missing:
            raise PackageError(Phrase("errors.package.not_on_agenda", date=f"{meeting.held_on:%d.%m.%Y}", cases=", ".join(missing)))
        proposals = [agenda[c] for c in wanted]
    else:
        proposals = list(agenda.values())
    if not proposals:
        raise PackageError(Phrase("errors.package.no_cases", date=f"{meeting.held_on:%d.%m.%Y}"))

    households = HouseholdRepository(database)
    package_id = str(uuid.uuid4())
    sequence = _next_sequence(database)
    applicants = [{"key": p.case_no, "data": applicant_data(households.applicant(p.case_no))} for p in proposals]
    cases = [{"key": p.case_no, "data": case_data(p)} for p in proposals]
    records = json.dumps({"applicants": applicants, "cases": cases}, ensure_ascii=False, indent=1).encode("utf-8")
    created_at = (now or datetime.now()).astimezone()
    manifest = json.dumps({
        "format": FORMAT, "format_version": FORMAT_VERSION, "package_id": package_id,
        "export_id": identity.export_id, "sequence": sequence,
        "app_version": __version__, "schema_version": database.schema_version,
        "source_file_name": database.path.name, "copy_of": identity.source_file_name,
        "created_at": created_at.isoformat(timespec="seconds"), "created_by": database.actor,
        "meeting": {"id": meeting.id, "held_on": meeting.held_on.isoformat(), "place": meeting.place,
                    "title": meeting.title},
        "counts": {"applicants": len(applicants), "cases": len(cases)},
        "marking": MARKING,
        "content": "Særlige kategorier av personopplysninger (helse, rus). Oppbevares og sendes som "
                   "fortrolig; slett filen når den er importert.",
    }, ensure_ascii=False, indent=1).encode("utf-8")
    mac = package_mac(identity.key, manifest, records)
    temporary = _write_temporary_zip(out, {MANIFEST: manifest, RECORDS: records, AUTHENTICATION: mac.encode("ascii")})
    try:
        read_package(temporary)  # what the secretary will read, checked before it is handed over
        if not database.readonly:
            with database.transaction("export", "case_package", str(meeting_id),
                                      {"package_id": package_id, "file": out.name, "cases": len(cases)}):
                database.set_meta([(SEQUENCE_META_KEY, str(sequence))])
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.chmod(out, 0o600)
    return read_package(out)


def _write_temporary_zip(out: Path, members: dict[str, bytes]) -> Path:
    """The package beside its final name, created 0600 (mkstemp), never world-readable."""
    handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        os.chmod(temporary, 0o600)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary
