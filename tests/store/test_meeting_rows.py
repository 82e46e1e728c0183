"""A meeting's record and its fingerprint built from one read of its rows (store/meeting_rows.py,
issue 19 item 2) are the record the repositories read table by table and the fingerprint the
signing stored: minutes print the same, and a signed meeting still verifies."""
from __future__ import annotations

from boligmote.services.signing import add_addendum
from boligmote.store import Database
from boligmote.store.decisions import AddendumRepository, DecisionRepository
from boligmote.store.fingerprint import FINGERPRINT_VERSION, fingerprint_of, parts, sign_entries
from boligmote.store.follow_up import FollowUpRepository
from boligmote.store.meeting_rows import read_meeting_rows
from boligmote.store.meetings import AgendaRepository, MeetingRepository, ParticipantRepository


def _fingerprint_table_by_table(database: Database, meeting_id: int, version: int):
    """The fingerprint as it was computed before issue 19 item 2: each part's own SELECT."""
    rows = {kind: [list(row) for row in database.conn.execute(sql, (meeting_id,))] for kind, sql in parts(version)}
    return fingerprint_of(rows, version)


def test_every_meeting_reads_as_the_repositories_read_it(history_demo_path):
    database = Database.open(history_demo_path)
    try:
        meeting_ids = [row[0] for row in database.query("SELECT id FROM meetings ORDER BY id")]
        assert len(meeting_ids) > 3
        signed = database.scalar("SELECT id FROM meetings WHERE status = 'signed' ORDER BY id LIMIT 1")
        add_addendum(database, signed, "Rettelse: møtestedet var Rådhuset, rom 2.", "Liv Eksempelsen")
        decided = 0
        for meeting_id in meeting_ids:
            rows = read_meeting_rows(database, meeting_id)
            assert rows.meeting() == MeetingRepository(database).get(meeting_id)
            assert rows.participants() == ParticipantRepository(database).for_meeting(meeting_id)
            assert rows.proposals() == AgendaRepository(database).cases(meeting_id)
            assert rows.agenda_units() == AgendaRepository(database).units(meeting_id)
            decisions = DecisionRepository(database).for_meeting(meeting_id)
            assert rows.decisions() == decisions
            decided += len(decisions)
            assert rows.signers() == MeetingRepository(database).signers(meeting_id)
            assert rows.addenda() == AddendumRepository(database).for_meeting(meeting_id)
            assert rows.municipality() == database.meta("municipality", "")
            points = FollowUpRepository(database).for_decisions(d.id for d in decisions)
            assert rows.follow_up_dates() == {d: tuple(p.due_on for p in found) for d, found in points.items() if found}
        assert decided > 10  # decisions with flags, deciders and passed-over applicants were compared
    finally:
        database.close()


def test_the_fingerprint_of_one_read_is_the_fingerprint_of_each_table_read_alone(history_demo_path):
    database = Database.open(history_demo_path)
    try:
        signed = sign_entries(database)
        assert signed  # signed meetings, whose stored fingerprints the check compares with
        for meeting_id in [row[0] for row in database.query("SELECT id FROM meetings")]:
            rows = read_meeting_rows(database, meeting_id)
            for version in range(1, FINGERPRINT_VERSION + 1):
                assert rows.fingerprint(version) == _fingerprint_table_by_table(database, meeting_id, version)
            entry = signed.get(meeting_id)
            if entry and entry.get("fingerprint"):
                assert rows.fingerprint(entry.get("fingerprint_version", 1)).digest == entry["fingerprint"]
    finally:
        database.close()
