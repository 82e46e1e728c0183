"""The «Møte» panel's planning: a new meeting, its participants, starting and closing it, and
cases onto its agenda (with the consent warning). A part of MeetingPanel (meeting_panel_base.py
says why the panel is in parts)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ..domain import Applicant
from ..services.meetings import MeetingError
from ..store import StoreError
from .confirm import ask
from .meeting_panel_base import MeetingPanelBase
from .qt_translations import translate
from .user_name import user_name
from ..words import shown


class PlanningPart(MeetingPanelBase):
    """A meeting from its creation to its close, and the cases on its agenda."""

    def new_meeting(self) -> None:
        if self._refused_read_only():
            return
        from .meeting_dialogs import NewMeetingDialog

        dialog = NewMeetingDialog(self.window_.today, self)
        if not dialog.exec():
            return
        held_on, place, title = dialog.values()
        try:
            meeting = self.meetings.create(held_on, place, title)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke lage møtet"), error)
            return
        self._fill_chooser(select=meeting.id)
        self.edit_participants()

    def edit_participants(self) -> None:
        if self._refused_read_only():
            return
        if self.meeting_id is not None:
            from .meeting_dialogs import ParticipantsDialog

            ParticipantsDialog(self.meetings, self.meeting_id, self).exec()
            self.refresh()

    def _start_meeting(self) -> None:
        self._lifecycle(self.meetings.start)

    def _lifecycle(self, move) -> None:
        try:
            move(self.meeting_id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke endre møtets status"), error)
        self._fill_chooser(select=self.meeting_id)

    def _close_meeting(self) -> None:
        if self._refused_read_only():
            return
        record = self.meetings.record(self.meeting_id)
        open_cases = [c for c in record.cases if c.decision is None]
        if open_cases:
            if not ask(self, translate("MeetingPanel", "Avslutte møtet?"),
                       translate("MeetingPanel", "{count} saker er ikke avgjort og blir stående uten vedtak i protokollen. Avslutte likevel?")
                       .format(count=len(open_cases))):
                return
        self._lifecycle(self.meetings.close)

    def add_case(self, applicant: Applicant, unit_id: str | None) -> bool:
        try:
            # The person's own name, never the login account («forberedt av root», issue 16).
            self.meetings.add_case(self.meeting_id, applicant.case_no, unit_id, prepared_by=user_name(self))
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke legge saken på sakslisten"), error)
            return False
        self.refresh()
        self._warn_about_consent(applicant.case_no)
        return True

    def _warn_about_consent(self, case_no: str) -> None:
        """The applicant has not consented to sharing with the organisations in the meeting
        (004 l.1816–1839): say so at once, without stopping the meeting."""
        warning = shown(self.meetings.consent_warning(self.meeting_id, case_no))
        if not warning:
            return
        self.window_.statusBar().showMessage(warning, 30000)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MeetingPanel", "Samtykke mangler"), warning,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the meeting goes on; the case is on the agenda
        box.show()

    def add_selected_applicant(self) -> None:
        if self._refused_read_only():
            return
        applicant = self.window_.selected_applicant()
        if applicant is None:
            QMessageBox.information(self, translate("MeetingPanel", "Velg en søker"), translate("MeetingPanel", "Velg søkeren i søkerlisten først."))
            return
        unit = self.window_.selected_unit()
        self.add_case(applicant, unit.unit.id if unit else None)
