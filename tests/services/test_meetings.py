"""Meetings: planning, participants, agenda and the lifecycle planned → in progress → closed.

The helpers at the top are shared by the other test_meetings*/test_minutes/test_letters modules.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from boligmote.domain import ConsentHandling, MeetingStatus, ParticipantRole, Severity, UnitStatus
from boligmote.services.matching import Matching
from boligmote.services.meetings import MeetingError, Meetings, MeetingStateError
from boligmote.services.workspace import Workspace
from boligmote.store.estate import EstateRepository

# ---- shared helpers ----------------------------------------------------------------------------


def lawful(draft):
    """A draft that says how consent was handled and why higher-ranked candidates were passed
    over: what the record requires besides the case's own reasons (issue 13)."""
    from dataclasses import replace

    return replace(draft, consent_handling=draft.consent_handling or ConsentHandling.OFFICE_ONLY,
                   passed_over_reason=draft.passed_over_reason
                   or "Søkeren har fått tilbud om en annen bolig som passer bedre.")


def new_meeting(db, on: date, *, with_staff: bool = True):
    """A planned meeting with chair, secretary, one member and an advisor."""
    meetings = Meetings(db)
    meeting = meetings.create(on, "Rådhuset, møterom 2", "Tildelingsmøte")
    people = {}
    if with_staff:
        people["chair"] = meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
        people["secretary"] = meetings.add_participant(meeting.id, "Per Prøvestad", ParticipantRole.SECRETARY,
                                                       "Boligkontoret")
        people["member"] = meetings.add_participant(meeting.id, "Aisha Testbakken", ParticipantRole.MEMBER, "NAV")
        people["advisor"] = meetings.add_participant(meeting.id, "Jonas Fiktivdal", ParticipantRole.ADVISOR,
                                                     "Kommunale eiendommer")
    return meetings, meeting, people


def pairs(db, on: date, count: int, *, critical: bool | None = False, exclude=()):
    """(case_no, unit_id) pairs of distinct applicants and units, suitable, with (critical=True)
    or without (False) a critical flag; None: whatever comes first. `exclude`: pairs already taken."""
    matching = Matching.for_workspace(Workspace.load(db, on))
    chosen, used = [], {case_no for case_no, _ in exclude}
    taken_units = {unit_id for _, unit_id in exclude}
    for vacant in matching.workspace.vacant_units:
        if vacant.unit.id in taken_units:
            continue
        for candidate in matching.candidates_for_unit(vacant.unit.id):
            case_no = candidate.applicant.case_no
            if case_no in used:
                continue
            has_critical = any(severity is Severity.CRITICAL for _, severity in candidate.severities)
            if critical is None or has_critical == critical:
                chosen.append((case_no, vacant.unit.id))
                used.add(case_no)
                break
        if len(chosen) == count:
            return chosen
    raise AssertionError(f"the demo has fewer than {count} such pairs")


# ---- lifecycle ------------------------------------------------------------------------------------


def test_create_and_list_with_status_in_bokmal(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    assert meeting.status is MeetingStatus.PLANNED and meeting.id is not None
    listed = {s.meeting.id: s for s in meetings.all()}
    assert listed[meeting.id].cases == 0 and listed[meeting.id].meeting.status.label == "planlagt"
    # newest first: the demo's planned meeting (in two weeks) comes before today's
    dates = [s.meeting.held_on for s in meetings.all()]
    assert dates == sorted(dates, reverse=True)


def test_lifecycle_moves_in_order_only(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    with pytest.raises(MeetingStateError, match="planlagt"):
        meetings.close(meeting.id)
    assert meetings.start(meeting.id).status is MeetingStatus.IN_PROGRESS
    with pytest.raises(MeetingStateError):
        meetings.start(meeting.id)
    assert meetings.close(meeting.id).status is MeetingStatus.CLOSED
    assert meetings.reopen(meeting.id).status is MeetingStatus.IN_PROGRESS
    actions = [r[0] for r in demo_db.query(
        "SELECT action FROM audit_log WHERE entity = 'meeting' AND entity_id = ? ORDER BY id", (str(meeting.id),))]
    assert actions == ["start", "close", "reopen"]


def test_participant_rules(demo_db, reference_date):
    meetings, meeting, people = new_meeting(demo_db, reference_date)
    assert people["chair"].has_decision_authority and people["member"].has_decision_authority
    assert not people["secretary"].has_decision_authority and not people["advisor"].has_decision_authority
    with pytest.raises(MeetingError, match="rådgiver har ikke vedtaksmyndighet"):
        meetings.add_participant(meeting.id, "Ola Demosen", ParticipantRole.ADVISOR, "Utleier", True)
    with pytest.raises(MeetingError, match="allerede møteleder"):
        meetings.add_participant(meeting.id, "Ola Demosen", ParticipantRole.CHAIR)
    with pytest.raises(MeetingError, match="navn"):
        meetings.add_participant(meeting.id, "  ", ParticipantRole.MEMBER)
    changed = meetings.change_participant(replace(people["member"], organisation="NAV Eksempelvik"))
    assert changed.organisation == "NAV Eksempelvik"
    meetings.remove_participant(people["advisor"].id)
    assert [p.role for p in meetings.participants(meeting.id)] == [
        ParticipantRole.CHAIR, ParticipantRole.SECRETARY, ParticipantRole.MEMBER]


def test_agenda_cases_and_units(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    (case_a, unit_a), (case_b, unit_b) = pairs(demo_db, reference_date, 2, critical=None)
    first = meetings.add_case(meeting.id, case_a, unit_a, "Liv Eksempelsen", "Ønsker å bo nær skolen.")
    second = meetings.add_case(meeting.id, case_b)
    assert (first.position, second.position) == (1, 2) and second.unit_id is None
    with pytest.raises(MeetingError, match="allerede på sakslisten"):
        meetings.add_case(meeting.id, case_a)
    with pytest.raises(MeetingError, match="finnes ikke"):
        meetings.add_case(meeting.id, "1999/99999")
    occupied = next(u for u in EstateRepository(demo_db).units() if u.status is UnitStatus.OCCUPIED)
    with pytest.raises(MeetingError, match="ikke ledig"):
        meetings.change_case(second.id, unit_id=occupied.id)
    assert meetings.change_case(second.id, unit_id=unit_b, notes="Forberedt.").unit_id == unit_b
    reordered = meetings.reorder_cases(meeting.id, [second.id, first.id])
    assert [p.case_no for p in reordered] == [case_b, case_a]
    with pytest.raises(MeetingError, match="nøyaktig én gang"):
        meetings.reorder_cases(meeting.id, [first.id])
    meetings.add_agenda_unit(meeting.id, unit_a, "ledig fra 01.12.2026")
    with pytest.raises(MeetingError, match="allerede"):
        meetings.add_agenda_unit(meeting.id, unit_a)
    record = meetings.record(meeting.id)
    assert [c.number for c in record.cases] == [1, 2]
    assert [u.unit_id for u in record.agenda_units] == [unit_a]
    assert set(record.places) == {unit_a, unit_b}
    meetings.remove_case(first.id)
    assert [p.case_no for p in meetings.cases(meeting.id)] == [case_b]


def test_cases_only_for_applicants_in_the_queue(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    allocated = demo_db.scalar("SELECT case_no FROM applicants WHERE status = 'allocated' LIMIT 1")
    with pytest.raises(MeetingError, match="står ikke på ventelisten"):
        meetings.add_case(meeting.id, allocated)


def test_closed_meeting_agenda_is_fixed_until_reopened(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    (case_a, _unit), = pairs(demo_db, reference_date, 1, critical=None)
    meetings.start(meeting.id)
    meetings.close(meeting.id)
    with pytest.raises(MeetingStateError, match="avsluttet"):
        meetings.add_case(meeting.id, case_a)
    # the meeting data and participants may still be corrected before signing
    assert meetings.change(meeting.id, place="Rådhuset, møterom 3").place == "Rådhuset, møterom 3"


def test_only_a_planned_meeting_can_be_deleted(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    (case_a, unit_a), = pairs(demo_db, reference_date, 1, critical=None)
    meetings.add_case(meeting.id, case_a, unit_a)
    meetings.delete(meeting.id)
    with pytest.raises(MeetingError, match="finnes ikke"):
        meetings.get(meeting.id)
    _, other, _ = new_meeting(demo_db, reference_date)
    meetings.start(other.id)
    with pytest.raises(MeetingStateError, match="Bare et planlagt"):
        meetings.delete(other.id)


def test_signed_meeting_refuses_every_change(demo_db):
    meetings = Meetings(demo_db)
    signed = next(s.meeting for s in meetings.all() if s.meeting.status is MeetingStatus.SIGNED)
    participant = meetings.participants(signed.id)[0]
    with pytest.raises(MeetingStateError, match="signert"):
        meetings.change(signed.id, place="Et annet sted")
    with pytest.raises(MeetingStateError, match="tillegg"):
        meetings.add_participant(signed.id, "Ola Demosen", ParticipantRole.MEMBER)
    with pytest.raises(MeetingStateError):
        meetings.remove_participant(participant.id)
    with pytest.raises(MeetingStateError):
        meetings.reopen(signed.id)
