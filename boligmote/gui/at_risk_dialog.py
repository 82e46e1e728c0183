"""Møte → Leieforhold i risiko: the tenancies the landlord's ledger marks, the measures the meeting
decides for them, and each tenancy's cooperation plan (issue 17 items 4 and 5).

The measures are the ones the eviction-prevention circular names (Kommunal- og
regionaldepartementet mfl. 2002, kap. 4 and 6; 004 l.1843–1850, 1867–1869, 1074–1126); the
plan follows its kap. 5.4 (004 l.1555–1584).
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem

from ..domain import AtRiskMeasure, MeetingStatus, NavBasis, PlanAgreement, PlanStatus
from ..domain.at_risk import AtRiskTenancy, CooperationPlan, kroner
from ..services.at_risk import deciders_of, record_at_risk_decision, tenancies_at_risk
from ..services.cooperation_plans import PlanError, close_plan, create_plan, plans_for, review_plan
from ..services.meetings import MeetingError, Meetings
from ..store import Database, StoreError
from ..text import sentence_case
from .confirm import AskBeforeDiscarding
from .file_state import read_only_reason, set_available
from .formatting import to_date, to_qdate
from .forms_generated.ui_at_risk_dialog import Ui_AtRiskDialog
from .forms_generated.ui_cooperation_plan_dialog import Ui_CooperationPlanDialog
from .models.at_risk import AtRiskModel
from .models.base import SORT_ROLE
from .qt_translations import translate
from .screen_fit import fit_to_screen
from ..words import error_text, shown

_RED = "color: #9c1c1c;"


class AtRiskDialog(AskBeforeDiscarding, QDialog, Ui_AtRiskDialog):
    def __init__(self, database: Database, today: date, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database, self.today = database, today
        self.model = AtRiskModel(today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.atRiskView.setModel(self.proxy)
        header = self.atRiskView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the long texts share what is left, so every column stays on a 1280-pixel screen
        for column in (1, 2, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # The service's order (undecided first, a petition for eviction first of all) until the user
        # clicks a column: no column's sort indicator may claim otherwise.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.atRiskView.verticalHeader().hide()
        self.measureChecks = {AtRiskMeasure.CONTACT: self.contactCheck, AtRiskMeasure.NAV: self.navCheck,
                              AtRiskMeasure.DEBT_COUNSELLING: self.debtCheck,
                              AtRiskMeasure.FOLLOW_UP_SERVICE: self.followUpCheck}
        self.navBasisCombo.addItem(translate("AtRiskDialog", "(velg når NAV er krysset av)"), None)
        for basis in NavBasis:
            self.navBasisCombo.addItem(sentence_case(shown(basis)), basis.value)
        self.navCheck.toggled.connect(self._nav_toggled)
        self.dueDate.setDate(to_qdate(today + timedelta(days=14)))
        self._fill_meetings()
        self.meetingCombo.currentIndexChanged.connect(self._meeting_chosen)
        self._meeting_chosen()
        self.atRiskView.selectionModel().currentRowChanged.connect(self._show_selected)
        self.recordButton.clicked.connect(self.record)
        self.planButton.clicked.connect(self.edit_plan)
        self.buttonBox.rejected.connect(self.reject)
        self.refresh()
        self.remember_untouched()
        # As wide as a 1366×768 screen allows: at the form's 1120 pixels addresses and households were cut
        fit_to_screen(self, QSize(1340, 700))

    def edited_state(self):
        # Only the note is the user's work; boxes ticked or a date picked are quickly chosen again.
        return self.noteEdit.toPlainText().strip()

    @property
    def writable(self) -> bool:
        return not self.database.readonly

    def _fill_meetings(self) -> None:
        """Meetings a measure can be decided in: held today or before and not yet signed (a signed
        record is never added to; a meeting ahead has not decided anything yet); the running one
        first."""
        meetings = [s.meeting for s in Meetings(self.database).all()
                    if s.meeting.status is not MeetingStatus.SIGNED and s.meeting.held_on <= self.today]
        meetings.sort(key=lambda m: (m.status is not MeetingStatus.IN_PROGRESS, -m.held_on.toordinal()))
        self._held_on = {m.id: m.held_on for m in meetings}
        for meeting in meetings:
            self.meetingCombo.addItem(f"{meeting.title} {meeting.held_on:%d.%m.%Y} ({shown(meeting.status)})",
                                      meeting.id)
        if not meetings:
            self.meetingCombo.addItem(translate("AtRiskDialog", "(ingen møte å beslutte i)"), None)

    def _meeting_chosen(self, *_args) -> None:
        """«Besluttet av» lists the chosen meeting's members with decision authority, all ticked."""
        self.decidersList.clear()
        meeting_id = self.meetingCombo.currentData()
        if meeting_id is None:
            return
        held_on = self._held_on[meeting_id]
        for participant_id, name in deciders_of(self.database, meeting_id):
            row = QListWidgetItem(name, self.decidersList)
            row.setData(Qt.ItemDataRole.UserRole, participant_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        if to_date(self.dueDate.date()) < held_on:
            self.dueDate.setDate(to_qdate(held_on + timedelta(days=14)))
        self.dueDate.setMinimumDate(to_qdate(held_on))

    def _deciders(self) -> list[int]:
        return [int(self.decidersList.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.decidersList.count())
                if self.decidersList.item(i).checkState() is Qt.CheckState.Checked]

    def _nav_toggled(self, checked: bool) -> None:
        self.navBasisCombo.setEnabled(checked and self.writable)
        if not checked:
            self.navBasisCombo.setCurrentIndex(0)

    def selected(self) -> AtRiskTenancy | None:
        current = self.atRiskView.selectionModel().currentIndex()
        if not current.isValid():
            return None
        return self.model.row_object(self.proxy.mapToSource(current).row())

    def refresh(self, *_args, keep_message: bool = False, select: int | None = None) -> None:
        listing = tenancies_at_risk(self.database, self.today)
        self.model.set_rows(listing.items)
        summary = translate("AtRiskDialog", "{count} leieforhold i risiko: restanse fra {amount} eller varsel siden "
                                            "{since}").format(count=len(listing.items),
                                                              amount=kroner(listing.arrears_from),
                                                              since=f"{listing.warnings_since:%d.%m.%Y}")
        if listing.undecided:
            summary += translate("AtRiskDialog", "; {count} uten beslutning etter siste melding fra utleier").format(
                count=listing.undecided)
        self.summaryLabel.setText(summary + ".")
        if not keep_message:
            self._say("" if self.writable else read_only_reason())
        row = self.model.find_row(lambda item: item.tenancy_id == select) if select is not None else None
        if listing.items:
            index = self.proxy.mapFromSource(self.model.index(row or 0, 0))
            self.atRiskView.selectRow(index.row())
            self.atRiskView.setCurrentIndex(index)
        self._show_selected()

    def _show_selected(self, *_args) -> None:
        item = self.selected()
        if item is None:
            self.detailLabel.setText(translate("AtRiskDialog", "Ingen leieforhold er i risiko etter reskontroen.")
                                     if not self.model.rowCount() else "")
        else:
            self.detailLabel.setText(self._detail(item))
        has_plan = item is not None and item.plan is not None
        self.planCheck.setChecked(has_plan and self.planCheck.isChecked())
        # Read-only: every input says why it is off; the plan can still be opened and read.
        inputs = (*self.measureChecks.values(), self.noteEdit, self.meetingCombo, self.decidersList, self.ownerEdit,
                  self.dueDate, self.recordButton)
        for widget in inputs:
            set_available(widget, self.writable and item is not None, "" if self.writable else read_only_reason())
        set_available(self.navBasisCombo, self.writable and item is not None and self.navCheck.isChecked(),
                      "" if self.writable else read_only_reason())
        set_available(self.planCheck, self.writable and has_plan, "" if self.writable else read_only_reason())
        set_available(self.planButton, item is not None)

    def _detail(self, item: AtRiskTenancy) -> str:
        lines = [f"{item.unit_id}, {item.address}, {item.stairwell_label} ({item.district}): {item.reasons()}."]
        if item.last_decision is not None:
            d = item.last_decision
            lines.append(translate("AtRiskDialog", "Siste beslutning {date} av {who}: {measures}. {note}").format(
                date=f"{d.decided_on:%d.%m.%Y}", who=d.decided_by, measures=sentence_case(d.measures_text),
                note=d.note.replace("\n", " ")))
        if item.plan is not None:
            lines.append(translate("AtRiskDialog", "Samarbeidsplan ({summary}) mellom {parties}: {measures}").format(
                summary=item.plan.summary(self.today), parties=", ".join(item.plan.parties),
                measures=item.plan.measures.replace("\n", " ")))
        return "\n".join(lines)

    def record(self) -> None:
        item = self.selected()
        if item is None or not self.writable:
            return
        measures = {measure for measure, box in self.measureChecks.items() if box.isChecked()}
        meeting_id = self.meetingCombo.currentData()
        if meeting_id is None:
            self._say(translate("AtRiskDialog", "Tiltak besluttes i et møte: lag eller start møtet først."),
                      problem=True)
            return
        basis = self.navBasisCombo.currentData()
        try:
            record_at_risk_decision(self.database, item.tenancy_id, measures, self.noteEdit.toPlainText(),
                                    meeting_id=meeting_id, deciders=self._deciders(),
                                    plan_id=item.plan.id if item.plan is not None and self.planCheck.isChecked()
                                    else None, nav_basis=NavBasis(basis) if basis else None,
                                    owner=self.ownerEdit.text(), due_on=to_date(self.dueDate.date()),
                                    today=self.today)
        except (MeetingError, StoreError) as error:  # AtRiskError is a MeetingError
            self._say(error_text(error), problem=True)
            self.noteEdit.setFocus()
            return
        self.noteEdit.clear()
        for box in self.measureChecks.values():
            box.setChecked(False)
        self.remember_untouched()
        self.refresh(keep_message=True, select=item.tenancy_id)
        self._say(translate("AtRiskDialog", "Beslutningen er ført: {unit}, {address}.").format(
            unit=item.unit_id, address=f"{item.address}, {item.stairwell_label}"))
        self.atRiskView.setFocus()

    def edit_plan(self) -> None:
        item = self.selected()
        if item is None:
            return
        CooperationPlanDialog(self.database, item.tenancy_id, f"{item.unit_id}, {item.address}, {item.stairwell_label}",
                              self).exec()
        self.refresh(keep_message=True, select=item.tenancy_id)

    def _say(self, text: str, problem: bool = False) -> None:
        """A refusal in red; a confirmation or the read-only note in the normal colour."""
        self.problemLabel.setStyleSheet(_RED if problem else "")
        self.problemLabel.setText(text)


class CooperationPlanDialog(AskBeforeDiscarding, QDialog, Ui_CooperationPlanDialog):
    """The tenancy's cooperation plan: a new one when none is active; else review or end it."""

    def __init__(self, database: Database, tenancy_id: int, where: str, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database, self.tenancy_id, self.where = database, tenancy_id, where
        today = date.today()
        for widget in (self.agreedDate, self.reviewDate, self.nextReviewDate):
            widget.setDate(to_qdate(today))
        self.agreedDate.setMaximumDate(to_qdate(today))
        self.reviewDate.setDate(to_qdate(today + timedelta(days=91)))  # about three months, as the demo's plans
        self.nextReviewDate.setDate(to_qdate(today + timedelta(days=91)))
        # Data, not interface text: the parties are written into the plan as the office names them.
        self.partiesEdit.setPlainText("Boligkontoret")
        self.tenantPartyEdit.setText("Leietakeren")
        self.agreementCombo.addItem(translate("CooperationPlanDialog", "(velg)"), None)
        for agreement in PlanAgreement:
            self.agreementCombo.addItem(sentence_case(shown(agreement)), agreement.value)
        self.tenantAgreedDate.setDate(to_qdate(today))
        self.tenantAgreedDate.setMaximumDate(to_qdate(today))
        for status in (PlanStatus.COMPLETED, PlanStatus.ENDED):
            self.statusCombo.addItem(sentence_case(shown(status)), status.value)
        self.createButton.clicked.connect(self.save_new_plan)
        self.reviewButton.clicked.connect(self.review)
        self.closeButton.clicked.connect(self.close_plan)
        self.buttonBox.rejected.connect(self.reject)
        self.show_plan()
        self.remember_untouched()
        fit_to_screen(self)

    @property
    def plan(self) -> CooperationPlan | None:
        return next((p for p in plans_for(self.database, self.tenancy_id) if p.active), None)

    def show_plan(self) -> None:
        plan = self.plan
        earlier = [p for p in plans_for(self.database, self.tenancy_id) if not p.active]
        lines = [self.where]
        if plan is None:
            lines.append(translate("CooperationPlanDialog", "Ingen aktiv samarbeidsplan."))
        else:
            lines.append(translate("CooperationPlanDialog", "Avtalt {agreed} mellom {parties}; {summary}.").format(
                agreed=f"{plan.agreed_on:%d.%m.%Y}", parties=", ".join(plan.parties),
                summary=plan.summary(date.today())))
            if plan.tenant_agreement is not None and plan.tenant_agreed_on is not None:
                lines.append(translate("CooperationPlanDialog", "{tenant} sa seg enig {how} {date}.").format(
                    tenant=plan.tenant_party, how=shown(plan.tenant_agreement), date=f"{plan.tenant_agreed_on:%d.%m.%Y}"))
            if plan.goals:
                lines.append(translate("CooperationPlanDialog", "Mål: {goals}").format(goals=plan.goals))
            lines.append(translate("CooperationPlanDialog", "Tiltak: {measures}").format(measures=plan.measures))
        if earlier:
            lines.append(translate("CooperationPlanDialog", "Tidligere planer: {plans}").format(
                plans="; ".join(f"{p.agreed_on:%d.%m.%Y} ({p.summary(date.today())})" for p in earlier)))
        self.planLabel.setText("\n".join(lines))
        self.newGroup.setVisible(plan is None)
        self.activeGroup.setVisible(plan is not None)
        if self.database.readonly:
            for widget in (self.newGroup, self.activeGroup):
                set_available(widget, False, read_only_reason())
            self._say(read_only_reason())

    def save_new_plan(self) -> None:  # not create(): that is QWidget.create, which makes the native window
        agreement = self.agreementCombo.currentData()
        self._act(lambda: create_plan(
            self.database, self.tenancy_id, self.partiesEdit.toPlainText().splitlines(),
            self.measuresEdit.toPlainText(), to_date(self.reviewDate.date()), self.goalsEdit.toPlainText(),
            to_date(self.agreedDate.date()), tenant_agreement=PlanAgreement(agreement) if agreement else None,
            tenant_party=self.tenantPartyEdit.text(), tenant_agreed_on=to_date(self.tenantAgreedDate.date())),
            translate("CooperationPlanDialog", "Planen er lagret."))

    def review(self) -> None:
        plan = self.plan
        if plan is not None:
            self._act(lambda: review_plan(self.database, plan.id, to_date(self.nextReviewDate.date()),
                                          self.noteEdit.toPlainText()),
                      translate("CooperationPlanDialog", "Gjennomgangen er ført."))

    def close_plan(self) -> None:
        plan = self.plan
        if plan is not None:
            self._act(lambda: close_plan(self.database, plan.id, PlanStatus(self.statusCombo.currentData()),
                                         self.noteEdit.toPlainText()),
                      translate("CooperationPlanDialog", "Planen er avsluttet."))

    def _act(self, change, done: str) -> None:
        try:
            change()
        except (PlanError, StoreError) as error:
            self._say(error_text(error), problem=True)
            return
        for edit in (self.goalsEdit, self.measuresEdit, self.noteEdit):
            edit.clear()
        self.remember_untouched()
        self.show_plan()
        self._say(done)

    def _say(self, text: str, problem: bool = False) -> None:
        self.problemLabel.setStyleSheet(_RED if problem else "")
        self.problemLabel.setText(text)

