"""When the window masks small neighbour counts, and what the matching service then explains
(issue 13 item 8): a running meeting with a participant without decision authority present."""
from __future__ import annotations

from dataclasses import replace

from boligmote.domain import Attendance, MeetingStatus
from boligmote.services.matching import Matching
from boligmote.services.meetings import Meetings
from boligmote.services.workspace import Workspace


def _planned(db):
    return next(s.meeting for s in Meetings(db).all() if s.meeting.status is MeetingStatus.PLANNED)


def test_counts_are_masked_only_while_a_running_meeting_has_an_adviser_present(demo_db):
    meetings = Meetings(demo_db)
    meeting = _planned(demo_db)
    assert not meetings.advisers_in_running_meetings()  # the caseworker prepares: exact counts
    meetings.start(meeting.id)
    advisers = meetings.advisers_in_running_meetings()
    assert {p.role.value for p in advisers} >= {"advisor"}  # the landlord
    assert all(p.present and not p.has_decision_authority for p in advisers)
    for adviser in advisers:
        meetings.set_attendance(adviser.id, Attendance.APOLOGIES)
    assert not meetings.advisers_in_running_meetings()  # only members with authority in the room
    meetings.set_attendance(advisers[0].id, Attendance.PRESENT)
    assert meetings.advisers_in_running_meetings() == [replace(advisers[0], attendance=Attendance.PRESENT)]
    meetings.close(meeting.id)
    assert not meetings.advisers_in_running_meetings()


def test_matching_explains_with_small_counts_masked_when_asked(demo_db, reference_date):
    matching = Matching.for_workspace(Workspace.load(demo_db, reference_date))
    masked_pairs = 0
    for vacant in matching.workspace.vacant_units:
        for pair in matching.candidates_for_unit(vacant.unit.id):
            exact = matching.explained_flags(pair)
            matching.mask_below = 3
            shared = matching.explained_flags(pair)
            matching.mask_below = 0
            assert [f.message for f in shared] == [f.message for f in exact]  # the office keeps both
            assert all(f.shared_message == f.message for f in exact)
            for before, after in zip(exact, shared):
                if after.shared_message != before.message:
                    masked_pairs += 1
                    assert "færre enn 3" in after.shared_message
        if masked_pairs >= 3:
            break
    assert masked_pairs > 0, "the demo should have a stairwell where a small count is masked"


def test_the_offices_own_secretary_is_not_an_adviser_but_an_outside_one_is(demo_db, reference_date):
    from boligmote.domain import ParticipantRole
    from boligmote.services.meetings import Meetings

    meetings = Meetings(demo_db)
    meeting = meetings.create(reference_date, "Rådhuset", "Tildelingsmøte")
    meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
    meetings.add_participant(meeting.id, "Per Prøvestad", ParticipantRole.SECRETARY, "Boligkontoret")
    meetings.start(meeting.id)
    assert not Meetings(demo_db).record(meeting.id).advisers_present
    assert all(p.meeting_id != meeting.id for p in meetings.advisers_in_running_meetings())
    meetings.add_participant(meeting.id, "Ola Utleiersen", ParticipantRole.MEMBER, "Kommunale eiendommer", False)
    assert Meetings(demo_db).record(meeting.id).advisers_present  # no authority, from outside the office
