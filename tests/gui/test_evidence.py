"""Evidence on each rule in the window (issue 17 item 6): the line beside each rule's thresholds in
Innstillinger, Fil → Erfaringer med varslene …, and a move-out recorded as planned or not."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from boligmote.domain import TenancyState
from boligmote.domain.evidence import rule_words
from boligmote.gui.follow_up_dialog import FollowUpDialog
from boligmote.gui.settings_dialog import SettingsDialog
from boligmote.rules import RULE_IDS
from boligmote.services.evidence import evidence_report
from boligmote.store import Database
from boligmote.store.follow_up import FollowUpRepository

from .test_safe_keys import activate, press_in_menu

SHOTS = Path(os.environ.get("BOLIGMOTE_SHOTS", "/work/wt/shots"))


@pytest.fixture
def history_db(history_demo_path):
    database = Database.open(history_demo_path)
    yield database
    database.close()


def test_each_rule_shows_its_evidence_beside_its_thresholds(qtbot, history_db):
    dialog = SettingsDialog(history_db)
    qtbot.addWidget(dialog)
    found = evidence_report(history_db, date.today()).evidence
    assert found.counted > 100
    for rule_id in RULE_IDS:
        label = dialog.evidence_labels[rule_id]
        assert label.parent() is dialog.rule_sections[rule_id]  # shown and hidden with the rule's form
        assert rule_words(found.rule(rule_id)) in label.text()
        assert label.text().startswith("Erfaringer (tildelinger for minst 12 måneder siden")
    texts = [dialog.evidence_labels[r].text() for r in RULE_IDS]
    assert any("færre enn 20 plasseringer" in t for t in texts)
    assert any("Med varselet:" in t and "færre enn 20" not in t.split("· uten")[0] for t in texts)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = RULE_IDS.index("RECENT_INCIDENTS")
    dialog.rulesList.setCurrentIndex(dialog.rulesList.model().index(row, 0))
    assert dialog.evidence_labels["RECENT_INCIDENTS"].isVisible()
    assert not dialog.evidence_labels["CONCENTRATION"].isVisible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "innstillinger-erfaringer.png"))


def test_a_file_without_history_says_there_is_nothing_yet(window):
    dialog = SettingsDialog(window.workspace.database, window)
    assert "ingen tildelinger med registrert utfall ennå" in dialog.evidence_labels["CONCENTRATION"].text()


def test_the_yearly_report_is_saved_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "rapport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: pytest.fail(f"{a}"))
    activate(qtbot, window)
    press_in_menu(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_V)  # Fil → Erfaringer med &varslene …
    saved = tmp_path / "rapport.pdf"
    qtbot.waitUntil(saved.exists)
    text = "\n".join(page.extract_text() for page in PdfReader(saved).pages)
    assert f"Erfaringer med varslene – årsrapport {date.today().year}" in text and "Begrensninger" in text
    assert "lagret i" in window.statusBar().currentMessage()


def test_the_report_needs_a_file_and_only_reads(window):
    assert window.actionEvidence.isEnabled()
    window.workspace.database.readonly = True  # as a second session would open it
    window.update_file_state()
    assert window.actionEvidence.isEnabled() and not window.actionSettings.isEnabled()


def test_the_follow_up_list_asks_whether_a_move_out_was_planned(qtbot, demo_db, reference_date):
    dialog = FollowUpDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    choices = [dialog.stateCombo.itemText(i) for i in range(dialog.stateCombo.count())]
    assert "Flyttet ut, ikke planlagt" in choices and any(c.startswith("Flyttet ut, planlagt") for c in choices)
    assert "Flyttet ut" not in choices  # never a move-out without saying which
    point = dialog.selected().point
    dialog.doneEdit.setPlainText("Husstanden flyttet ut uten å si fra; nøklene lå i postkassen.")
    dialog.stateCombo.setCurrentIndex(dialog.stateCombo.findData("moved_out:unplanned"))
    dialog.recordButton.click()
    done = FollowUpRepository(demo_db).get(point.id)
    assert done.state is TenancyState.MOVED_OUT and done.move_planned is False
    assert "Ført som utført" in dialog.problemLabel.text()
