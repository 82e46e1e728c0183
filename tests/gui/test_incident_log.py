"""The incident log in the window (issue 17 item 3): the dialog, reached from the menu and the
composition pane, prefilled with the unit in view, keyboard-usable; after saving, the
composition pane and the candidates' flags follow without reopening the file."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from boligmote.domain import IncidentType, NeedCategory
from boligmote.gui.incident_dialog import IncidentDialog
from boligmote.services.incidents import IncidentDraft, IncidentLog
from boligmote.services.workspace import Workspace
from boligmote.store import Database

from .test_safe_keys import activate
from .test_safe_keys import when_modal as _when_modal

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def when_modal(qtbot, kind, act) -> list:
    """test_safe_keys.when_modal, but a failing step closes the dialog: exec() must not block the run."""
    def guarded(dialog) -> None:
        try:
            act(dialog)
        except BaseException:
            if hasattr(dialog, "remember_untouched"):
                dialog.remember_untouched()
            dialog.done(0)
            raise

    return _when_modal(qtbot, kind, guarded)


def _clean_unit_and_applicant_in_treatment(window):
    """A vacant unit whose stairwell has no active user and no drug-related flag yet for an
    applicant in treatment who is a listed candidate for it."""
    workspace, matching = window.workspace, window.matching
    for vacant in workspace.vacant_units:
        if workspace.compositions.stairwell(vacant.unit.stairwell_id).count(NeedCategory.ACTIVE_USE):
            continue
        for pair in matching.candidates_for_unit(vacant.unit.id):
            if pair.applicant.in_recovery and "RECOVERY_NEAR_USE" not in {
                    f.rule for f in matching.explained_flags(pair)}:
                return vacant, pair.applicant
    raise AssertionError("the small demo has such a unit and applicant")


def _rules_shown_for(window, case_no) -> set[str]:
    view = window.candidatesView
    row = view.model().find_row(lambda p: p.applicant.case_no == case_no)
    return {f.rule for f in view.model().explained_flags(view.model().rows()[row])}


def test_two_dealings_registered_in_the_window_flag_the_candidate_and_show_in_the_pane(window, qtbot,
                                                                                       reference_date):
    vacant, applicant = _clean_unit_and_applicant_in_treatment(window)
    window.select_unit(vacant.unit.id)
    window.candidates.choose_applicant(applicant.case_no, vacant.unit.id)
    assert window.candidates.selected_pair.applicant.case_no == applicant.case_no
    assert "RECOVERY_NEAR_USE" not in _rules_shown_for(window, applicant.case_no)

    def fill_and_save(dialog: IncidentDialog, days_ago: int) -> None:
        assert dialog.buildingCombo.currentData() == vacant.building.id  # the unit in view
        assert dialog.stairwellCombo.currentData() == vacant.unit.stairwell_id
        assert dialog.kindCombo.hasFocus()
        dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData(IncidentType.DRUG_DEALING.value))
        dialog.dateEdit.setDate(reference_date - timedelta(days=days_ago))
        dialog.reporterCombo.setEditText("politiet")
        qtbot.keyClick(dialog.kindCombo, Qt.Key.Key_Return)  # Enter saves once valid

    for days_ago, trigger in ((5, window.registerIncidentButton.click),
                              (30, window.actionRegisterIncident.trigger)):
        when_modal(qtbot, IncidentDialog, lambda d, n=days_ago: fill_and_save(d, n))
        trigger()

    # Without reopening: the candidate list and the proposal flag the pair, the pane counts it.
    assert "RECOVERY_NEAR_USE" in _rules_shown_for(window, applicant.case_no)
    assert window.candidates.selected_pair.applicant.case_no == applicant.case_no  # still chosen
    assert "Rehabilitering nær aktiv rus" in window.proposalView.toPlainText()
    row = window.composition_model.row("   Omsetning av rusmidler")
    assert (row.stairwell, row.building) == (2, 2)


def test_the_dialog_is_keyboard_usable(window, qtbot, reference_date):
    workspace = window.workspace
    dialog = IncidentDialog(IncidentLog(workspace.database, workspace), workspace, reference_date)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.remember_untouched())  # never ask at teardown
    dialog.show()
    activate(qtbot, dialog)
    # No unit in view: the building first, the whole building by default.
    assert dialog.buildingCombo.hasFocus() and dialog.stairwellCombo.currentData() is None
    order = [dialog.buildingCombo, dialog.stairwellCombo, dialog.dateEdit, dialog.kindCombo,
             dialog.reporterCombo, dialog.noteEdit]
    reached = ["buildingCombo"]
    for _ in range(12):  # Tab steps through the date's day, month and year, as every Qt date field does
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        name = focused.objectName() or focused.parent().objectName()
        if name != reached[-1]:
            reached.append(name)
        if name == "noteEdit":
            break
    assert reached == [w.objectName() for w in order]
    qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Tab)  # the description hands Tab on: to «Lagre» or «Avbryt»
    assert QApplication.focusWidget() in (dialog.saveButton, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    # Enter does not save while something is missing; the problems say what.
    assert not dialog.saveButton.isEnabled()
    dialog.buildingCombo.setFocus()
    qtbot.keyClick(dialog.buildingCombo, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert "Velg bygningen" in dialog.problemLabel.text() and "Velg hva slags hendelse" in dialog.problemLabel.text()

    dialog.buildingCombo.setCurrentIndex(0)
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData(IncidentType.NEIGHBOUR_COMPLAINT.value))
    dialog.reporterCombo.setEditText("nabo")
    name = workspace.queue[0].name
    dialog.noteEdit.setFocus()
    qtbot.keyClicks(dialog.noteEdit, f"Bråk hos {name}")
    assert "navn" in dialog.problemLabel.text() and not dialog.saveButton.isEnabled()
    dialog.noteEdit.setPlainText("x" * 501)
    assert "høyst 500 tegn" in dialog.problemLabel.text() and dialog.noteCount.text() == "501 / 500"
    dialog.noteEdit.setPlainText("Bråk i oppgangen om natten")
    assert dialog.saveButton.isEnabled() and dialog.problemLabel.text() == ""

    # Esc with text typed asks first («Nei» keeps the dialog open).
    answers = []

    def answer(box: QMessageBox) -> None:
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(qtbot, QMessageBox, answer)
    qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Escape)
    assert answers and "forkaste" in answers[0].lower()
    assert dialog.isVisible()

    qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Return, CTRL)  # Enter in the text is a new line …
    assert dialog.isVisible()
    qtbot.keyClick(dialog.reporterCombo.lineEdit(), Qt.Key.Key_Return)  # … elsewhere it saves
    assert dialog.saved is not None and not dialog.isVisible()
    assert dialog.saved.reported_by == "nabo" and dialog.saved.stairwell_id is None


def test_esc_without_typing_closes_at_once(window, qtbot, reference_date):
    workspace = window.workspace
    dialog = IncidentDialog(IncidentLog(workspace.database, workspace), workspace, reference_date)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.remember_untouched())  # never ask at teardown
    dialog.show()
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.buildingCombo, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_shift_h_opens_the_dialog_and_removal_asks_with_no_as_default(window, qtbot, reference_date):
    vacant = window.workspace.vacant_units[0]
    window.select_unit(vacant.unit.id)
    assert not window.actionRemoveIncident.isEnabled()  # nothing registered today
    before = window.composition_model.row("Siste 6 måneder").stairwell

    def save(dialog: IncidentDialog) -> None:
        dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData(IncidentType.VANDALISM.value))
        dialog.reporterCombo.setEditText("vaktmester")
        dialog.saveButton.click()

    opened = when_modal(qtbot, IncidentDialog, save)
    activate(qtbot, window)
    qtbot.keyClick(window.unitsView, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(opened))
    assert window.composition_model.row("Siste 6 måneder").stairwell == before + 1
    assert window.actionRemoveIncident.isEnabled()

    defaults = []

    def keep(box: QMessageBox) -> None:
        defaults.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        box.defaultButton().click()

    when_modal(qtbot, QMessageBox, keep)
    window.actionRemoveIncident.trigger()
    assert defaults == [True]
    assert window.composition_model.row("Siste 6 måneder").stairwell == before + 1  # «Nei» kept it

    when_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.actionRemoveIncident.trigger()
    assert window.composition_model.row("Siste 6 måneder").stairwell == before
    assert not window.actionRemoveIncident.isEnabled()


def test_a_read_only_file_disables_registering(qtbot, demo_path, reference_date):
    from boligmote.gui.main_window import MainWindow

    window = MainWindow(today=reference_date)
    qtbot.addWidget(window)
    database = Database.open(demo_path, readonly=True)
    window.show_workspace(Workspace.load(database, reference_date))
    assert not window.actionRegisterIncident.isEnabled() and not window.registerIncidentButton.isEnabled()
    assert "skrivebeskyttet" in window.actionRegisterIncident.toolTip()
    assert not window.actionRemoveIncident.isEnabled()
    window.close()


def test_the_composition_lists_incidents_by_kind_for_six_months(window, reference_date, qtmodeltester):
    workspace = window.workspace
    vacant = workspace.vacant_units[0]
    log = IncidentLog(workspace.database, workspace)
    for kind, days_ago in ((IncidentType.NEEDLES, 10), (IncidentType.NEEDLES, 20), (IncidentType.NEEDLES, 250)):
        log.register(IncidentDraft(vacant.building.id, vacant.unit.stairwell_id, reference_date - timedelta(days_ago),
                                   kind, "vaktmester"), reference_date)
    log.register(IncidentDraft(vacant.building.id, None, reference_date, IncidentType.BURGLARY, "politiet"),
                 reference_date)
    window.composition_model.show(workspace.surroundings(vacant))
    model = window.composition_model
    needles, burglary = model.row("   Sprøyter funnet"), model.row("   Innbrudd")
    counts = workspace.compositions.stairwell(vacant.unit.stairwell_id).incidents_of_kinds_since(
        [IncidentType.NEEDLES], reference_date - timedelta(days=183))
    assert needles.stairwell == counts[IncidentType.NEEDLES] >= 2  # the one 250 days ago is not counted
    assert burglary.stairwell == 0 < burglary.building  # building-wide: the building only
    qtmodeltester.check(model)
