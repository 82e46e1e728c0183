"""Writing a package: a planned meeting's agenda cases and their applicants, from a laptop copy."""
from __future__ import annotations

import json
import os
import tempfile
import uuid
import zipfile
import hashlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from ... import __version__
from ...domain import MeetingStatus
from ...store import Database, RecordNotFound
from ...store.households import HouseholdRepository
from ...store.meetings import AgendaRepository, MeetingRepository
from .format import FORMAT, FORMAT_VERSION, MANIFEST, MARKING, RECORDS, SUFFIX, CasePackage, PackageError
from .reading import read_package
from .records import APPLICANT, CASE, applicant_data, case_data, fingerprint
from .sync import BASES_KEPT, SYNC_META_KEY, file_id, load_json_meta, prepend_base, sync_key


def export_package(database: Database, meeting_id: int, out: Path, case_nos: Sequence[str] | None = None, *,
                   now: datetime | None = None) -> CasePackage:
    """Write the meeting's agenda cases (all, or those named) and their applicants to `out`.

    The file appears whole or not at all (written beside, then renamed) and is readable by
    its owner only. Unless the database is open read-only, it then remembers the records
    as exported (one audited change), so that a later package from this file knows what the
    meeting file last heard from it.
    """
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise PackageError(f"{out.name} må slutte på {SUFFIX}.")
    if not out.parent.is_dir():
        raise PackageError(f"Mappen {out.parent} finnes ikke.")
    try:
        meeting = MeetingRepository(database).get(meeting_id)
    except RecordNotFound as error:
        raise PackageError(str(error)) from None
    if meeting.status is not MeetingStatus.PLANNED:
        raise PackageError(f"Saker kan bare pakkes for et planlagt møte; møtet {meeting.held_on:%d.%m.%Y} er "
                           f"{meeting.status.label}.")
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(meeting_id)}
    if case_nos:
        wanted = list(dict.fromkeys(c.strip() for c in case_nos))
        missing = [c for c in wanted if c not in agenda]
        if missing:
            raise PackageError(f"Ikke på sakslisten for møtet {meeting.held_on:%d.%m.%Y}: {', '.join(missing)}.")
        proposals = [agenda[c] for c in wanted]
    else:
        proposals = list(agenda.values())
    if not proposals:
        raise PackageError(f"Møtet {meeting.held_on:%d.%m.%Y} har ingen saker på sakslisten å pakke.")

    households = HouseholdRepository(database)
    remembered = load_json_meta(database, SYNC_META_KEY, {})
    package_id = str(uuid.uuid4())

    def record(kind: str, key: str, data: dict) -> dict:
        bases = remembered.get(sync_key(kind, meeting_id, key), [])
        return {"key": key, "data": data, "bases": bases[:BASES_KEPT]}

    applicants = [record(APPLICANT, p.case_no, applicant_data(households.applicant(p.case_no))) for p in proposals]
    cases = [record(CASE, p.case_no, case_data(p)) for p in proposals]
    records_text = json.dumps({"applicants": applicants, "cases": cases}, ensure_ascii=False, indent=1)
    created_at = (now or datetime.now()).astimezone()
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "package_id": package_id,
        "app_version": __version__, "schema_version": database.schema_version,
        "source_file_id": file_id(database), "source_file_name": database.path.name,
        "created_at": created_at.isoformat(timespec="seconds"), "created_by": database.actor,
        "meeting": {"id": meeting.id, "held_on": meeting.held_on.isoformat(), "place": meeting.place,
                    "title": meeting.title},
        "counts": {"applicants": len(applicants), "cases": len(cases)},
        "records_sha256": hashlib.sha256(records_text.encode("utf-8")).hexdigest(),
        "marking": MARKING,
        "content": "Særlige kategorier av personopplysninger (helse, rus). Oppbevares og sendes som "
                   "fortrolig; slett filen når den er importert.",
    }
    temporary = _write_temporary_zip(out, {MANIFEST: json.dumps(manifest, ensure_ascii=False, indent=1),
                                           RECORDS: records_text})
    try:
        read_package(temporary)  # what the secretary will read, checked before it is handed over
        if not database.readonly:
            for kind, items in ((APPLICANT, applicants), (CASE, cases)):
                for item in items:
                    key = sync_key(kind, meeting_id, item["key"])
                    remembered[key] = prepend_base(remembered.get(key, []), fingerprint(item["data"]), package_id)
            with database.transaction("export", "case_package", str(meeting_id),
                                      {"package_id": package_id, "file": out.name, "cases": len(cases)}):
                database.set_meta([(SYNC_META_KEY, json.dumps(remembered, ensure_ascii=False, sort_keys=True))])
        # Last: should the rename fail, the file remembers a package nobody can import, which
        # only means that its records count as unknown to the meeting file (never silent).
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.chmod(out, 0o600)
    return read_package(out)


def _write_temporary_zip(out: Path, members: dict[str, str]) -> Path:
    """The package beside its final name, created 0600 (mkstemp), never world-readable."""
    handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, text in members.items():
                archive.writestr(member, text.encode("utf-8"))
        os.chmod(temporary, 0o600)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary

