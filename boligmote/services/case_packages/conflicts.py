"""Planning an import: the three-way comparison of every record, and what it would do.

Per record (an applicant, or an agenda case):
- «mine» is the record in the meeting file now, «theirs» the one in the package;
- «base» is the record as the meeting file itself remembers handing it to the copy the
  package comes from (or, after an import from that copy, as that package had it): the
  meeting file's own record, never anything the package claims (authentication.py).
- mine == theirs: nothing to do. Only theirs differs from base: take it. Only mine differs:
  keep it. Both differ: a conflict, which the user resolves per record («behold
  møtefilens» / «ta pakkens»).
- Not in the meeting file and not in the copy when it was made: new, added unless the user
  keeps the meeting file as it is (Choice.KEEP_MINE for it, or for everything). Removed from
  the meeting file since: stays removed unless the package changed it (then a conflict).
  Added on both sides since, differently: a conflict.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ...domain import Applicant, ApplicantStatus, MeetingStatus, UnitStatus, saved_id
from ...domain.meetings import Meeting
from ...domain.places import unknown_places
from ...store import Database, RecordNotFound
from ...store.estate import EstateRepository
from ...store.households import HouseholdRepository
from ...store.meetings import AgendaRepository, MeetingRepository
from ...store.decisions import DecisionRepository
from .authentication import Authenticated, authenticate
from .format import CasePackage, MeetingRef, PackageRecord
from .records import APPLICANT, CASE, applicant_data, case_data, fingerprint, record_id
from ..meetings import meeting_state
from ...words import Joined, Phrase


class Verdict(Enum):
    NEW = "new"                # not in the meeting file: added
    CHANGED = "changed"        # changed only in the package: taken
    UNCHANGED = "unchanged"    # the same in both
    KEPT = "kept"              # changed only in the meeting file: kept
    CONFLICT = "conflict"      # changed in both (or no common base): the user chooses


class Choice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"

    @property
    def label(self) -> str:
        return "Behold møtefilens" if self is Choice.KEEP_MINE else "Ta pakkens"


@dataclass(frozen=True)
class ItemPlan:
    """What importing one record would do."""

    record: PackageRecord
    verdict: Verdict
    mine: dict[str, Any] | None          # the record in the meeting file now (None: not there)
    base_known: bool
    problem: str = ""          # why the package's version cannot be written (then only «behold» is possible)

    @property
    def kind(self) -> str:
        return self.record.kind

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def theirs(self) -> dict[str, Any]:
        return self.record.data

    @property
    def id(self) -> tuple[str, str]:
        return (self.kind, self.key)

    @property
    def changed_fields(self) -> list[str]:
        if self.mine is None:
            return list(self.theirs)
        return [name for name in self.theirs if name != "case_no" and self.theirs[name] != self.mine.get(name)]

    @property
    def writes(self) -> bool:
        """Whether the package's version is written without asking (new or changed only there)."""
        return self.verdict in (Verdict.NEW, Verdict.CHANGED)

    @property
    def reason(self) -> str:
        """Why the user is asked about this record (a words.Phrase: bokmål as a str)."""
        if self.verdict is Verdict.NEW:
            return Phrase("errors.package.reason_new_applicant" if self.kind == APPLICANT
                          else "errors.package.reason_new_case")
        if self.verdict is not Verdict.CONFLICT:
            return ""
        if self.mine is None:
            return Phrase("errors.package.reason_removed")
        if not self.base_known:
            return Phrase("errors.package.reason_both_added")
        return Phrase("errors.package.reason_both_changed")


@dataclass
class PackageImportPlan:
    package: CasePackage
    meeting: Meeting | None
    items: list[ItemPlan]
    authenticated: Authenticated
    problems: list[str] = field(default_factory=list)  # the import cannot go ahead
    notes: list[str] = field(default_factory=list)     # worth knowing, no obstacle

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def conflicts(self) -> list[ItemPlan]:
        return [i for i in self.items if i.verdict is Verdict.CONFLICT]

    @property
    def additions(self) -> list[ItemPlan]:
        """Records only the package has: added unless the user keeps the meeting file as it is."""
        return [i for i in self.items if i.verdict is Verdict.NEW]

    @property
    def choosable(self) -> list[ItemPlan]:
        """Everything the user may decide: the conflicts (must) and the additions (may decline)."""
        return self.conflicts + self.additions

    def count(self, kind: str, verdict: Verdict) -> int:
        return sum(1 for i in self.items if i.kind == kind and i.verdict is verdict)

    @property
    def has_changes(self) -> bool:
        return any(i.writes or i.verdict is Verdict.CONFLICT for i in self.items)

    def summary_lines(self) -> list[str]:
        p = self.package
        copy = self.authenticated.export
        lines: list[str] = [
            Phrase("errors.package.summary", name=p.path.name, cases=len(p.cases), meeting=str(p.meeting)),
            Phrase("errors.package.made_by", who=p.created_by, date=f"{p.created_at:%d.%m.%Y}",
                   time=f"{p.created_at:%H:%M}", copy=copy.copy_name, copy_by=copy.created_by,
                   copy_date=f"{copy.created_at:%d.%m.%Y}", copy_time=f"{copy.created_at:%H:%M}")]
        for kind in (CASE, APPLICANT):
            new = self.count(kind, Verdict.NEW)
            parts = [Phrase(f"errors.package.count.{key}", n=n) for n, key in (
                (new, "new" if new > 1 else "new_one"),
                (self.count(kind, Verdict.CHANGED), "changed"),
                (self.count(kind, Verdict.KEPT), "kept"),
                (self.count(kind, Verdict.CONFLICT), "conflict"),
                (self.count(kind, Verdict.UNCHANGED), "unchanged")) if n]
            lines.append(Phrase(f"errors.package.{kind}_counts",
                                counts=Joined(parts, ", ") if parts else Phrase("errors.package.count.none")))
        lines.extend(self.notes)
        return lines


def plan_package_import(database: Database, package: CasePackage) -> PackageImportPlan:
    """Authenticate the package and compare it with the file; writes nothing.

    PackageError for a package this file did not hand out the key for, one that was changed
    after it was made, or one already imported (authentication.py)."""
    authenticated = authenticate(database, package)
    meeting, problems = _target_meeting(database, package.meeting)
    if meeting is None:
        return PackageImportPlan(package, None, [], authenticated, problems)

    households = HouseholdRepository(database)
    stored = households.applicants()
    meeting_id = saved_id(meeting.id)
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(meeting_id)}
    decided = {d.case_no for d in DecisionRepository(database).for_meeting(meeting_id)}
    buildings = list(EstateRepository(database).buildings().values())
    bases = authenticated.bases

    items = []
    for record in package.applicants:
        before = stored.get(record.key)
        mine = applicant_data(before) if before else None
        problem = ""
        if unknown := unknown_places(record.data["avoid_buildings"], buildings):
            problem = Phrase("errors.package.unknown_places", places=", ".join(unknown))
        items.append(_item(record, mine, bases.get(record_id(APPLICANT, meeting_id, record.key)), problem))
    for record in package.cases:
        proposal = agenda.get(record.key)
        mine = case_data(proposal) if proposal else None
        items.append(_item(record, mine, bases.get(record_id(CASE, meeting_id, record.key)),
                           _case_problem(database, record, stored, decided)))

    for item in items:
        if item.problem and item.writes:
            problems.append(Phrase("errors.package.record_problem", record=item.record.label, problem=item.problem))
    return PackageImportPlan(package, meeting, items, authenticated, problems)


def _item(record: PackageRecord, mine: dict[str, Any] | None, base: str | None, problem: str) -> ItemPlan:
    theirs = record.data
    if mine == theirs:
        verdict = Verdict.UNCHANGED
    elif mine is None:
        # Gone from the meeting file since the copy was made: respect that unless the package changed it.
        verdict = Verdict.NEW if base is None else (Verdict.KEPT if fingerprint(theirs) == base else Verdict.CONFLICT)
    elif base is None:
        verdict = Verdict.CONFLICT  # added on both sides since, differently
    elif fingerprint(mine) == base:
        verdict = Verdict.CHANGED
    elif fingerprint(theirs) == base:
        verdict = Verdict.KEPT
    else:
        verdict = Verdict.CONFLICT
    return ItemPlan(record, verdict, mine, base is not None, problem if verdict in (
        Verdict.NEW, Verdict.CHANGED, Verdict.CONFLICT) else "")


def _case_problem(database: Database, record: PackageRecord, stored: dict[str, Applicant], decided: set[str]) -> str:
    case_no = record.key
    if case_no in decided:
        return Phrase("errors.package.decided")
    applicant = stored.get(case_no)
    if applicant is not None and applicant.status is not ApplicantStatus.WAITING:
        return Phrase("errors.package.not_waiting", status=applicant.status)
    unit_id = record.data["unit_id"]
    if unit_id:
        try:
            unit = EstateRepository(database).unit(unit_id)
        except RecordNotFound:
            return Phrase("errors.package.no_unit", unit=unit_id)
        if unit.status is not UnitStatus.VACANT:
            return Phrase("errors.package.not_vacant", unit=unit_id, status=unit.status)
    return ""


def _target_meeting(database: Database, ref: MeetingRef) -> tuple[Meeting | None, list[str]]:
    """The same meeting in this file: by number if the date agrees, else the one meeting that day."""
    meetings = MeetingRepository(database).all()
    same = [m for m in meetings if m.id == ref.id and m.held_on == ref.held_on]
    if not same:
        same = [m for m in meetings if m.held_on == ref.held_on]
    if not same:
        return None, [Phrase("errors.package.no_meeting", date=f"{ref.held_on:%d.%m.%Y}", title=ref.title)]
    if len(same) > 1:
        return None, [Phrase("errors.package.several_meetings", n=len(same), date=f"{ref.held_on:%d.%m.%Y}")]
    meeting = same[0]
    if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS):
        return meeting, [Phrase("errors.package.meeting_state", date=f"{meeting.held_on:%d.%m.%Y}",
                                state=meeting_state(meeting.status))]
    return meeting, []

