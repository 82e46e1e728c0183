"""Møte → Oppfølging (issue 17 item 2): what is due and overdue, and recording what was done."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from boligmote.domain import TenancyState
from boligmote.gui.file_state import read_only_reason
from boligmote.gui.follow_up_dialog import FollowUpDialog
from boligmote.gui.models.follow_up import FollowUpModel
from boligmote.services.follow_up import follow_ups_due
from boligmote.store import Database
from boligmote.store.follow_up import FollowUpRepository

from .test_safe_keys import _clashes, _letter, _mnemonics, activate, mnemonic


@pytest.fixture(autouse=True)
def _no_question_left_open(monkeypatch):
    """A dialog closed at teardown with text still typed would ask, and wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_the_model_passes_qtmodeltester(qtmodeltester, demo_db, reference_date):
    model = FollowUpModel(reference_date)
    model.set_rows(follow_ups_due(demo_db, reference_date, 365).items)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_the_dialog_lists_overdue_points_first_and_marked(qtbot, demo_db, reference_date):
    dialog = FollowUpDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    assert dialog.daysSpin.value() == 30  # the setting's default
    rows = [dialog.proxy.index(r, 0) for r in range(dialog.proxy.rowCount())]
    assert rows, "the demo municipality has points due"
    texts = [i.data() for i in rows]
    overdue = [t for t in texts if "forfalt" in t]
    assert overdue and texts[:len(overdue)] == overdue  # soonest (overdue) first
    assert rows[0].data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue in red, not only by colour
    assert "har passert fristen" in dialog.summaryLabel.text()
    # sortable: by due date descending puts the latest first
    dialog.pointsView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert "forfalt" not in dialog.proxy.index(0, 0).data()
    # the household in words, never a name
    household = dialog.proxy.index(0, 4).data()
    assert ":" in household and "voks" in household


def test_recording_what_was_done_from_the_keyboard(qtbot, demo_db, reference_date):
    dialog = FollowUpDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    point = dialog.selected().point
    count = dialog.proxy.rowCount()
    dialog.doneEdit.setFocus()
    qtbot.keyClicks(dialog.doneEdit, "Hjemmebesøk sammen med booppfølgingen; alt er i orden.")
    qtbot.keyClick(dialog.doneEdit, Qt.Key.Key_Tab)  # Tab leaves the text, as in a form
    assert QApplication.focusWidget() is dialog.stateCombo, QApplication.focusWidget()
    dialog.stateCombo.setCurrentIndex(dialog.stateCombo.findData(TenancyState.INCIDENTS.value))
    mnemonic(qtbot, dialog.stateCombo, Qt.Key.Key_F)  # «&Før som utført»
    done = FollowUpRepository(demo_db).get(point.id)
    assert done.done and done.state is TenancyState.INCIDENTS and "Hjemmebesøk" in done.done_what
    assert dialog.proxy.rowCount() == count - 1 and "Ført som utført" in dialog.problemLabel.text()
    assert dialog.doneEdit.toPlainText() == ""


def test_a_too_short_description_is_refused_with_the_reason(qtbot, demo_db, reference_date):
    dialog = FollowUpDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    dialog.doneEdit.setPlainText("Ok")
    dialog.recordButton.click()
    assert "hel setning" in dialog.problemLabel.text()
    assert not FollowUpRepository(demo_db).get(dialog.selected().point.id).done


def test_esc_asks_before_throwing_away_what_was_typed(qtbot, demo_db, reference_date, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    dialog = FollowUpDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()  # nothing typed: Esc closes at once
    dialog.show()
    dialog.doneEdit.setPlainText("Ringte leietakeren, som hadde det bra.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_read_only_file_lists_but_cannot_record(qtbot, demo_path, reference_date):
    with Database.open(demo_path, readonly=True) as database:
        dialog = FollowUpDialog(database, reference_date)
        qtbot.addWidget(dialog)
        assert dialog.proxy.rowCount() > 0
        assert not dialog.recordButton.isEnabled()
        assert dialog.recordButton.toolTip() == read_only_reason()


def test_the_meeting_menu_opens_follow_up_with_its_own_letter(window, qtbot):
    action = window.actionFollowUps
    assert action in window.menuMeeting.actions() and action.isEnabled()
    letters = [_letter(a.text()) for a in window.menuMeeting.actions() if not a.isSeparator()]
    assert letters.count(_letter(action.text())) == 1
    dialog = FollowUpDialog(window.workspace.database, window.workspace.today, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not _clashes(_mnemonics(dialog)), _clashes(_mnemonics(dialog))


def test_a_point_shows_on_its_due_date_in_the_dialog(qtbot, demo_db, reference_date):
    """The done-when of issue 17: a point created by a decision appears on its due date."""
    first = min((p for p in FollowUpRepository(demo_db).for_decisions(
        [r[0] for r in demo_db.query("SELECT id FROM decisions")]).values() for p in p), key=lambda p: p.due_on)
    for today, shown in ((first.due_on - timedelta(days=1), False), (first.due_on, True)):
        dialog = FollowUpDialog(demo_db, today)
        qtbot.addWidget(dialog)
        dialog.daysSpin.setValue(0)
        ids = [dialog.model.row_object(r).point.id for r in range(dialog.model.rowCount())]
        assert (first.id in ids) is shown, today
