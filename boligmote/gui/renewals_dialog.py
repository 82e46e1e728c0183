"""Møte → Fornyelser: the leases that run out soon, with what the meeting weighs (issue 17).

With a meeting chosen in the Møte pane, a lease goes on its agenda from here (the office's case
number and the tenant's name), and once the meeting is in progress it is decided here too
(RenewalDecisionDialog), its letter shown, or the decision undone while the meeting runs.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, QSortFilterProxyModel
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox

from ..domain import MeetingStatus
from ..domain.at_risk import kroner
from ..domain.renewals import RenewalOutcome
from ..services.at_risk import latest_arrears
from ..services.cooperation_plans import active_plans
from ..services.meeting_settings import load_meeting_settings
from ..services.meetings import MeetingError, Meetings
from ..services.renewal_agenda import RenewalCase, put_on_agenda, renewal_cases
from ..services.renewal_decisions import RenewalDecisions
from ..services.renewal_letters import issue_renewal_letter
from ..services.renewals import renewals_due
from ..store import Database, StoreError
from .file_state import read_only_reason, set_available
from .forms_generated.ui_renewals_dialog import Ui_RenewalsDialog
from .models.base import SORT_ROLE
from .models.renewals import RenewalsModel
from .qt_translations import translate
from .screen_fit import fit_to_screen
from .user_name import user_name
from ..words import error_text, shown


class RenewalsDialog(QDialog, Ui_RenewalsDialog):
    def __init__(self, database: Database, today: date, parent=None, meeting_id: int | None = None):
        super().__init__(parent)
        self.setupUi(self)
        self.database, self.today, self.meeting_id = database, today, meeting_id
        self.decisions = RenewalDecisions(database)
        self.cases: dict[int, RenewalCase] = {}  # tenancy id → RenewalCase in the chosen meeting
        self.model = RenewalsModel(today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.renewalsView.setModel(self.proxy)
        header = self.renewalsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The household takes what is left, so the suggestion stays on a 1366-pixel screen; address
        # and follow-up start at a width that shows a street and a service whole (drag for more, the
        # tooltip has the rest); the cooperation plan is mostly «–» and keeps its heading whole.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 190), (5, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.renewalsView.verticalHeader().hide()
        self.monthsSpin.setValue(load_meeting_settings(database).value("renewal", "months_ahead"))
        self.monthsSpin.valueChanged.connect(self.refresh)
        self.renewalsView.selectionModel().currentRowChanged.connect(self._show_detail)
        self.agendaButton.clicked.connect(self.put_on_agenda)
        self.decideButton.clicked.connect(self.decide)
        self.renewalsView.doubleClicked.connect(lambda _index: self.decide())
        self.letterButton.clicked.connect(self.show_letter)
        self.undoButton.clicked.connect(self.undo)
        self.buttonBox.rejected.connect(self.reject)
        self.refresh()
        # As wide as a 1366×768 screen allows: at the form's 1100 pixels address and household were cut
        fit_to_screen(self, QSize(1340, 680))

    # ---- the list -----------------------------------------------------------------------------

    def refresh(self, *_args, select_tenancy: int | None = None) -> None:
        meeting = None
        if self.meeting_id is not None:
            try:
                meeting = Meetings(self.database).get(self.meeting_id)
            except MeetingError:
                self.meeting_id = None
        self.meeting = meeting
        cases = renewal_cases(self.database, meeting.id) if meeting else []
        self.cases = {c.item.tenancy_id: c for c in cases}
        renewals = renewals_due(self.database, self.today, self.monthsSpin.value(), include=self.cases)
        self.model.set_meeting_cases(self.cases)
        self.model.plans.clear()
        self.model.plans.update(active_plans(self.database))
        self.arrears = latest_arrears(self.database)
        self.model.set_rows(renewals.items)
        overdue = sum(item.due.overdue(self.today) for item in renewals.items)
        summary = translate("RenewalsDialog", "{count} leieavtaler utløper innen {until}").format(
            count=len(renewals.items) - sum(1 for i in renewals.items if i.due.lease_ends > renewals.until),
            until=f"{renewals.until:%d.%m.%Y}")
        if overdue:
            summary += translate("RenewalsDialog", "; {overdue} er allerede utløpt").format(overdue=overdue)
        self.summaryLabel.setText(summary + ".")
        if meeting is None:
            self.meetingLabel.setText(translate("RenewalsDialog", "Velg et møte i Møte-panelet for å sette "
                                                                  "fornyelser på sakslisten."))
        else:
            self.meetingLabel.setText(translate("RenewalsDialog", "Møte: {title} {date} ({status}); fornyelser på "
                                                                  "sakslisten: {count}").format(
                title=meeting.title, date=f"{meeting.held_on:%d.%m.%Y}", status=shown(meeting.status),
                count=len(cases)))
        self.detailLabel.setText(translate("RenewalsDialog", "Velg en leieavtale for å se forslaget.")
                                 if renewals.items else translate("RenewalsDialog", "Ingen leieavtaler utløper i perioden."))
        row = 0
        if select_tenancy is not None:
            found = self.model.find_row(lambda i: i.due.tenancy.id == select_tenancy)
            row = self.proxy.mapFromSource(self.model.index(found, 0)).row() if found is not None else 0
        if renewals.items:
            self.renewalsView.selectRow(row)
        self._enable()

    def selected(self):
        current = self.renewalsView.selectionModel().currentIndex()
        if not current.isValid():
            return None
        return self.model.row_object(self.proxy.mapToSource(current).row())

    def selected_case(self):
        item = self.selected()
        return self.cases.get(item.due.tenancy.id) if item is not None else None

    def _show_detail(self, current, _previous) -> None:
        if current.isValid():
            item = self.model.row_object(self.proxy.mapToSource(current).row())
            text = translate("RenewalsDialog", "Forslag: {reason}").format(reason=item.suggestion.reason)
            amount, on = self.arrears.get(item.due.tenancy.id, (None, None))
            if amount:  # what the landlord's ledger says (issue 17 item 4): the meeting weighs it
                text += " " + translate("RenewalsDialog", "Restanse {amount} per {date}.").format(
                    amount=kroner(amount), date=f"{on:%d.%m.%Y}")
            plan = self.model.plans.get(item.due.tenancy.id)
            if plan is not None:
                text += " " + translate("RenewalsDialog", "Samarbeidsplan mellom {parties}: {measures}").format(
                    parties=", ".join(plan.parties), measures=plan.measures.replace("\n", " "))
            self.detailLabel.setText(text)
        self._enable()

    def _enable(self) -> None:
        writable = not self.database.readonly
        reason = "" if writable else read_only_reason()
        status = self.meeting.status if self.meeting else None
        item, case = self.selected(), self.selected_case()
        open_meeting = status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
        running = status is MeetingStatus.IN_PROGRESS
        decision = case.decision if case else None
        for widget, allowed in (
                (self.agendaButton, open_meeting and item is not None and case is None),
                (self.caseNoEdit, open_meeting), (self.tenantEdit, open_meeting),
                (self.decideButton, running and case is not None and decision is None),
                (self.undoButton, running and decision is not None)):
            set_available(widget, allowed and writable, reason if allowed else "")
        self.letterButton.setEnabled(decision is not None and decision.outcome is RenewalOutcome.NOT_RENEWED)

    # ---- the meeting ----------------------------------------------------------------------------

    def put_on_agenda(self) -> None:
        item = self.selected()
        if item is None or self.meeting is None:
            return
        try:
            put_on_agenda(self.database, self.meeting.id, item.due.tenancy.unit_id, self.caseNoEdit.text(),
                          self.tenantEdit.text(), prepared_by=user_name(self))
        except (MeetingError, StoreError) as error:
            QMessageBox.warning(self, translate("RenewalsDialog", "Ikke satt på sakslisten"), error_text(error))
            return
        self.caseNoEdit.clear()
        self.tenantEdit.clear()
        self.refresh(select_tenancy=item.due.tenancy.id)
        self.renewalsView.setFocus()

    def decide(self) -> None:
        case = self.selected_case()
        if case is None or case.decision is not None or not self.decideButton.isEnabled():
            return
        from .renewal_decision_dialog import RenewalDecisionDialog

        dialog = RenewalDecisionDialog(self.decisions, case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(select_tenancy=case.item.tenancy_id)

    def undo(self) -> None:
        case = self.selected_case()
        if case is None or case.decision is None:
            return
        answer = QMessageBox.question(self, translate("RenewalsDialog", "Angre vedtaket?"), translate(
            "RenewalsDialog", "Angre vedtaket i fornyelsessak {case_no} ({outcome})? Det som vedtaket endret, "
                              "settes tilbake.").format(case_no=case.item.case_no, outcome=shown(case.decision.outcome)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.decisions.undo(case.decision.id)
        except (MeetingError, StoreError) as error:
            QMessageBox.warning(self, translate("RenewalsDialog", "Vedtaket ble ikke angret"), error_text(error))
            return
        self.refresh(select_tenancy=case.item.tenancy_id)

    def show_letter(self) -> None:
        case = self.selected_case()
        if case is None or case.decision is None:
            return
        try:
            pdf, issued = issue_renewal_letter(self.database, case.decision.id)
        except (MeetingError, StoreError) as error:
            QMessageBox.warning(self, translate("RenewalsDialog", "Brevet kan ikke lages"), error_text(error))
            return
        from .minutes_preview import PdfPreviewDialog

        title = translate("RenewalsDialog", "Vedtaksbrev, fornyelsessak {case_no}").format(case_no=case.item.case_no)
        if not issued:
            title += translate("RenewalsDialog", " (utkast: møtet er ikke signert)")
        PdfPreviewDialog(pdf, title, f"vedtaksbrev-{case.item.case_no.replace('/', '-')}.pdf", parent=self).exec()
