"""Start-up: the file opens with the cheap checks; the full integrity check and the daily
backup run after the window shows, and the status bar (or a dialog) says how it went
(issue 16 item 12). Speed is measured in bench/, not here."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from boligmote.gui.main_window import MainWindow
from boligmote.services.backups import list_backups
from boligmote.services.health import AfterOpen, AfterOpenCheck
from boligmote.store import Database


@pytest.fixture
def window(qtbot, reference_date):
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.workspace is not None:
        w.workspace.database.close()


def test_opening_leaves_the_full_check_and_the_daily_copy_until_the_window_shows(window, demo_path, qtbot,
                                                                               monkeypatch):
    in_open = []
    real = Database.check_integrity
    monkeypatch.setattr(Database, "check_integrity", lambda self: in_open.append(self.readonly) or real(self))
    assert window.open_path(demo_path)
    assert in_open == [] and list_backups(demo_path) == []  # neither ran on the start path
    qtbot.waitUntil(lambda: "kontrollert og hel" in window.statusBar().currentMessage(), timeout=20000)
    assert in_open == [True]  # on a read-only connection of its own, off the start path
    copies = list_backups(demo_path)
    assert [c.reason for c in copies] == ["daglig"]
    assert "Dagens sikkerhetskopi er tatt" in window.statusBar().currentMessage()
    assert window.workspace.database.integrity_checked


def test_a_damaged_file_gets_a_clear_dialog_after_it_opened(window, demo_path, qtbot, monkeypatch):
    monkeypatch.setattr(AfterOpenCheck, "run", lambda self, now=None: AfterOpen(
        self.path, problem="demo.sqlite er skadet og kan ikke brukes. Gjenopprett fra en sikkerhetskopi."))
    assert window.open_path(demo_path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "afterOpenMessage") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "afterOpenMessage")
    assert box.windowTitle() == "Filen er skadet"
    assert "Gjenopprett fra en sikkerhetskopi" in box.text() and "Ikke før flere vedtak" in box.text()
    assert "skadet" in window.statusBar().currentMessage()
    assert not box.isModal()  # the meeting can read on while someone fetches a copy


def test_a_failed_daily_copy_is_said_in_the_status_bar_and_a_dialog(window, demo_path, qtbot, monkeypatch):
    monkeypatch.setattr(AfterOpenCheck, "run", lambda self, now=None: AfterOpen(
        self.path, backup_error="Disken er full."))
    assert window.open_path(demo_path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "afterOpenMessage") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "afterOpenMessage")
    assert box.windowTitle() == "Sikkerhetskopi"
    assert "Den daglige sikkerhetskopien kunne ikke tas" in box.text() and "Disken er full." in box.text()
    assert window.statusBar().currentMessage() == "Filen er hel, men dagens sikkerhetskopi mangler"
    assert not box.isModal() and window.workspace.database.integrity_checked  # the file itself is whole


def test_closing_while_the_copy_is_written_loses_nothing(window, demo_path, qtbot):
    assert window.open_path(demo_path)
    qtbot.waitUntil(lambda: window._after_open is not None, timeout=5000)
    window.close()  # at once, while the check or the copy runs
    folder = demo_path.parent / "backups"
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".")] if folder.exists() else []
    assert leftovers == []
    for copy in list_backups(demo_path):  # a copy, if any, is whole
        with Database.open(copy.path, readonly=True) as database:
            assert database.scalar("SELECT count(*) FROM units") > 0
    with Database.open(demo_path) as database:  # and the file itself opens as before
        assert database.scalar("SELECT count(*) FROM units") > 0
