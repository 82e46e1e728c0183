"""Minutes and letters render and sign whatever the text (issue 14 §3).

Before: a 250 KB reason made signing fail (reportlab LayoutError: a table row taller than a
page), and the letter with it took 281 s. The texts here go past what the decision service
lets anyone type (domain/limits.py), as text stored before the limits, or put into the file by
other means, may: the PDF must still come out, with every character up to the cap and a note
where it was cut. How fast is measured in bench/pdf_long_text.py, not here.
"""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from boligmote.domain import MeetingStatus
from boligmote.domain.limits import LIMITS
from boligmote.services.decisions import Decisions
from boligmote.services.letters import render_decision_letter
from boligmote.services.minutes import render_minutes
from boligmote.services.signing import sign_minutes, signed_minutes_pdf

from .test_meetings import new_meeting, pairs

SENTENCE = "Familien har ventet lengst, og boligen passer størrelsen på husstanden. "


def longest_reasons() -> str:
    """As long as a reason may be, in many short lines, with its last words recognisable."""
    lines = [f"{n}. {SENTENCE}" for n in range(1, 1000)]
    text = "\n".join(lines)[:LIMITS["reasons"].max_length - 20]
    return text[:text.rfind("\n")] + "\nSISTE LINJE."


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture
def long_decision(demo_db, reference_date):
    """A decided case whose texts are as long (and longer) as text gets, in a meeting still open."""
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    (case_no, unit_id), = pairs(demo_db, reference_date, 1, critical=False)
    meetings.add_case(meeting.id, case_no, unit_id)
    meetings.start(meeting.id, at=datetime(2026, 11, 23, 10, 0))  # before its decisions
    decisions = Decisions(demo_db)
    decision = decisions.record(meeting.id, replace(decisions.draft(meeting.id, case_no), reasons="Kort begrunnelse for vedtaket."),
                                decided_at=datetime(2026, 11, 23, 10, 5))

    def store(**texts):  # past the service's limits, as older or foreign data may be
        with demo_db.transaction("test", "decision", str(decision.id)) as conn:
            for column, value in texts.items():
                conn.execute(f"UPDATE decisions SET {column} = ? WHERE id = ?", (value, decision.id))

    return meeting.id, decision.id, store


def test_minutes_with_the_longest_reason_a_huge_word_and_many_lines_render_and_sign(demo_db, long_decision):
    meeting_id, _, store = long_decision
    word = "Ø" + "x" * 50_000
    alternatives = f"Vurdert: {word} slutt."
    store(reasons=longest_reasons(), alternatives=alternatives, conditions="Vilkår.\n" * 2_000)
    Decisions(demo_db)  # the record is read back through the services from here on
    from boligmote.services.meetings import Meetings

    Meetings(demo_db).close(meeting_id)
    previewed = render_minutes(demo_db, meeting_id)
    meeting = sign_minutes(demo_db, meeting_id, previewed=previewed)  # before: LayoutError
    assert meeting.status is MeetingStatus.SIGNED
    # The signed PDF is laid out again with the signers and the fingerprint: it renders too.
    assert "SISTE LINJE." in pdf_text(signed_minutes_pdf(demo_db, meeting_id))
    text = pdf_text(previewed)
    assert "1. Familien har ventet lengst" in text and "SISTE LINJE." in text  # all of the reason
    assert "Øxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" in text  # the long word, cut into lines
    assert f"forkortet i utskriften: teksten har {grouped(len(alternatives))} tegn" in text  # where it was cut


def test_a_letter_with_a_250_kb_reason_renders_the_first_part_and_says_it_was_cut(demo_db, long_decision):
    _, decision_id, store = long_decision
    reasons = (SENTENCE * 3_500).strip()
    store(reasons=reasons)  # 250 KB; before: 281 s
    text = pdf_text(render_decision_letter(demo_db, decision_id))
    assert text.count("Familien har ventet lengst") >= 250
    assert f"forkortet i utskriften: teksten har {grouped(len(reasons))} tegn, de første 20 000 vises" in text
    assert "Klage" in text or "klage" in text  # the letter goes on after the reason


def test_ordinary_text_is_laid_out_as_before(demo_db, long_decision):
    """Short text keeps one paragraph per field: the chunking only touches text that needs it."""
    from boligmote.services import pdf_document

    markup = pdf_document.text("Første linje.\nAndre linje med § 13.")
    assert markup == "Første linje.<br/>Andre linje med §\u00a013."
    assert type(pdf_document.paragraph(markup)).__name__ == "Paragraph"
