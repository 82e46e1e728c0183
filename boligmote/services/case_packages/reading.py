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

_PROBLEMS_SHOWN = 10
_MAC = re.compile(r"[0-9a-f]{64}")


def _json(data: bytes) -> Any:
    # RecursionError: «[[[[…» deeper than the parser's stack (issue 14 §3).
    return json.loads(data.decode("utf-8"))


def read_package(path: Path, today: date | None = None) -> CasePackage:
    """Read and check a package; PackageError for anything that is not a whole, valid one."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"Finner ikke filen {path}.")
    damaged = f"{path.name} er ikke en Boligmøte-saksmappe, eller den er skadet"
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names or RECORDS not in names:
                raise PackageError(f"{damaged} (mangler {MANIFEST} eller {RECORDS}).")
            present = [name for name in (MANIFEST, RECORDS, AUTHENTICATION) if name in names]
            for name in present:
                if archive.getinfo(name).file_size > MAX_MEMBER_BYTES:
                    raise PackageError(f"{damaged} (urimelig stor).")
            manifest_bytes = archive.read(MANIFEST)
            manifest = _json(manifest_bytes)
            records_bytes = archive.read(RECORDS)
            mac = archive.read(AUTHENTICATION).decode("ascii").strip() if AUTHENTICATION in names else ""
    except PackageError:
        raise
    except RecursionError:
        raise PackageError(f"{damaged} (innholdet er nøstet urimelig dypt).") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, UnicodeDecodeError, OSError, EOFError,
            RuntimeError, NotImplementedError) as error:
        raise PackageError(f"{damaged} ({error}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"{damaged}.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(f"{damaged} (formatversjon «{version}» er ikke et gyldig versjonsnummer).")
    if version > FORMAT_VERSION:
        raise PackageError(f"{path.name} er laget av en nyere versjon av Boligmøte (format {version}); "
                           "oppdater programmet for å importere den.")
    if version < FORMAT_VERSION:
        raise PackageError(f"{path.name} er laget av en eldre versjon av Boligmøte (format {version}), uten "
                           "kontroll av at den er ekte, og kan ikke importeres. Lag en forberedelseskopi fra "
                           "møtefilen og eksporter sakene på nytt fra den.")
    if not _MAC.fullmatch(mac):
        raise PackageError(f"{damaged} (kontrollkoden mangler).")
    today = today or date.today()
    try:
        content = _json(records_bytes)
        meeting = manifest["meeting"]
        applicants, problems = _records(APPLICANT, content["applicants"], today)
        cases, case_problems = _records(CASE, content["cases"], today)
        problems += case_problems
        if problems:
            shown = problems[:_PROBLEMS_SHOWN]
            more = f" … og {len(problems) - len(shown)} til." if len(problems) > len(shown) else ""
            raise PackageError(f"{path.name} kan ikke importeres; innholdet er ugyldig: " + "; ".join(shown)
                               + "." + more)
        sequence = manifest["sequence"]
        if not isinstance(sequence, int) or isinstance(sequence, bool) or not 0 < sequence < 2 ** 63:
            raise ValueError(f"løpenummeret «{sequence}» er ugyldig")
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
        raise PackageError(f"{damaged} (innholdet er nøstet urimelig dypt).") from None
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeDecodeError) as error:
        raise PackageError(f"{damaged} ({error}).") from None
    keys = [r.key for r in package.cases]
    if len(set(keys)) != len(keys) or {r.key for r in package.applicants} != set(keys):
        raise PackageError(f"{damaged} (sakene og søkerne i pakken stemmer ikke overens).")
    return package


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"«{value}» skal være tekst")
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 2 ** 63:
        raise ValueError(f"«{value}» er ikke et gyldig nummer")
    return value


def _records(kind: str, raws: object, today: date) -> tuple[tuple[PackageRecord, ...], list[str]]:
    if not isinstance(raws, list):
        raise TypeError(f"{'søkerne' if kind == APPLICANT else 'sakene'} er ikke en liste")
    records, problems = [], []
    for raw in raws:
        try:
            records.append(_record(kind, raw, today))
        except RecordProblems as error:
            problems.extend(error.problems)
    return tuple(records), problems


def _record(kind: str, raw: Mapping[str, Any], today: date) -> PackageRecord:
    if not isinstance(raw, Mapping):
        raise TypeError("en post er ikke et objekt")
    data = normalised(kind, raw["data"], today)
    if str(raw["key"]) != data["case_no"]:
        raise ValueError(f"nøkkelen {raw['key']} og saksnummeret {data['case_no']} er ulike")
    return PackageRecord(kind, data["case_no"], data)
