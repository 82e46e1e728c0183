"""Small dialogs of the meeting: a new meeting, its participants, and a free text (addendum)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit, QVBoxLayout

from ..domain import Attendance, ParticipantRole
from ..services.meetings import MeetingError, Meetings
from .confirm import AskBeforeDiscarding
from .forms_generated.ui_meeting_dialog import Ui_MeetingDialog
from .formatting import to_date
from .forms_generated.ui_participants_dialog import Ui_ParticipantsDialog
from .models.meeting import ParticipantModel
from .screen_fit import fit_to_screen
from ..words import error_text, shown


class NewMeetingDialog(AskBeforeDiscarding, QDialog, Ui_MeetingDialog):
    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.placeEdit.setText("Boligkontoret, møterom 1")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remember_untouched()
        fit_to_screen(self)

    def values(self) -> tuple[date, str, str]:
        return to_date(self.dateEdit.date()), self.placeEdit.text().strip(), self.titleEdit.text().strip()


class ParticipantsDialog(AskBeforeDiscarding, QDialog, Ui_ParticipantsDialog):
    """Who takes part, in which role, and who holds decision authority (004 l.1394–1404)."""

    def __init__(self, meetings: Meetings, meeting_id: int, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.meetings, self.meeting_id = meetings, meeting_id
        self.model = ParticipantModel(self)
        self.participantsView.setModel(self.model)
        self.participantsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for role in ParticipantRole:
            self.roleCombo.addItem(shown(role).capitalize(), role.value)
        self.roleCombo.setCurrentIndex(self.roleCombo.findData(ParticipantRole.MEMBER.value))
        self.roleCombo.currentIndexChanged.connect(self._role_changed)
        self.addButton.clicked.connect(self.add)
        self.nameEdit.returnPressed.connect(self.add)
        self.removeButton.clicked.connect(self.remove_selected)
        self.attendanceButton.clicked.connect(self.toggle_attendance)
        # «Lukk» closes like Esc: a name typed but not added is not lost without a question.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.refresh()
        self.remember_untouched()
        self.nameEdit.setFocus()  # typing starts with the next participant's name
        fit_to_screen(self)

    def _role_changed(self) -> None:
        advisor = self.roleCombo.currentData() == ParticipantRole.ADVISOR.value
        self.authorityCheck.setChecked(not advisor)

    def refresh(self) -> None:
        self.model.set_rows(self.meetings.participants(self.meeting_id))

    def add(self) -> None:
        try:
            self.meetings.add_participant(self.meeting_id, self.nameEdit.text(), ParticipantRole(self.roleCombo.currentData()),
                                          self.organisationEdit.text(), self.authorityCheck.isChecked(),
                                          Attendance.APOLOGIES if self.apologiesCheck.isChecked() else Attendance.PRESENT)
        except MeetingError as error:
            self.problemLabel.setText(error_text(error))
            return
        self.problemLabel.clear()
        self.nameEdit.clear()
        self.organisationEdit.clear()
        self.nameEdit.setFocus()
        self.refresh()

    def toggle_attendance(self) -> None:
        """Present ↔ sent apologies (forfall), for the selected participant."""
        rows = self.participantsView.selectionModel().selectedRows()
        if not rows:
            return
        participant = self.model.row_object(rows[0].row())
        try:
            self.meetings.set_attendance(participant.id, Attendance.APOLOGIES if participant.present
                                         else Attendance.PRESENT)
        except MeetingError as error:
            self.problemLabel.setText(error_text(error))
            return
        self.problemLabel.clear()
        self.refresh()
        self.participantsView.selectRow(rows[0].row())

    def remove_selected(self) -> None:
        rows = self.participantsView.selectionModel().selectedRows()
        if not rows:
            return
        try:
            self.meetings.remove_participant(self.model.row_object(rows[0].row()).id)
        except MeetingError as error:
            self.problemLabel.setText(error_text(error))
            return
        self.refresh()


class TextDialog(AskBeforeDiscarding, QDialog):
    """A paragraph of free text (an addendum to signed minutes); Esc asks before discarding it."""

    def __init__(self, title: str, prompt: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(title)
        label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (label, self.edit, self.buttons):
            layout.addWidget(widget)
        self.remember_untouched()
        self.edit.setFocus()
        fit_to_screen(self, QSize(520, 300))

    def text(self) -> str:
        return self.edit.toPlainText()
