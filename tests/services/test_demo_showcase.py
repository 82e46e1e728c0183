"""The demo's signed showcase meeting holds every section of the minutes (issue 17 item 7), and the
demo's lease lengths are the preset it names (Oslo's regulation from 2024)."""
from __future__ import annotations

import io
import json
from datetime import date

from pypdf import PdfReader

from boligmote.domain import MeetingStatus
from boligmote.domain.renewals import RenewalOutcome
from boligmote.services.at_risk import cases_in_meeting
from boligmote.services.meeting_settings import load_meeting_settings
from boligmote.services.meetings import Meetings
from boligmote.services.renewal_letters import render_renewal_letter
from boligmote.services.signing import signed_minutes_pdf, verify_signed_minutes


def _showcase(db):
    return next(s.meeting for s in Meetings(db).all() if s.meeting.status is MeetingStatus.SIGNED)


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_signed_minutes_show_renewals_tenancies_at_risk_and_follow_up(demo_db):
    meeting = _showcase(demo_db)
    assert verify_signed_minutes(demo_db, meeting.id).ok
    record = Meetings(demo_db).record(meeting.id)
    outcomes = {case.decision.outcome for case in record.renewals if case.decision}
    assert outcomes == {RenewalOutcome.RENEWED, RenewalOutcome.RENEWED_WITH_CONDITIONS, RenewalOutcome.NOT_RENEWED}
    refused = next(c.decision for c in record.renewals if c.decision.outcome is RenewalOutcome.NOT_RENEWED)
    assert refused.notice_sent_on < meeting.held_on and refused.statement_received and refused.tenant_statement
    assert refused.move_demand_on >= meeting.held_on
    refused_household = next(c.tenancy for c in record.renewals if c.decision is refused)
    # a family: the children's best interests weighed in writing, the move after the school year
    assert refused_household.children_ages and refused.children_weighing and refused.move_out_by.month == 6
    [at_risk] = cases_in_meeting(demo_db, meeting.id)
    assert at_risk.decision.measures and at_risk.decision.arrears_amount and at_risk.decision.due_on

    # what the chair signed: the PDF as stored, with each section and its cases in it
    signed = _text(signed_minutes_pdf(demo_db, meeting.id))
    for heading in ("Fornyelser", "Leieforhold i risiko", "Oppfølging etter tildeling og fornyelse"):
        assert heading in signed
    for outcome in ("Fornyet", "Fornyet med vilkår", "Ikke fornyet"):
        assert outcome in signed
    assert "Forhåndsvarsel (fvl." in signed and "forfalt" in signed and "Barnets beste" in signed
    assert "beslutning (internt)" in signed


def test_the_showcase_refusal_has_a_lawful_letter(demo_db):
    meeting = _showcase(demo_db)
    refused = next(c.decision for c in Meetings(demo_db).record(meeting.id).renewals
                   if c.decision and c.decision.outcome is RenewalOutcome.NOT_RENEWED)
    letter = " ".join(_text(render_renewal_letter(demo_db, refused.id)).split())
    assert "Vedtak om ikke å fornye leieavtalen" in letter and "UTKAST" not in letter
    assert "Du kan klage" in letter and "tre uker" in letter
    assert "Du fikk forhåndsvarsel om saken" in letter and "(forvaltningsloven § 16)" in letter
    assert "tvangsfullbyrdelsesloven § 13-2" in letter  # the demand sent one to three months before the end
    assert "Grunnloven § 104" in letter and "skoleårets slutt" in letter  # the children's best interests


def test_the_demo_follows_the_lease_preset_it_names(demo_db):
    settings = load_meeting_settings(demo_db)
    assert settings.lease_preset is not None and settings.lease_preset.key == "oslo_2024"
    # a family with children aged 0–14 renewed in the showcase gets the preset's five years, not three
    record = Meetings(demo_db).record(_showcase(demo_db).id)
    family = next(c for c in record.renewals if c.tenancy.children_ages)
    assert family.decision.outcome is RenewalOutcome.RENEWED and family.decision.lease_years == 5


def test_the_history_has_refusals_and_transfers_decided_and_signed_like_any(history_demo_path, reference_date):
    from boligmote.domain import ApplicantStatus
    from boligmote.services.renewal_letters import issue_renewal_letter
    from boligmote.store import Database
    from boligmote.store.households import HouseholdRepository

    with Database.open(history_demo_path) as db:
        showcase = _showcase_of(db)
        signed = [s.meeting for s in Meetings(db).all() if s.meeting.status is MeetingStatus.SIGNED]
        assert max(m.held_on for m in signed) == showcase.held_on  # still the most recent signed meeting
        earlier = [m for m in signed if m.id != showcase.id]
        refused, transfers = [], []
        for meeting in earlier:
            assert verify_signed_minutes(db, meeting.id).ok
            minutes = _text(signed_minutes_pdf(db, meeting.id))
            # a meeting on renewals alone: its agenda is the renewals, not an empty allocation table
            assert "Fornyelser" in minutes and "Ingen saker på sakslisten" not in minutes
            for case in Meetings(db).record(meeting.id).renewals:
                if case.decision.outcome is RenewalOutcome.NOT_RENEWED:
                    refused.append(case)
                elif case.decision.outcome is RenewalOutcome.TRANSFER:
                    transfers.append(case)
        assert len(refused) >= 2 and len(transfers) >= 2
        # through the decision service (one audited change each), not written into the tables
        decided = {row[0] for row in db.query("SELECT entity_id FROM audit_log WHERE action = 'decide' "
                                              "AND entity = 'renewal'")}
        assert all(f"{c.item.meeting_id}/{c.item.case_no}" in decided for c in refused + transfers)
        for case in refused:
            assert not case.tenancy.children_ages
            assert case.decision.notice_sent_on < Meetings(db).get(case.item.meeting_id).held_on
            assert case.decision.move_out_by >= reference_date  # the tenant still lives there
            letter, issued = issue_renewal_letter(db, case.decision.id)
            text = _text(letter)
            assert issued and "UTKAST" not in text and "Du kan klage" in text
        queue = HouseholdRepository(db)
        for case in transfers:
            applicant = queue.applicant(case.decision.transfer_case_no)
            assert applicant.status is ApplicantStatus.WAITING and case.tenancy.unit_id in applicant.wishes


def _showcase_of(db):
    """The showcase: the signed allocation meeting (the history's signed ones are on renewals)."""
    return next(s.meeting for s in Meetings(db).all()
                if s.meeting.status is MeetingStatus.SIGNED and s.meeting.title == "Tildelingsmøte")


def test_the_history_renews_by_the_preset_it_names(history_demo_path, reference_date):
    """Five years where a child was aged 0–14 when the renewed lease started, three otherwise (Oslo 2024);
    the history's renewals were three years for everyone, children or not."""
    from boligmote.store import Database

    with Database.open(history_demo_path) as db:
        rows = db.query("SELECT d.lease_years, d.previous_lease_ends, t.children_ages FROM renewal_decisions d "
                        "JOIN tenancies t ON t.id = d.tenancy_id WHERE d.outcome IN ('renewed', 'renewed_conditions')")
    assert len(rows) > 50
    families = 0
    for years, previous, ages in rows:
        previous = date.fromisoformat(previous)
        since = reference_date.year - previous.year - ((reference_date.month, reference_date.day)
                                                       < (previous.month, previous.day))
        young = any(0 <= age - since < 15 for age in json.loads(ages))
        families += young
        assert years == (5 if young else 3), (years, previous, ages)
    assert families >= 10


def test_each_lease_preset_names_its_source_in_every_language():
    """A suggested lease in the English or nynorsk window names the preset's source in that language."""
    from boligmote.domain.renewals import LEASE_PRESETS
    from boligmote.words import Phrase

    for preset in LEASE_PRESETS:
        source = Phrase(f"lease_sources.{preset.key}")
        assert str(source) == preset.source
        assert source.render("nn") and source.render("en")
    assert "housing" in Phrase("lease_sources.oslo_2024").render("en")
    assert "bustad" in Phrase("lease_sources.oslo_2024").render("nn")
