"""Committing a planned import: one transaction, every conflict resolved by an explicit choice."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ...domain import ApplicantStatus
from ...domain.meetings import Proposal
from ...store import Database
from ...store.households import HouseholdRepository
from ...store.meetings import AgendaRepository
from .conflicts import Choice, ItemPlan, PackageImportPlan, Verdict, plan_package_import
from .format import PackageError
from .reading import read_package
from .records import APPLICANT, CASE, applicant_data, case_data, fingerprint
from .sync import IMPORTED_KEPT, IMPORTED_META_KEY, SYNC_META_KEY, load_json_meta, prepend_base, sync_key
from .validation import APPLICANT_FIELDS, applicant_from_data


@dataclass(frozen=True)
class PackageImportResult:
    written: list[ItemPlan]            # records the package's version was written for
    kept: list[ItemPlan]               # conflicts resolved as «behold møtefilens»
    declined: list[ItemPlan] = field(default_factory=list)  # new records the user left out

    def lines(self) -> list[str]:
        cases = sum(1 for i in self.written if i.kind == CASE)
        applicants = sum(1 for i in self.written if i.kind == APPLICANT)
        text = f"Importert: {cases} saker og {applicants} søkere fra pakken."
        if self.kept:
            text += f" Beholdt møtefilens versjon av {len(self.kept)}."
        if self.declined:
            text += f" {len(self.declined)} nye fra pakken ble ikke lagt til."
        return [text]


def commit_package_import(database: Database, plan: PackageImportPlan,
                          choices: Mapping[tuple[str, str], Choice] | Choice | None = None) -> PackageImportResult:
    """Write the plan in one transaction: all of it, or (on any error) nothing.

    `choices` resolves the conflicts: one Choice for all, or one per item id (kind, key).
    A conflict left without a choice refuses the import (PackageError), as does choosing
    the package's version where it cannot be written (`ItemPlan.problem`).

    Keeping the meeting file's version means adding nothing to it either: Choice.KEEP_MINE
    for all leaves out every new applicant and agenda case, and KEEP_MINE for one new
    record leaves out that one (a new applicant left out takes its new case with it).
    """
    if not plan.ok:
        raise PackageError("Pakken kan ikke importeres: " + " ".join(plan.problems))
    chosen = _resolve(plan, choices)
    declined = _declined(plan, choices)
    written = [i for i in plan.items
               if (i.writes and i.id not in declined) or chosen.get(i.id) is Choice.TAKE_THEIRS]
    kept = [i for i in plan.conflicts if chosen.get(i.id) is Choice.KEEP_MINE]
    left_out = [i for i in plan.items if i.id in declined]
    meeting = plan.meeting
    package = plan.package
    with database.transaction("import", "case_package", package.path.name, {
        "package_id": package.package_id, "source": package.source_file_name, "created_by": package.created_by,
        "created_at": package.created_at.isoformat(), "meeting_id": meeting.id,
        "written": [f"{i.kind}:{i.key}" for i in written], "kept": [f"{i.kind}:{i.key}" for i in kept],
        "declined": [f"{i.kind}:{i.key}" for i in left_out],
    }):
        # Compare again inside the transaction: the file must be as it was when the user chose.
        fresh = plan_package_import(database, package)
        if [(i.id, i.verdict, i.mine) for i in fresh.items] != [(i.id, i.verdict, i.mine) for i in plan.items] \
                or not fresh.ok:
            raise PackageError("Møtefilen er endret siden pakken ble kontrollert. Kontroller pakken på nytt.")
        households = HouseholdRepository(database)
        agenda = AgendaRepository(database)
        stored = households.applicants()
        for item in written:
            if item.kind == APPLICANT:
                before = stored.get(item.key)
                theirs = applicant_from_data(item.theirs)
                if before is None:
                    households.save_applicants([replace(theirs, status=ApplicantStatus.WAITING)])
                else:
                    # Only what the package carries is taken; the queue status and anything
                    # a package does not hold stay as the meeting file has them.
                    households.save_applicants([replace(before, **{
                        name: getattr(theirs, name) for name in APPLICANT_FIELDS})])
        for item in written:
            if item.kind == CASE:
                existing = agenda.case_for(meeting.id, item.key)
                data = item.theirs
                if existing is None:
                    agenda.add_case(Proposal(None, meeting.id, item.key, data["unit_id"], data["prepared_by"],
                                             data["notes"]))
                else:
                    agenda.update_case(replace(existing, unit_id=data["unit_id"], prepared_by=data["prepared_by"],
                                               notes=data["notes"]))
        _remember_sync(database, plan, package.package_id)
    return PackageImportResult(written, kept, left_out)


def _declined(plan: PackageImportPlan, choices) -> set[tuple[str, str]]:
    """The new records the user keeps out of the meeting file."""
    new = [i for i in plan.items if i.verdict is Verdict.NEW]
    if isinstance(choices, Choice):
        return {i.id for i in new} if choices is Choice.KEEP_MINE else set()
    declined = {i.id for i in new if choices and choices.get(i.id) is Choice.KEEP_MINE}
    # A case cannot be added for an applicant who is not added.
    declined |= {(CASE, key) for kind, key in list(declined) if kind == APPLICANT
                 and any(i.id == (CASE, key) for i in new)}
    return declined


def _resolve(plan: PackageImportPlan, choices) -> dict[tuple[str, str], Choice]:
    if isinstance(choices, Choice):
        chosen = {i.id: choices for i in plan.conflicts}
    else:
        chosen = {i.id: choices[i.id] for i in plan.conflicts if choices and i.id in choices}
    open_ = [i.record.label for i in plan.conflicts if i.id not in chosen]
    if open_:
        raise PackageError("Velg hva som skal gjelde for hver konflikt: " + ", ".join(open_) + ".")
    blocked = [f"{i.record.label}: {i.problem}" for i in plan.conflicts
               if chosen[i.id] is Choice.TAKE_THEIRS and i.problem]
    if blocked:
        raise PackageError("Pakkens versjon kan ikke brukes for " + "; ".join(blocked) + ".")
    return chosen


def _remember_sync(database: Database, plan: PackageImportPlan, package_id: str) -> None:
    """After the import both files agree on these records as they are now in this file:
    remember that (a copy made from this file for the next round inherits it)."""
    remembered = load_json_meta(database, SYNC_META_KEY, {})
    stored = HouseholdRepository(database).applicants()
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(plan.meeting.id)}
    for item in plan.items:
        if item.kind == APPLICANT:
            now = applicant_data(stored[item.key]) if item.key in stored else None
        else:
            now = case_data(agenda[item.key]) if item.key in agenda else None
        if now is None:
            continue
        key = sync_key(item.kind, plan.meeting.id, item.key)
        remembered[key] = prepend_base(remembered.get(key, []), fingerprint(now), package_id)
    imported = [p for p in load_json_meta(database, IMPORTED_META_KEY, []) if p != package_id]
    imported = (imported + [package_id])[-IMPORTED_KEPT:]
    database.set_meta([(SYNC_META_KEY, json.dumps(remembered, ensure_ascii=False, sort_keys=True)),
                       (IMPORTED_META_KEY, json.dumps(imported))])


def import_package(database: Database, path: Path, choices=None) -> PackageImportResult:
    """Read, plan and commit in one call (scripts and tests)."""
    return commit_package_import(database, plan_package_import(database, read_package(path)), choices)
