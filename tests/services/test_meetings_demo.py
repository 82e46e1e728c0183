"""The demo's meetings, and the whole loop on the demo file: agenda → decisions → signed minutes."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime, time

from pypdf import PdfReader

from boligmote.cli import main
from boligmote.domain import (
    ApplicantStatus,
    MeetingStatus,
    Outcome,
    Severity,
    UnitStatus,
)
from boligmote.services.decisions import Decisions
from boligmote.services.decision_draft import FlagWeighing
from boligmote.services.demo_file import create_demo_database
from boligmote.services.letters import render_decision_letter
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.signing import sign_minutes, verify_signed_minutes
from boligmote.services.workspace import Workspace
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository

from .test_meetings import lawful


def _by_status(db):
    return {s.meeting.status: s for s in Meetings(db).all()}


def test_demo_has_a_signed_past_meeting_and_a_planned_one(demo_db, reference_date):
    meetings = _by_status(demo_db)
    assert set(meetings) == {MeetingStatus.SIGNED, MeetingStatus.PLANNED}
    past, planned = meetings[MeetingStatus.SIGNED], meetings[MeetingStatus.PLANNED]
    assert past.meeting.held_on < reference_date < planned.meeting.held_on
    assert past.decisions == past.cases >= 4 and planned.decisions == 0 and planned.cases >= 3
    assert verify_signed_minutes(demo_db, past.meeting.id).ok
    record = Meetings(demo_db).record(past.meeting.id)
    critical = [f for d in record.decisions for f in d.flags if f.severity is Severity.CRITICAL]
    assert critical and all(f.weighing for f in critical)
    assert any(d.dissents for d in record.decisions)
    assert record.agenda_units
    planned_record = Meetings(demo_db).record(planned.meeting.id)
    assert sum(1 for c in planned_record.cases if c.proposal.unit_id) >= 3
    assert all(c.proposal.prepared_by for c in planned_record.cases)


def test_the_demo_keeps_its_queue_and_vacant_units(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    assert len(workspace.queue) == 60 and len(workspace.vacant_units) == 24
    # each allocation of the past meeting is an extra applicant now living in the unit
    past = _by_status(demo_db)[MeetingStatus.SIGNED].meeting
    households, estate = HouseholdRepository(demo_db), EstateRepository(demo_db)
    for decision in Decisions(demo_db).for_meeting(past.id):
        if decision.outcome is Outcome.ALLOCATED:
            assert households.applicant(decision.case_no).status is ApplicantStatus.ALLOCATED
            assert estate.unit(decision.unit_id).status is UnitStatus.OCCUPIED
            tenancy = households.tenancy_in(decision.unit_id)
            assert tenancy is not None and tenancy.contract_start == past.held_on


def test_demo_meetings_are_deterministic(tmp_path, reference_date):
    hashes = []
    for name in ("a.sqlite", "b.sqlite"):
        with create_demo_database(tmp_path / name, "small", seed=11, reference_date=reference_date) as db:
            hashes.append(db.scalar("SELECT minutes_sha256 FROM meetings WHERE status = 'signed'"))
    assert hashes[0] == hashes[1] and len(hashes[0]) == 64


def test_participant_names_come_from_the_fictional_seed(demo_db):
    import tomllib

    from boligmote.paths import resource

    seed = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))
    names = [r[0] for r in demo_db.query("SELECT name FROM participants")]
    assert names and all(n.split()[0] in seed["first_names"] and n.split()[-1] in seed["surnames"] for n in names)


def test_the_whole_loop_on_the_demo_file(demo_db, reference_date):
    """Open the planned meeting, decide every case, close, sign, verify, write the letters."""
    meetings = Meetings(demo_db)
    planned = _by_status(demo_db)[MeetingStatus.PLANNED].meeting
    workspace = Workspace.load(demo_db, reference_date)
    decisions = Decisions(demo_db, workspace)
    # held on its day, whatever day the tests run: no decision is made before the meeting (the lawyer's review)
    meetings.start(planned.id, at=datetime.combine(planned.held_on, time(9, 0)))
    during = datetime.combine(planned.held_on, time(10, 0))
    record = meetings.record(planned.id)
    for case in record.cases:
        case_no = case.proposal.case_no
        if case.proposal.unit_id is None:
            decisions.record(planned.id, lawful(replace(decisions.draft(planned.id, case_no, Outcome.DEFERRED),
                                                 reasons="Ingen passende bolig ledig nå; saken tas opp igjen.")),
                             decided_at=during)
            continue
        flags = decisions.flags(planned.id, case_no, case.proposal.unit_id)
        weighings = {f.rule: FlagWeighing("Drøftet; oppfølging avtalt." if f.severity is Severity.CRITICAL else "",
                                          acknowledged=True) for f in flags}
        decisions.record(planned.id, lawful(replace(decisions.draft(planned.id, case_no),
                                             reasons="Prioritert søker; boligen passer.", weighings=weighings)),
                         decided_at=during)
    assert len(workspace.queue) == 60 - sum(1 for c in record.cases if c.proposal.unit_id)
    meetings.close(planned.id)
    preview = render_minutes(demo_db, planned.id)
    # signed on the meeting day (never before it, issue 16), whatever day the tests run
    signed = sign_minutes(demo_db, planned.id, previewed=preview,
                          signed_at=datetime.combine(planned.held_on, time(15, 0)))
    assert signed.status is MeetingStatus.SIGNED and verify_signed_minutes(demo_db, planned.id).ok
    for decision in decisions.for_meeting(planned.id):
        letter = render_decision_letter(demo_db, decision.id)
        assert PdfReader(io.BytesIO(letter)).pages
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview)).pages)
    assert "UTKAST" not in text and re.search(r"side 1 av \d+", text)


def test_meetings_and_minutes_commands(demo_path, tmp_path, capsys):
    assert main(["meetings", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "signert" in out and "planlagt" in out
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", out)
    pdf = tmp_path / "protokoll.pdf"
    assert main(["minutes", "--db", str(demo_path), "--meeting", "1", "--out", str(pdf)]) == 0
    assert "uendret" in capsys.readouterr().out
    assert pdf.stat().st_mode & 0o777 == 0o600
    assert "Unntatt offentlighet" in PdfReader(pdf).pages[0].extract_text()
    assert main(["minutes", "--db", str(demo_path), "--meeting", "99", "--out", str(pdf)]) == 1
    assert "finnes ikke" in capsys.readouterr().err


def test_minutes_with_hidden_names_of_a_signed_meeting_are_a_screened_copy(demo_path, demo_db, tmp_path, capsys):
    """--hide-names on signed minutes gave the signed file, every name in it, without a word."""
    signed = demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed' ORDER BY id LIMIT 1")
    names = [row[0] for row in demo_db.query(
        "SELECT a.name FROM decisions d JOIN applicants a ON a.case_no = d.case_no WHERE d.meeting_id = ?", (signed,))]
    assert names
    pdf = tmp_path / "skjermet.pdf"
    assert main(["minutes", "--db", str(demo_path), "--meeting", str(signed), "--hide-names", "--out", str(pdf)]) == 0
    said = capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert not [name for name in names if name in text]
    assert "skjermet" in said.casefold() and "ikke den signerte" in said
