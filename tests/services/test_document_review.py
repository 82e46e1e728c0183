"""What a municipal lawyer and a committee chair found reading the documents of a fresh small demo
(session 6): grammar in the draft mark, a heading stranded at a page's foot, bokmål words in
nynorsk minutes, an appeal address unlike the letterhead, small numbers in the evidence CLI, and a
draft letter that looked issued. The text is read out of the PDFs (pypdf)."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest

from boligmote.cli import main
from boligmote.domain import MeetingStatus, Outcome
from boligmote.services.issued_letters import issue_letter
from boligmote.services.letters import render_decision_letter
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import MeetingError, Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.signing import sign_minutes
from boligmote.store import Database

from .test_letters import OFFICE, letter_text
from .test_minutes import decided_meeting, pages_text  # noqa: F401 - decided_meeting is a fixture
from .test_nynorsk_documents import to_nynorsk, whole


def test_the_draft_of_a_running_meeting_says_the_meeting_is_going_on(demo_db, decided_meeting, capsys):  # noqa: F811
    """«UTKAST – møtet er pågår» is no Norwegian: «møtet pågår» (nynorsk «møtet er i gang»)."""
    meeting_id = decided_meeting[0]
    Meetings(demo_db).reopen(meeting_id)
    text = whole(pages_text(render_minutes(demo_db, meeting_id)))
    assert "UTKAST – møtet pågår, og protokollen er ikke avsluttet." in text
    assert "er pågår" not in text
    # the CLI that writes the minutes says the same
    assert main(["minutes", "--db", str(demo_db.path), "--meeting", str(meeting_id),
                 "--out", str(demo_db.path.parent / "p.pdf")]) == 0
    said = capsys.readouterr()
    assert "møtet pågår" in said.out + said.err and "er pågår" not in said.out + said.err
    # and so does a refusal to start a meeting already going on
    with pytest.raises(MeetingError) as refused:
        Meetings(demo_db).start(meeting_id)
    assert str(refused.value) == "Møtet pågår; bare et møte som er planlagt, kan startes."
    to_nynorsk(demo_db)
    nynorsk = whole(pages_text(render_minutes(demo_db, meeting_id)))
    assert "UTKAST – møtet er i gang, og møteboka er ikkje avslutta." in nynorsk


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page():
    """«Fornyelser» at the foot of page 1 with its table on page 2: wherever the page breaks, a
    heading shares its page with the first row of what follows (minutes, letters and reports all
    build with pdf_document)."""
    from boligmote.services.pdf_document import PageFrame, build_pdf, grid_table, paragraph

    frame = PageFrame(marking="Unntatt offentlighet", header_right="Eksempelvik", footer_left="Test", title="Test",
                      created=datetime(2026, 11, 23))
    stranded = []
    for lines in range(36, 60):
        story = [paragraph(f"Linje {n} i en lang protokoll.", "body") for n in range(lines)]
        story += [paragraph("Fornyelser", "h1"),
                  grid_table(["Sak", "Leietaker"], [["F-1", "Første rad"], ["F-2", "Andre rad"]], [100.0, 300.0])]
        pages = pages_text(build_pdf(story, frame))
        stranded += [lines for page in pages if "Fornyelser" in page and "Første rad" not in page]
    assert stranded == []


BOKMAL_IN_NYNORSK = ["Enslig", "enslig", "forsørger", "voksen", "ledig fra", "avgjorde", "Fornyelser"]


def test_nynorsk_minutes_with_follow_up_and_renewals_say_the_household_and_the_units_in_nynorsk(history_demo_path):
    from boligmote.services.renewal_agenda import put_on_agenda

    from .test_renewal_decisions import _tenancy_with

    with Database.open(history_demo_path) as db:
        to_nynorsk(db)
        planned = next(s.meeting for s in Meetings(db).all() if s.meeting.status is MeetingStatus.PLANNED)
        unit_id = _tenancy_with(db, False, planned.held_on + timedelta(days=60))
        put_on_agenda(db, planned.id, unit_id, "2026/F001", "Sander Leigetakar", prepared_by="Liv Eksempelsen")
        text = whole(pages_text(render_minutes(db, planned.id)))
    assert "Oppfølging" in text and "Fornyingar" in text and "ledig frå" in text  # the parts the reviewer read
    assert "Einsleg" in text or "Familie med barn" in text or "Par utan barn" in text
    assert [w for w in BOKMAL_IN_NYNORSK if w in text] == []
    assert "på sakslista, vedtak i" in text  # «1 avgjorde» was neither number nor nynorsk


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_appeal_goes_to_the_office_the_letterhead_names(demo_db, decided_meeting, language):  # noqa: F811
    """fvl § 27 and § 32: the letter tells where to send an appeal — the office that decided, named as
    its letterhead names it. The office's name is data: never «Bustadkontoret» under «Boligkontoret
    i Eksempelvik»."""
    meeting_id = decided_meeting[0]
    change_meeting_settings(demo_db, {"office": OFFICE})
    if language == "nn":
        to_nynorsk(demo_db)
    for outcome in (Outcome.ALLOCATED, Outcome.REFUSED):
        decision_id = demo_db.scalar("SELECT id FROM decisions WHERE meeting_id = ? AND outcome = ?",
                                     (meeting_id, outcome.value))
        text = letter_text(render_decision_letter(demo_db, decision_id))
        assert "Send klagen til Boligkontoret i Eksempelvik, Postboks 100 Sentrum, 9001 Eksempelvik" in text
        assert "Bustadkontoret" not in text


def test_a_draft_letter_is_marked_and_the_issued_one_is_not(demo_db, decided_meeting):  # noqa: F811
    meeting_id = decided_meeting[0]
    change_meeting_settings(demo_db, {"office": OFFICE})
    decision_id = demo_db.scalar("SELECT id FROM decisions WHERE meeting_id = ? AND outcome = 'tildelt'", (meeting_id,))
    draft, issued = issue_letter(demo_db, decision_id)
    assert not issued and "UTKAST – brevet er ikke sendt" in letter_text(draft)
    sign_minutes(demo_db, meeting_id, previewed=render_minutes(demo_db, meeting_id),
                 signed_at=datetime(2026, 11, 24, 9, 0))
    sent, issued = issue_letter(demo_db, decision_id)
    assert issued and "UTKAST" not in letter_text(sent)


def test_the_evidence_cli_hides_the_small_numbers_the_pdf_hides(history_demo_path, capsys):
    """«1 av 2 dårlig utfall» tells anyone who knows the household how it went for them: the text
    and the JSON leave out what the PDF leaves out (RuleEvidence.disclosive)."""
    from boligmote.services.evidence import evidence_report
    from boligmote.services.evidence_pdf import SMALL_CELL

    with Database.open(history_demo_path) as db:
        found = evidence_report(db, datetime(2026, 11, 23).date()).evidence
    hidden = [item for item in found.rules if item.disclosive(SMALL_CELL)]
    shown = [item for item in found.rules if not item.disclosive(SMALL_CELL)]
    assert hidden and shown  # the demo's history has both
    assert main(["evidence", "--db", str(history_demo_path), "--today", "23.11.2026"]) == 0
    text = capsys.readouterr().out
    blocks = {block.splitlines()[0]: block for block in text.split("\n\n") if block.strip()}
    assert main(["evidence", "--db", str(history_demo_path), "--format", "json", "--today", "23.11.2026"]) == 0
    rules = {r["rule"]: r for r in json.loads(capsys.readouterr().out)["rules"]}
    for item in hidden:
        block = blocks[rules[item.rule]["title"]]
        assert "vises ikke" in block and not re.search(r"\d+ av \d+", block), block
        assert rules[item.rule]["suppressed"] is True
        assert rules[item.rule]["flagged"] is None and rules[item.rule]["not_flagged"] is None
    for item in shown:
        assert "dårlig utfall" in blocks[rules[item.rule]["title"]]
        assert rules[item.rule]["flagged"]["poor"] == item.flagged.poor
