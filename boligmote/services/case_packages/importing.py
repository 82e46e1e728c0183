"""Committing a planned import: one transaction, every conflict resolved by an explicit choice."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TypeAlias

from ...domain import ApplicantStatus, saved_id
from ...domain.meetings import Proposal
from ...store import Database
from ...store.households import HouseholdRepository
from ...store.meetings import AgendaRepository
from ...store.package_exports import PackageExportRepository
from .conflicts import Choice, ItemPlan, PackageImportPlan, Verdict, plan_package_import
from .format import PackageError
from .reading import read_package
from .records import APPLICANT, CASE, fingerprint, record_id
from .validation import APPLICANT_FIELDS, applicant_attribute, applicant_from_data
from ...words import Joined, Phrase


@dataclass(frozen=True)
class PackageImportResult:
    written: list[ItemPlan]            # records the package's version was written for
    kept: list[ItemPlan]               # conflicts resolved as «behold møtefilens»
    declined: list[ItemPlan] = field(default_factory=list)  # new records the user left out

    def lines(self) -> list[str]:
        cases = sum(1 for i in self.written if i.kind == CASE)
        applicants = sum(1 for i in self.written if i.kind == APPLICANT)
        text: list[str] = [Phrase("errors.package.result", cases=cases, applicants=applicants)]
        if self.kept:
            text.append(Phrase("errors.package.result_kept", n=len(self.kept)))
        if self.declined:
            text.append(Phrase("errors.package.result_declined", n=len(self.declined)))
        return [Joined(text, " ")]


# one Choice for every conflict, or one per item id (kind, key)
_Choices: TypeAlias = Mapping[tuple[str, str], Choice] | Choice | None


def commit_package_import(database: Database, plan: PackageImportPlan,
                          choices: _Choices = None) -> PackageImportResult:
    """Write the plan in one transaction: all of it, or (on any error) nothing.

    `choices` resolves the conflicts: one Choice for all, or one per item id (kind, key).
    A conflict left without a choice refuses the import (PackageError), as does choosing
    the package's version where it cannot be written (`ItemPlan.problem`).

    Keeping the meeting file's version means adding nothing to it either: Choice.KEEP_MINE
    for all leaves out every new applicant and agenda case, and KEEP_MINE for one new
    record leaves out that one (a new applicant left out takes its new case with it).
    """
    if not plan.ok or plan.meeting is None:  # a plan without the package's meeting is not ok
        raise PackageError(Phrase("errors.package.refused", problems=Joined(plan.problems, " ")))
    chosen = _resolve(plan, choices)
    declined = _declined(plan, choices)
    written = [i for i in plan.items
               if (i.writes and i.id not in declined) or chosen.get(i.id) is Choice.TAKE_THEIRS]
    kept = [i for i in plan.conflicts if chosen.get(i.id) is Choice.KEEP_MINE]
    left_out = [i for i in plan.items if i.id in declined]
    meeting_id = saved_id(plan.meeting.id)
    package = plan.package
    copy = plan.authenticated.export
    # Who made the copy comes from this file's own record; who made the package is what the
    # copy says (authenticated: only the copy's holder could have written it).
    with database.transaction("import", "case_package", package.path.name, {
        "package_id": package.package_id, "copy_id": copy.id, "copy": copy.copy_name,
        "copy_made_by": copy.created_by, "copy_made_at": copy.created_at.isoformat(timespec="seconds"),
        "package_made_by": package.created_by, "package_made_at": package.created_at.isoformat(),
        "meeting_id": meeting_id,
        "written": [f"{i.kind}:{i.key}" for i in written], "kept": [f"{i.kind}:{i.key}" for i in kept],
        "declined": [f"{i.kind}:{i.key}" for i in left_out],
    }):
        # Compare again inside the transaction: the file must be as it was when the user chose.
        fresh = plan_package_import(database, package)
        if [(i.id, i.verdict, i.mine) for i in fresh.items] != [(i.id, i.verdict, i.mine) for i in plan.items] \
                or not fresh.ok:
            raise PackageError(Phrase("errors.package.changed_since"))
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
                        applicant_attribute(name): getattr(theirs, applicant_attribute(name))
                        for name in APPLICANT_FIELDS})])
        for item in written:
            if item.kind == CASE:
                existing = agenda.case_for(meeting_id, item.key)
                data = item.theirs
                if existing is None:
                    agenda.add_case(Proposal(None, meeting_id, item.key, data["unit_id"], data["prepared_by"],
                                             data["notes"]))
                else:
                    agenda.update_case(replace(existing, unit_id=data["unit_id"], prepared_by=data["prepared_by"],
                                               notes=data["notes"]))
        _remember(database, plan, meeting_id)
    return PackageImportResult(written, kept, left_out)


def _declined(plan: PackageImportPlan, choices: _Choices) -> set[tuple[str, str]]:
    """The new records the user keeps out of the meeting file."""
    new = [i for i in plan.items if i.verdict is Verdict.NEW]
    if isinstance(choices, Choice):
        return {i.id for i in new} if choices is Choice.KEEP_MINE else set()
    declined = {i.id for i in new if choices and choices.get(i.id) is Choice.KEEP_MINE}
    # A case cannot be added for an applicant who is not added.
    declined |= {(CASE, key) for kind, key in list(declined) if kind == APPLICANT
                 and any(i.id == (CASE, key) for i in new)}
    return declined


def _resolve(plan: PackageImportPlan, choices: _Choices) -> dict[tuple[str, str], Choice]:
    if isinstance(choices, Choice):
        chosen = {i.id: choices for i in plan.conflicts}
    else:
        chosen = {i.id: choices[i.id] for i in plan.conflicts if choices and i.id in choices}
    open_ = [i.record.label for i in plan.conflicts if i.id not in chosen]
    if open_:
        raise PackageError(Phrase("errors.package.choose", records=Joined(open_, ", ")))
    blocked = [Phrase("errors.package.record_says", record=i.record.label, problem=i.problem) for i in plan.conflicts
               if chosen[i.id] is Choice.TAKE_THEIRS and i.problem]
    if blocked:
        raise PackageError(Phrase("errors.package.blocked", records=Joined(blocked, "; ")))
    return chosen


def _remember(database: Database, plan: PackageImportPlan, meeting_id: int) -> None:
    """This package is imported (never again, nor an older one from the same copy); and from
    now on the copy's version of each record it carried is the base of the next package
    from that copy: what the copy still has, unless its holder changes it again."""
    export = plan.authenticated.export
    repository = PackageExportRepository(database)
    repository.set_fingerprints(export.id, {record_id(i.kind, meeting_id, i.key): fingerprint(i.theirs)
                                            for i in plan.items})
    repository.record_import(plan.package.package_id, export.id, plan.package.sequence, datetime.now().astimezone())


def import_package(database: Database, path: Path, choices: _Choices = None) -> PackageImportResult:
    """Read, plan and commit in one call (scripts and tests)."""
    return commit_package_import(database, plan_package_import(database, read_package(path)), choices)
