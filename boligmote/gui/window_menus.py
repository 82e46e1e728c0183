"""The main window's menus and keyboard: which menu entry and shortcut leads where, the tab order,
the focus keys, and what the Vis and Hjelp menus do themselves (screened view, meeting view,
incidents, about, help). A part of MainWindow (window_base.py says why the window is in parts).

connect_menus wires the entries to every part, so it takes the whole MainWindow, not this part."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QTableView

from .archive_action import install_archive_action
from .evidence_action import install_evidence_action
from .kobo_action import install_kobo_export_action
from .menu_actions import (install_at_risk_action, install_follow_up_action, install_plan_action,
                           install_renewals_action)
from .qt_translations import translate
from .statistics_action import install_statistics_action
from .window_base import WindowBase

if TYPE_CHECKING:
    from .main_window import MainWindow


class MenusPart(WindowBase):
    """Menu entries, shortcuts and focus keys, and the view's modes they switch."""

    def _set_tab_order(self) -> None:
        tab_order = [self.priorityFilter, self.needFilter, self.queueFilter, self.queueView,
                     self.districtFilter, self.roomsFilter, self.accessFilter, self.unitsFilter, self.unitsView,
                     self.compositionView, self.candidatesView, self.showUnsuitable, self.proposalView,
                     self.proposeButton, self.meeting_panel.meetingChooser, self.meeting_panel.agendaView]
        for first, second in zip(tab_order, tab_order[1:]):
            self.setTabOrder(first, second)

    @staticmethod
    def _focus_and_select(view: QTableView) -> None:
        """Ctrl+4 / Ctrl+5: focus lands on a selected row, so Enter, Ctrl+Enter or Ctrl+D act at once."""
        view.setFocus()
        if not view.selectionModel().hasSelection() and view.model() is not None and view.model().rowCount():
            view.selectRow(0)

    def set_screened(self, screened: bool) -> None:
        """«Skjermet visning»: names hidden everywhere, case numbers only (screen sharing)."""
        if self.actionScreened.isChecked() != screened:
            self.actionScreened.setChecked(screened)  # re-enters through toggled
            return
        for model in (self.queue_model, self.units_model):
            model.set_screened(screened)
        self.candidates.set_screened(screened)
        self._refilter(self.queueView, lambda: self.queue_proxy.set_text(self.queueFilter.text()))
        self.meeting_panel.refresh()
        self.statusBar().showMessage(translate("MainWindow", "Skjermet visning: navn er skjult") if screened
                                     else translate("MainWindow", "Navn vises"), 4000)

    def set_meeting_view(self, on: bool) -> None:
        """Vis → Møtevisning (F11): the case in hand full screen for the projector; F11 or Esc leaves."""
        from .meeting_view import MeetingView  # the projector's painter only when asked for

        if on and self.meeting_view is None:
            self.meeting_view = MeetingView(self)
            self.meeting_view.closed.connect(lambda: self.actionMeetingView.setChecked(False))
        if on:
            self.meeting_view.open()
        elif self.meeting_view is not None and self.meeting_view.isVisible():
            self.meeting_view.close()

    @property
    def screened(self) -> bool:
        return self.actionScreened.isChecked()

    def _register_incident(self) -> None:
        from .incident_dialog import register_incident  # the dialog loads when first asked for

        register_incident(self)

    def _remove_incident(self) -> None:
        from .incident_dialog import remove_incident

        remove_incident(self)

    def _about(self) -> None:
        from .about import show_about

        show_about(self, self.workspace.database.path if self.workspace else None)

    def show_help(self) -> None:
        """Hjelp → Brukerveiledning (F1)."""
        from .help_window import show_help

        show_help(self)


def connect_menus(window: MainWindow) -> None:
    """Every menu entry and shortcut to what it does, in whichever part of `window` does it.
    The entries installed by their own modules are installed in this order, their order in the menus."""
    window.actionFocusCandidates.triggered.connect(lambda: window._focus_and_select(window.candidatesView))
    window.actionFocusFilter.triggered.connect(window._focus_filter)
    window.actionRenewals = install_renewals_action(window)
    window.actionPlan = install_plan_action(window)
    window.actionNewMeeting.triggered.connect(window.meeting_panel.new_meeting)
    window.actionStartMeeting.triggered.connect(window.meeting_panel.startButton.click)
    window.actionCloseMeeting.triggered.connect(window.meeting_panel.closeMeetingButton.click)
    window.actionSignMinutes.triggered.connect(window.meeting_panel.signButton.click)
    window.actionLetter.triggered.connect(window.meeting_panel.show_letter)
    window.actionDecide.triggered.connect(window.meeting_panel.decide_selected)
    window.actionUndoDecision.triggered.connect(window.meeting_panel.undo_last)
    window.actionRedoDecision.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    window.actionRedoDecision.triggered.connect(window.meeting_panel.redo_last)
    window.actionMinutes.triggered.connect(lambda: window.meeting_panel.show_minutes(signing=False))
    window.actionFocusMeeting.triggered.connect(lambda: window._focus_and_select(window.meeting_panel.agendaView))
    # The incident log (issue 17 item 3): from the menu, and under the composition it changes.
    window.registerIncidentButton = QPushButton(translate("MainWindow", "Registrer hendelse …"), window.compositionBox)
    window.registerIncidentButton.setObjectName("registerIncidentButton")
    window.registerIncidentButton.setToolTip(window.actionRegisterIncident.toolTip())
    # Under the note, not beside it: beside it, the pane (and so the window) would need 60 px
    # more width than the small screens give (tests/gui/test_fit_screen.py).
    window.compositionLayout.addWidget(window.registerIncidentButton, 0, Qt.AlignmentFlag.AlignRight)
    window.registerIncidentButton.clicked.connect(window.actionRegisterIncident.trigger)
    window.actionRegisterIncident.triggered.connect(window._register_incident)
    window.actionRemoveIncident.triggered.connect(window._remove_incident)
    window.actionFollowUps = install_follow_up_action(window)
    window.actionAtRisk = install_at_risk_action(window)
    window.actionArchive = install_archive_action(window)
    window.actionExportKobo = install_kobo_export_action(window)

    window.actionNew.triggered.connect(window.new_database_dialog)
    window.actionOpen.triggered.connect(window.open_database_dialog)
    window.actionImport.triggered.connect(window.import_dialog)
    window.actionExportCases.triggered.connect(window.export_cases_dialog)
    window.actionImportCases.triggered.connect(window.import_cases_dialog)
    window.actionPreparationCopy.triggered.connect(window.preparation_copy_dialog)
    window.actionRestore.triggered.connect(window.restore_dialog)
    window.actionQuit.triggered.connect(window.close)
    window.actionSettings.triggered.connect(window.edit_settings)
    window.actionEvidence = install_evidence_action(window)
    window.actionStatistics = install_statistics_action(window)
    window.actionScreened.toggled.connect(window.set_screened)
    window.meeting_view = None  # Vis → Møtevisning (F11), made when first opened
    window.actionMeetingView.toggled.connect(window.set_meeting_view)
    window.actionFocusQueue.triggered.connect(window.queueView.setFocus)
    window.actionFocusUnits.triggered.connect(window.unitsView.setFocus)
    window.actionFocusComposition.triggered.connect(window.compositionView.setFocus)
    window.actionAbout.triggered.connect(window._about)
    window.actionHelp.triggered.connect(window.show_help)
    for menu in (window.menuFile, window.menuMeeting):
        menu.setToolTipsVisible(True)  # a disabled entry says why
