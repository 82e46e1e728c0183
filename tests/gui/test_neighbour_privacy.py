"""The window while an adviser sees it (issue 13 item 8): in a running meeting with a participant
without decision authority present, counts of other households below the setting show as
«færre enn 3» in the composition, the flags, the proposal and the decision dialog; before the
meeting, after it, or with only members with authority in the room, the exact counts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from boligmote.domain import Attendance
from boligmote.gui.bars import SHARE_ROLE
from boligmote.gui.decision_dialog import DecisionDialog
from boligmote.rules import evaluate_pair
from boligmote.rules.two_sides import costs
from .screens import assert_distinct_screens


def _start_meeting(window):
    panel = window.meeting_panel
    panel.startButton.click()
    advisers = panel.meetings.advisers_in_running_meetings()
    assert advisers, "the demo's planned meeting has the landlord as adviser"
    return advisers


def _send_apologies_for_advisers(window, advisers):
    panel = window.meeting_panel
    for adviser in advisers:
        panel.meetings.set_attendance(adviser.id, Attendance.APOLOGIES)
    panel.refresh()  # what the participants dialog does when it closes


def _masked_pair(window):
    """A unit and a candidate whose flag names a small count of other households: selected."""
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        for row in range(model.rowCount()):
            pair = model.row_object(row)
            exact = evaluate_pair(pair.applicant, pair.target, window.matching.settings, window.today, mask_below=3)
            if any(f.message != f.shared_message for f in exact):
                window.candidatesView.selectRow(row)
                return row, pair, exact
    raise AssertionError("the demo should have a stairwell where a flag names one or two neighbours")


def _small_cells(model):
    """(label, column, count) of every composition cell about some households that is 1 or 2."""
    cells = []
    for row in range(model.rowCount()):
        item = model._rows[row]
        for column, value in ((1, item.stairwell), (2, item.building)):
            if item.about_some and value in (1, 2):
                cells.append((row, column, value))
    return cells


def _unit_with_small_counts(window):
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        if _small_cells(window.composition_model):
            return vacant
    raise AssertionError("the demo should have a stairwell with one or two households of a kind")


def test_with_an_adviser_present_the_composition_shows_fewer_than_3(window, qtmodeltester):
    _start_meeting(window)
    assert window.masking
    assert window.maskingIndicator.isVisible()
    assert "færre enn 3" in window.maskingIndicator.text()
    assert "utleier" in window.maskingIndicator.toolTip().casefold() or "rådgiver" in window.maskingIndicator.toolTip()
    assert "færre enn 3" in window.compositionNote.text()  # said where the masked counts stand
    _unit_with_small_counts(window)
    model = window.composition_model
    small = _small_cells(model)
    for row, column, _value in small:
        index = model.index(row, column)
        assert index.data() == "færre enn 3"
        assert index.data(SHARE_ROLE) is None  # the bar's length would tell the count
        assert "færre enn 3" in index.data(Qt.ItemDataRole.ToolTipRole)
    for row in range(model.rowCount()):
        item = model._rows[row]
        for column, value in ((1, item.stairwell), (2, item.building)):
            if value == 0 or not item.about_some:  # none, totals and incidents stay exact
                assert model.index(row, column).data() == ("" if value is None else str(value))
    households = model.row("Husstander")
    assert households.stairwell > 2 and model.index(model._rows.index(households), 1).data() == str(households.stairwell)
    qtmodeltester.check(model)


def test_with_an_adviser_present_flags_and_proposal_never_show_the_small_count(window, qtmodeltester):
    _start_meeting(window)
    row, pair, flags = _masked_pair(window)
    model = window.candidatesView.model()
    tooltip = model.index(row, model.flags_column).data(Qt.ItemDataRole.ToolTipRole)
    shown = window.proposalView.toPlainText()
    exact_costs = costs(pair.applicant, pair.target)
    for flag in flags:
        assert flag.shared_message in tooltip and flag.shared_message in shown
        if flag.message != flag.shared_message:
            assert flag.message not in tooltip and flag.message not in shown
    assert "færre enn 3" in tooltip and "færre enn 3" in shown
    for line in costs(pair.applicant, pair.target, mask_below=3):
        assert line in shown
    for line in exact_costs:
        if line not in costs(pair.applicant, pair.target, mask_below=3):
            assert line not in shown
    assert "Rådgiver til stede" in shown  # the proposal says why it reads «færre enn»
    qtmodeltester.check(model)


def test_without_an_adviser_or_a_running_meeting_the_counts_are_exact(window):
    # Preparing before the meeting: the caseworker's own window.
    assert not window.masking and not window.maskingIndicator.isVisible()
    row, pair, flags = _masked_pair(window)
    tooltip = window.candidatesView.model().index(row, window.candidatesView.model().flags_column).data(Qt.ItemDataRole.ToolTipRole)
    assert all(f.message in tooltip for f in flags) and "færre enn" not in tooltip
    assert all(f.message in window.proposalView.toPlainText() for f in flags)

    # The meeting starts with the landlord in the room: the same pair, the same selection, masked.
    advisers = _start_meeting(window)
    chosen = window.selected_pair()
    assert window.masking and (chosen.applicant.case_no, chosen.target.vacant.unit.id) == (
        pair.applicant.case_no, pair.target.vacant.unit.id)
    tooltip = window.candidatesView.model().index(row, window.candidatesView.model().flags_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "færre enn 3" in tooltip and "færre enn 3" in window.proposalView.toPlainText()

    # The advisers leave (forfall): only members with decision authority see the screen.
    _send_apologies_for_advisers(window, advisers)
    assert not window.masking and not window.maskingIndicator.isVisible()
    assert "færre enn" not in window.compositionNote.text()
    tooltip = window.candidatesView.model().index(row, window.candidatesView.model().flags_column).data(Qt.ItemDataRole.ToolTipRole)
    assert all(f.message in tooltip for f in flags) and "færre enn" not in tooltip
    _unit_with_small_counts(window)
    for r, column, value in _small_cells(window.composition_model):
        assert window.composition_model.index(r, column).data() == str(value)


def test_looking_at_another_meeting_keeps_the_counts_masked(window):
    """The landlord is still in the room while the chair looks up the last signed minutes."""
    _start_meeting(window)
    chooser = window.meeting_panel.meetingChooser
    chooser.setCurrentIndex(next(i for i in range(chooser.count()) if "signert" in chooser.itemText(i)))
    assert window.masking and window.maskingIndicator.isVisible()
    _unit_with_small_counts(window)
    assert all(window.composition_model.index(r, c).data() == "færre enn 3"
               for r, c, _ in _small_cells(window.composition_model))


def test_closing_the_meeting_brings_the_exact_counts_back(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _start_meeting(window)
    _unit_with_small_counts(window)
    assert "færre enn 3" in [window.composition_model.index(r, c).data()
                             for r, c, _ in _small_cells(window.composition_model)]
    window.meeting_panel.closeMeetingButton.click()
    assert not window.masking and not window.maskingIndicator.isVisible()
    for r, column, value in _small_cells(window.composition_model):
        assert window.composition_model.index(r, column).data() == str(value)


def test_the_decision_dialog_masks_its_flag_rows_while_an_adviser_is_present(window, qtbot, held_today):
    _start_meeting(window)
    _row, pair, flags = _masked_pair(window)
    seen = {}

    def read_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        texts = [label.text() for row in dialog._rows for label in row.findChildren(QLabel)]
        seen["text"] = "\n".join(texts)
        seen["note"] = dialog.findChild(QLabel, "maskingNote") is not None
        dialog.reject()

    QTimer.singleShot(0, read_the_dialog)
    window.meeting_panel.decide(pair.applicant, pair.target.vacant.unit.id)
    assert seen["note"]
    assert "færre enn 3" in seen["text"]
    for flag in flags:
        if flag.message != flag.shared_message:
            assert flag.message not in seen["text"]


def test_masked_window_screenshot(window, tmp_path_factory):
    """The picture a reviewer looks at (printed with -s; PNGs stay out of the repo)."""
    _start_meeting(window)
    _masked_pair(window)
    window.resize(1366, 768)
    QApplication.processEvents()
    out = tmp_path_factory.mktemp("masked") / "masked-1366x768.png"
    assert window.grab().save(str(out))
    print(f"\nskjermbilde: {out}")
    assert_distinct_screens(window, [out])


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_window_and_its_indicator_fit_a_municipal_laptop(window, size):
    """The indicator sits at the right end of the status bar: a window wider than the screen
    (it needed 1701 px) would hide it, and the meeting panel's last buttons with it."""
    _start_meeting(window)
    _masked_pair(window)
    window.resize(*size)
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    indicator = window.maskingIndicator
    right = indicator.mapTo(window, indicator.rect().topRight()).x()
    assert indicator.isVisible() and right <= size[0]
    letter = window.meeting_panel.letterButton
    assert letter.mapTo(window, letter.rect().topRight()).x() <= size[0]


def test_a_count_masked_while_its_unit_is_shown_is_not_cut(window):
    """The number columns are sized from their texts when a unit is chosen, not by Qt at every
    repaint (issue 16): when an adviser comes in while a unit is shown, «færre enn 3» must still
    fit its column."""
    _unit_with_small_counts(window)
    _start_meeting(window)
    view, model = window.compositionView, window.composition_model
    metrics = view.fontMetrics()
    for row, column, _value in _small_cells(model):
        assert model.index(row, column).data() == "færre enn 3"
        assert view.columnWidth(column) >= metrics.horizontalAdvance("færre enn 3") + 8  # the cell's margins
