"""A file opened read-only: every change is refused at once with a bokmål message the meeting
dialogs show (a MeetingError), not a StoreError at the final commit (issue 16 item 7)."""
from __future__ import annotations

from datetime import date

import pytest

from boligmote.domain import MeetingStatus, ParticipantRole
from boligmote.services.decisions import Decisions
from boligmote.services.meetings import MeetingError, Meetings
from boligmote.services.signing import add_addendum, sign_minutes
from boligmote.store import Database


@pytest.fixture
def read_only(demo_path):
    with Database.open(demo_path) as database:
        meetings = Meetings(database)
        planned = next(s.meeting for s in meetings.all() if s.meeting.status is MeetingStatus.PLANNED)
        meetings.start(planned.id)
    database = Database.open(demo_path, readonly=True)
    yield database, planned.id
    database.close()


def _refused(call) -> str:
    with pytest.raises(MeetingError) as caught:
        call()
    message = str(caught.value)
    assert "demo.sqlite er åpnet skrivebeskyttet" in message
    assert "Traceback" not in message
    return message


def test_meeting_changes_are_refused_on_a_read_only_file(read_only):
    database, meeting_id = read_only
    meetings = Meetings(database)
    _refused(lambda: meetings.create(date(2027, 1, 5), "Rådhuset"))
    _refused(lambda: meetings.close(meeting_id))
    _refused(lambda: meetings.add_participant(meeting_id, "Kari Eksempel", ParticipantRole.CHAIR))
    _refused(lambda: meetings.add_case(meeting_id, meetings.record(meeting_id).cases[0].applicant.case_no))
    assert meetings.get(meeting_id).status is MeetingStatus.IN_PROGRESS  # and nothing changed


def test_a_decision_is_refused_before_its_draft_is_checked(read_only):
    database, meeting_id = read_only
    decisions = Decisions(database)
    case = Meetings(database).record(meeting_id).cases[0]
    draft = decisions.draft(meeting_id, case.applicant.case_no)
    message = _refused(lambda: decisions.record(meeting_id, draft))
    assert "lukk den andre økten" in message or "skrivetilgang" in message
    _refused(lambda: decisions.undo_last(meeting_id))


def test_signing_and_addenda_are_refused_on_a_read_only_file(read_only):
    database, meeting_id = read_only
    signed = next(s.meeting for s in Meetings(database).all() if s.meeting.status is MeetingStatus.SIGNED)
    _refused(lambda: sign_minutes(database, meeting_id))
    _refused(lambda: add_addendum(database, signed.id, "Rettelse", "sekretær"))
