"""A signed meeting is frozen in the database itself: raw SQL on the connection must fail."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from boligmote.domain import MeetingStatus, Outcome, ParticipantRole, Scope, Severity
from boligmote.domain.meetings import Decision, Dissent, Meeting, Participant, Proposal, WeighedFlag
from boligmote.store import FrozenRecordError, StoreError
from boligmote.store.meetings import AgendaRepository, MeetingRepository, ParticipantRepository
from boligmote.store.decisions import DecisionRepository


@pytest.fixture
def signed_id(demo_db) -> int:
    return demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed'")


FROZEN_STATEMENTS = [
    "UPDATE meetings SET place = 'Et annet sted' WHERE id = :m",
    "UPDATE meetings SET status = 'closed' WHERE id = :m",
    "DELETE FROM meetings WHERE id = :m",
    "UPDATE participants SET name = 'Noen andre' WHERE meeting_id = :m",
    "DELETE FROM participants WHERE meeting_id = :m",
    "INSERT INTO participants (meeting_id, name, role) VALUES (:m, 'Ola Demosen', 'member')",
    "UPDATE proposals SET notes = 'endret' WHERE meeting_id = :m",
    "DELETE FROM proposals WHERE meeting_id = :m",
    "UPDATE decisions SET reasons = 'en annen begrunnelse' WHERE meeting_id = :m",
    "UPDATE decisions SET outcome = 'avslag' WHERE meeting_id = :m",
    "DELETE FROM decisions WHERE meeting_id = :m",
    "UPDATE decision_flags SET weighing = 'endret' WHERE decision_id IN (SELECT id FROM decisions WHERE meeting_id = :m)",
    "DELETE FROM decision_flags WHERE decision_id IN (SELECT id FROM decisions WHERE meeting_id = :m)",
    "UPDATE decision_dissents SET opinion = 'endret' WHERE decision_id IN (SELECT id FROM decisions WHERE meeting_id = :m)",
    "DELETE FROM decision_dissents WHERE decision_id IN (SELECT id FROM decisions WHERE meeting_id = :m)",
    "UPDATE agenda_units SET note = 'endret' WHERE meeting_id = :m",
    "UPDATE signed_minutes SET pdf = x'00' WHERE meeting_id = :m",
    "UPDATE signed_minutes SET sha256 = '0000000000000000000000000000000000000000000000000000000000000000'",
    "DELETE FROM signed_minutes WHERE meeting_id = :m",
]


@pytest.mark.parametrize("statement", FROZEN_STATEMENTS)
def test_signed_meeting_refuses_raw_sql(demo_db, signed_id, statement):
    rows_touched = demo_db.scalar(
        "SELECT (SELECT count(*) FROM decision_flags f JOIN decisions d ON d.id = f.decision_id WHERE d.meeting_id = ?)"
        " + (SELECT count(*) FROM decision_dissents x JOIN decisions d ON d.id = x.decision_id WHERE d.meeting_id = ?)",
        (signed_id, signed_id))
    assert rows_touched > 0, "the demo's signed meeting must have flags and a dissent to protect"
    with pytest.raises(sqlite3.IntegrityError, match="signert"):
        demo_db.conn.execute(statement, {"m": signed_id})


def test_inserting_a_decision_into_a_signed_meeting_fails(demo_db, signed_id):
    case_no = demo_db.scalar("SELECT case_no FROM applicants WHERE status = 'waiting' LIMIT 1")
    with pytest.raises(sqlite3.IntegrityError, match="signert"):
        demo_db.conn.execute("INSERT INTO decisions (meeting_id, case_no, outcome, reasons, decided_at) "
                             "VALUES (?, ?, 'utsatt', 'x', '2026-11-23T10:00:00')", (signed_id, case_no))


def test_frozen_record_error_through_a_transaction(demo_db, signed_id):
    with pytest.raises(FrozenRecordError, match="signert"):
        with demo_db.transaction("test", "meeting", str(signed_id)):
            demo_db.conn.execute("UPDATE decisions SET reasons = 'x' WHERE meeting_id = ?", (signed_id,))
    assert demo_db.scalar("SELECT count(*) FROM decisions WHERE meeting_id = ? AND reasons = 'x'", (signed_id,)) == 0


def test_a_meeting_is_signed_only_together_with_its_minutes(demo_db):
    with demo_db.transaction("test", "meeting"):
        meeting = MeetingRepository(demo_db).add(Meeting(None, date(2026, 11, 23), "Rådhuset"))
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.conn.execute("UPDATE meetings SET status = 'signed', minutes_sha256 = ? WHERE id = ?",
                             ("a" * 64, meeting.id))
    with pytest.raises(sqlite3.IntegrityError, match="opprettes som signert"):
        demo_db.conn.execute("INSERT INTO meetings (held_on, status) VALUES ('2026-11-23', 'signed')")
    with pytest.raises(sqlite3.IntegrityError, match="avsluttet"):  # planned, not closed
        demo_db.conn.execute("INSERT INTO signed_minutes (meeting_id, signed_at, signed_by, sha256, pdf) "
                             "VALUES (?, '2026-11-23T10:00:00', 'x', ?, x'00')", (meeting.id, "a" * 64))


def test_addenda_are_append_only_and_only_for_signed_minutes(demo_db, signed_id):
    insert = ("INSERT INTO addenda (meeting_id, dated, author, text, created_at, sha256, pdf) "
              "VALUES (?, '2026-11-23', 'Kari Demosen', 'Rettelse.', '2026-11-23T10:00:00', ?, x'00')")
    planned = demo_db.scalar("SELECT id FROM meetings WHERE status = 'planned'")
    with pytest.raises(sqlite3.IntegrityError, match="signert"):
        demo_db.conn.execute(insert, (planned, "b" * 64))
    demo_db.conn.execute(insert, (signed_id, "b" * 64))
    with pytest.raises(sqlite3.IntegrityError, match="kan ikke endres"):
        demo_db.conn.execute("UPDATE addenda SET text = 'endret'")
    with pytest.raises(sqlite3.IntegrityError, match="kan ikke slettes"):
        demo_db.conn.execute("DELETE FROM addenda")


def test_repositories_round_trip(new_db):
    """Meetings need applicants and units for their foreign keys; a minimal estate will do."""
    conn = new_db.conn
    with new_db.transaction("test", "setup"):
        conn.execute("INSERT INTO buildings (id, address, district, ownership, building_type, total_units) "
                     "VALUES ('B1', 'Demoveien 1', 'Sentrum Demo', 'heleid', 'blokk', 4)")
        conn.execute("INSERT INTO stairwells (id, building_id, label) VALUES (1, 'B1', 'A')")
        conn.execute("INSERT INTO units (id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, status) "
                     "VALUES ('U1', 1, 1, 2, 1, 50, 9000, 'ordinaer', 'vacant')")
        conn.execute("INSERT INTO applicants (case_no, name, household_type, adults, situation, priority, "
                     "decision_date) VALUES ('2026/1', 'Ola Demosen', 'single', 1, 'homeless', 'prioritert', "
                     "'2026-01-01')")
        meeting = MeetingRepository(new_db).add(Meeting(None, date(2026, 11, 23), "Rådhuset", all_members_sign=True))
        chair = ParticipantRepository(new_db).add(Participant(None, meeting.id, "Kari Demosen",
                                                              ParticipantRole.CHAIR, "Boligkontoret", True))
        proposal = AgendaRepository(new_db).add_case(Proposal(None, meeting.id, "2026/1", "U1", "Liv", "Notat"))
        MeetingRepository(new_db).set_status(meeting.id, MeetingStatus.IN_PROGRESS)
    assert MeetingRepository(new_db).get(meeting.id).all_members_sign
    assert AgendaRepository(new_db).cases(meeting.id) == [proposal]
    flag = WeighedFlag("ACCESS_MISMATCH", Severity.CRITICAL, "Mangler heis.", Scope.UNIT, "Husbanken",
                       "Søkeren klarer trappene.", True)
    decision = Decision(id=None, meeting_id=meeting.id, case_no="2026/1", outcome=Outcome.ALLOCATED,
                        reasons="Passer.", unit_id="U1", move_in_deadline=date(2026, 12, 7), decided_at=datetime(2026, 11, 23, 10, 0), flags=(flag,),
                        dissents=(Dissent(chair.id, chair.name, "Uenig."),))
    with new_db.transaction("test", "decision"):
        stored = DecisionRepository(new_db).add(decision, None, date(2026, 11, 1))
    assert stored == Decision(id=stored.id, meeting_id=meeting.id, case_no="2026/1", outcome=Outcome.ALLOCATED,
                              reasons="Passer.", unit_id="U1", move_in_deadline=date(2026, 12, 7),
                              dissent="Kari Demosen: Uenig.", decided_at=datetime(2026, 11, 23, 10, 0),
                              flags=(flag,), dissents=(Dissent(chair.id, "Kari Demosen", "Uenig."),))
    undo = DecisionRepository(new_db).last_in_meeting(meeting.id)
    assert undo.decision == stored and undo.unit_vacant_from == date(2026, 11, 1)
    with pytest.raises(StoreError, match="avvist"):
        with new_db.transaction("test", "decision"):
            DecisionRepository(new_db).add(decision)  # one decision per case per meeting
