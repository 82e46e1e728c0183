"""The «Møte» panel's decisions: a proposal onto the agenda, the decision dialog, a meeting dated
later than today, and undo and redo that keep what was written. A part of MeetingPanel
(meeting_panel_base.py says why the panel is in parts)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from ..domain import Applicant, MeetingStatus, UnitSurroundings
from ..services.meetings import MeetingError
from ..store import StoreError
from ..words import shown
from .confirm import ask
from .meeting_panel_base import MeetingPanelBase
from .qt_translations import translate

if TYPE_CHECKING:
    from ..services.decisions import DecisionDraft


class DecidingPart(MeetingPanelBase):
    """Recording, undoing and redoing the decisions of a running meeting."""

    def propose(self, applicant: Applicant, target: UnitSurroundings) -> None:
        """Ctrl+Enter in the workspace: put the pair on the agenda and, in a running meeting, decide."""
        if self.meeting_id is None:
            QMessageBox.information(self, translate("MeetingPanel", "Ingen møter"), translate("MeetingPanel", "Lag et møte først (Møte → Nytt møte …)."))
            return
        record = self.meetings.record(self.meeting_id)
        if record.meeting.status in (MeetingStatus.CLOSED, MeetingStatus.SIGNED):
            QMessageBox.information(self, translate("MeetingPanel", "Møtet er avsluttet"), translate("MeetingPanel", "Velg et planlagt eller pågående møte."))
            return
        case = next((c for c in record.cases if c.applicant.case_no == applicant.case_no), None)
        if case is None and not self.add_case(applicant, target.vacant.unit.id):
            return
        if record.meeting.status is MeetingStatus.IN_PROGRESS:
            self.decide(applicant, target.vacant.unit.id)

    def decide_selected(self) -> None:
        case = self.selected_case()
        if case is None:
            QMessageBox.information(self, translate("MeetingPanel", "Velg en sak"), translate("MeetingPanel", "Velg saken på sakslisten først."))
        elif case.decision is not None:
            QMessageBox.information(self, translate("MeetingPanel", "Allerede avgjort"),
                                    translate("MeetingPanel", "Sak {case} er avgjort. Angre vedtaket først om det skal endres.")
                                    .format(case=case.applicant.case_no))
        else:
            kept = self._kept_drafts.get((self.meeting_id, case.applicant.case_no))
            self.decide(case.applicant, kept.unit_id if kept and kept.unit_id else case.proposal.unit_id)

    def decide(self, applicant: Applicant, unit_id: str | None, initial: DecisionDraft | None = None) -> bool:
        """The decision dialog for one case; what an undo kept of this case is filled in again."""
        if self._refused_read_only() or not self._may_decide_today():
            return False
        record = self.meetings.record(self.meeting_id)
        key = (self.meeting_id, applicant.case_no)
        initial = initial or self._kept_drafts.get(key)
        from .decision_dialog import DecisionDialog  # its form and checks when first opened (issue 16 item 12)

        try:
            dialog = DecisionDialog(self.decisions, self.meeting_id, applicant, unit_id, self.workspace.vacant_units,
                                    record.participants, self.window_.screened, self,
                                    mask_below=self.mask_below, initial=initial)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kan ikke fatte vedtak"), error)
            return False
        decided = bool(dialog.exec())
        dialog.deleteLater()
        if not decided:
            return False
        # A new decision ends what could be redone (as in any editor); a kept draft of another
        # case still fills in its dialog.
        self._kept_drafts.pop(key, None)
        self._redo.pop(self.meeting_id, None)
        # The decided case stays selected, so the window keeps showing it (issue 16 item 9).
        self.refresh(select=applicant.case_no)
        self.workspaceChanged.emit()
        self._confirm_saved(applicant.case_no)
        return True

    def _may_decide_today(self) -> bool:
        """A meeting dated later than today takes no decision: one made now would be made before the
        meeting it belongs to, and the decision service refuses it (Meeting.too_early). Before its
        first decision the meeting can be moved to today, the likely case when it is held early;
        otherwise nothing is recorded («Nei» is the default; issue 16 and the lawyer's review)."""
        meeting = self.meetings.get(self.meeting_id)
        today = self.window_.today
        if meeting.held_on <= today:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, translate("MeetingPanel", "Møtet er ikke i dag"),
                          translate("MeetingPanel", "Møtet er datert {date}, og i dag er {today}. Et vedtak kan ikke "
                                                    "føres før møtedagen: det ville være fattet før møtet det hører "
                                                    "til.").format(date=f"{meeting.held_on:%d.%m.%Y}",
                                                                                  today=f"{today:%d.%m.%Y}"),
                          parent=self)
        movable = not self.decisions.for_meeting(self.meeting_id)
        move = box.addButton(translate("MeetingPanel", "&Flytt møtet til i dag"),
                             QMessageBox.ButtonRole.AcceptRole) if movable else None
        no = box.addButton(translate("MeetingPanel", "&Nei"), QMessageBox.ButtonRole.RejectRole)
        box.setInformativeText(translate("MeetingPanel", "Ble møtet holdt tidligere enn planlagt, flytt det til i dag.")
                               if movable else translate("MeetingPanel", "Møtet har allerede vedtak og kan ikke flyttes."))
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is move and move is not None:
            try:
                self.meetings.change(self.meeting_id, held_on=today)
            except (MeetingError, StoreError) as error:
                self._problem(translate("MeetingPanel", "Kunne ikke flytte møtet"), error)
                return False
            self._fill_chooser(select=self.meeting_id)
            self.window_.statusBar().showMessage(
                translate("MeetingPanel", "Møtet er flyttet til i dag, {today}.").format(today=f"{today:%d.%m.%Y}"), 10000)
            return True
        return False

    def _confirm_saved(self, case_no: str) -> None:
        """Say in the status bar, for long enough to read it, what was recorded."""
        case = next((c for c in self.agenda.rows() if c.applicant.case_no == case_no), None)
        if case is None or case.decision is None:
            return
        outcome = shown(case.decision.outcome)
        if case.decision.unit_id:
            place = self.agenda.place_text(case)
            message = translate("MeetingPanel", "Vedtaket i sak {number} ({case}) er lagret: {outcome}, {place}.").format(
                number=case.number, case=case_no, outcome=outcome, place=place)
        else:
            message = translate("MeetingPanel", "Vedtaket i sak {number} ({case}) er lagret: {outcome}.").format(
                number=case.number, case=case_no, outcome=outcome)
        self.window_.statusBar().showMessage(message, 10000)

    def undo_last(self) -> None:
        last = self.decisions.last(self.meeting_id) if self.meeting_id else None
        if last is None or self._refused_read_only():
            return
        if not ask(self, translate("MeetingPanel", "Angre siste vedtak?"),
                   translate("MeetingPanel", "Angre vedtaket i sak {case} ({outcome})? Søkeren settes tilbake på ventelisten og boligen blir "
                             "ledig igjen. Angringen føres i revisjonsloggen.").format(case=last.case_no, outcome=shown(last.outcome))
                   + "\n\n" + translate("MeetingPanel", "Det som ble skrevet, beholdes: Gjør om (Ctrl+Shift+Z) fører "
                                          "vedtaket på nytt.")):
            return
        try:
            undone = self.decisions.undo_last(self.meeting_id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke angre"), error)
            return
        from ..services.decisions import draft_of

        self._kept_drafts[(self.meeting_id, undone.case_no)] = draft_of(undone)
        self._redo.setdefault(self.meeting_id, []).append(undone.case_no)
        self.refresh(select=undone.case_no)
        self.workspaceChanged.emit()
        self.window_.statusBar().showMessage(
            translate("MeetingPanel", "Vedtaket i sak {case} er angret. Gjør om med Ctrl+Shift+Z.").format(
                case=undone.case_no), 10000)

    def can_redo(self) -> bool:
        return bool(self._redo.get(self.meeting_id))

    def redo_last(self) -> None:
        """Gjør om: record the last undone decision again, with everything that was written.

        It is a new decision through every check of a new one (the audit log shows decide, undo,
        decide). If it can no longer be saved as it was (the unit was given away meanwhile), the
        decision dialog opens with the kept draft and says why."""
        stack = self._redo.get(self.meeting_id)
        if not stack:
            self.window_.statusBar().showMessage(translate("MeetingPanel", "Ingen angrede vedtak å gjøre om."), 5000)
            return
        if self.meetings.get(self.meeting_id).status is not MeetingStatus.IN_PROGRESS:
            self.window_.statusBar().showMessage(
                translate("MeetingPanel", "Vedtak kan bare gjøres om mens møtet pågår."), 8000)
            return
        case_no = stack.pop()
        key = (self.meeting_id, case_no)
        draft = self._kept_drafts[key]
        try:
            self.decisions.record(self.meeting_id, draft)
        except (MeetingError, StoreError):
            # No longer savable as it was (the unit went to someone else meanwhile): the dialog
            # shows the kept draft and what stands in the way; cancelled, it can be redone later.
            case = next((c for c in self.meetings.record(self.meeting_id).cases if c.applicant.case_no == case_no), None)
            remaining = list(stack)
            if case is not None and self.decide(case.applicant, draft.unit_id, draft):
                self._redo[self.meeting_id] = remaining  # a redo, not a new decision: the rest stays
            else:
                stack.append(case_no)
            return
        self._kept_drafts.pop(key, None)
        self.refresh(select=case_no)
        self.workspaceChanged.emit()
        self.window_.statusBar().showMessage(
            translate("MeetingPanel", "Vedtaket i sak {case} er ført på nytt, med begrunnelsene.").format(case=case_no),
            10000)
