"""Møte → Planlegg fordeling: the plan in a worker thread, as a table beside strict order, with
lock, forbid, the slider and «Legg på sakslisten» (issue 18)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from boligmote.gui import plan_dialog as plan_dialog_module
from boligmote.gui.models.plan import ComparisonModel, PlanTableModel
from boligmote.gui.plan_dialog import PlanDialog, PlanWorker
from boligmote.planning import PlanSettings

WAIT = 120_000  # two cores shared with other work: the demo plans in about a second


def _planned(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.plan is not None, timeout=WAIT)


@pytest.fixture
def dialog(window, qtbot):
    d = PlanDialog(window.matching, window.meeting_panel, window)
    qtbot.addWidget(d)
    _planned(qtbot, d)
    return d


def test_the_plan_fills_the_table_and_stands_beside_strict_order(dialog):
    plan = dialog.plan
    assert plan.status == "optimal"
    assert dialog.model.rowCount() == len(plan.placements) > 0
    rows = {what: (strict, planned) for what, strict, planned in dialog.comparison.rows()}
    assert rows["Plasseringer med kritisk varsel"][1] == 0
    assert dialog.compare.rowCount() == len(rows)
    assert "ikke et vedtak" in dialog.adviceLabel.text()
    assert "best etter planens vekting" in dialog.statusLabel.text()
    # the selected placement's reasons are shown in words
    placement = dialog.selected()
    assert placement.why[0] in dialog.whyText.toPlainText()


def test_the_models_pass_the_qt_model_tester(qtmodeltester, dialog):
    model = PlanTableModel()
    model.set_rows(dialog.plan.placements)
    qtmodeltester.check(model)
    compare = ComparisonModel()
    compare.set_rows(dialog.comparison.rows())
    qtmodeltester.check(compare)


def test_lock_and_forbid_from_the_table_plan_again(dialog, qtbot):
    first = dialog.selected()
    dialog.forbidButton.click()
    _planned(qtbot, dialog)
    assert all((p.case_no, p.unit_id) != (first.case_no, first.unit_id) for p in dialog.plan.placements)
    assert "Utelukket: 1" in dialog.statusLabel.text()
    dialog.planView.selectRow(0)
    chosen = dialog.selected()
    dialog.lockButton.click()
    _planned(qtbot, dialog)
    locked = [p for p in dialog.plan.placements if p.locked]
    assert [(p.case_no, p.unit_id) for p in locked] == [(chosen.case_no, chosen.unit_id)]
    dialog.clearButton.click()
    _planned(qtbot, dialog)
    assert not any(p.locked for p in dialog.plan.placements) and dialog.forbidden == []


def test_the_slider_plans_toward_fewest_flags(dialog, qtbot):
    strict_warnings = dialog.plan.measures.warnings
    dialog.weightSlider.setValue(4)
    dialog.planButton.click()
    _planned(qtbot, dialog)
    assert dialog.plan.settings.queue_vs_flags == 4
    assert dialog.plan.measures.warnings <= strict_warnings


def test_placements_go_on_the_agenda_as_proposals(dialog, window, monkeypatch):
    monkeypatch.setattr(plan_dialog_module, "ask", lambda *args: True)
    monkeypatch.setattr(plan_dialog_module.QMessageBox, "information", lambda *args: None)
    panel = window.meeting_panel
    before = {c.case_no for c in panel.meetings.cases(panel.meeting_id)}
    dialog.add_to_agenda()
    cases = {c.case_no: c for c in panel.meetings.cases(panel.meeting_id)}
    placed = [p for p in dialog.plan.placements if p.case_no not in before]
    assert placed, "the demo's planned meeting leaves room for the plan's cases"
    for placement in placed:
        case = cases[placement.case_no]
        assert case.unit_id == placement.unit_id
        assert "et råd til møtet" in case.notes  # a proposal, still decided on its own


def test_a_cancelled_plan_says_so(window, qtbot):
    worker = PlanWorker(window.matching, PlanSettings(), [], [])
    results = []
    worker.planned.connect(lambda plan, comparison: results.append(plan))
    worker.cancel()  # before it starts: the solver stops at once
    with qtbot.waitSignal(worker.finished, timeout=WAIT):
        worker.start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT)
    assert results[0].status == "cancelled"
    assert results[0].status_text == "avbrutt"


def test_the_high_ranked_applicants_without_a_unit_have_their_own_tab_with_the_reason(dialog):
    unhoused = dialog.plan.unhoused
    assert unhoused, "the demo's plan leaves someone high in the queue without a unit"
    assert dialog.unhoused.rowCount() == len(unhoused)
    assert f"({len(unhoused)})" in dialog.tabs.tabText(1)
    dialog.tabs.setCurrentIndex(1)
    dialog.unhousedView.selectRow(0)
    first = dialog.unhoused.row_object(dialog.unhousedProxy.mapToSource(dialog.unhousedView.currentIndex()).row())
    text = dialog.whyText.toPlainText()
    assert first.case_no in text and all(reason in text for reason in first.reasons)


def test_the_weighting_and_the_baseline_have_different_names(dialog):
    from boligmote.planning.settings import QUEUE_VS_FLAGS_STEPS

    baseline = dialog.compare.headerData(1, Qt.Orientation.Horizontal)
    assert baseline == "Streng køorden"
    assert QUEUE_VS_FLAGS_STEPS[0] == "køen først" and dialog.strictLabel.text().replace("&", "") == "Køen først"
    assert "køorden" not in QUEUE_VS_FLAGS_STEPS[0] and "rekkefølge" not in baseline.lower()
