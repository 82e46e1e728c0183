"""Møte → Arkiver … (issue 20 item 2): a folder chooser, the export, and a message saying what happened."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from boligmote.services.meetings import Meetings


def _choose(window, status: str) -> int:
    meeting_id = next(s.meeting.id for s in Meetings(window.workspace.database).all()
                      if (s.meeting.status.value == "signed") == (status == "signed"))
    chooser = window.meeting_panel.meetingChooser
    chooser.setCurrentIndex(chooser.findData(meeting_id))
    return meeting_id


def _answers(monkeypatch):
    told: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, k=kind: told.append((k, text)))
    return told


def test_the_meeting_menu_archives_the_chosen_signed_meeting_into_the_chosen_folder(window, tmp_path, monkeypatch):
    out = tmp_path / "arkiv"
    out.mkdir()
    _choose(window, "signed")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(out))
    told = _answers(monkeypatch)
    assert window.actionArchive in window.menuMeeting.actions()
    window.actionArchive.trigger()
    [(kind, text)] = told
    assert kind == "information" and "7 arkivmeldinger" in text and str(out) in text
    [folder] = list(out.iterdir())
    assert (folder / "01-protokoll" / "arkivmelding.xml").is_file()
    assert (folder / "sjekksummer.sha256").is_file()


def test_an_unsigned_meeting_is_refused_before_any_folder_is_asked_for(window, monkeypatch):
    _choose(window, "planned")
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: asked.append(1) or "")
    told = _answers(monkeypatch)
    window.actionArchive.trigger()
    [(kind, text)] = told
    assert kind == "warning" and "ikke signert" in text and "Bare et signert møte kan arkiveres" in text
    assert not asked
