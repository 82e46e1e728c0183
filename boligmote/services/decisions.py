"""Recording a decision (vedtak) in a meeting, and undoing the last one.

A decision stores everything DOMAIN.md §2 lists, and the flags as the rules saw the
pair at decision time (with the rule settings' version) together with how the meeting
weighed each. A critical flag must be weighed in writing before the decision can be
saved — the audit that found these judgements undocumented is why (DOMAIN.md §1).

An allocation moves the household in, in the same transaction: the unit becomes
occupied, the tenancy is created (so the next flags see the new tenant), and the
applicant leaves the queue. Undo of the last decision, while the meeting is in progress,
reverses all of it; the audit log keeps both.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from ..domain import (
    Applicant,
    ApplicantStatus,
    Flag,
    LeaseType,
    MeetingStatus,
    Outcome,
    Severity,
    UnitStatus,
    household_moving_in,
)
from ..domain.meetings import Decision, Dissent, Meeting, WeighedFlag
from ..rules import RuleSettings, evaluate_pair
from ..store import Database, RecordNotFound
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository
from ..store.meetings import (
    AgendaRepository,
    AllocationRepository,
    DecisionRepository,
    MeetingRepository,
    ParticipantRepository,
)
from .meeting_settings import MeetingSettings, load_meeting_settings
from .meetings import MeetingError, MeetingStateError
from .rule_settings import load_rule_settings
from .workspace import Workspace


class NoDecisionAuthorityError(MeetingError):
    """No participant of the meeting holds decision authority."""


class UnitNotVacantError(MeetingError):
    """The unit is not vacant (already allocated, or never was): it cannot be allocated."""


class UnweighedFlagsError(MeetingError):
    """Critical flags have no written weighing; `flags` are the ones missing."""

    def __init__(self, flags: Sequence[Flag], settings: RuleSettings):
        self.flags = tuple(flags)
        names = "; ".join(f"{settings.rule(f.rule).title} ({f.rule})" for f in flags)
        which = "det kritiske varselet" if len(flags) == 1 else "de kritiske varslene"
        super().__init__(f"Vedtaket kan ikke lagres før møtet har vurdert {which} skriftlig: {names}.")


@dataclass(frozen=True)
class FlagWeighing:
    """How the meeting weighed one flag (avveining): a note, or for a warning just «sett»."""

    text: str = ""
    acknowledged: bool = False


@dataclass(frozen=True)
class DecisionDraft:
    """What the meeting decided on one case, before it is saved.

    `weighings` are keyed by rule id (Flag.rule). `dissents` are (participant id, opinion).
    For an allocation, a missing move-in deadline or lease is filled from the meeting
    settings (see Decisions.draft for the values to show beforehand).
    """

    case_no: str
    outcome: Outcome
    reasons: str
    unit_id: str | None = None
    move_in_deadline: date | None = None
    lease_type: LeaseType | None = None
    lease_years: int | None = None
    conditions: str = ""
    criteria: str = ""
    alternatives: str = ""
    dissents: tuple[tuple[int, str], ...] = ()
    weighings: Mapping[str, FlagWeighing] = field(default_factory=dict)


class Decisions:
    """Decisions of the meetings in one database.

    Pass the GUI's Workspace to keep it current: after record/undo its queue, vacant units
    and compositions reflect the change (then call Matching.invalidate()). Without one, a
    workspace is loaded when flags are first needed.
    """

    def __init__(self, database: Database, workspace: Workspace | None = None):
        self.database = database
        self.workspace = workspace
        self._decisions = DecisionRepository(database)
        self._allocation = AllocationRepository(database)

    # ---- reading -------------------------------------------------------------------------

    def get(self, decision_id: int) -> Decision:
        try:
            return self._decisions.get(decision_id)
        except RecordNotFound as error:
            raise MeetingError(str(error)) from None

    def for_meeting(self, meeting_id: int) -> list[Decision]:
        return self._decisions.for_meeting(meeting_id)

    def last(self, meeting_id: int) -> Decision | None:
        """The decision «Angre» would undo (None: nothing to undo)."""
        record = self._decisions.last_in_meeting(meeting_id)
        return record.decision if record else None

    @property
    def rule_settings(self) -> RuleSettings:
        return load_rule_settings(self.database)

    @property
    def meeting_settings(self) -> MeetingSettings:
        return load_meeting_settings(self.database)

    def flags(self, meeting_id: int, case_no: str, unit_id: str) -> list[Flag]:
        """The flags for placing this applicant in this unit, as they stand now (most severe first)."""
        meeting = self._meeting(meeting_id)
        return self._evaluate(self._applicant(case_no), unit_id, meeting.held_on, self.rule_settings)

    def draft(self, meeting_id: int, case_no: str, outcome: Outcome = Outcome.ALLOCATED, *,
              stable: bool = False) -> DecisionDraft:
        """A draft with the defaults filled in: the prepared unit, move-in deadline and lease."""
        meeting = self._meeting(meeting_id)
        proposal = AgendaRepository(self.database).case_for(meeting_id, case_no)
        unit_id = proposal.unit_id if proposal else None
        if outcome is not Outcome.ALLOCATED:
            return DecisionDraft(case_no, outcome, "", unit_id=unit_id)
        settings = self.meeting_settings
        lease = settings.suggest_lease(self._applicant(case_no), stable)
        return DecisionDraft(case_no, outcome, "", unit_id=unit_id,
                             move_in_deadline=settings.move_in_deadline(meeting.held_on),
                             lease_type=lease.lease_type, lease_years=lease.years)

    def unweighed(self, meeting_id: int, draft: DecisionDraft) -> list[Flag]:
        """The critical flags this draft has not yet weighed in writing."""
        if not draft.unit_id:
            return []
        meeting = self._meeting(meeting_id)
        flags = self._evaluate(self._applicant(draft.case_no), draft.unit_id, meeting.held_on, self.rule_settings)
        return _unweighed(flags, draft.weighings)

    # ---- recording ---------------------------------------------------------------------------

    def record(self, meeting_id: int, draft: DecisionDraft, *, decided_at: datetime | None = None) -> Decision:
        """Save one decision as one transaction; raises a MeetingError (bokmål) when it cannot be."""
        meeting = self._meeting(meeting_id)
        if meeting.status is not MeetingStatus.IN_PROGRESS:
            raise MeetingStateError(f"Vedtak kan bare føres mens møtet pågår; møtet er {meeting.status.label}.")
        participants = {p.id: p for p in ParticipantRepository(self.database).for_meeting(meeting_id)}
        if not any(p.has_decision_authority for p in participants.values()):
            raise NoDecisionAuthorityError(
                "Ingen av møtets deltakere har vedtaksmyndighet. Legg til møteleder eller et medlem med "
                "vedtaksmyndighet før vedtak fattes (rådgivere fatter ikke vedtak).")
        if AgendaRepository(self.database).case_for(meeting_id, draft.case_no) is None:
            raise MeetingError(f"Sak {draft.case_no} står ikke på sakslisten for dette møtet.")
        if any(d.case_no == draft.case_no for d in self._decisions.for_meeting(meeting_id)):
            raise MeetingError(f"Sak {draft.case_no} er allerede avgjort i dette møtet.")
        applicant = self._applicant(draft.case_no)
        if applicant.status is not ApplicantStatus.WAITING:
            raise MeetingError(f"Søkeren {draft.case_no} står ikke på ventelisten (status: {applicant.status.label}).")
        draft = self._complete(draft, meeting)
        dissents = _dissents(draft.dissents, participants)

        rule_settings = self.rule_settings
        flags = self._evaluate(applicant, draft.unit_id, meeting.held_on, rule_settings) if draft.unit_id else []
        missing = _unweighed(flags, draft.weighings)
        if missing:
            raise UnweighedFlagsError(missing, rule_settings)
        weighed = tuple(_weigh(f, draft.weighings.get(f.rule)) for f in flags)

        decision = Decision(
            None, meeting_id, draft.case_no, draft.outcome, draft.reasons.strip(), draft.unit_id,
            draft.move_in_deadline, draft.lease_type, draft.lease_years, draft.conditions.strip(),
            draft.criteria.strip(), draft.alternatives.strip(), "", rule_settings.version,
            (decided_at or datetime.now()).replace(microsecond=0), weighed, dissents)
        tenancy = None
        if draft.outcome is Outcome.ALLOCATED:
            tenancy = household_moving_in(applicant, draft.unit_id, meeting.held_on)
            if draft.lease_type is LeaseType.FIXED_TERM:
                tenancy = replace(tenancy, contract_end=_add_years(meeting.held_on, draft.lease_years))
        detail = {"meeting": meeting_id, "outcome": draft.outcome.value, "unit_id": draft.unit_id,
                  "settings_version": rule_settings.version, "flags": [f.rule for f in weighed],
                  "weighed_critical": [f.rule for f in weighed if f.severity is Severity.CRITICAL]}
        with self.database.transaction("decide", "decision", f"{meeting_id}/{draft.case_no}", detail):
            tenancy_id, vacant_from = None, None
            if tenancy is not None:
                vacant_from = self._allocation.occupy_vacant_unit(draft.unit_id)
                tenancy_id = self._allocation.add_tenancy(tenancy)
            new_status = _APPLICANT_STATUS_AFTER.get(draft.outcome)
            if new_status is not None:
                self._allocation.set_applicant_status(draft.case_no, new_status)
            saved = self._decisions.add(decision, tenancy_id, vacant_from)
        self._update_workspace(tenancy, draft.unit_id, moved_in=True)
        return saved

    def undo_last(self, meeting_id: int) -> Decision:
        """Undo the meeting's last decision and everything it changed; returns what was undone."""
        meeting = self._meeting(meeting_id)
        if meeting.status is not MeetingStatus.IN_PROGRESS:
            raise MeetingStateError(f"Vedtak kan bare angres mens møtet pågår; møtet er {meeting.status.label}.")
        record = self._decisions.last_in_meeting(meeting_id)
        if record is None:
            raise MeetingError("Møtet har ingen vedtak å angre.")
        decision = record.decision
        tenancy = HouseholdRepository(self.database).tenancy_in(decision.unit_id) if record.tenancy_id else None
        with self.database.transaction("undo", "decision", f"{meeting_id}/{decision.case_no}",
                                       {"decision_id": decision.id, "outcome": decision.outcome.value,
                                        "unit_id": decision.unit_id, "tenancy_id": record.tenancy_id}):
            self._decisions.delete(decision.id)
            if record.tenancy_id is not None:
                self._allocation.remove_tenancy(record.tenancy_id)
            if decision.outcome is Outcome.ALLOCATED:
                self._allocation.make_vacant_again(decision.unit_id, record.unit_vacant_from)
            if decision.outcome in _APPLICANT_STATUS_AFTER:
                self._allocation.set_applicant_status(decision.case_no, ApplicantStatus.WAITING)
        self._update_workspace(tenancy, decision.unit_id, moved_in=False)
        return decision

    # ---- helpers -------------------------------------------------------------------------------

    def _meeting(self, meeting_id: int) -> Meeting:
        try:
            return MeetingRepository(self.database).get(meeting_id)
        except RecordNotFound as error:
            raise MeetingError(str(error)) from None

    def _applicant(self, case_no: str) -> Applicant:
        try:
            return HouseholdRepository(self.database).applicant(case_no)
        except RecordNotFound as error:
            raise MeetingError(str(error)) from None

    def _workspace(self, today: date) -> Workspace:
        if self.workspace is None:
            self.workspace = Workspace.load(self.database, today)
        return self.workspace

    def _evaluate(self, applicant: Applicant, unit_id: str, on: date, settings: RuleSettings) -> list[Flag]:
        try:
            target = self._workspace(on).target_for(unit_id)
        except RecordNotFound as error:
            raise MeetingError(str(error)) from None
        return evaluate_pair(applicant, target, settings, on)

    def _complete(self, draft: DecisionDraft, meeting: Meeting) -> DecisionDraft:
        """Check the draft and fill an allocation's defaults from the meeting settings."""
        if not draft.reasons.strip():
            raise MeetingError("Vedtaket må begrunnes (forvaltningsloven § 24). Skriv begrunnelsen.")
        if draft.outcome is not Outcome.ALLOCATED:
            if draft.move_in_deadline or draft.lease_type or draft.lease_years:
                raise MeetingError("Innflyttingsfrist og leieavtale hører bare til et vedtak om tildeling.")
            if draft.unit_id:
                self._unit_exists(draft.unit_id)
            return draft
        if not draft.unit_id:
            raise MeetingError("Et vedtak om tildeling må angi boligen.")
        unit = self._unit_exists(draft.unit_id)
        if unit.status is not UnitStatus.VACANT:
            raise UnitNotVacantError(
                f"Boligen {draft.unit_id} er ikke ledig (status: {unit.status.label}) og kan ikke tildeles.")
        settings = self.meeting_settings
        applicant = self._applicant(draft.case_no)
        if draft.lease_type is None:
            lease = settings.suggest_lease(applicant)
            draft = replace(draft, lease_type=lease.lease_type, lease_years=lease.years)
        problem = settings.lease_problem(draft.lease_type, draft.lease_years)
        if problem:
            raise MeetingError(problem)
        deadline = draft.move_in_deadline or settings.move_in_deadline(meeting.held_on)
        if deadline < meeting.held_on:
            raise MeetingError("Innflyttingsfristen kan ikke være før møtedatoen.")
        return replace(draft, move_in_deadline=deadline)

    def _unit_exists(self, unit_id: str):
        try:
            return EstateRepository(self.database).unit(unit_id)
        except RecordNotFound as error:
            raise MeetingError(str(error)) from None

    def _update_workspace(self, tenancy, unit_id: str | None, moved_in: bool) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        workspace.queue = HouseholdRepository(self.database).queue()
        workspace.vacant_units = EstateRepository(self.database).vacant_units()
        if tenancy is not None and unit_id:
            stairwell = workspace.stairwells[EstateRepository(self.database).unit(unit_id).stairwell_id]
            if moved_in:
                workspace.compositions.move_in(tenancy, stairwell.id, stairwell.building_id)
            else:
                workspace.compositions.move_out(tenancy, stairwell.id, stairwell.building_id)


# An allocated, refused or withdrawn applicant leaves the queue; a deferral keeps the place.
_APPLICANT_STATUS_AFTER = {Outcome.ALLOCATED: ApplicantStatus.ALLOCATED, Outcome.REFUSED: ApplicantStatus.REFUSED,
                           Outcome.WITHDRAWN: ApplicantStatus.WITHDRAWN}


def _unweighed(flags: Sequence[Flag], weighings: Mapping[str, FlagWeighing]) -> list[Flag]:
    return [f for f in flags if f.severity is Severity.CRITICAL
            and not (weighings.get(f.rule) and weighings[f.rule].text.strip())]


def _weigh(flag: Flag, weighing: FlagWeighing | None) -> WeighedFlag:
    text = weighing.text.strip() if weighing else ""
    acknowledged = bool(weighing and (weighing.acknowledged or text))
    return WeighedFlag(flag.rule, flag.severity, flag.message, flag.scope, flag.source, text, acknowledged)


def _dissents(given: Sequence[tuple[int, str]], participants: dict) -> tuple[Dissent, ...]:
    result = []
    for participant_id, opinion in given:
        participant = participants.get(participant_id)
        if participant is None:
            raise MeetingError("Dissens kan bare føres for en deltaker i dette møtet.")
        if not participant.has_decision_authority:
            raise MeetingError(f"{participant.name} har ikke vedtaksmyndighet og kan ikke ha dissens; "
                               "skriv rådgivers syn i begrunnelsen eller alternativene.")
        if not opinion.strip():
            raise MeetingError(f"Skriv hva {participant.name} mener i sin dissens.")
        result.append(Dissent(participant_id, participant.name, opinion.strip()))
    return tuple(result)


def _add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)
