"""The agenda drives the window (issue 16 item 9): choosing a case shows its unit, the unit's
composition, the candidates with the case's applicant chosen, and the proposal; after a
decision the panes keep the case; a filter never chooses an applicant for the user."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import pytest

from boligmote.domain import ConsentHandling, Outcome
from boligmote.gui.decision_dialog import DecisionDialog
from boligmote.gui.models.meeting import case_unit_id


@pytest.fixture(autouse=True)
def confirm_every_question(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def _row_of(panel, predicate):
    return next(r for r in range(panel.agenda.rowCount()) if predicate(panel.agenda.row_object(r)))


def _vacant_ids(window):
    return {v.unit.id for v in window.workspace.vacant_units}


def test_choosing_a_case_on_the_agenda_shows_its_unit_composition_candidates_and_proposal(window, qtbot):
    panel = window.meeting_panel
    vacant = _vacant_ids(window)
    row = _row_of(panel, lambda c: c.proposal.unit_id in vacant)
    case = panel.agenda.row_object(row)
    window.select_unit(next(u for u in vacant if u != case.proposal.unit_id))  # looking at another unit first

    panel.agendaView.setFocus()
    panel.agendaView.selectRow(row)

    assert window.selected_unit().unit.id == case.proposal.unit_id
    address = window.selected_unit().building.address
    assert address in window.compositionHeading.text()
    assert window.composition_model.rowCount() > 0
    assert window.selected_pair() is not None
    assert window.selected_pair().applicant.case_no == case.applicant.case_no
    assert window.selected_pair().target.vacant.unit.id == case.proposal.unit_id
    assert case.applicant.case_no in window.proposalView.toPlainText()
    assert address in window.proposalView.toPlainText()


def test_the_agenda_names_units_by_address_and_shows_the_outcome_whole(window):
    panel = window.meeting_panel
    model = panel.agenda
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Bolig")
    row = _row_of(panel, lambda c: c.proposal.unit_id)
    case = model.row_object(row)
    shown = model.index(row, column).data()
    assert case.proposal.unit_id not in shown  # «B00197-003184» is nobody's word for a home
    assert shown.startswith(panel.meetings.record(panel.meeting_id).places[case.proposal.unit_id].building.address)
    assert case.proposal.unit_id in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)


def test_after_a_decision_the_panes_keep_the_case_and_the_status_bar_confirms_it(window, qtbot, held_today):
    panel = window.meeting_panel
    panel.startButton.click()
    vacant = _vacant_ids(window)
    row = _row_of(panel, lambda c: c.proposal.unit_id in vacant)
    case = panel.agenda.row_object(row)
    panel.agendaView.selectRow(row)
    address = window.selected_unit().building.address

    def allocate_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        dialog.outcomeCombo.setCurrentIndex(dialog.outcomeCombo.findData(Outcome.ALLOCATED.value))
        qtbot.keyClicks(dialog.reasonsEdit, "Lengst ventetid; boligen passer størrelsen.")
        for weighing in dialog._rows:
            qtbot.keyClicks(weighing.note, "Bomiljøarbeider på stedet; oppfølging bestilt.")
        if dialog.consentCombo.isEnabled():
            dialog.consentCombo.setCurrentIndex(dialog.consentCombo.findData(ConsentHandling.OFFICE_ONLY.value))
        dialog._validate()
        if dialog.passedOverBox.isVisible():
            qtbot.keyClicks(dialog.passedOverEdit, "De har fått tilbud om andre boliger i dette møtet.")
        dialog._validate()
        assert not dialog.problems(), dialog.problems()
        dialog.save()

    QTimer.singleShot(0, allocate_in_the_dialog)
    window.actionDecide.trigger()

    decided = panel.selected_case()
    assert decided is not None and decided.applicant.case_no == case.applicant.case_no
    assert decided.decision is not None and decided.decision.outcome is Outcome.ALLOCATED
    assert case.proposal.unit_id not in _vacant_ids(window)
    # nothing blank: the unit's stairwell, the case's proposal, and why there are no candidates
    assert address in window.compositionHeading.text()
    assert window.composition_model.rowCount() > 0
    assert case.applicant.case_no in window.proposalView.toPlainText()
    assert "Ventetid" in window.proposalView.toPlainText()  # the same reasons as a listed candidate
    assert "avgjort" in window.candidatesHeading.text()
    assert not window.proposeButton.isEnabled()  # a let unit cannot be proposed again
    message = window.statusBar().currentMessage()
    assert "er lagret" in message and case.applicant.case_no in message and address in message


def test_a_decided_case_of_a_signed_meeting_shows_its_unit_as_it_is_now(window):
    panel = window.meeting_panel
    panel.meetingChooser.setCurrentIndex(panel.meetingChooser.findText("signert", Qt.MatchFlag.MatchContains))
    row = _row_of(panel, lambda c: c.decision is not None and c.decision.unit_id)
    case = panel.agenda.row_object(row)
    panel.agendaView.selectRow(row)
    place = panel.meetings.record(panel.meeting_id).places[case_unit_id(case)]
    assert place.building.address in window.compositionHeading.text()
    assert case.applicant.case_no in window.proposalView.toPlainText()


def test_filtering_the_queue_does_not_choose_an_applicant(window, qtbot):
    window.queueView.selectRow(0)
    chosen = window.selected_applicant()
    unit = window.workspace.vacant_units[5]
    window.select_unit(unit.unit.id)
    assert window.candidates._source == ("unit", unit.unit.id)

    window.queueFilter.setFocus()
    qtbot.keyClicks(window.queueFilter, "behandl")  # leaves the chosen applicant out

    assert chosen.case_no not in [window.queue_proxy.row_object(r).case_no for r in range(window.queue_proxy.rowCount())]
    assert window.selected_applicant() is None
    assert window.candidates._source == ("unit", unit.unit.id)  # the candidates still belong to the unit
    assert unit.building.address in window.candidatesHeading.text()


def test_filtering_keeps_a_chosen_applicant_who_is_still_listed(window, qtbot):
    window.queueFilter.setText("2026")
    window.queueView.selectRow(2)
    chosen = window.selected_applicant()
    window.queueFilter.setText(chosen.case_no)
    assert window.selected_applicant() is chosen
