"""Offline case packages: cases prepared on a laptop, carried into the meeting file.

The round trip:
1. The meeting file makes a preparation copy (`make_preparation_copy`): it records the
   fingerprint of every record the copy holds and a random key that only it and the copy
   know (authentication.py says what that protects against, and what it cannot).
2. A caseworker works in the copy on a laptop, without a network: updates applicants and
   puts their cases on the agenda of a planned meeting, with a prepared unit and notes.
3. `export_package` writes those cases and their applicants to a small file («saksmappe»,
   *.bmpak), authenticated with the copy's key.
4. The secretary's `plan_package_import` authenticates the package and compares it with
   the meeting file's own record of the copy; `commit_package_import` writes it, in one
   transaction, with every conflict resolved by an explicit choice. Nothing is ever
   overwritten silently, and nothing is added when the user keeps the meeting file's version.

One concept per module:
    records      the two kinds of record as plain data, fingerprints, how values read
    validation   records checked by the table importer's rules (services/importing)
    format       the file format's constants and the package as read
    authentication  the key, the HMAC, the threat model; refusing unknown, edited, replayed packages
    copies       the preparation copy: what the meeting file hands out and remembers
    export       writing a package (in the copy)
    reading      reading and checking a package
    conflicts    the three-way comparison: what an import would do
    importing    writing a planned import, all or nothing
"""
from __future__ import annotations

from .conflicts import Choice, ItemPlan, PackageImportPlan, Verdict, plan_package_import
from .copies import PreparationCopy, make_preparation_copy
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
    field_label,
    fingerprint,
)
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
    "PreparationCopy",
    "Verdict",
    "applicant_data",
    "applicant_from_data",
    "case_data",
    "commit_package_import",
    "describe_value",
    "field_label",
    "export_package",
    "fingerprint",
    "import_package",
    "make_preparation_copy",
    "plan_package_import",
    "read_package",
]
