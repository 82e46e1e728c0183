"""Reading a package: a whole, well-formed file whose every record passes the import rules.

Whatever the file holds (a truncated zip, a zip bomb, JSON nested a hundred thousand deep,
a number with thirty digits, a list where a date belongs) the answer is a PackageError in
bokmål naming what is wrong, never a traceback. Records are checked with the table
importer's rules (validation.py) before anything looks at the meeting file.
"""
from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .format import (
    AUTHENTICATION,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MEMBER_BYTES,
    RECORDS,
    CasePackage,
    MeetingRef,
    PackageError,
    PackageRecord,
)
from .records import APPLICANT, CASE
from .validation import RecordProblems, normalised
from ...words import Joined, Phrase, message_of

_PROBLEMS_SHOWN = 10
_MAC = re.compile(r"[0-9a-f]{64}")


def _json(data: bytes) -> Any:
    # RecursionError: «[[[[…» deeper than the parser's stack (issue 14 §3).
    return json.loads(data.decode("utf-8"))


def read_package(path: Path, today: date | None = None) -> CasePackage:
    """Read and check a package; PackageError for anything that is not a whole, valid one."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(Phrase("errors.import.not_found", path=path))

    def damaged(reason: str) -> Phrase:
        return Phrase("errors.package.damaged_because", name=path.name, reason=reason)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names or RECORDS not in names:
                raise PackageError(damaged(Phrase("errors.package.reason.members", manifest=MANIFEST, records=RECORDS)))
            present = [name for name in (MANIFEST, RECORDS, AUTHENTICATION) if name in names]
            for name in present:
                if archive.getinfo(name).file_size > MAX_MEMBER_BYTES:
                    raise PackageError(damaged(Phrase("errors.package.reason.too_large")))
            manifest_bytes = archive.read(MANIFEST)
            manifest = _json(manifest_bytes)
            records_bytes = archive.read(RECORDS)
            mac = archive.read(AUTHENTICATION).decode("ascii").strip() if AUTHENTICATION in names else ""
    except PackageError:
        raise
    except RecursionError:
        raise PackageError(damaged(Phrase("errors.package.reason.too_deep"))) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, UnicodeDecodeError, OSError, EOFError,
            RuntimeError, NotImplementedError) as error:
        raise PackageError(damaged(message_of(error))) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(Phrase("errors.package.damaged", name=path.name))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(damaged(Phrase("errors.package.reason.version", version=version)))
    if version > FORMAT_VERSION:
        raise PackageError(Phrase("errors.package.newer", name=path.name, version=version))
    if version < FORMAT_VERSION:
        raise PackageError(Phrase("errors.package.old_format", name=path.name, version=version))
    if not _MAC.fullmatch(mac):
        raise PackageError(damaged(Phrase("errors.package.reason.no_mac")))
    today = today or date.today()
    try:
        content = _json(records_bytes)
        meeting = manifest["meeting"]
        applicants, problems = _records(APPLICANT, content["applicants"], today)
        cases, case_problems = _records(CASE, content["cases"], today)
        problems += case_problems
        if problems:
            shown = problems[:_PROBLEMS_SHOWN]
            more = Phrase("errors.package.more", n=len(problems) - len(shown)) if len(problems) > len(shown) else ""
            raise PackageError(Phrase("errors.package.invalid", name=path.name, problems=Joined(shown, "; "), more=more))
        sequence = manifest["sequence"]
        if not isinstance(sequence, int) or isinstance(sequence, bool) or not 0 < sequence < 2 ** 63:
            raise ValueError(Phrase("errors.package.reason.sequence", sequence=sequence))
        package = CasePackage(
            path=path, package_id=_text(manifest["package_id"]), export_id=_text(manifest["export_id"]),
            sequence=sequence, source_file_name=_text(manifest["source_file_name"]),
            copy_of=_text(manifest.get("copy_of", "")),
            created_at=datetime.fromisoformat(manifest["created_at"]), created_by=_text(manifest["created_by"]),
            app_version=_text(manifest.get("app_version", "")),
            meeting=MeetingRef(_whole(meeting["id"]), date.fromisoformat(meeting["held_on"]),
                               _text(meeting["place"]), _text(meeting["title"])),
            applicants=applicants, cases=cases, manifest_bytes=manifest_bytes, records_bytes=records_bytes, mac=mac,
        )
    except PackageError:
        raise
    except RecursionError:
        raise PackageError(damaged(Phrase("errors.package.reason.too_deep"))) from None
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeDecodeError) as error:
        raise PackageError(damaged(message_of(error))) from None
    keys = [r.key for r in package.cases]
    if len(set(keys)) != len(keys) or {r.key for r in package.applicants} != set(keys):
        raise PackageError(damaged(Phrase("errors.package.reason.mismatch")))
    return package


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(Phrase("errors.package.reason.not_text", value=value))
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2 ** 63:
        raise ValueError(Phrase("errors.package.reason.not_a_number", value=value))
    return value


def _records(kind: str, raws: object, today: date) -> tuple[tuple[PackageRecord, ...], list[str]]:
    if not isinstance(raws, list):
        raise TypeError(Phrase(f"errors.package.reason.{kind}s_not_a_list"))
    records, problems = [], []
    for raw in raws:
        try:
            records.append(_record(kind, raw, today))
        except RecordProblems as error:
            problems.extend(error.problems)
    return tuple(records), problems


def _record(kind: str, raw: Mapping[str, Any], today: date) -> PackageRecord:
    if not isinstance(raw, Mapping):
        raise TypeError(Phrase("errors.package.reason.not_an_object"))
    data = normalised(kind, raw["data"], today)
    if str(raw["key"]) != data["case_no"]:
        raise ValueError(Phrase("errors.package.reason.key", key=raw["key"], case=data["case_no"]))
    return PackageRecord(kind, data["case_no"], data)
