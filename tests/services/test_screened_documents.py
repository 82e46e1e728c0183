"""Screened copies of the letter and the minutes: case numbers in place of names and
addresses, for a screen shared with the room (issue 16 item 8)."""
from __future__ import annotations

from boligmote.domain import MeetingStatus
from boligmote.services.letters import render_decision_letter
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
from boligmote.store.issued_letters import IssuedLetterRepository

from .test_minutes import pages_text


def _signed(database):
    meetings = Meetings(database)
    meeting = next(s.meeting for s in meetings.all() if s.meeting.status is MeetingStatus.SIGNED)
    return meetings.record(meeting.id)


def _personal(record):
    """Every name and address of an applicant, and the address of every unit the meeting named."""
    words = set()
    for case in record.cases:
        words |= {case.applicant.name, case.applicant.postal_address.splitlines()[0]}
        for passed in case.decision.passed_over if case.decision else ():
            if passed.name:
                words.add(passed.name)
    words |= {place.building.address for place in record.places.values()}
    return {w for w in words if w}


def test_a_screened_letter_has_the_case_number_in_place_of_name_and_addresses(demo_db):
    record = _signed(demo_db)
    case = next(c for c in record.cases if c.decision and c.decision.unit_id)
    full = " ".join(pages_text(render_decision_letter(demo_db, case.decision.id)))
    screened = " ".join(pages_text(render_decision_letter(demo_db, case.decision.id, names=False)))
    assert case.applicant.name in full  # the letter itself is unchanged
    for word in _personal(record):
        assert word not in screened, word
    assert f"Sak {case.applicant.case_no}" in screened
    assert f"bolig {case.decision.unit_id}" in screened
    assert "Skjermet kopi: saksnummer i stedet for navn og adresser" in screened
    assert "klage" in screened.lower()  # still the letter's content
    assert IssuedLetterRepository(demo_db).get(case.decision.id) is None  # a copy is never issued


def test_screened_minutes_of_a_signed_meeting_name_no_one_and_no_address(demo_db):
    record = _signed(demo_db)
    pages = pages_text(render_minutes(demo_db, record.meeting.id, names=False))
    screened = " ".join(pages)
    for word in _personal(record):
        assert word not in screened, word
    for case in record.cases:
        assert case.proposal.case_no in screened
    assert all("Skjermet kopi" in page for page in pages)  # every page says what it is
    assert record.chair.name in screened  # the people of the meeting are in the room
