"""Recording a decision (vedtak) in a meeting, and undoing the last one.

A decision stores everything DOMAIN.md §2 lists, and the flags as the rules saw the
pair at decision time (with the rule settings' version) together with how the meeting
weighed each. A critical flag must be weighed in writing before the decision can be
saved — the audit that found these judgements undocumented is why (DOMAIN.md §1).

An allocation moves the household in, in the same transaction: the unit becomes
occupied, the tenancy is created (so the next flags see the new tenant), and the
applicant leaves the queue. Undo of the last decision, while the meeting is in progress,
reverses all of it; the audit log keeps both.

What an appeal body asks of the record (issue 13) is checked here, in one place: the
reasons to the applicant apart from the internal notes, real sentences, who decided (present
members with decision authority, minus the disqualified, fvl § 6), how consent to share was
handled (004 l.1816–1839), and why higher-ranked candidates were passed over (equal
treatment). `Decisions.check` reports every problem of a draft; the dialog only shows them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from ..domain import (Applicant, ApplicantStatus, Flag, LeaseType, MeetingStatus, Outcome, ResidentHousehold,
                      Severity, Unit, UnitStatus, household_moving_in, saved_id)
from ..domain.meetings import Decision, Disqualification, Dissent, Meeting, Participant, PassedOver
from ..rules import RuleSettings
from ..rules.settings import defaults_edition
from ..store import Database, RecordNotFound
from ..store.estate import EstateRepository
from ..store.at_risk import AtRiskRepository
from ..store.follow_up import FollowUpRepository
from ..store.households import HouseholdRepository
from ..store.issued_letters import IssuedLetterRepository
from ..store.rule_settings import RuleSettingsRepository
from ..store.meetings import AgendaRepository, MeetingRepository
from ..store.allocation import AllocationRepository, UnitNotVacant
from ..store.decisions import DecisionRepository
from .follow_up import points_promised
from .meeting_settings import MeetingSettings, load_meeting_settings, load_settings
from .meetings import MeetingError, MeetingStateError, require_writable
from .meeting_record import outside_organisations
from .record_text import text_problem
from .rule_settings import load_rule_settings
from .workspace import Workspace
from ..words import Joined, Phrase, RuleTitle, message_of
# Moved to services/decision_draft.py (issue 19 item 6); named here for code written against the old
# place (the demo generator, branches in flight).
from .decision_draft import Candidate as Candidate, DecisionDraft as DecisionDraft, DraftCheck as DraftCheck
from .decision_draft import FlagWeighing as FlagWeighing, draft_of as draft_of
from .decision_draft import (
    consent_handled,
    passed_over_reason_for,
    text_problems,
    unweighed_flags,
    weighed_flag,
    who_decides,
)


class NoDecisionAuthorityError(MeetingError):
    """No participant of the meeting holds decision authority."""


class UnitNotVacantError(MeetingError):
    """The unit is not vacant (already allocated, or never was): it cannot be allocated."""


class UnweighedFlagsError(MeetingError):
    """Critical flags have no written weighing; `flags` are the ones missing."""

    def __init__(self, flags: Sequence[Flag], settings: RuleSettings, others: Sequence[str] = ()):
        self.flags = tuple(flags)
        names = Joined((Phrase("words.quoted", text=RuleTitle(settings, f.rule)) for f in flags), "; ")
        which = "one_critical" if len(flags) == 1 else "critical"
        super().__init__(Joined([Phrase(f"errors.decision.unweighed_{which}", names=names), *others]))


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
            raise MeetingError(message_of(error)) from None

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

    def flags(self, meeting_id: int, case_no: str, unit_id: str, *, mask_below: int = 0) -> list[Flag]:
        """The flags for placing this applicant in this unit, as they stand now (most severe first);
        with mask_below, shared_message masks small counts of other households."""
        meeting = self._meeting(meeting_id)
        return self._evaluate(self._applicant(case_no), unit_id, meeting.held_on, self.rule_settings,
                              mask_below=mask_below)

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
        return list(self.check(meeting_id, draft).unweighed)

    def check(self, meeting_id: int, draft: DecisionDraft) -> DraftCheck:
        """Every reason this draft cannot be saved yet, and what will be recorded with it."""
        return self._check(*self._meeting_with_participants(meeting_id), draft)[0]

    # ---- recording ---------------------------------------------------------------------------

    def record(self, meeting_id: int, draft: DecisionDraft, *, decided_at: datetime | None = None) -> Decision:
        """Save one decision as one transaction; raises a MeetingError (bokmål) when it cannot be."""
        require_writable(self.database)
        meeting, people = self._meeting_with_participants(meeting_id)
        if meeting.status is not MeetingStatus.IN_PROGRESS:
            raise MeetingStateError(Phrase("errors.recording.not_in_progress", status=meeting.status))
        decided_at = (decided_at or datetime.now()).replace(microsecond=0)
        if too_early := meeting.too_early(decided_at):  # the window asks first; the record must hold it
            raise MeetingStateError(too_early)
        check, context = self._check(meeting, people, draft)
        if check.not_vacant:
            raise UnitNotVacantError(check.not_vacant)
        if check.unweighed:
            raise UnweighedFlagsError(check.unweighed, context.rule_settings,
                                      [p for p in check.problems if p != _unweighed_message(check, context)])
        if check.problems:
            if not check.eligible_deciders:
                raise NoDecisionAuthorityError(check.problems[0])
            raise MeetingError(Joined(check.problems, " "))
        draft = context.draft
        applicant = context.applicant
        weighed = tuple(weighed_flag(f, draft.weighings.get(f.rule)) for f in check.flags)
        participants = context.participants
        dissents = tuple(Dissent(pid, participants[pid].name, opinion.strip()) for pid, opinion in draft.dissents)
        disqualified = tuple(Disqualification(pid, participants[pid].name, ground.strip())
                             for pid, ground in draft.disqualified)
        passed_over = tuple(PassedOver(c.case_no, c.rank, passed_over_reason_for(draft, c), c.name)
                            for c in check.passed_over)
        decision = Decision(
            id=None, meeting_id=meeting_id, case_no=draft.case_no, outcome=draft.outcome,
            reasons=draft.reasons.strip(), unit_id=draft.unit_id, move_in_deadline=draft.move_in_deadline,
            lease_type=draft.lease_type, lease_years=draft.lease_years, conditions=draft.conditions.strip(),
            criteria=draft.criteria.strip(), alternatives=draft.alternatives.strip(),
            settings_version=context.rule_settings.version,
            decided_at=decided_at, flags=weighed, dissents=dissents,
            internal_notes=draft.internal_notes.strip(), consent_handling=check.consent_handling,
            consent_note=draft.consent_note.strip(), deciders=tuple(saved_id(p.id) for p in check.deciders),
            decider_names=tuple(p.name for p in check.deciders),
            disqualified=disqualified, passed_over=passed_over,
            passed_over_reason=draft.passed_over_reason.strip() if passed_over else "")
        tenancy = None
        if draft.outcome is Outcome.ALLOCATED:
            assert draft.unit_id is not None  # checked above: an allocation names its unit
            fixed = draft.lease_type is LeaseType.FIXED_TERM
            assert not fixed or draft.lease_years is not None  # checked above: a fixed term has its years
            tenancy = household_moving_in(applicant, draft.unit_id, meeting.held_on,
                                          draft.lease_years if fixed else None)
        detail = {"meeting": meeting_id, "outcome": draft.outcome.value, "unit_id": draft.unit_id,
                  "settings_version": context.rule_settings.version, "rule_defaults": defaults_edition()[0],
                  "meeting_settings_version": context.settings.version, "flags": [f.rule for f in weighed],
                  "weighed_critical": [f.rule for f in weighed if f.severity is Severity.CRITICAL],
                  "deciders": list(decision.deciders), "disqualified": [d.participant_id for d in disqualified],
                  "consent": check.consent_handling.value if check.consent_handling else "",
                  "passed_over": [c.case_no for c in passed_over]}
        # What the meeting promised (conditions, written weighings) becomes follow-up points at the
        # settings' months after move-in (issue 17 item 2), in the same transaction as the decision.
        promised_weighings = [(context.rule_settings.rule(f.rule).title, f.weighing) for f in weighed if f.weighing]
        follow_ups = (points_promised(0, tenancy.contract_start or meeting.held_on, context.settings.follow_up_months,
                                      decision.conditions, promised_weighings, case_no=draft.case_no)
                      if tenancy is not None else [])
        if follow_ups:
            detail["follow_up_due"] = [p.due_on.isoformat() for p in follow_ups]
        with self.database.transaction("decide", "decision", f"{meeting_id}/{draft.case_no}", detail):
            tenancy_id, vacant_from = None, None
            if tenancy is not None:
                try:
                    self._allocation.occupy_vacant_unit(tenancy.unit_id)
                except UnitNotVacant as error:  # taken since the check, e.g. by another window
                    raise UnitNotVacantError(message_of(error)) from None
                vacant_from = context.unit.vacant_from if context.unit else None
                tenancy_id = self._allocation.add_tenancy(tenancy)
            new_status = _APPLICANT_STATUS_AFTER.get(draft.outcome)
            if new_status is not None:
                self._allocation.set_applicant_status(draft.case_no, new_status)
            digest, defaults = defaults_edition()
            if not context.defaults_kept:
                RuleSettingsRepository(self.database).keep_defaults_edition(digest, defaults)
            saved = self._decisions.add(decision, tenancy_id, vacant_from, context.settings.version, digest)
            if follow_ups and tenancy_id is not None:
                assert saved.decided_at is not None  # every recorded decision has its time
                FollowUpRepository(self.database).add_many(
                    [replace(p, tenancy_id=tenancy_id, decision_id=saved.id) for p in follow_ups],
                    saved.decided_at, self.database.actor)
        self._moved_in(saved, tenancy, context.unit)
        return saved

    def undo_last(self, meeting_id: int) -> Decision:
        """Undo the meeting's last decision and everything it changed; returns what was undone.

        The decision is gone from the record (the audit log keeps both steps); what the meeting
        wrote survives only as `draft_of(returned decision)`, which the window keeps for redo.
        """
        require_writable(self.database)
        meeting = self._meeting(meeting_id)
        if meeting.status is not MeetingStatus.IN_PROGRESS:
            raise MeetingStateError(Phrase("errors.recording.undo_not_in_progress", status=meeting.status))
        record = self._decisions.last_in_meeting(meeting_id)
        if record is None:
            raise MeetingError(Phrase("errors.recording.nothing_to_undo"))
        decision = record.decision
        decision_id = saved_id(decision.id)
        if IssuedLetterRepository(self.database).get(decision_id) is not None:
            raise MeetingError(Phrase("errors.recording.letter_sent", case=decision.case_no))
        if any(p.done for p in FollowUpRepository(self.database).for_decision(decision_id)):
            raise MeetingError(Phrase("errors.recording.follow_up_done", case=decision.case_no))
        # A plan, ledger entries or measures recorded for the new tenancy are frozen (m0010) and
        # reference it: the allocation that made the tenancy can then no longer be undone.
        if record.tenancy_id is not None and (kept := AtRiskRepository(self.database).attached_to(record.tenancy_id)):
            raise MeetingError(Phrase("errors.recording.tenancy_kept", case=decision.case_no, kept=kept))
        tenancy = (HouseholdRepository(self.database).tenancy_in(decision.unit_id)
                   if record.tenancy_id and decision.unit_id else None)
        detail = {"decision_id": decision.id, "outcome": decision.outcome.value, "unit_id": decision.unit_id,
                  "tenancy_id": record.tenancy_id}
        with self.database.transaction("undo", "decision", f"{meeting_id}/{decision.case_no}", detail):
            # The points the decision created go with it (they reference its tenancy); a point already
            # recorded as done is frozen (m0008), so such a decision is refused above.
            if removed := FollowUpRepository(self.database).delete_for_decision(decision_id):
                detail["follow_up_removed"] = removed
            self._decisions.delete(decision_id)
            if record.tenancy_id is not None:
                self._allocation.remove_tenancy(record.tenancy_id)
            if decision.outcome is Outcome.ALLOCATED and decision.unit_id:
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
            raise MeetingError(message_of(error)) from None

    def _applicant(self, case_no: str) -> Applicant:
        try:
            return HouseholdRepository(self.database).applicant(case_no)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None

    def _workspace(self, today: date) -> Workspace:
        if self.workspace is None:
            self.workspace = Workspace.load(self.database, today)
        return self.workspace

    def _evaluate(self, applicant: Applicant, unit_id: str, on: date, settings: RuleSettings, *,
                  mask_below: int = 0) -> list[Flag]:
        try:
            target = self._workspace(on).target_for(unit_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None
        from ..rules.engine import evaluate_pair  # numpy: not on the window's start path

        return evaluate_pair(applicant, target, settings, on, mask_below=mask_below)

    def _meeting_with_participants(self, meeting_id: int) -> tuple[Meeting, list[Participant]]:
        try:
            return MeetingRepository(self.database).with_participants(meeting_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None

    def _check(self, meeting: Meeting, people: list[Participant], draft: DecisionDraft) -> tuple[DraftCheck, _Context]:
        problems: list[str] = []
        both = load_settings(self.database, defaults_edition()[0])
        settings, rule_settings = both.meeting, both.rules
        meeting_id = saved_id(meeting.id)
        participants = {saved_id(p.id): p for p in people}
        try:
            applicant, proposal, decided = AgendaRepository(self.database).case_in_meeting(meeting_id, draft.case_no)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None
        if proposal is None:
            problems.append(Phrase("errors.decision.not_on_agenda", case=draft.case_no))
        elif decided:
            problems.append(Phrase("errors.decision.decided", case=draft.case_no))
        if applicant.status is not ApplicantStatus.WAITING:
            problems.append(Phrase("errors.decision.not_waiting", case=draft.case_no, status=applicant.status))

        # -- the texts: real sentences (issue 13 item 11) --
        text_rules = (settings.min_characters, settings.min_words)
        problems += text_problems(draft, text_rules)

        # -- the unit, deadline and lease --
        draft, unit_problems, not_vacant, unit = self._complete(draft, meeting, applicant, settings)
        problems += unit_problems

        # -- who decides (fvl § 6; 004 l.1394–1404) --
        eligible, deciders, decider_problems, nobody = who_decides(draft, participants, text_rules)
        problems += decider_problems
        if nobody:
            problems.insert(0, nobody)

        # -- consent to share (004 l.1816–1839) --
        organisations = () if applicant.consent_to_share else outside_organisations(participants.values(), settings)
        consent, consent_problems = consent_handled(draft, applicant, organisations, text_rules)
        problems += consent_problems

        # -- flags and their weighing --
        flags: tuple[Flag, ...] = ()
        if draft.unit_id and not unit_problems:
            flags = tuple(self._evaluate(applicant, draft.unit_id, meeting.held_on, rule_settings,
                                         mask_below=settings.neighbour_count_below))
        unweighed = tuple(unweighed_flags(flags, draft.weighings))
        for flag in flags:
            weighing = draft.weighings.get(flag.rule)
            if weighing and weighing.text.strip() and (problem := text_problem(
                    Phrase("fields.weighing", title=RuleTitle(rule_settings, flag.rule)), weighing.text, *text_rules)):
                problems.append(problem)
        if unweighed:
            problems.append(message_of(UnweighedFlagsError(unweighed, rule_settings)))

        # -- equal treatment: higher-ranked candidates passed over --
        passed_over: tuple[Candidate, ...] = ()
        if draft.outcome is Outcome.ALLOCATED and draft.unit_id and not unit_problems:
            passed_over = self._higher_ranked(applicant, draft.unit_id, meeting.held_on, rule_settings,
                                              settings.passed_over_listed)
            for candidate in passed_over:
                reason = passed_over_reason_for(draft, candidate)
                if problem := text_problem(Phrase("fields.passed_over", case=candidate.case_no, rank=candidate.rank),
                                           reason, *text_rules):
                    problems.append(problem)
                    break

        check = DraftCheck(tuple(problems), flags, unweighed, passed_over, deciders, eligible, organisations, consent,
                           not_vacant)
        return check, _Context(draft, applicant, participants, settings, rule_settings, unit, both.defaults_kept)

    def _complete(self, draft: DecisionDraft, meeting: Meeting, applicant: Applicant,
                  settings: MeetingSettings) -> tuple[DecisionDraft, list[str], str, Unit | None]:
        """Check the unit and lease, and fill an allocation's defaults from the meeting settings;
        with the unit as read (recording takes its vacant_from and stairwell from it)."""
        problems: list[str] = []
        if draft.outcome is not Outcome.ALLOCATED:
            if draft.move_in_deadline or draft.lease_type or draft.lease_years:
                problems.append(Phrase("errors.decision.terms_only_for_allocation"))
            if draft.unit_id:
                try:
                    self._unit_exists(draft.unit_id)
                except MeetingError as error:
                    problems.append(message_of(error))
            return draft, problems, "", None
        if not draft.unit_id:
            return draft, [Phrase("errors.decision.no_unit")], "", None
        try:
            unit = self._unit_exists(draft.unit_id)
        except MeetingError as error:
            return draft, [message_of(error)], "", None
        if unit.status is not UnitStatus.VACANT:
            problem: str = Phrase("errors.decision.not_vacant", unit=draft.unit_id, status=unit.status)
            return draft, [problem], problem, unit
        if draft.lease_type is None:
            lease = settings.suggest_lease(applicant)
            draft = replace(draft, lease_type=lease.lease_type, lease_years=lease.years)
        if problem := settings.lease_problem(draft.lease_type, draft.lease_years):
            problems.append(problem)
        deadline = draft.move_in_deadline or settings.move_in_deadline(meeting.held_on)
        if deadline < meeting.held_on:
            problems.append(Phrase("errors.decision.deadline_before_meeting"))
        return replace(draft, move_in_deadline=deadline), problems, "", unit

    def _higher_ranked(self, applicant: Applicant, unit_id: str, on: date, settings: RuleSettings,
                       limit: int) -> tuple[Candidate, ...]:
        """The waiting applicants the ranking puts above this one for the unit (at most `limit`)."""
        workspace = self._workspace(on)
        # The workspace's queue is the queue: loaded with it, kept current by every decision here.
        queue = [a for a in workspace.queue if a.case_no != applicant.case_no]
        from ..rules.engine import FlagMatrix
        from ..rules.ranking import candidates_for_unit

        matrix = FlagMatrix([applicant, *queue], [workspace.target_for(unit_id)], settings, on)
        ranking = candidates_for_unit(matrix, 0)
        higher: list[Candidate] = []
        for position, pair in enumerate(ranking, start=1):
            if pair.row == 0 or len(higher) >= limit:
                break
            higher.append(Candidate(pair.applicant.case_no, pair.applicant.name, position, pair.factors))
        return tuple(higher)

    def _unit_exists(self, unit_id: str) -> Unit:
        try:
            return EstateRepository(self.database).unit(unit_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None

    def _moved_in(self, decision: Decision, tenancy: ResidentHousehold | None, unit: Unit | None) -> None:
        """Keep the workspace current after a decision from what the decision changed, without
        reading the queue and the vacant units again (issue 19 item 2)."""
        workspace = self.workspace
        if workspace is None:
            return
        if decision.outcome in _APPLICANT_STATUS_AFTER:
            workspace.queue = [a for a in workspace.queue if a.case_no != decision.case_no]
        if tenancy is not None and unit is not None:
            workspace.vacant_units = [v for v in workspace.vacant_units if v.unit.id != unit.id]
            stairwell = workspace.stairwells[unit.stairwell_id]
            workspace.compositions.move_in(tenancy, saved_id(stairwell.id), stairwell.building_id)

    def _update_workspace(self, tenancy: ResidentHousehold | None, unit_id: str | None, moved_in: bool) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        workspace.reload_queue()
        workspace.vacant_units = EstateRepository(self.database).vacant_units()
        if tenancy is not None and unit_id:
            stairwell = workspace.stairwells[EstateRepository(self.database).unit(unit_id).stairwell_id]
            if moved_in:
                workspace.compositions.move_in(tenancy, saved_id(stairwell.id), stairwell.building_id)
            else:
                workspace.compositions.move_out(tenancy, saved_id(stairwell.id), stairwell.building_id)


# An allocated, refused or withdrawn applicant leaves the queue; a deferral keeps the place.
_APPLICANT_STATUS_AFTER = {Outcome.ALLOCATED: ApplicantStatus.ALLOCATED, Outcome.REFUSED: ApplicantStatus.REFUSED,
                           Outcome.WITHDRAWN: ApplicantStatus.WITHDRAWN}


@dataclass(frozen=True)
class _Context:
    """What one check loaded, so that recording does not load it again."""

    draft: DecisionDraft  # completed with an allocation's defaults
    applicant: Applicant
    participants: dict[int, Participant]
    settings: MeetingSettings
    rule_settings: RuleSettings
    unit: Unit | None  # the unit of the decision as read, if it names one
    defaults_kept: bool  # the edition of the shipped rule defaults is in the file already (m0006)


def _unweighed_message(check: DraftCheck, context: _Context) -> str:
    return message_of(UnweighedFlagsError(check.unweighed, context.rule_settings))
