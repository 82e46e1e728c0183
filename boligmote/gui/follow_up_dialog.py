"""Møte → Oppfølging: the follow-up points overdue and due soon, and recording what was done
(issue 17 item 2). Each point is what a decision promised after the key was handed over."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView

from ..domain import TenancyState
from ..services.follow_up import FollowUpError, follow_ups_due, record_follow_up
from ..services.meeting_settings import load_meeting_settings
from ..store import Database, StoreError
from ..text import sentence_case
from .user_name import user_name
from .confirm import AskBeforeDiscarding
from .file_state import read_only_reason, set_available
from .formatting import to_date, to_qdate
from .forms_generated.ui_follow_up_dialog import Ui_FollowUpDialog
from .models.base import SORT_ROLE
from .models.follow_up import FollowUpModel
from .qt_translations import translate
from .screen_fit import fit_to_screen
from ..words import error_text, shown


class FollowUpDialog(AskBeforeDiscarding, QDialog, Ui_FollowUpDialog):
    def __init__(self, database: Database, today: date, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database, self.today = database, today
        self.model = FollowUpModel(today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.pointsView.setModel(self.proxy)
        self.pointsView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.pointsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the long texts share what is left, so every column stays on a 1366-pixel screen
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.pointsView.verticalHeader().hide()
        for state in TenancyState:
            if state is TenancyState.MOVED_OUT:
                # Planned or not decides whether the evidence on each rule counts it as a poor outcome (m0009).
                self.stateCombo.addItem(translate("FollowUpDialog", "Flyttet ut, planlagt (egen bolig, privat leie …)"),
                                        f"{state.value}:planned")
                self.stateCombo.addItem(translate("FollowUpDialog", "Flyttet ut, ikke planlagt"),
                                        f"{state.value}:unplanned")
                continue
            self.stateCombo.addItem(sentence_case(shown(state)), state.value)
        self.doneDate.setMaximumDate(to_qdate(date.today()))
        self.doneDate.setDate(to_qdate(min(today, date.today())))
        self.daysSpin.setValue(load_meeting_settings(database).follow_up_days)
        self.daysSpin.valueChanged.connect(self.refresh)
        self.pointsView.selectionModel().currentRowChanged.connect(self._show_selected)
        self.recordButton.clicked.connect(self.record)
        self.buttonBox.rejected.connect(self.reject)
        self.refresh()
        self.remember_untouched()
        fit_to_screen(self)

    def edited_state(self):
        # Only the description is the user's work; a state or date picked is quickly chosen again.
        return self.doneEdit.toPlainText().strip()

    @property
    def writable(self) -> bool:
        return not self.database.readonly

    def selected(self):
        current = self.pointsView.selectionModel().currentIndex()
        if not current.isValid():
            return None
        return self.model.row_object(self.proxy.mapToSource(current).row())

    def refresh(self, *_args, keep_message: bool = False) -> None:
        listing = follow_ups_due(self.database, self.today, self.daysSpin.value())
        self.model.set_rows(listing.items)
        summary = translate("FollowUpDialog", "{count} punkter forfaller innen {until}").format(
            count=len(listing.items), until=f"{listing.until:%d.%m.%Y}")
        if listing.overdue:
            summary += translate("FollowUpDialog", "; {overdue} har passert fristen").format(overdue=listing.overdue)
        self.summaryLabel.setText(summary + ".")
        if not keep_message:
            self._say("" if self.writable else read_only_reason())
        if listing.items:
            self.pointsView.selectRow(0)
            self.pointsView.setCurrentIndex(self.proxy.index(0, 0))
        self._show_selected()

    def _show_selected(self, *_args) -> None:
        item = self.selected()
        if item is None:
            self.promisedLabel.setText(translate("FollowUpDialog", "Ingen oppfølgingspunkter forfaller i perioden.")
                                       if not self.model.rowCount() else "")
        else:
            self.promisedLabel.setText(translate("FollowUpDialog", "Lovet: {promised}").format(
                promised=item.point.promised.replace("\n", "; ")))
        if not self.writable:
            set_available(self.recordGroup, False, read_only_reason())
            set_available(self.recordButton, False, read_only_reason())
        else:
            set_available(self.recordGroup, item is not None)
            set_available(self.recordButton, item is not None)

    def record(self) -> None:
        item = self.selected()
        if item is None or not self.writable:
            return
        value, _, move = self.stateCombo.currentData().partition(":")
        state = TenancyState(value)
        user_name(self)  # «utført av» names the person (asked once), not the login account
        try:
            record_follow_up(self.database, item.point.id, self.doneEdit.toPlainText(), state,
                             to_date(self.doneDate.date()),
                             move_planned={"planned": True, "unplanned": False}.get(move))
        except (FollowUpError, StoreError) as error:
            self._say(error_text(error), problem=True)
            self.doneEdit.setFocus()
            return
        self.doneEdit.clear()
        self.remember_untouched()
        self.refresh(keep_message=True)
        self._say(translate("FollowUpDialog", "Ført som utført: {address} ({state}).").format(
            address=f"{item.address}, {item.stairwell_label}", state=shown(state)))
        self.pointsView.setFocus()

    def _say(self, text: str, problem: bool = False) -> None:
        """A refusal in red; a confirmation or the read-only note in the normal colour."""
        self.problemLabel.setStyleSheet("color: #9c1c1c;" if problem else "")
        self.problemLabel.setText(text)
