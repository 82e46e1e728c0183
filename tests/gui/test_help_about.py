"""Hjelp → Om Boligmøte: version, licence, where the data is, what it runs on."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtWidgets import QMessageBox

from boligmote import __version__
from boligmote.gui.about import about_html
from boligmote.paths import user_data_dir

SCREENSHOTS = os.environ.get("BOLIGMOTE_SCREENSHOTS")


def test_about_names_version_licence_data_location_and_qt(demo_path):
    text = about_html(demo_path)
    assert f"Boligmøte {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert str(demo_path) in text and str(demo_path.parent / "backups") in text
    assert str(user_data_dir()) in text
    assert f"Qt {QtCore.qVersion()}" in text and f"PySide6 {QtCore.__version__}" in text
    assert "ingen fil er åpen" in about_html(None)


def test_the_help_menu_opens_the_about_box(window, qtbot):
    assert window.actionAbout in window.menuHelp.actions()
    window.actionAbout.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert str(window.workspace.database.path) in box.text()
    assert not box.iconPixmap().isNull()
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        qtbot.wait(20)
        box.grab().save(str(Path(SCREENSHOTS) / "about_box.png"))
    box.close()
