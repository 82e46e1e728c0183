"""What a case package is: the file format's constants and the package as read.

Package format (version 1): a zip with
  manifest.json  format, format_version, package_id, app_version, schema_version,
                 source_file_id (hash of the source file's first audit entry: the same for
                 every copy of one file), source_file_name, created_at, created_by,
                 meeting {id, held_on, place, title}, counts, records_sha256, marking
  records.json   {"applicants": [record], "cases": [record]}, where a record is
                 {"key": case_no, "data": {field: value}, "bases": [{"fingerprint", "sync"}]}
The package holds special-category personal data: it is created readable by its owner only.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .records import APPLICANT, record_label

FORMAT = "boligmote-case-package"
FORMAT_VERSION = 1
SUFFIX = ".bmpak"
MARKING = "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13"
MANIFEST = "manifest.json"
RECORDS = "records.json"
MAX_MEMBER_BYTES = 50_000_000  # a package of a few hundred cases is well under 1 MB


class PackageError(Exception):
    """The package cannot be made, read or imported; `str(error)` says why, in bokmål."""


@dataclass(frozen=True)
class Base:
    """A record's fingerprint as of a sync point (the id of a package both files know)."""

    fingerprint: str
    sync: str


@dataclass(frozen=True)
class PackageRecord:
    kind: str          # APPLICANT or CASE
    key: str           # the case number
    data: dict
    bases: tuple[Base, ...] = ()

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
    source_file_id: str
    source_file_name: str
    created_at: datetime
    created_by: str
    app_version: str
    meeting: MeetingRef
    applicants: tuple[PackageRecord, ...]
    cases: tuple[PackageRecord, ...]

    @property
    def records(self) -> tuple[PackageRecord, ...]:
        return self.applicants + self.cases

    def describe(self) -> str:
        return (f"{self.path.name}: {len(self.cases)} saker til {self.meeting}, laget av {self.created_by} "
                f"{self.created_at:%d.%m.%Y kl. %H:%M} fra {self.source_file_name}")


__all__ = ["APPLICANT", "FORMAT", "FORMAT_VERSION", "MARKING", "SUFFIX", "Base", "CasePackage", "MeetingRef",
           "PackageError", "PackageRecord"]
