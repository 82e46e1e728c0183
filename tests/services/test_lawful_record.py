"""A record that holds up in an appeal (issue 13): who decided, who stood aside, who was away,
consent, passed-over candidates, real sentences, masked neighbour counts — at the service
level and in the database itself."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from boligmote.domain import Attendance, ConsentHandling, Outcome, ParticipantRole, Severity
from boligmote.services.decisions import Decisions, NoDecisionAuthorityError
from boligmote.services.decision_draft import DecisionDraft, FlagWeighing
from boligmote.services.meetings import MeetingError, Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.signing import sign_minutes, signed_minutes_pdf
from boligmote.store.households import HouseholdRepository

from .test_meetings import lawful, new_meeting, pairs
from .test_minutes import pages_text

REASONS = "Du er prioritert, og boligen passer husstandens størrelse."


def _started(db, today, count=1, critical=False):
    meetings, meeting, people = new_meeting(db, today)
    chosen = pairs(db, today, count, critical=critical)
    for case_no, unit_id in chosen:
        meetings.add_case(meeting.id, case_no, unit_id, "Liv Eksempelsen")
    meetings.start(meeting.id, at=datetime(2026, 11, 23, 9, 0))
    return meetings, meeting, people, chosen


def _draft(decisions, meeting_id, case_no, unit_id, **changes):
    return lawful(replace(decisions.draft(meeting_id, case_no), reasons=REASONS, unit_id=unit_id, **changes))


# ---- who decides (items 5 and 6) -------------------------------------------------------------------


def test_the_chair_must_hold_decision_authority(demo_db, reference_date):
    meetings, meeting, people = new_meeting(demo_db, reference_date, with_staff=False)
    with pytest.raises(MeetingError, match="Møtelederen må ha vedtaksmyndighet"):
        meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret", False)
    chair = meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
    with pytest.raises(MeetingError, match="Møtelederen må ha vedtaksmyndighet"):
        meetings.change_participant(replace(chair, has_decision_authority=False))
    # and behind the app's back
    with pytest.raises(sqlite3.DatabaseError, match="Møtelederen må ha vedtaksmyndighet"):
        demo_db.conn.execute("UPDATE participants SET has_decision_authority = 0 WHERE id = ?", (chair.id,))


def test_deciders_default_to_present_members_with_authority(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date)
    decision = Decisions(demo_db).record(meeting.id, _draft(Decisions(demo_db), meeting.id, case_no, unit_id))
    assert set(decision.deciders) == {people["chair"].id, people["member"].id}
    assert set(decision.decider_names) == {people["chair"].name, people["member"].name}


def test_authority_and_attendance_cannot_change_once_a_case_is_decided(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date)
    Decisions(demo_db).record(meeting.id, _draft(Decisions(demo_db), meeting.id, case_no, unit_id))
    member = people["member"]
    with pytest.raises(MeetingError, match="vært med på et vedtak"):
        meetings.change_participant(replace(member, has_decision_authority=False))
    with pytest.raises(MeetingError, match="vært med på et vedtak"):
        meetings.set_attendance(member.id, Attendance.APOLOGIES)
    with pytest.raises(MeetingError, match="vært med på et vedtak"):
        meetings.remove_participant(member.id)
    assert meetings.change_participant(replace(member, name="Aisha Testbakken-Demo")).name.endswith("Demo")
    for sql in ("UPDATE participants SET has_decision_authority = 0 WHERE id = ?",
                "UPDATE participants SET attendance = 'apologies' WHERE id = ?",
                "UPDATE participants SET role = 'advisor', has_decision_authority = 0 WHERE id = ?"):
        with pytest.raises(sqlite3.DatabaseError, match="kan ikke endres"):
            demo_db.conn.execute(sql, (member.id,))


def test_a_case_with_no_authorised_member_present_cannot_be_decided(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date)
    meetings.set_attendance(people["member"].id, Attendance.APOLOGIES)
    decisions = Decisions(demo_db)
    draft = _draft(decisions, meeting.id, case_no, unit_id)
    # the chair alone may decide …
    assert decisions.check(meeting.id, draft).deciders == (meetings.participants(meeting.id)[0],)
    # … but not when the chair stands aside as disqualified
    with pytest.raises(MeetingError, match="Ingen med vedtaksmyndighet"):
        decisions.record(meeting.id, replace(draft, disqualified=((people["chair"].id, ""),)))
    meetings.set_attendance(people["chair"].id, Attendance.APOLOGIES)
    with pytest.raises(NoDecisionAuthorityError, match="vedtaksmyndighet"):
        decisions.record(meeting.id, draft)


def test_named_deciders_must_be_present_authorised_and_impartial(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date)
    meetings.set_attendance(people["member"].id, Attendance.APOLOGIES)
    decisions = Decisions(demo_db)
    draft = _draft(decisions, meeting.id, case_no, unit_id)
    problems = decisions.check(meeting.id, replace(draft, deciders=(people["advisor"].id,))).problems
    assert any("ikke vedtaksmyndighet" in p for p in problems)
    problems = decisions.check(meeting.id, replace(draft, deciders=(people["member"].id,))).problems
    assert any("forfall" in p for p in problems)


def test_a_disqualified_member_is_excluded_and_named_in_the_minutes(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date)
    decisions = Decisions(demo_db)
    ground = "Er søkerens nabo og venn (forvaltningsloven § 6 andre ledd)."
    draft = _draft(decisions, meeting.id, case_no, unit_id, disqualified=((people["member"].id, ground),))
    with pytest.raises(MeetingError, match="ikke med på vedtaket"):
        decisions.record(meeting.id, replace(draft, dissents=((people["member"].id, "Uenig i tildelingen her."),)))
    decision = decisions.record(meeting.id, draft)
    assert decision.deciders == (people["chair"].id,)
    assert [(d.name, d.ground) for d in decision.disqualified] == [(people["member"].name, ground)]
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    assert f"{people['member'].name} fratrådte under behandlingen av saken" in text
    assert f"Vedtatt av {people['chair'].name}" in text


# ---- consent (item 9) ----------------------------------------------------------------------------------


def _without_consent(db, case_no):
    households = HouseholdRepository(db)
    with db.transaction("test", "applicant", case_no):
        households.save_applicants([replace(households.applicant(case_no), consent_to_share=False)])


def test_consent_gate_warns_and_the_decision_records_how_it_was_handled(demo_db, reference_date):
    meetings, meeting, people = new_meeting(demo_db, reference_date)
    [(case_no, unit_id)] = pairs(demo_db, reference_date, 1)
    _without_consent(demo_db, case_no)
    warning = meetings.consent_warning(meeting.id, case_no)
    assert "ikke samtykket" in warning and "NAV" in warning and "Kommunale eiendommer" in warning
    assert "Boligkontoret" not in warning  # the office itself needs no consent
    meetings.add_case(meeting.id, case_no, unit_id)
    meetings.start(meeting.id)
    decisions = Decisions(demo_db)
    draft = replace(decisions.draft(meeting.id, case_no), reasons=REASONS, passed_over_reason="Tilbudt annen bolig.")
    problems = decisions.check(meeting.id, draft).problems
    assert any("ikke samtykket til deling med NAV" in p for p in problems)
    refused = decisions.check(meeting.id, replace(draft, consent_handling=ConsentHandling.CONSENT_GIVEN)).problems
    assert any("har ikke samtykket" in p for p in refused)
    exception = replace(draft, consent_handling=ConsentHandling.EXCEPTION, consent_note="Akutt.")
    assert any("unntaket" in p for p in decisions.check(meeting.id, exception).problems)
    note = "Søkeren er bostedsløs og saken hastet; NAV trengte opplysningene for å sikre husleien."
    decision = decisions.record(meeting.id, replace(exception, consent_note=note,
                                                    passed_over_reason="Tilbudt en annen bolig i samme møte."))
    assert decision.consent_handling is ConsentHandling.EXCEPTION and decision.consent_note == note
    assert f"Unntak med begrunnelse: {note}" in " ".join(pages_text(render_minutes(demo_db, meeting.id)))


def test_no_warning_when_consent_was_given_or_only_the_office_is_present(demo_db, reference_date):
    meetings, meeting, people = new_meeting(demo_db, reference_date, with_staff=False)
    meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
    [(case_no, _)] = pairs(demo_db, reference_date, 1)
    _without_consent(demo_db, case_no)
    assert meetings.consent_warning(meeting.id, case_no) == ""
    meetings.add_participant(meeting.id, "Jonas Fiktivdal", ParticipantRole.ADVISOR, "Utleier",
                             attendance=Attendance.APOLOGIES)
    assert meetings.consent_warning(meeting.id, case_no) == ""  # away: not in the room


# ---- real sentences (item 11) -----------------------------------------------------------------------------


def test_a_dash_is_not_a_reason_and_a_dot_is_not_a_weighing(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, critical=True)
    decisions = Decisions(demo_db)
    flags = decisions.flags(meeting.id, case_no, unit_id)
    weighed = {f.rule: FlagWeighing("Drøftet: bomiljøarbeider følger opp oppgangen.", True) for f in flags}
    draft = _draft(decisions, meeting.id, case_no, unit_id, weighings=weighed)
    assert decisions.check(meeting.id, draft).ok
    with pytest.raises(MeetingError, match="minst 15 tegn og 2 ord"):
        decisions.record(meeting.id, replace(draft, reasons="-"))
    critical = next(f.rule for f in flags if f.severity is Severity.CRITICAL)
    dotted = {**weighed, critical: FlagWeighing(".", True)}
    with pytest.raises(MeetingError, match="minst 15 tegn"):
        decisions.record(meeting.id, replace(draft, weighings=dotted))
    with pytest.raises(MeetingError, match="interne merknadene"):
        decisions.record(meeting.id, replace(draft, internal_notes="ok"))


# ---- passed over (item 7) -------------------------------------------------------------------------------------


def test_choosing_a_lower_ranked_candidate_needs_a_reason_per_passed_over_candidate(demo_db, reference_date):
    from boligmote.services.matching import Matching
    from boligmote.services.workspace import Workspace

    meetings, meeting, people = new_meeting(demo_db, reference_date)
    matching = Matching.for_workspace(Workspace.load(demo_db, reference_date))
    unit_id = next(v.unit.id for v in matching.workspace.vacant_units
                   if len(matching.candidates_for_unit(v.unit.id)) >= 3)
    ranked = matching.candidates_for_unit(unit_id)
    first, second, third = (ranked[i].applicant.case_no for i in range(3))
    meetings.add_case(meeting.id, third, unit_id)
    meetings.start(meeting.id)
    decisions = Decisions(demo_db)
    draft = replace(decisions.draft(meeting.id, third), reasons=REASONS, unit_id=unit_id,
                    consent_handling=ConsentHandling.OFFICE_ONLY,
                    weighings={f.rule: FlagWeighing("Drøftet i møtet og funnet forsvarlig.", True)
                               for f in decisions.flags(meeting.id, third, unit_id)})
    check = decisions.check(meeting.id, draft)
    assert [(c.case_no, c.rank) for c in check.passed_over] == [(first, 1), (second, 2)]
    assert any(f"Hvorfor {first}" in p and "mangler" in p for p in check.problems)
    reasons = {first: "Har takket nei til en lignende bolig i samme bydel.",
               second: "Trenger oppfølging som ikke er på plass ennå."}
    decision = decisions.record(meeting.id, replace(draft, passed_over_reasons=reasons))
    assert [(p.case_no, p.rank, p.reason) for p in decision.passed_over] == [
        (first, 1, reasons[first]), (second, 2, reasons[second])]
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    assert f"Nr. 1: {first}" in text and reasons[first] in text and reasons[second] in text


# ---- minutes (item 7) -------------------------------------------------------------------------------------------


def test_minutes_word_each_outcome_and_record_time_attendance_and_signers(demo_db, reference_date):
    meetings, meeting, people = new_meeting(demo_db, reference_date)
    absent = meetings.add_participant(meeting.id, "Ola Fraværsen", ParticipantRole.MEMBER, "Bestillerenheten",
                                      attendance=Attendance.APOLOGIES)
    chosen = pairs(demo_db, reference_date, 3)
    for case_no, unit_id in chosen:
        meetings.add_case(meeting.id, case_no, unit_id)
    leftover = next(v for v in Decisions(demo_db)._workspace(reference_date).vacant_units
                    if v.unit.id not in {u for _, u in chosen})
    meetings.add_agenda_unit(meeting.id, leftover.unit.id, "ledig nå")
    meetings.start(meeting.id, at=datetime(2026, 11, 23, 9, 0))
    decisions = Decisions(demo_db)
    (allocated, unit_id), (deferred, _), (withdrawn, _) = chosen
    decisions.record(meeting.id, _draft(decisions, meeting.id, allocated, unit_id))
    decisions.record(meeting.id, lawful(DecisionDraft(deferred, Outcome.DEFERRED, "Vi venter på en plan for oppfølging.",
                                                      internal_notes="Behandlingsstedet melder når planen er klar.")))
    decisions.record(meeting.id, lawful(DecisionDraft(withdrawn, Outcome.WITHDRAWN, "Du har trukket søknaden din.")))
    meetings.close(meeting.id, at=datetime(2026, 11, 23, 10, 40))
    sign_minutes(demo_db, meeting.id, chair_id=people["chair"].id, secretary_id=people["secretary"].id,
                 confirmations={people["chair"].id: "KD", people["secretary"].id: "per prøvestad"},
                 signed_at=datetime(2026, 11, 24, 13, 5))
    text = " ".join(pages_text(signed_minutes_pdf(demo_db, meeting.id)))
    assert "Møtet startet kl. 09:00" in text and "Møtet hevet kl. 10:40" in text
    assert f"Forfall: {absent.name}" in text
    assert text.count("Vedtaket er enstemmig") == 1  # the allocation only: a deferral is not a decision
    assert "ikke et vedtak" in text and "avsluttet uten vedtak" in text
    assert "Behandlingsstedet melder når planen er klar." in text  # internal notes are minuted
    assert "Ledige boliger som ikke ble fordelt" in text and leftover.unit.id in text.split("ikke ble fordelt")[1]
    # what the app recorded, said as it is: each approved for themselves; the ink is on paper
    assert (f"Protokollen er godkjent av {people['chair'].name} (møteleder) og {people['secretary'].name} "
            "(referent). Hver av dem bekreftet godkjenningen selv i Boligmøte 24.11.2026 kl. 13:05") in text
    assert "Underskriftene står på den utskrevne protokollen." in text
    assert text.count("Godkjent i Boligmøte 24.11.2026 kl. 13:05") == 2 and "Signert av" not in text
    assert "Dato: ____" not in text  # every line carries the approval; the line itself stays for ink
    signers = Meetings(demo_db).record(meeting.id).signed_by
    assert [(s.name, s.signed_as) for s in signers] == [
        (people["chair"].name, ParticipantRole.CHAIR), (people["secretary"].name, ParticipantRole.SECRETARY)]


def test_signers_must_be_present_and_the_chair_must_decide(demo_db, reference_date):
    meetings, meeting, people, [(case_no, unit_id)] = _started(demo_db, reference_date)
    Decisions(demo_db).record(meeting.id, _draft(Decisions(demo_db), meeting.id, case_no, unit_id))
    meetings.close(meeting.id)
    with pytest.raises(MeetingError, match="ikke vedtaksmyndighet"):
        sign_minutes(demo_db, meeting.id, chair_id=people["advisor"].id)
    with pytest.raises(MeetingError, match="to forskjellige"):
        sign_minutes(demo_db, meeting.id, chair_id=people["chair"].id, secretary_id=people["chair"].id)
    # the landlord's adviser attests nothing in the committee's record (a chair review found it offered)
    with pytest.raises(MeetingError, match="rådgiver utenfra"):
        sign_minutes(demo_db, meeting.id, chair_id=people["chair"].id, secretary_id=people["advisor"].id)
    # the member may sign as acting secretary
    signed = sign_minutes(demo_db, meeting.id, secretary_id=people["member"].id)
    assert signed.status.value == "signed"
    assert [s.name for s in Meetings(demo_db).record(meeting.id).signed_by] == [
        people["chair"].name, people["member"].name]


# ---- neighbour privacy (item 8) ------------------------------------------------------------------------------------


def test_small_neighbour_counts_are_masked_in_the_stored_flags_and_the_minutes(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, critical=True)
    decisions = Decisions(demo_db)
    flags = decisions.flags(meeting.id, case_no, unit_id)
    decision = decisions.record(meeting.id, _draft(decisions, meeting.id, case_no, unit_id, weighings={
        f.rule: FlagWeighing("Drøftet i møtet og funnet forsvarlig.", True) for f in flags}))
    critical = next(f for f in decision.flags if f.severity is Severity.CRITICAL)
    assert "færre enn 3" in critical.masked_message
    assert critical.message != critical.masked_message  # the caseworker keeps the exact count
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    for small in ("1 husstand i", "2 husstander i"):
        assert small not in text


# ---- the demo (item 12) -------------------------------------------------------------------------------------------


def test_the_demos_most_recent_signed_meeting_shows_the_whole_lawful_record(demo_db):
    meetings = Meetings(demo_db)
    signed = [s.meeting for s in meetings.all() if s.meeting.status.value == "signed"]
    latest = max(signed, key=lambda m: (m.held_on, m.id))
    record = meetings.record(latest.id)
    assert {d.outcome for d in record.decisions} == set(Outcome)
    assert any(d.disqualified for d in record.decisions)
    assert any(d.passed_over and d.passed_over[0].reason for d in record.decisions)
    assert record.apologies and all(d.deciders for d in record.decisions)
    assert all(c.applicant.has_postal_address for c in record.cases)
    assert record.meeting.started_at and record.meeting.ended_at and len(record.signed_by) == 2
    assert all(a.has_postal_address for a in HouseholdRepository(demo_db).queue())


def test_reasons_obey_the_field_limits_and_refuse_control_characters(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date)
    decisions = Decisions(demo_db)
    draft = _draft(decisions, meeting.id, case_no, unit_id)
    with pytest.raises(MeetingError, match="høyst 20 000 tegn"):
        decisions.record(meeting.id, replace(draft, reasons="Du får boligen fordi " + "svært " * 5000))
    with pytest.raises(MeetingError, match="kontrolltegn"):
        decisions.record(meeting.id, replace(draft, internal_notes="Notat med et\x00skjult tegn i teksten."))


def test_done_when_the_demo_minutes_from_the_command_line(demo_path, tmp_path):
    """Issue 13 «Done when»: `boligmote minutes` of the demo's most recent signed meeting."""
    import subprocess
    import sys

    from boligmote.store import Database

    database = Database.open(demo_path, readonly=True)
    try:
        meetings = Meetings(database)
        latest = max((s.meeting for s in meetings.all() if s.meeting.status.value == "signed"),
                     key=lambda m: (m.held_on, m.id))
        record = meetings.record(latest.id)
    finally:
        database.close()
    out = tmp_path / "protokoll.pdf"
    done = subprocess.run([sys.executable, "-m", "boligmote", "minutes", "--db", str(demo_path), "--meeting",
                           str(latest.id), "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pages = pages_text(out.read_bytes())
    text = " ".join(pages)
    cases = text.split("Sak ")
    for decision in record.decisions:
        section = next(c for c in cases if c.startswith(tuple(f"{n}: {decision.case_no}" for n in range(1, 20))))
        unanimous = decision.is_decision and not decision.dissents
        assert ("enstemmig" in section) == unanimous, decision.outcome
    disqualified = next(d for dec in record.decisions for d in dec.disqualified)
    assert f"{disqualified.name} fratrådte under behandlingen av saken" in text
    passed = next(p for dec in record.decisions for p in dec.passed_over)
    assert f"{passed.case_no} – {passed.name}" in text and passed.reason[:40] in text
    for signer in record.signed_by:
        assert signer.name in pages[-1]
    assert pages[-1].count("Godkjent i Boligmøte") == len(record.signed_by)
    import re

    assert not re.search(r"\b[12] (husstand|husstander|barnefamilie|barnefamilier|beboer|beboere)\b", text)
