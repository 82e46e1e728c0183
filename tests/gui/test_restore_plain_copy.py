"""The window's side of «a plain copy onto an encrypted file» (issue 14 §3): ask, never silently decrypt."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

import boligmote.gui.restore_dialog as restore_module
from boligmote.gui.main_window import MainWindow
from boligmote.gui.restore_dialog import RestoreDialog
from boligmote.services.encryption import encrypt_database
from boligmote.services.workspace import Workspace
from boligmote.store import Database
from boligmote.store import backups as store_backups
from boligmote.store.crypto import SQLITE_HEADER

PASSPHRASE = "korrekt hest batteri"


@pytest.fixture
def window(qtbot, reference_date):
    w = MainWindow(today=reference_date)
    qtbot.addWidget(w)
    yield w
    if w.workspace is not None:
        w.workspace.database.close()


@pytest.fixture
def encrypted_with_a_plain_copy_listed(demo_path, tmp_path):
    """An encrypted file whose newest listed copy is plain (put there by hand, say from a USB stick)."""
    plain = tmp_path.parent / f"{tmp_path.name}-plain.sqlite"
    shutil.copyfile(demo_path, plain)
    with Database.open(plain, daily_backup=False) as db, db.transaction("test", "meta"):
        db.set_meta([("fra_ukryptert_kopi", "ja")])
    encrypt_database(demo_path, PASSPHRASE)
    copy = store_backups.new_backup_path(demo_path, store_backups.REASON_MANUAL)
    shutil.copyfile(plain, copy)
    assert store_backups.list_backups(demo_path)[0].path == copy
    return demo_path


def _open(window, path, reference_date, monkeypatch, encrypt_answer):
    window.show_workspace(Workspace.load(Database.open(path, passphrase=PASSPHRASE, daily_backup=False),
                                         reference_date))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(restore_module, "confirm_restore", lambda *a: True)
    asked = []
    monkeypatch.setattr(restore_module, "confirm_encrypting_plain_copy",
                        lambda parent, path, copy: asked.append(copy.path.name) or encrypt_answer)
    return asked


def test_a_plain_copy_is_restored_encrypted_when_the_user_agrees(window, encrypted_with_a_plain_copy_listed,
                                                                 reference_date, monkeypatch):
    path = encrypted_with_a_plain_copy_listed
    asked = _open(window, path, reference_date, monkeypatch, True)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: pytest.fail(text))
    window.actionRestore.trigger()
    assert len(asked) == 1
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert window.workspace.database.encrypted
    assert window.workspace.database.meta("fra_ukryptert_kopi") == "ja"
    assert "kryptert med filens passord" in told[0]


def test_declining_leaves_the_encrypted_file_as_it_was(window, encrypted_with_a_plain_copy_listed,
                                                       reference_date, monkeypatch):
    path = encrypted_with_a_plain_copy_listed
    before = path.read_bytes()
    asked = _open(window, path, reference_date, monkeypatch, False)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    window.actionRestore.trigger()
    assert len(asked) == 1
    assert path.read_bytes() == before
    assert "ukryptert" in errors[0] and "Filen er ikke byttet ut" in errors[0]
    assert window.workspace.database.encrypted and not window.workspace.database.closed
