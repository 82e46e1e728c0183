"""Minutes and letters are PDF/A-2b, dated from the record, and a document frozen before PDF/A
is archived as a derived copy beside its untouched original (issue 20 item 1)."""
from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from boligmote.services import pdf_document
from boligmote.services.issued_letters import issue_letter
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.pdfa import archival_copy, is_pdfa
from boligmote.services.signing import add_addendum, addendum_pdf, sign_minutes, signed_minutes_pdf
from boligmote.store.issued_letters import IssuedLetterRepository

from . import test_minutes
from .pdfa_rules import created_of, info_of, language_of, pdfa_problems, xmp_of
from .test_minutes import MARKING, pages_text

decided_meeting = test_minutes.decided_meeting  # the fixture: a closed meeting with three decisions

XMP_TITLE = "//rdf:Description/dc:title//rdf:li/text()"


def _signed_meeting(database) -> int:
    return next(s.meeting.id for s in Meetings(database).all() if s.meeting.status.value == "signed")


def _decision_ids(database, meeting_id) -> list[int]:
    return [d.id for d in Meetings(database).record(meeting_id).decisions]


def test_signed_minutes_issued_letters_drafts_and_addenda_pass_the_pdfa_2b_rules(demo_db, decided_meeting):
    meeting_id, *_ = decided_meeting
    draft = render_minutes(demo_db, meeting_id)
    screened = render_minutes(demo_db, meeting_id, names=False)
    sign_minutes(demo_db, meeting_id, previewed=draft)
    signed = signed_minutes_pdf(demo_db, meeting_id)
    letter, issued = issue_letter(demo_db, _decision_ids(demo_db, meeting_id)[0])
    assert issued
    add_addendum(demo_db, meeting_id, "Rettelse: boligens etasje er 3.", "Referent")
    addendum = addendum_pdf(demo_db, Meetings(demo_db).record(meeting_id).addenda[0].id)
    with_addenda = render_minutes(demo_db, meeting_id, include_addenda=True)
    for name, pdf in (("draft minutes", draft), ("screened minutes", screened), ("signed minutes", signed),
                      ("issued letter", letter), ("addendum", addendum), ("minutes with addenda", with_addenda)):
        assert pdfa_problems(pdf) == [], name
        assert is_pdfa(pdf), name
        assert language_of(pdf) == "nb-NO", name  # a screen reader reads it as Norwegian bokmål
        info = info_of(pdf)
        assert info["/Subject"] == MARKING, name  # the marking travels as the subject
        assert xmp_of(pdf).xpath(XMP_TITLE, namespaces={
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/"}) == [
            info["/Title"]], name


def test_documents_are_dated_by_the_record_not_01_01_2000(demo_db, decided_meeting):
    meeting_id, *_ = decided_meeting
    draft = render_minutes(demo_db, meeting_id)
    ended = Meetings(demo_db).get(meeting_id).ended_at
    assert created_of(draft).replace(tzinfo=None) == ended.replace(microsecond=0)
    signed_at = datetime(2026, 11, 24, 14, 45)
    sign_minutes(demo_db, meeting_id, previewed=draft, signed_at=signed_at)
    signed = signed_minutes_pdf(demo_db, meeting_id)
    assert created_of(signed).replace(tzinfo=None) == signed_at
    decision_id = _decision_ids(demo_db, meeting_id)[0]
    letter, _ = issue_letter(demo_db, decision_id)
    issued_at = demo_db.conn.execute("SELECT issued_at FROM issued_letters WHERE decision_id = ?",
                                     (decision_id,)).fetchone()[0]
    assert created_of(letter).replace(tzinfo=None) == datetime.fromisoformat(issued_at)
    for pdf in (draft, signed, letter):
        assert created_of(pdf).year == 2026


def test_the_same_record_still_renders_to_the_same_bytes(demo_db, decided_meeting):
    # the tamper evidence rests on it: the preview is the minutes signed (services/signing.py)
    meeting_id, *_ = decided_meeting
    assert render_minutes(demo_db, meeting_id) == render_minutes(demo_db, meeting_id)


def test_a_document_frozen_before_pdfa_gets_an_archival_copy_and_keeps_its_bytes(demo_db, decided_meeting,
                                                                                 monkeypatch):
    meeting_id, *_ = decided_meeting
    # as the app made them before: reportlab's bytes as they come (01.01.2000, no XMP)
    monkeypatch.setattr("boligmote.services.pdfa.to_pdfa", lambda pdf, info: pdf)
    sign_minutes(demo_db, meeting_id, previewed=render_minutes(demo_db, meeting_id))
    decision_id = _decision_ids(demo_db, meeting_id)[0]
    old_letter, _ = issue_letter(demo_db, decision_id)
    monkeypatch.undo()
    old_minutes = signed_minutes_pdf(demo_db, meeting_id)
    assert not is_pdfa(old_minutes) and pdfa_problems(old_minutes)
    signed_at = Meetings(demo_db).get(meeting_id).signed_at
    copy = archival_copy(old_minutes, signed_at)
    assert pdfa_problems(copy) == []
    assert copy == archival_copy(old_minutes, signed_at)  # its hash can be made again
    assert hashlib.sha256(copy).hexdigest() != hashlib.sha256(old_minutes).hexdigest()
    assert pages_text(copy) == pages_text(old_minutes)
    assert info_of(copy)["/Title"] == info_of(old_minutes)["/Title"]
    assert created_of(copy).replace(tzinfo=None) == signed_at
    # the frozen documents are as they were: their stored hashes still hold
    assert signed_minutes_pdf(demo_db, meeting_id) == old_minutes
    assert IssuedLetterRepository(demo_db).get(decision_id)[0] == old_letter


@pytest.mark.parametrize("title", ["Protokoll – «Møte» & <sak>", "Brev \"A\" og 'B'"])
def test_markup_in_a_title_reaches_the_xmp_as_text(title):
    story = [pdf_document.paragraph("Tekst")]
    frame = pdf_document.PageFrame(MARKING, "Eksempelvik kommune", "bunntekst", title, "Eksempelvik kommune",
                                   created=datetime(2026, 11, 20, 9, 30))
    pdf = pdf_document.build_pdf(story, frame)
    assert pdfa_problems(pdf) == []
    assert info_of(pdf)["/Title"] == title
