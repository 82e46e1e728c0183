"""Reading a package: a whole, well-formed file whose every record passes the import rules.

Whatever the file holds (a truncated zip, a zip bomb, JSON nested a hundred thousand deep,
a number with thirty digits, a list where a date belongs) the answer is a PackageError in
bokmål naming what is wrong, never a traceback. Records are checked with the table
importer's rules (validation.py) before anything looks at the meeting file.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

from .format import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MEMBER_BYTES,
    RECORDS,
    Base,
    CasePackage,
    MeetingRef,
    PackageError,
    PackageRecord,
)
from .records import APPLICANT, CASE
from .validation import RecordProblems, normalised

_PROBLEMS_SHOWN = 10


def _json(data: bytes):
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
            for name in (MANIFEST, RECORDS):
                if archive.getinfo(name).file_size > MAX_MEMBER_BYTES:
                    raise PackageError(f"{damaged} (urimelig stor).")
            manifest = _json(archive.read(MANIFEST))
            records_bytes = archive.read(RECORDS)
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
    if hashlib.sha256(records_bytes).hexdigest() != manifest.get("records_sha256"):
        raise PackageError(f"{damaged}: innholdet stemmer ikke med kontrollsummen.")
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
        package = CasePackage(
            path=path, package_id=str(manifest["package_id"]), source_file_id=str(manifest["source_file_id"]),
            source_file_name=str(manifest["source_file_name"]),
            created_at=datetime.fromisoformat(manifest["created_at"]), created_by=str(manifest["created_by"]),
            app_version=str(manifest.get("app_version", "")),
            meeting=MeetingRef(int(meeting["id"]), date.fromisoformat(meeting["held_on"]), str(meeting["place"]),
                               str(meeting["title"])),
            applicants=applicants, cases=cases,
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


def _records(kind: str, raws, today: date) -> tuple[tuple[PackageRecord, ...], list[str]]:
    if not isinstance(raws, list):
        raise TypeError(f"{'søkerne' if kind == APPLICANT else 'sakene'} er ikke en liste")
    records, problems = [], []
    for raw in raws:
        try:
            records.append(_record(kind, raw, today))
        except RecordProblems as error:
            problems.extend(error.problems)
    return tuple(records), problems


def _record(kind: str, raw: Mapping, today: date) -> PackageRecord:
    if not isinstance(raw, Mapping):
        raise TypeError("en post er ikke et objekt")
    data = normalised(kind, raw["data"], today)
    if str(raw["key"]) != data["case_no"]:
        raise ValueError(f"nøkkelen {raw['key']} og saksnummeret {data['case_no']} er ulike")
    bases = tuple(Base(str(b["fingerprint"]), str(b["sync"])) for b in raw.get("bases", []))
    return PackageRecord(kind, data["case_no"], data, bases)
