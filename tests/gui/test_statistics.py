"""Fil → Årsstatistikk … (issue 20 item 5): the year asked for, the PDF and the workbook written side
by side, and the status bar saying where."""
from __future__ import annotations

import pandas as pd
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from boligmote.services.statistics_xlsx import TITLE_ROWS

from .test_safe_keys import activate, press_in_menu


def test_the_yearly_figures_are_saved_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    asked = {}

    def year(*args, **kwargs):
        asked["default"] = args[3]
        return 2025, True

    monkeypatch.setattr(QInputDialog, "getInt", year)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "tall"), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(f"{a}"))
    activate(qtbot, window)
    press_in_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_K)  # Fil → Årsstatisti&kk …
    pdf, workbook = tmp_path / "tall.pdf", tmp_path / "tall.xlsx"
    qtbot.waitUntil(lambda: pdf.exists() and workbook.exists(), timeout=30000)
    assert asked["default"] == window.today.year - 1  # the last full year
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Årsstatistikk 2025" in text and "Det filen ikke kan svare på" in text
    explained = pd.read_excel(workbook, sheet_name="Forklaring", header=TITLE_ROWS).set_index("Kode")
    assert explained.loc["B1", "Tall"] > 0  # the demo's units
    message = window.statusBar().currentMessage()
    assert str(pdf) in message and str(workbook) in message


def test_the_figures_need_a_file_and_only_read(window):
    assert window.actionStatistics.isEnabled()
    window.workspace.database.readonly = True
    window.update_file_state()
    assert window.actionStatistics.isEnabled()
