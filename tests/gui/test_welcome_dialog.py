"""The welcome dialog of the first start: each of its four buttons does what it says."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

import boligmote.gui.app as app_module
from boligmote.gui import options
from boligmote.gui.import_dialog import ImportDialog
from boligmote.gui.main_window import MainWindow
from boligmote.gui.welcome_dialog import (
    DEMO_FILE_NAME,
    WelcomeDialog,
    is_first_start,
    show_welcome_on_first_start,
)
from boligmote.paths import default_database_path, user_data_dir
from boligmote.services.workspace import Workspace

SCREENSHOTS = os.environ.get("BOLIGMOTE_SCREENSHOTS")  # a folder: save what the dialog looks like


@pytest.fixture
def welcome(qtbot, window):
    dialog = WelcomeDialog(window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def empty_window(qtbot, new_db, reference_date):
    """A window on a file of one's own: not the demo."""
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    w.show_workspace(Workspace.load(new_db, reference_date))
    return w


def _answer_save(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _answer_open(monkeypatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_explains_the_app_in_three_lines_and_offers_four_ways_to_begin(welcome):
    assert welcome.windowTitle() == "Velkommen til Boligmøte"
    assert welcome.explanationLabel.text().count("<li>") == 3
    assert [b.text().replace("&", "") for b in (welcome.openDemoButton, welcome.newDatabaseButton,
                                                 welcome.openFileButton, welcome.importButton)] == [
        "Åpne demokommune", "Ny database", "Åpne fil", "Importer data"]
    assert str(user_data_dir()) in welcome.dataLocationLabel.text()
    assert not welcome.iconLabel.pixmap().isNull()
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        welcome.grab().save(str(Path(SCREENSHOTS) / "welcome_dialog.png"))


def test_the_default_button_keeps_the_demo_the_window_shows(welcome, window):
    shown = window.workspace
    assert welcome.openDemoButton.isDefault()
    assert welcome.focusWidget() is welcome.openDemoButton
    welcome.openDemoButton.click()
    assert welcome.result() == QDialog.DialogCode.Accepted
    assert window.workspace is shown


def test_open_demo_from_another_file_makes_the_demo_beside_the_users_data(qtbot, empty_window):
    dialog = WelcomeDialog(empty_window)
    qtbot.addWidget(dialog)
    dialog.openDemoButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert empty_window.workspace.database.path == user_data_dir() / DEMO_FILE_NAME
    assert empty_window.workspace.municipality.startswith("Eksempelvik")
    assert not default_database_path().exists()  # the user's own file is left alone


def test_new_database_creates_the_chosen_file_and_shows_it(welcome, window, tmp_path, monkeypatch):
    target = tmp_path / "bydel.sqlite"
    _answer_save(monkeypatch, target)
    welcome.newDatabaseButton.click()
    assert welcome.result() == QDialog.DialogCode.Accepted
    assert window.workspace.database.path == target
    assert window.queue_model.rowCount() == 0


def test_a_cancelled_file_dialog_leaves_the_welcome_open(welcome, window, monkeypatch):
    shown = window.workspace
    _answer_save(monkeypatch, "")
    _answer_open(monkeypatch, "")
    for button in (welcome.newDatabaseButton, welcome.openFileButton, welcome.importButton):
        button.click()
        assert welcome.isVisible()
        assert window.workspace is shown


def test_open_file_opens_the_chosen_database(welcome, window, _small_demo_template, tmp_path, monkeypatch):
    other = tmp_path / "kollega.sqlite"
    shutil.copy(_small_demo_template, other)
    _answer_open(monkeypatch, other)
    welcome.openFileButton.click()
    assert welcome.result() == QDialog.DialogCode.Accepted
    assert window.workspace.database.path == other


def test_import_data_goes_into_a_new_file_never_into_the_demo(welcome, window, tmp_path, monkeypatch):
    target = tmp_path / "ekte.sqlite"
    _answer_save(monkeypatch, target)
    seen = []

    def fake_exec(dialog):
        seen.append((dialog.database.path, dialog.isVisible()))
        return 0

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    welcome.importButton.click()
    assert welcome.result() == QDialog.DialogCode.Accepted
    assert not welcome.isVisible()  # out of the way before the import dialog opens
    assert [path for path, _visible in seen] == [target]
    assert window.workspace.database.path == target


def test_shown_on_the_first_start_only_and_can_be_turned_off(qtbot, window, demo_path):
    assert is_first_start(None)
    assert not is_first_start(demo_path)  # a file given on the command line
    assert show_welcome_on_first_start(window, first_start=False) is None
    dialog = show_welcome_on_first_start(window, first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.isModal()
    dialog.close()
    options.WELCOME_ON_FIRST_START.set(False)
    assert show_welcome_on_first_start(window, first_start=True) is None


def test_first_start_opens_the_demo_with_the_welcome_on_top(qtbot, monkeypatch):
    """run_gui as `make run` does it on a new machine, stopped before the event loop."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(app_module, "create_application", lambda: SimpleNamespace(exec=lambda: 0))
    assert not default_database_path().exists()
    assert app_module.run_gui() == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
    try:
        assert len(windows) == 1 and len(dialogs) == 1
        assert dialogs[0].parent() is windows[0]
        assert windows[0].workspace.database.path == default_database_path()
        assert windows[0].workspace.municipality.startswith("Eksempelvik")
        dialogs[0].openDemoButton.click()
        assert windows[0].workspace.database.path == default_database_path()
    finally:
        for window in windows:
            window.close()  # closes its database
            window.deleteLater()


def test_a_second_start_shows_no_welcome(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "create_application", lambda: SimpleNamespace(exec=lambda: 0))
    app_module.open_start_database(None).close()  # the first start happened earlier
    assert app_module.run_gui() == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    try:
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()]
    finally:
        for window in windows:
            window.close()
            window.deleteLater()
