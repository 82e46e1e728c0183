"""What a case package is: the file format's constants and the package as read.

Package format (version 2): a zip with
  manifest.json   format, format_version, package_id, export_id (the preparation copy it
                  comes from), sequence (grows with each package the copy writes),
                  app_version, schema_version, source_file_name, copy_of, created_at,
                  created_by, meeting {id, held_on, place, title}, counts, marking
  records.json    {"applicants": [record], "cases": [record]}, where a record is
                  {"key": case_no, "data": {field: value}}
  authentication  HMAC-SHA256 (hex) of manifest.json and records.json as stored, under the
                  key the meeting file made for that copy (authentication.py)
Version 1 carried its own «base» fingerprints and a checksum anyone could recompute; it is
refused. The package holds special-category personal data: it is created readable by its
owner only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .records import APPLICANT, record_label

FORMAT = "boligmote-case-package"
FORMAT_VERSION = 2
SUFFIX = ".bmpak"
MARKING = "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13"
MANIFEST = "manifest.json"
RECORDS = "records.json"
AUTHENTICATION = "authentication"
MAX_MEMBER_BYTES = 50_000_000  # a package of a few hundred cases is well under 1 MB


class PackageError(Exception):
    """The package cannot be made, read or imported; `str(error)` says why, in bokmål."""


@dataclass(frozen=True)
class PackageRecord:
    kind: str          # APPLICANT or CASE
    key: str           # the case number
    data: dict[str, Any]

    @property
    def label(self) -> str:
        return record_label(self.kind, self.key)


@dataclass(frozen=True)
class MeetingRef:
    id: int
    held_on: date
    place: str
    title: str

    def __str__(self) -> str:
        place = f", {self.place}" if self.place else ""
        return f"{self.title} {self.held_on:%d.%m.%Y}{place}"


@dataclass(frozen=True)
class CasePackage:
    path: Path
    package_id: str
    export_id: str             # the preparation copy it claims to come from (authenticated on import)
    sequence: int
    source_file_name: str
    copy_of: str
    created_at: datetime
    created_by: str
    app_version: str
    meeting: MeetingRef
    applicants: tuple[PackageRecord, ...]
    cases: tuple[PackageRecord, ...]
    # Exactly as stored, for the HMAC: never re-serialised.
    manifest_bytes: bytes = field(default=b"", repr=False, compare=False)
    records_bytes: bytes = field(default=b"", repr=False, compare=False)
    mac: str = field(default="", repr=False, compare=False)

    @property
    def records(self) -> tuple[PackageRecord, ...]:
        return self.applicants + self.cases

    def describe(self) -> str:
        return (f"{self.path.name}: {len(self.cases)} saker til {self.meeting}, laget av {self.created_by} "
                f"{self.created_at:%d.%m.%Y kl. %H:%M} fra {self.source_file_name}")


__all__ = ["APPLICANT", "AUTHENTICATION", "FORMAT", "FORMAT_VERSION", "MARKING", "SUFFIX", "CasePackage",
           "MeetingRef", "PackageError", "PackageRecord"]
