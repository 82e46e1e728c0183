"""Skjermet visning covers documents: the letter and the minutes ask first, and offer a copy
with case numbers only (issue 16 item 8)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boligmote.gui.meeting_panel import MeetingPanel
from boligmote.gui.minutes_preview import PdfPreviewDialog
from boligmote.store.issued_letters import IssuedLetterRepository


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def signed(window, monkeypatch):
    """The signed meeting chosen, its first decided case selected; previews are captured."""
    panel = window.meeting_panel
    panel.meetingChooser.setCurrentIndex(panel.meetingChooser.findText("signert", Qt.MatchFlag.MatchContains))
    row = next(r for r in range(panel.agenda.rowCount()) if panel.agenda.row_object(r).decision)
    panel.agendaView.selectRow(row)
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append((self.windowTitle(), self.pdf)))
    return panel, panel.agenda.row_object(row), shown


def _answer(monkeypatch, choice):
    asked = []
    monkeypatch.setattr(MeetingPanel, "ask_screened_copy", lambda self, what: asked.append(what) or choice)
    return asked


def test_letter_in_screened_view_asks_and_shows_a_copy_with_case_numbers(window, signed, monkeypatch, demo_db):
    panel, case, shown = signed
    window.set_screened(True)
    asked = _answer(monkeypatch, "screened")
    window.actionLetter.trigger()
    assert asked == ["Vedtaksbrevet"]
    title, pdf = shown[-1]
    text = _text(pdf)
    assert case.applicant.name not in text and case.applicant.case_no in text
    assert "skjermet kopi" in title and "Skjermet kopi" in text
    assert IssuedLetterRepository(demo_db).get(case.decision.id) is None  # the copy is not the sent letter


def test_minutes_of_a_signed_meeting_in_screened_view_ask_first(window, signed, monkeypatch):
    panel, case, shown = signed
    window.set_screened(True)
    asked = _answer(monkeypatch, "screened")
    window.actionMinutes.trigger()
    assert asked == ["Protokollen"]
    text = _text(shown[-1][1])
    assert case.applicant.name not in text and case.applicant.case_no in text


def test_cancelling_the_question_shows_nothing_and_names_only_by_choice(window, signed, monkeypatch):
    panel, case, shown = signed
    window.set_screened(True)
    _answer(monkeypatch, None)
    window.actionLetter.trigger()
    window.actionMinutes.trigger()
    assert shown == []
    _answer(monkeypatch, "names")
    window.actionLetter.trigger()
    assert case.applicant.name in _text(shown[-1][1])


def test_without_screened_view_nothing_is_asked(window, signed, monkeypatch):
    panel, case, shown = signed
    _answer(monkeypatch, None)
    monkeypatch.setattr(MeetingPanel, "ask_screened_copy", lambda *a: pytest.fail("asked without screened view"))
    window.actionLetter.trigger()
    assert case.applicant.name in _text(shown[-1][1])


def test_the_question_defaults_to_the_copy_and_escape_cancels(window, signed, qtbot, monkeypatch):
    panel, case, shown = signed
    seen = {}

    def inspect(box):
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        seen["title"] = box.windowTitle()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", inspect)
    assert panel.ask_screened_copy("Vedtaksbrevet") is None
    assert seen == {"default": "Vis &kopi med bare saksnummer", "escape": "&Avbryt", "title": "Skjermet visning er på"}
