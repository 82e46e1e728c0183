"""The window's side of reliability: passphrase, a file in use, read-only, restore from a copy."""
from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

import boligmote.gui.opening as opening
import boligmote.gui.restore_dialog as restore_module
from boligmote.gui.main_window import MainWindow
from boligmote.gui.passphrase_dialog import PassphraseDialog
from boligmote.gui.restore_dialog import RestoreDialog
from boligmote.services.backups import take_backup
from boligmote.services.encryption import create_encrypted
from boligmote.services.workspace import Workspace
from boligmote.store import Database

PASSPHRASE = "korrekt hest batteri"
SCREENSHOTS = os.environ.get("BOLIGMOTE_SCREENSHOTS")  # a folder: save what the dialogs look like


def _shot(widget, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


@pytest.fixture
def window(qtbot, reference_date):
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    yield w
    if w.workspace is not None:
        w.workspace.database.close()


class FakePassphraseDialog:
    """Answers from a list, and remembers the error each prompt showed."""

    answers: ClassVar[list[str | None]] = []
    errors: ClassVar[list[str]] = []

    def __init__(self, path, error="", parent=None):
        FakePassphraseDialog.errors.append(error)

    def exec(self) -> int:
        self._answer = FakePassphraseDialog.answers.pop(0)
        return 0 if self._answer is None else 1

    def passphrase(self) -> str:
        return self._answer


@pytest.fixture
def fake_passphrase(monkeypatch):
    FakePassphraseDialog.answers, FakePassphraseDialog.errors = [], []
    monkeypatch.setattr(opening, "PassphraseDialog", FakePassphraseDialog)
    return FakePassphraseDialog


# ---- the passphrase dialog ------------------------------------------------------------------

def test_passphrase_dialog_in_bokmal_with_hidden_text(qtbot, tmp_path):
    dialog = PassphraseDialog(tmp_path / "møte.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Kryptert database"
    assert "møte.sqlite" in dialog.messageLabel.text()
    assert dialog.passphraseEdit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.errorLabel.isHidden()
    ok = dialog.buttonBox.buttons()[0] if dialog.buttonBox.buttons()[0].text() == "&Åpne" else dialog.buttonBox.buttons()[1]
    assert ok.text() == "&Åpne" and not ok.isEnabled()
    dialog.passphraseEdit.setText("hemmelig")
    assert ok.isEnabled()
    dialog.showPassphrase.setChecked(True)
    assert dialog.passphraseEdit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.showPassphrase.setChecked(False)
    _shot(dialog, "passphrase_dialog")
    wrong = PassphraseDialog(tmp_path / "møte.sqlite", "Feil passord (eller filen er ikke en Boligmøte-database). Prøv igjen.")
    qtbot.addWidget(wrong)
    wrong.show()
    assert wrong.errorLabel.isVisible()
    _shot(wrong, "passphrase_dialog_wrong")


def test_window_asks_for_the_passphrase_again_after_a_wrong_one(window, tmp_path, fake_passphrase):
    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, PASSPHRASE).close()
    fake_passphrase.answers = ["feil passord", PASSPHRASE]
    assert window.open_path(path)
    assert window.workspace.database.encrypted
    assert fake_passphrase.errors[0] == ""
    assert "Feil passord" in fake_passphrase.errors[1]


def test_giving_up_on_the_passphrase_opens_nothing_and_says_nothing_more(window, tmp_path, fake_passphrase, monkeypatch):
    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, PASSPHRASE).close()
    fake_passphrase.answers = [None]
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no error box after cancel"))
    assert not window.open_path(path)
    assert window.workspace is None


# ---- a file in use, a write-protected file ----------------------------------------------------

def test_file_in_use_offers_read_only_and_the_title_says_so(window, demo_path, monkeypatch):
    asked = []
    monkeypatch.setattr(opening, "ask_read_only", lambda parent, error: asked.append(str(error)) or True)
    with Database.open(demo_path):  # the other session
        assert window.open_path(demo_path)
    assert "allerede åpen" in asked[0]
    assert window.workspace.database.readonly
    assert "(skrivebeskyttet)" in window.windowTitle()


def test_file_in_use_declined_opens_nothing(window, demo_path, monkeypatch):
    monkeypatch.setattr(opening, "ask_read_only", lambda parent, error: False)
    with Database.open(demo_path):
        assert not window.open_path(demo_path)
    assert window.workspace is None


def test_in_use_question_in_bokmal(qtbot, demo_path, monkeypatch):
    from boligmote.store.errors import DatabaseInUse

    with Database.open(demo_path):
        with pytest.raises(DatabaseInUse) as caught:
            Database.open(demo_path)
    shown = {}

    def fake_exec(box):
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        shown["buttons"] = sorted(b.text() for b in box.buttons())
        box.show()
        _shot(box, "file_in_use")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert opening.ask_read_only(None, caught.value) is False
    assert shown["title"] == "Filen er i bruk"
    assert shown["buttons"] == ["&Avbryt", "Åpne &skrivebeskyttet"]


def test_network_share_warning_is_shown_once_the_file_is_open(window, demo_path, tmp_path, monkeypatch):
    import boligmote.store.network_share as network_share

    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/eksport {demo_path.parent.resolve()} nfs4 rw 0 0\n")
    monkeypatch.setattr(network_share, "PROC_MOUNTS", mounts)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    assert window.open_path(demo_path)
    assert "nettverksdisk (nfs4)" in warned[0]


# ---- restore ------------------------------------------------------------------------------------

def test_file_menu_has_the_restore_action(window):
    texts = [a.text() for a in window.menuFile.actions()]
    assert "&Gjenopprett fra sikkerhetskopi …" in texts


def test_restore_dialog_lists_copies_newest_first_with_date_and_size(qtbot, demo_path):
    with Database.open(demo_path, daily_backup=False) as db:
        first = take_backup(db)
        second = take_backup(db)
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.resize(640, 360)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == 2
    assert [model.row_object(r).path for r in range(2)] == [second, first]
    assert model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Tidspunkt"
    assert " kl. " in model.index(0, 0).data()
    assert model.index(0, 1).data() == "tatt for hånd"
    assert model.index(0, 2).data().endswith("kB")
    assert dialog.chosen().path == second
    assert dialog.restoreButton.isEnabled()
    _shot(dialog, "restore_dialog")


def test_restore_dialog_without_copies_says_so(qtbot, demo_path):
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.resize(640, 300)
    dialog.show()
    assert "ingen sikkerhetskopier" in dialog.introLabel.text()
    assert not dialog.restoreButton.isEnabled()
    _shot(dialog, "restore_dialog_empty")


def test_restore_from_the_menu_swaps_the_file_and_reopens_it(window, demo_path, reference_date, monkeypatch):
    database = Database.open(demo_path, daily_backup=False)
    copy = take_backup(database)
    with database.transaction("test", "meta"):
        database.set_meta([("endret_etter_kopien", "ja")])
    window.show_workspace(Workspace.load(database, reference_date))

    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(restore_module, "confirm_restore", lambda parent, path, chosen: chosen.path == copy)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: pytest.fail(text))
    window.actionRestore.trigger()

    assert database.closed
    reopened = window.workspace.database
    assert reopened is not database and not reopened.closed
    assert reopened.meta("endret_etter_kopien") == ""
    assert "er gjenopprettet fra" in told[0]
    assert "Filen slik den var før, er lagret som" in told[0]


def test_restore_of_an_encrypted_file_needs_no_second_passphrase(window, tmp_path, reference_date, monkeypatch,
                                                                 fake_passphrase):
    path = tmp_path / "kryptert.sqlite"
    with create_encrypted(path, PASSPHRASE) as db:
        take_backup(db)
    window.show_workspace(Workspace.load(Database.open(path, passphrase=PASSPHRASE), reference_date))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(restore_module, "confirm_restore", lambda *a: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: pytest.fail(text))
    window.actionRestore.trigger()
    assert window.workspace.database.encrypted
    assert fake_passphrase.errors == []  # never asked


def test_restore_refused_leaves_the_old_file_open_again(window, demo_path, reference_date, monkeypatch, tmp_path):
    database = Database.open(demo_path, daily_backup=False)
    take_backup(database)
    window.show_workspace(Workspace.load(database, reference_date))
    copies = list((demo_path.parent / "backups").iterdir())
    # The copy went bad on disk inside (its header and size still look whole, so it is listed).
    damaged = bytearray(copies[0].read_bytes())
    for offset in range(8192, len(damaged), 4096):
        damaged[offset + 100: offset + 400] = b"\xff" * 300
    copies[0].write_bytes(bytes(damaged))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(restore_module, "confirm_restore", lambda *a: True)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    window.actionRestore.trigger()
    assert "Filen er ikke byttet ut" in errors[0]
    assert not window.workspace.database.closed
    assert window.workspace.database.scalar("SELECT count(*) FROM units") > 0


def test_enter_on_the_restore_question_keeps_the_file_as_it_is(window, demo_path, reference_date, qtbot,
                                                               monkeypatch):
    """Restoring puts an older file in place: one Enter too many must answer «Avbryt»."""
    from .test_safe_keys import when_modal

    database = Database.open(demo_path, daily_backup=False)
    take_backup(database)
    with database.transaction("test", "meta"):
        database.set_meta([("endret_etter_kopien", "ja")])
    window.show_workspace(Workspace.load(database, reference_date))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: pytest.fail(text))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    asked = []
    when_modal(qtbot, QMessageBox, lambda box: (asked.append(box.text()), qtbot.keyClick(box, Qt.Key.Key_Return)))
    window.actionRestore.trigger()
    assert asked and "byttes ut med sikkerhetskopien" in asked[0]
    assert told == []  # nothing was restored
    assert window.workspace.database is database and not database.closed
    assert database.meta("endret_etter_kopien") == "ja"
