"""Recording decisions: critical flags weighed in writing, one allocation per unit, undo."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from boligmote.domain import ApplicantStatus, LeaseType, Outcome, ParticipantRole, Severity, UnitStatus
from boligmote.rules import RuleSettings
from boligmote.services.decisions import Decisions, NoDecisionAuthorityError, UnitNotVacantError, UnweighedFlagsError
from boligmote.services.decision_draft import DecisionDraft, FlagWeighing
from boligmote.services.matching import Matching
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import MeetingError, MeetingStateError
from boligmote.services.workspace import Workspace
from boligmote.store.audit import verify
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository

from .test_meetings import lawful, new_meeting, pairs

REASONS = "Søkeren er prioritert, og boligen passer husstandens størrelse."


def _started(db, today, count=2, critical=False, with_staff=True):
    meetings, meeting, people = new_meeting(db, today, with_staff=with_staff)
    chosen = pairs(db, today, count, critical=critical)
    for case_no, unit_id in chosen:
        meetings.add_case(meeting.id, case_no, unit_id, "Liv Eksempelsen")
    meetings.start(meeting.id)
    return meetings, meeting, people, chosen


def _allocate(decisions, meeting_id, case_no, unit_id, **changes):
    draft = replace(decisions.draft(meeting_id, case_no), reasons=REASONS, unit_id=unit_id, **changes)
    return decisions.record(meeting_id, lawful(draft))


def test_allocation_moves_the_household_in_one_transaction(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id), _] = _started(demo_db, reference_date)
    audit_before = demo_db.scalar("SELECT count(*) FROM audit_log")
    tenancies_before = len(HouseholdRepository(demo_db).current_tenancies())
    decision = _allocate(Decisions(demo_db), meeting.id, case_no, unit_id,
                         conditions="Booppfølging de første seks månedene.", criteria="Prioritert; ventetid.",
                         alternatives="Vurderte en bolig i annen bydel.")
    assert decision.outcome is Outcome.ALLOCATED and decision.unit_id == unit_id
    assert decision.move_in_deadline is not None and decision.lease_type is LeaseType.FIXED_TERM
    assert decision.lease_years >= 3 and decision.settings_version == 0
    assert EstateRepository(demo_db).unit(unit_id).status is UnitStatus.OCCUPIED
    assert HouseholdRepository(demo_db).applicant(case_no).status is ApplicantStatus.ALLOCATED
    tenancy = HouseholdRepository(demo_db).tenancy_in(unit_id)
    assert tenancy is not None and tenancy.contract_start == meeting.held_on and tenancy.contract_end is not None
    assert len(HouseholdRepository(demo_db).current_tenancies()) == tenancies_before + 1
    # one change, one audit entry
    assert demo_db.scalar("SELECT count(*) FROM audit_log") == audit_before + 1
    assert verify(demo_db.conn).ok


def test_a_critical_flag_blocks_saving_until_weighed_in_writing(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1, critical=True)
    decisions = Decisions(demo_db)
    flags = decisions.flags(meeting.id, case_no, unit_id)
    critical = [f for f in flags if f.severity is Severity.CRITICAL]
    assert critical
    draft = replace(decisions.draft(meeting.id, case_no), reasons=REASONS)
    with pytest.raises(UnweighedFlagsError) as refused:
        decisions.record(meeting.id, lawful(draft))
    assert {f.rule for f in refused.value.flags} == {f.rule for f in critical}
    title = RuleSettings.defaults().rule(critical[0].rule).title
    assert f"«{title}»" in str(refused.value) and "skriftlig" in str(refused.value)
    assert critical[0].rule not in str(refused.value)  # a code word is not for the meeting
    # a tick is not enough for a critical flag: it needs words
    ticked = {f.rule: FlagWeighing(acknowledged=True) for f in flags}
    with pytest.raises(UnweighedFlagsError):
        decisions.record(meeting.id, lawful(replace(draft, weighings=ticked)))
    assert decisions.unweighed(meeting.id, replace(draft, weighings=ticked))
    # nothing was written by the refused attempts
    assert HouseholdRepository(demo_db).applicant(case_no).status is ApplicantStatus.WAITING
    assert EstateRepository(demo_db).unit(unit_id).status is UnitStatus.VACANT
    weighed = {f.rule: FlagWeighing("Drøftet: bomiljøarbeider følger opp oppgangen.") for f in critical}
    warnings = {f.rule: FlagWeighing(acknowledged=True) for f in flags if f.severity is Severity.WARNING}
    decision = decisions.record(meeting.id, lawful(replace(draft, weighings={**warnings, **weighed})))
    stored = {f.rule: f for f in decision.flags}
    assert set(stored) == {f.rule for f in flags}
    for flag in critical:
        assert stored[flag.rule].weighing.startswith("Drøftet") and stored[flag.rule].acknowledged
        assert stored[flag.rule].message == flag.message
    assert all(stored[rule].acknowledged for rule in warnings)


def test_the_database_itself_refuses_an_unweighed_critical_flag(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1)
    decision = _allocate(Decisions(demo_db), meeting.id, case_no, unit_id)
    with pytest.raises(Exception, match="CHECK"):
        demo_db.conn.execute("INSERT INTO decision_flags (decision_id, rule, severity, message, scope) "
                             "VALUES (?, 'CHILDREN_ACTIVE_USE', 'critical', 'x', 'stairwell')", (decision.id,))


def test_a_unit_cannot_be_allocated_twice(demo_db, reference_date):
    meetings, meeting, _, [(case_a, unit_a), (case_b, _unit_b)] = _started(demo_db, reference_date)
    decisions = Decisions(demo_db)
    _allocate(decisions, meeting.id, case_a, unit_a)
    with pytest.raises(UnitNotVacantError, match="ikke ledig"):
        _allocate(decisions, meeting.id, case_b, unit_a)
    assert HouseholdRepository(demo_db).applicant(case_b).status is ApplicantStatus.WAITING
    # and the database refuses a second current household in the unit, whatever the caller
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.conn.execute("INSERT INTO tenancies (unit_id, household_type, adults) VALUES (?, 'single', 1)",
                             (unit_a,))


def test_undo_restores_unit_applicant_and_tenancy(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id), _] = _started(demo_db, reference_date)
    decisions = Decisions(demo_db)
    unit_before = EstateRepository(demo_db).unit(unit_id)
    tenancies_before = sorted(t.id for t in HouseholdRepository(demo_db).current_tenancies())
    decision = _allocate(decisions, meeting.id, case_no, unit_id)
    assert decisions.last(meeting.id) == decision
    undone = decisions.undo_last(meeting.id)
    assert undone.id == decision.id
    assert EstateRepository(demo_db).unit(unit_id) == unit_before  # status and vacant_from as they were
    assert HouseholdRepository(demo_db).applicant(case_no).status is ApplicantStatus.WAITING
    assert sorted(t.id for t in HouseholdRepository(demo_db).current_tenancies()) == tenancies_before
    assert decisions.for_meeting(meeting.id) == [] and decisions.last(meeting.id) is None
    actions = [r[0] for r in demo_db.query(
        "SELECT action FROM audit_log WHERE entity = 'decision' ORDER BY id")]
    assert actions[-2:] == ["decide", "undo"]
    # the case can be decided again
    assert _allocate(decisions, meeting.id, case_no, unit_id).outcome is Outcome.ALLOCATED


def test_undo_only_the_last_and_only_while_in_progress(demo_db, reference_date):
    meetings, meeting, _, [(case_a, unit_a), (case_b, _)] = _started(demo_db, reference_date)
    decisions = Decisions(demo_db)
    _allocate(decisions, meeting.id, case_a, unit_a)
    deferred = decisions.record(meeting.id, lawful(DecisionDraft(case_b, Outcome.DEFERRED, "Venter på samarbeidsplan.")))
    meetings.close(meeting.id)
    with pytest.raises(MeetingStateError, match="pågår"):
        decisions.undo_last(meeting.id)
    meetings.reopen(meeting.id)
    assert decisions.undo_last(meeting.id).id == deferred.id
    assert decisions.last(meeting.id).case_no == case_a
    with pytest.raises(MeetingStateError, match="Møtedatoen"):
        meetings.change(meeting.id, held_on=meeting.held_on.replace(day=1))


def test_allocation_updates_the_workspace_so_next_flags_see_the_tenant(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id), _] = _started(demo_db, reference_date)
    workspace = Workspace.load(demo_db, reference_date)
    matching = Matching.for_workspace(workspace)
    stairwell_id = EstateRepository(demo_db).unit(unit_id).stairwell_id
    households_before = workspace.compositions.stairwell(stairwell_id).households
    decisions = Decisions(demo_db, workspace)
    _allocate(decisions, meeting.id, case_no, unit_id)
    matching.invalidate()
    assert workspace.compositions.stairwell(stairwell_id).households == households_before + 1
    assert case_no not in {a.case_no for a in workspace.queue}
    assert unit_id not in {v.unit.id for v in workspace.vacant_units}
    assert matching.matrix.shape == (len(workspace.queue), len(workspace.vacant_units))
    decisions.undo_last(meeting.id)
    assert workspace.compositions.stairwell(stairwell_id).households == households_before
    assert case_no in {a.case_no for a in workspace.queue}
    # the in-memory aggregates agree with a fresh load
    fresh = Workspace.load(demo_db, reference_date)
    assert fresh.compositions.stairwell(stairwell_id).households == households_before


def test_refusal_deferral_and_withdrawal(demo_db, reference_date):
    meetings, meeting, _, chosen = _started(demo_db, reference_date, count=3)
    decisions = Decisions(demo_db)
    (refused, _), (deferred, unit_b), (withdrawn, _) = chosen
    with pytest.raises(MeetingError, match="hører bare til"):
        decisions.record(meeting.id, lawful(DecisionDraft(refused, Outcome.REFUSED, REASONS,
                                                   move_in_deadline=meeting.held_on)))
    decisions.record(meeting.id, lawful(DecisionDraft(refused, Outcome.REFUSED, "Vilkårene i retningslinjene er ikke oppfylt.")))
    # a deferral may name the unit that was discussed; its flags are kept too
    flags = decisions.flags(meeting.id, deferred, unit_b)
    decision = decisions.record(meeting.id, lawful(DecisionDraft(
        deferred, Outcome.DEFERRED, "Utsatt til oppfølging er på plass.", unit_id=unit_b,
        weighings={f.rule: FlagWeighing("Drøftet i møtet; vurderes igjen når oppfølgingen er på plass.") for f in flags})))
    assert {f.rule for f in decision.flags} == {f.rule for f in flags}
    assert EstateRepository(demo_db).unit(unit_b).status is UnitStatus.VACANT
    decisions.record(meeting.id, lawful(DecisionDraft(withdrawn, Outcome.WITHDRAWN, "Søkeren har trukket søknaden.")))
    households = HouseholdRepository(demo_db)
    assert households.applicant(withdrawn).status is ApplicantStatus.WITHDRAWN
    assert households.applicant(deferred).status is ApplicantStatus.WAITING
    assert households.applicant(refused).status is ApplicantStatus.REFUSED
    assert refused not in {a.case_no for a in households.queue()}  # an avslag leaves the waiting list
    with pytest.raises(MeetingError, match="allerede avgjort"):
        decisions.record(meeting.id, lawful(DecisionDraft(deferred, Outcome.DEFERRED, "Igjen.")))


def test_input_is_checked_with_messages_for_the_user(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id), (other, _)] = _started(demo_db, reference_date)
    decisions = Decisions(demo_db)
    draft = replace(decisions.draft(meeting.id, case_no), reasons=REASONS)
    with pytest.raises(MeetingError, match="Begrunnelsen til søkeren mangler"):
        decisions.record(meeting.id, lawful(replace(draft, reasons="  ")))
    with pytest.raises(MeetingError, match="minst 3 år"):
        decisions.record(meeting.id, lawful(replace(draft, lease_years=2)))
    with pytest.raises(MeetingError, match="angi boligen"):
        decisions.record(meeting.id, lawful(replace(draft, unit_id=None)))
    with pytest.raises(MeetingError, match="før møtedatoen"):
        decisions.record(meeting.id, lawful(replace(draft, move_in_deadline=meeting.held_on.replace(year=2020))))
    with pytest.raises(MeetingError, match="ikke med på vedtaket"):
        decisions.record(meeting.id, lawful(replace(draft, dissents=((people["advisor"].id, "Uenig."),))))
    with pytest.raises(MeetingError, match="sakslisten|finnes ikke"):
        decisions.record(meeting.id, lawful(replace(draft, case_no="1999/99999")))
    decision = decisions.record(meeting.id, lawful(replace(
        draft, dissents=((people["member"].id, "Mener en annen bolig passer bedre."),))))
    assert [(d.name, d.opinion) for d in decision.dissents] == [("Aisha Testbakken", "Mener en annen bolig passer bedre.")]
    assert decision.dissent == "Aisha Testbakken: Mener en annen bolig passer bedre."
    with pytest.raises(MeetingError, match="vært med på et vedtak"):
        meetings.remove_participant(people["member"].id)


def test_decisions_need_a_member_with_decision_authority(demo_db, reference_date):
    meetings, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1, with_staff=False)
    decisions = Decisions(demo_db)
    meetings.add_participant(meeting.id, "Jonas Fiktivdal", ParticipantRole.ADVISOR, "Utleier")
    with pytest.raises(NoDecisionAuthorityError, match="vedtaksmyndighet"):
        _allocate(decisions, meeting.id, case_no, unit_id)
    meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
    assert _allocate(decisions, meeting.id, case_no, unit_id).outcome is Outcome.ALLOCATED


def test_no_decision_in_a_planned_or_closed_meeting(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    (case_no, unit_id), = pairs(demo_db, reference_date, 1)
    meetings.add_case(meeting.id, case_no, unit_id)
    decisions = Decisions(demo_db)
    with pytest.raises(MeetingStateError, match="pågår"):
        _allocate(decisions, meeting.id, case_no, unit_id)
    # and the database refuses it too
    with pytest.raises(Exception, match="pågår"):
        demo_db.conn.execute("INSERT INTO decisions (meeting_id, case_no, outcome, reasons, decided_at) "
                             "VALUES (?, ?, 'utsatt', 'x', '2026-11-23T10:00:00')", (meeting.id, case_no))


def test_lease_defaults_follow_the_meeting_settings(demo_db, reference_date):
    _, meeting, _, [(case_no, _unit)] = _started(demo_db, reference_date, count=1)
    decisions = Decisions(demo_db)
    applicant = HouseholdRepository(demo_db).applicant(case_no)
    # the demo follows Oslo's lengths (5 years for a first lease); these are the plain 3-year settings
    change_meeting_settings(demo_db, {"lease": {"children_rule": False, "minimum_years": 3, "first_years": 3}})
    assert decisions.draft(meeting.id, case_no).lease_years == 3
    assert decisions.draft(meeting.id, case_no, stable=True).lease_years == 5
    change_meeting_settings(demo_db, {"lease": {"children_rule": True}, "move_in": {"deadline_days": 21}})
    expected = 7 if applicant.has_children_under(15) else 3
    draft = decisions.draft(meeting.id, case_no)
    assert draft.lease_years == expected
    assert (draft.move_in_deadline - meeting.held_on).days == 21


def test_undoing_a_refusal_puts_the_applicant_back_in_the_queue(demo_db, reference_date):
    meetings, meeting, _, [(case_no, _)] = _started(demo_db, reference_date, count=1)
    decisions = Decisions(demo_db)
    decisions.record(meeting.id, lawful(DecisionDraft(case_no, Outcome.REFUSED, "Vilkårene i retningslinjene er ikke oppfylt.")))
    assert HouseholdRepository(demo_db).applicant(case_no).status is ApplicantStatus.REFUSED
    decisions.undo_last(meeting.id)
    assert case_no in {a.case_no for a in HouseholdRepository(demo_db).queue()}


def test_the_draft_of_an_undone_decision_records_it_again_with_every_text(demo_db, reference_date):
    """Redo (issue 16): undo keeps what the meeting wrote; recording it again loses nothing."""
    from boligmote.services.decision_draft import draft_of

    _, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1, critical=True)
    decisions = Decisions(demo_db)
    flags = decisions.flags(meeting.id, case_no, unit_id)
    weighings = {f.rule: FlagWeighing("Drøftet: bomiljøarbeider følger opp oppgangen.", True) for f in flags}
    first = _allocate(decisions, meeting.id, case_no, unit_id, weighings=weighings,
                      internal_notes="Tjenesten melder at oppfølgingen er på plass.",
                      conditions="Booppfølging de første seks månedene.", lease_years=5,
                      dissents=((people["member"].id, "Mener en mindre oppgang hadde vært bedre."),))
    undone = decisions.undo_last(meeting.id)
    again = decisions.record(meeting.id, draft_of(undone))
    for name in ("outcome", "reasons", "unit_id", "move_in_deadline", "lease_type", "lease_years", "conditions",
                 "internal_notes", "consent_handling", "deciders", "dissents", "passed_over_reason"):
        assert getattr(again, name) == getattr(first, name), name
    assert [(f.rule, f.weighing) for f in again.flags] == [(f.rule, f.weighing) for f in first.flags]
    actions = [r[0] for r in demo_db.query("SELECT action FROM audit_log WHERE entity = 'decision' ORDER BY id")]
    assert actions[-3:] == ["decide", "undo", "decide"]


def test_a_decision_names_the_edition_of_the_rule_defaults_it_was_made_under(demo_db, reference_date):
    """A settings version is overrides on top of the shipped defaults (issue 15): the decision
    keeps which defaults those were, so its thresholds can be read back after an upgrade."""
    import json

    from boligmote.rules.settings import default_values, defaults_edition

    _, meeting, _, [(case_no, _)] = _started(demo_db, reference_date, count=1)
    decision = Decisions(demo_db).record(meeting.id, lawful(DecisionDraft(case_no, Outcome.WITHDRAWN,
                                                                          "Søkeren har trukket søknaden.")))
    digest = demo_db.scalar("SELECT rule_defaults FROM decisions WHERE id = ?", (decision.id,))
    assert digest == defaults_edition()[0]
    kept = json.loads(demo_db.scalar("SELECT defaults FROM rule_defaults WHERE digest = ?", (digest,)))
    assert kept["CHILDREN_ACTIVE_USE"]["min_in_other_stairwells"] == default_values()["CHILDREN_ACTIVE_USE"][
        "min_in_other_stairwells"]


def test_a_decision_stamped_before_the_meeting_began_is_refused(demo_db, reference_date):
    """The lawyer's review: the window asks before deciding ahead of the meeting's date, the service
    did not check at all. A decision before the meeting's day, or before it was started, is not the
    meeting's decision: refused with a code, nothing recorded."""
    from datetime import date, datetime, time, timedelta

    from boligmote.words import error_code

    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    [(case_no, unit_id)] = pairs(demo_db, reference_date, 1)
    meetings.add_case(meeting.id, case_no, unit_id, "Liv Eksempelsen")
    meetings.start(meeting.id, at=datetime.combine(reference_date, time(9, 0)))
    decisions = Decisions(demo_db)
    draft = lawful(replace(decisions.draft(meeting.id, case_no), reasons=REASONS, unit_id=unit_id))
    for moment, code in ((datetime.combine(reference_date - timedelta(days=1), time(15, 0)), "decision_day"),
                         (datetime.combine(reference_date, time(8, 59)), "decision_started")):
        with pytest.raises(MeetingStateError) as refused:
            decisions.record(meeting.id, draft, decided_at=moment)
        assert error_code(refused.value) == f"errors.before_start.{code}"
        assert f"{moment:%d.%m.%Y %H:%M}" in str(refused.value)
    assert decisions.for_meeting(meeting.id) == []
    assert decisions.record(meeting.id, draft, decided_at=datetime.combine(reference_date, time(9, 30))).id
    # a meeting started ahead of its date decides nothing until the day comes, whatever the window asked
    meetings2, ahead, _ = new_meeting(demo_db, date.today() + timedelta(days=7))
    [(case_no, unit_id)] = pairs(demo_db, reference_date, 1, exclude=[(draft.case_no, draft.unit_id)])
    meetings2.add_case(ahead.id, case_no, unit_id, "Liv Eksempelsen")
    meetings2.start(ahead.id)
    with pytest.raises(MeetingStateError, match="før møtedagen"):
        _allocate(decisions, ahead.id, case_no, unit_id)
    # … nor can a meeting that has decided be moved to a later day
    with pytest.raises(MeetingStateError):
        meetings.change(meeting.id, held_on=reference_date + timedelta(days=1))
