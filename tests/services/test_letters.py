"""Decision letters: the vedtak with reasons, unit and deadline, lease, and klageadgang."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from boligmote.cli import main
from boligmote.domain import Outcome, Severity
from boligmote.services.decisions import DecisionDraft, Decisions, FlagWeighing
from boligmote.services.letters import render_decision_letter
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import Meetings
from boligmote.services.rule_settings import load_rule_settings

from .test_meetings import lawful, new_meeting, pairs


def letter_text(pdf: bytes) -> str:
    return " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _decide(db, today):
    meetings, meeting, _ = new_meeting(db, today)
    allocated, = pairs(db, today, 1, critical=True)
    refused, deferred = pairs(db, today, 2, critical=None, exclude=[allocated])
    for case_no, unit_id in (allocated, refused, deferred):
        meetings.add_case(meeting.id, case_no, unit_id)
    meetings.start(meeting.id)
    decisions = Decisions(db)
    flags = decisions.flags(meeting.id, *allocated)
    weighings = {f.rule: FlagWeighing(f"Avveiing av {f.rule} som ikke skal stå i brevet.") for f in flags}
    ids = {
        "allocated": decisions.record(meeting.id, lawful(replace(
            decisions.draft(meeting.id, allocated[0]), reasons="Du er prioritert og boligen passer husstanden.",
            conditions="Samarbeidsplan med booppfølgingen før innflytting.", weighings=weighings))).id,
        "refused": decisions.record(meeting.id, lawful(DecisionDraft(
            refused[0], Outcome.REFUSED, "Du oppfyller ikke vilkåret om botid i kommunen."))).id,
        "deferred": decisions.record(meeting.id, lawful(DecisionDraft(
            deferred[0], Outcome.DEFERRED, "Vi venter på opplysninger fra fastlegen."))).id,
    }
    return meeting, ids, flags


def test_allocation_letter_has_unit_deadline_lease_conditions_and_appeal(demo_db, reference_date):
    meeting, ids, flags = _decide(demo_db, reference_date)
    decision = Decisions(demo_db).get(ids["allocated"])
    record = Meetings(demo_db).record(meeting.id)
    case = next(c for c in record.cases if c.decision and c.decision.id == decision.id)
    place = record.places[decision.unit_id]
    text = letter_text(render_decision_letter(demo_db, decision.id))
    assert "Vedtak om tildeling av kommunal bolig" in text
    assert case.applicant.name in text and case.proposal.case_no in text
    assert place.building.address in text and decision.unit_id in text
    assert f"Innflyttingsfrist {decision.move_in_deadline:%d.%m.%Y}" in text
    assert f"{decision.lease_years} år" in text and "husleieloven § 9-3" in text
    assert "Samarbeidsplan med booppfølgingen før innflytting." in text
    assert "Klageadgang" in text and "tre uker" in text and "forvaltningsloven §§ 28 og 29" in text
    assert "Kommunens klagenemnd for boligsaker" in text
    assert "åpenbart uegnet" in text
    assert "Unntatt offentlighet" in text and "side 1 av 1" in text
    # flags about other tenants never reach the letter
    titles = load_rule_settings(demo_db)
    assert flags and not any(f.message[:40] in text for f in flags)
    assert not any(titles.rule(f.rule).title in text for f in flags if f.severity is Severity.CRITICAL)
    assert "Avveiing" not in text and "stå i brevet" not in text


def test_refusal_letter_gives_the_grounds_and_appeal_body_from_settings(demo_db, reference_date):
    _, ids, _ = _decide(demo_db, reference_date)
    change_meeting_settings(demo_db, {"appeal": {"body": "Klagenemnda i Eksempelvik", "weeks": 3}})
    text = letter_text(render_decision_letter(demo_db, ids["refused"], letter_date=date(2026, 11, 24)))
    assert "Vedtak om avslag på søknad om kommunal bolig" in text and "er avslått" in text
    assert "Du oppfyller ikke vilkåret om botid i kommunen." in text
    assert "Klageadgang" in text and "Klagenemnda i Eksempelvik" in text and "Dato: 24.11.2026" in text


def test_a_deferral_is_not_appealable(demo_db, reference_date):
    _, ids, _ = _decide(demo_db, reference_date)
    text = letter_text(render_decision_letter(demo_db, ids["deferred"]))
    assert "utsatt" in text and "Vi venter på opplysninger fra fastlegen." in text
    assert "Klageadgang" not in text and "kan ikke klages på" in text


def test_letter_command_writes_an_owner_only_pdf(demo_path, tmp_path, capsys):
    from boligmote.store import Database

    with Database.open(demo_path) as db:
        decision_id = db.scalar("SELECT min(id) FROM decisions WHERE outcome = 'tildelt'")
    out = tmp_path / "vedtak.pdf"
    assert main(["letter", "--db", str(demo_path), "--decision", str(decision_id), "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "Klageadgang" in letter_text(out.read_bytes())
    assert main(["letter", "--db", str(demo_path), "--decision", "9999", "--out", str(out)]) == 1
    assert "finnes ikke" in capsys.readouterr().err
