"""Offline case packages: cases prepared on a laptop, carried into the meeting file.

A caseworker works in a copy of the meeting file on a laptop, without a network: updates
applicants and puts their cases on the agenda of a planned meeting, with a prepared unit
and notes. `export_package` writes those cases and their applicants to a small file
(«saksmappe», *.bmpak); the secretary's `plan_package_import` compares it with the meeting
file and `commit_package_import` writes it, in one transaction, with every conflict
resolved by an explicit choice. Nothing is ever overwritten silently.

One concept per module:
    records      the two kinds of record as plain data, fingerprints, how values read
    validation   records checked by the table importer's rules (services/importing)
    format       the file format's constants and the package as read
    sync         what a file remembers about the packages it exchanged
    export       writing a package
    reading      reading and checking a package
    conflicts    the three-way comparison: what an import would do
    importing    writing a planned import, all or nothing
"""
from __future__ import annotations

from .conflicts import Choice, ItemPlan, PackageImportPlan, Verdict, plan_package_import
from .export import export_package
from .format import FORMAT_VERSION, SUFFIX, CasePackage, MeetingRef, PackageError, PackageRecord
from .importing import PackageImportResult, commit_package_import, import_package
from .reading import read_package
from .records import (
    APPLICANT,
    CASE,
    FIELD_LABELS,
    IDENTIFYING_FIELDS,
    applicant_data,
    case_data,
    describe_value,
    fingerprint,
)
from .sync import file_id
from .validation import applicant_from_data

__all__ = [
    "APPLICANT",
    "CASE",
    "FIELD_LABELS",
    "FORMAT_VERSION",
    "IDENTIFYING_FIELDS",
    "SUFFIX",
    "CasePackage",
    "Choice",
    "ItemPlan",
    "MeetingRef",
    "PackageError",
    "PackageImportPlan",
    "PackageImportResult",
    "PackageRecord",
    "Verdict",
    "applicant_data",
    "applicant_from_data",
    "case_data",
    "commit_package_import",
    "describe_value",
    "export_package",
    "file_id",
    "fingerprint",
    "import_package",
    "plan_package_import",
    "read_package",
]
