"""How many SQL statements one operation sends (issue 19 item 2), counted the way sqlite-utils'
tracer counts them: an executemany is one. The caps are a ratchet at today's numbers: a
change that loads the same rows again fails here. The issue's targets are 15 to record a
decision (reached: 14) and 10 to render minutes: reached (9) for minutes of allocations alone, not yet
for the demo's signed meeting, whose renewal, at-risk and follow-up sections still read their rows
apart from the one read of the record (15). Lower the caps as the loading is folded further."""
from __future__ import annotations

from dataclasses import replace

from boligmote.services.decisions import Decisions
from boligmote.services.minutes import render_minutes
from boligmote.services.workspace import Workspace
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository
from boligmote.store.tracing import statements

from ..services.test_meetings import lawful, new_meeting, pairs

# In the window, whose workspace (queue, vacant units, compositions) is loaded with the file: the
# meeting with its participants, both settings, the case (applicant, agenda, decided?), the unit;
# then the transaction (BEGIN, unit, tenancy, applicant, decision, flags, deciders, audit chain head
# and entry, COMMIT). 41 before issue 19 item 2 (63 when the issue was written).
RECORD_A_DECISION = 14
# Without a workspace, the service loads one for the flags and the ranking, once.
RECORD_WITHOUT_A_WORKSPACE = 24
# Both settings; the meeting's record tables in one statement (the meeting, participants, agenda,
# decisions with their flags, dissents, members and passed-over applicants, signers, addenda,
# follow-up dates, renewals' rows, the municipality: store/meeting_rows.py), from which the tamper
# check's fingerprint is made too; its `sign` entry and the stored PDF; applicants in one read,
# units, follow-up points due, renewals, at-risk measures. 42 before issue 19 item 2, 32 while the
# tamper check read the fingerprint's rows again, table by table.
# The demo's signed meeting has renewals and a tenancy at risk (issue 17 item 7): their sections
# read the renewals' decisions, deciders, tenancies (one read) and units, the follow-up points their
# conditions made, and the at-risk measures' deciders; 17 while each renewal read its tenancy alone.
RENDER_MINUTES = 15


def _decided_case(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    [(case_no, unit_id)] = pairs(demo_db, reference_date, 1)
    meetings.add_case(meeting.id, case_no, unit_id, "Liv Eksempelsen")
    meetings.start(meeting.id)
    return meeting.id, case_no, unit_id


def test_recording_a_decision_loads_each_thing_once(demo_db, reference_date):
    meeting_id, case_no, unit_id = _decided_case(demo_db, reference_date)
    workspace = Workspace.load(demo_db, reference_date)
    decisions = Decisions(demo_db, workspace)
    draft = lawful(replace(decisions.draft(meeting_id, case_no), unit_id=unit_id,
                           reasons="Søkeren er prioritert, og boligen passer husstanden."))
    with statements(demo_db) as sent:
        decisions.record(meeting_id, draft)
    assert len(sent) <= RECORD_A_DECISION, "\n".join(sent)
    # the record is written once: one decision row, its flags in one executemany
    assert sum(s.startswith("INSERT INTO decisions ") for s in sent) == 1
    assert sum(s.startswith("INSERT INTO decision_flags") for s in sent) <= 1
    # the window's workspace follows the decision without reading the queue or the units again
    assert case_no not in {a.case_no for a in workspace.queue}
    assert unit_id not in {v.unit.id for v in workspace.vacant_units}
    assert workspace.queue == HouseholdRepository(demo_db).queue()
    assert workspace.vacant_units == EstateRepository(demo_db).vacant_units()


def test_recording_a_decision_without_a_workspace_loads_one_once(demo_db, reference_date):
    meeting_id, case_no, unit_id = _decided_case(demo_db, reference_date)
    decisions = Decisions(demo_db)
    draft = lawful(replace(decisions.draft(meeting_id, case_no), unit_id=unit_id,
                           reasons="Søkeren er prioritert, og boligen passer husstanden."))
    decisions.workspace = None  # the draft's defaults needed none; recording loads it
    with statements(demo_db) as sent:
        decisions.record(meeting_id, draft)
    assert len(sent) <= RECORD_WITHOUT_A_WORKSPACE, "\n".join(sent)
    queue_reads = [s for s in sent if s.startswith("SELECT case_no, name") and "status = 'waiting'" in s]
    assert len(queue_reads) == 1, "\n".join(sent)


def test_rendering_signed_minutes_loads_each_thing_once(demo_db):
    signed = demo_db.scalar("SELECT id FROM meetings WHERE signed_at IS NOT NULL ORDER BY held_on DESC LIMIT 1")
    with statements(demo_db) as sent:
        pdf = render_minutes(demo_db, signed)
    assert pdf.startswith(b"%PDF")
    assert len(sent) <= RENDER_MINUTES, "\n".join(sent)
    assert not any(s.split()[0] in ("INSERT", "UPDATE", "DELETE") for s in sent)  # reading only


def test_the_tracer_counts_an_executemany_once_and_stops_when_the_context_closes(demo_db):
    with statements(demo_db) as sent:
        with demo_db.transaction("test", "tracer"):
            demo_db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [("a", "1"), ("b", "2")])
    demo_db.scalar("SELECT count(*) FROM meta")
    assert sum("INSERT INTO meta" in s for s in sent) == 1
    assert sent[0] == "BEGIN IMMEDIATE" and sent[-1] == "COMMIT"
