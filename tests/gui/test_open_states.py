"""What the window shows and offers for the file it has: none, read-only, not ours (issue 16 item 7)."""
from __future__ import annotations

import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import boligmote.gui.decision_dialog as decision_dialog_module
import boligmote.gui.opening as opening
from boligmote.gui.app import show_start_file
from boligmote.gui.main_window import MainWindow
from boligmote.services.encryption import create_encrypted
from boligmote.services.meetings import Meetings
from boligmote.services.workspace import Workspace
from boligmote.store import Database

SHOTS = Path("/tmp/shots/open-start")
PASSPHRASE = "korrekt hest batteri"


def _shot(widget, name: str) -> None:
    """For a person to look at (not asserted): the window as a committee would see it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(qtbot, reference_date):
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.workspace is not None:
        w.workspace.database.close()


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window shows, instead of showing it."""
    shown = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind: shown.append((kind, title, text)))
    return shown


def _running_meeting_read_only(path: Path, window: MainWindow) -> None:
    """The demo file with its planned meeting started, then opened read-only in the window."""
    with Database.open(path) as database:
        meetings = Meetings(database)
        planned = next(s.meeting for s in meetings.all() if s.meeting.status.value == "planned")
        meetings.start(planned.id)
    database = Database.open(path, readonly=True)
    window.show_workspace(Workspace.load(database, window.today))
    window.meeting_panel.agendaView.selectRow(0)


EDITING_ACTIONS = ("actionDecide", "actionStartMeeting", "actionCloseMeeting", "actionSignMinutes",
                   "actionUndoDecision", "actionRedoDecision", "actionNewMeeting", "actionPropose", "actionImport", "actionImportCases",
                   "actionSettings", "actionRestore", "actionPreparationCopy")
EDITING_BUTTONS = ("newMeetingButton", "participantsButton", "closeMeetingButton", "addCaseButton", "decideButton")


def test_read_only_file_disables_every_editing_action_and_says_why(window, demo_path):
    _running_meeting_read_only(demo_path, window)
    for name in EDITING_ACTIONS:
        action = getattr(window, name)
        assert not action.isEnabled(), name
        assert "skrivebeskyttet" in action.toolTip(), name
    for name in EDITING_BUTTONS:
        button = getattr(window.meeting_panel, name)
        assert not button.isEnabled(), name
        assert "skrivebeskyttet" in button.toolTip(), name
    assert not window.proposeButton.isEnabled()
    assert window.readOnlyIndicator.isVisible()  # said in the window, not only in its title bar
    # Reading stays: the minutes and the letters can still be seen.
    assert window.actionMinutes.isEnabled() and window.meeting_panel.minutesButton.isEnabled()
    _shot(window, "read_only_window_1366x768")


def test_decision_on_a_read_only_file_is_refused_in_words_before_any_dialog(window, demo_path, boxes, monkeypatch):
    _running_meeting_read_only(demo_path, window)
    monkeypatch.setattr(decision_dialog_module, "DecisionDialog",
                        lambda *a, **k: pytest.fail("no decision dialog on a read-only file"))
    window.actionDecide.trigger()  # Ctrl+D: disabled, so nothing happens
    case = window.meeting_panel.selected_case()
    assert window.meeting_panel.decide(case.applicant, case.proposal.unit_id) is False  # a double-click
    assert boxes and "skrivebeskyttet" in boxes[-1][2]
    assert "Uventet" not in boxes[-1][1]


def test_saving_a_decision_on_a_read_only_file_says_why_not_uventet_feil(window, demo_path, qtbot):
    """The traceback of issue 16 item 7: the dialog's Save reached the database's commit."""
    from boligmote.gui.decision_dialog import DecisionDialog

    _running_meeting_read_only(demo_path, window)
    panel = window.meeting_panel
    case = panel.selected_case()
    record = panel.meetings.record(panel.meeting_id)
    dialog = DecisionDialog(panel.decisions, panel.meeting_id, case.applicant, case.proposal.unit_id,
                            window.workspace.vacant_units, record.participants, False, panel)
    qtbot.addWidget(dialog)
    dialog.problems = lambda: []  # as if every field were filled in
    dialog.save()
    assert not dialog.result()  # not accepted: nothing was saved, the dialog stays open with the text
    assert "skrivebeskyttet" in dialog.problemLabel.text()


def test_after_opening_read_only_at_start_the_window_shows_the_file(window, demo_path, monkeypatch):
    os.chmod(demo_path, 0o400)
    monkeypatch.setattr(opening, "ask_read_only", lambda parent, error: True)
    assert show_start_file(window, demo_path)
    assert window.workspace.database.readonly
    assert window.queue_model.rowCount() > 0 and window.units_model.rowCount() > 0
    assert not window.empty_state.isVisible()
    assert "(skrivebeskyttet)" in window.windowTitle()


def test_cancelled_passphrase_at_start_leaves_an_explicit_empty_state(window, tmp_path, monkeypatch, boxes):
    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, PASSPHRASE).close()

    class Cancelled:
        def __init__(self, *args):
            pass

        def exec(self):
            return 0

    monkeypatch.setattr(opening, "PassphraseDialog", Cancelled)
    assert not show_start_file(window, path)
    assert window.workspace is None
    assert window.empty_state.isVisible()
    assert "Ingen fil åpen" in window.empty_state.text() and "Fil → Åpne" in window.empty_state.text()
    assert window.empty_state.geometry() == window.centralWidget().rect()  # it covers the empty panes
    for name in ("actionDecide", "actionMinutes", "actionNewMeeting", "actionImport", "actionSettings"):
        assert not getattr(window, name).isEnabled(), name
        assert "Ingen fil åpen" in getattr(window, name).toolTip(), name
    assert not boxes  # cancelling is not an error
    _shot(window, "empty_state_1366x768")


def test_the_empty_state_goes_away_when_a_file_is_opened(window, demo_path):
    window.update_file_state()
    assert window.empty_state.isVisible()
    assert window.open_path(demo_path)
    assert not window.empty_state.isVisible()
    assert window.actionNewMeeting.isEnabled() and window.actionDecide.isEnabled()
    assert not window.readOnlyIndicator.isVisible()


def _random_pages(path: Path) -> None:
    path.write_bytes(os.urandom(8 * 4096))  # whole pages, but far fewer than any Boligmøte file has


def _random_odd(path: Path) -> None:
    path.write_bytes(os.urandom(10_001))


def _text(path: Path) -> None:
    path.write_text("Navn;Adresse\nOla;Storgata 1\n" * 2000, encoding="utf-8")


def _pdf(path: Path) -> None:
    # A PDF whose streams are compressed (high entropy) and whose size is whole pages.
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + os.urandom(64 * 4096 - 15))


def _other_sqlite(path: Path) -> None:
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE kunder (navn TEXT)")
    other.commit()
    other.close()


def _xlsx(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/data.bin", os.urandom(70 * 4096))


@pytest.mark.parametrize("make, name", [(_random_pages, "tilfeldig.sqlite"), (_random_odd, "tilfeldig.bin"),
                                        (_text, "venteliste.txt"), (_pdf, "protokoll.pdf"),
                                        (_other_sqlite, "kunder.sqlite"), (_xlsx, "beboere.xlsx")])
def test_a_junk_file_is_not_a_boligmote_file_and_asks_for_no_passphrase(window, tmp_path, monkeypatch, boxes,
                                                                        make, name):
    path = tmp_path / name
    make(path)
    monkeypatch.setattr(opening, "PassphraseDialog", lambda *a: pytest.fail("no passphrase prompt for junk"))
    assert window.open_path(path) is False
    kind, title, text = boxes[-1]
    assert title == "Ikke en Boligmøte-fil"
    assert f"«{name}» er ikke en Boligmøte-fil" in text
    assert "kryptert" not in (title + text).lower()
