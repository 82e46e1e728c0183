"""Deciding a renewal in the meeting (issue 17 item 1): outcome, length, § 11-1, conditions, reasons.

A dialog of its own beside the allocation's DecisionDialog: a renewal has no unit to choose, no
flags to weigh and no candidates passed over, and the allocation dialog is built around those.
Like it, this one holds no rule: Save stays disabled while RenewalDecisions.check reports a
problem, and the problems are shown as the service words them (services/renewal_decisions.py).
"""
from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from ..domain.renewals import RenewalDecision, RenewalOutcome, children_under_18
from ..services.meetings import MeetingError
from ..services.renewal_agenda import RenewalCase
from ..services.renewal_decisions import RenewalDecisions, RenewalDraft
from ..store import StoreError
from ..text import household_words, sentence_case
from .confirm import AskBeforeDiscarding
from .forms_generated.ui_renewal_decision_dialog import Ui_RenewalDecisionDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen
from ..words import error_text, shown


class RenewalDecisionDialog(AskBeforeDiscarding, QDialog, Ui_RenewalDecisionDialog):
    def __init__(self, decisions: RenewalDecisions, case: RenewalCase, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.decisions, self.case = decisions, case
        self.saved: RenewalDecision | None = None
        item, tenancy = case.item, case.tenancy
        address = f"{case.place.building.address}, {case.place.stairwell_label}" if case.place else ""
        self.caseLabel.setText(translate("RenewalDecisionDialog",
                                         "<b>Sak {number}: {case_no} – {tenant}</b><br>{address} (bolig {unit}) · "
                                         "{household} · leieavtalen utløper {ends}").format(
            number=case.number, case_no=html.escape(item.case_no), tenant=html.escape(item.tenant_name),
            unit=html.escape(tenancy.unit_id), address=html.escape(address),
            household=html.escape(household_words(tenancy)), ends=f"{item.lease_ends:%d.%m.%Y}"))
        for outcome in RenewalOutcome:
            self.outcomeCombo.addItem(sentence_case(shown(outcome)), outcome.value)
        self.yearsSpin.setValue(decisions.draft(item.id).lease_years or 3)
        self._years_touched = False
        self.yearsSpin.valueChanged.connect(self._years_changed)
        self.transferEdit.setText(item.case_no)
        # forvaltningsloven § 16: whether the tenant made a statement after the advance notice
        for text, received in ((translate("RenewalDecisionDialog", "– velg –"), None),
                               (translate("RenewalDecisionDialog", "Leietakeren uttalte seg"), True),
                               (translate("RenewalDecisionDialog", "Ingen uttalelse innen fristen"), False)):
            self.statementCombo.addItem(text, received)
        held_on = decisions.meeting_day(item.id)
        self.demandEdit.setText(f"{held_on:%d.%m.%Y}")  # the letter goes out the day of the meeting, unless changed
        # Grunnloven § 104: the weighing of the children's best interests, for a household with children
        # under 18 as recorded (a birth date typed below may still say the youngest has turned 18).
        self._has_children = children_under_18(tenancy, held_on) > 0
        self._timer = QTimer(self, singleShot=True, interval=250)
        # Checked a moment after typing stops, and only while shown: a pending check must not run
        # against whatever the file is after the dialog went.
        self._timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        for widget in (self.childEdit, self.informedEdit, self.transferEdit, self.moveOutEdit, self.demandEdit,
                       self.noticeEdit, self.exceptionEdit):
            widget.textChanged.connect(self._timer.start)
        for text_edit in (self.basisEdit, self.conditionsEdit, self.reasonsEdit, self.notesEdit,
                          self.tenantStatementEdit, self.childrenEdit):
            text_edit.textChanged.connect(self._timer.start)
        self.outcomeCombo.currentIndexChanged.connect(self.refresh)
        self.statementCombo.currentIndexChanged.connect(self.refresh)
        self.save_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("RenewalDecisionDialog", "&Lagre vedtaket"))
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        self.refresh()
        self.remember_untouched()
        self.outcomeCombo.setFocus()
        fit_to_screen(self)

    def _years_changed(self, _value) -> None:
        self._years_touched = True
        self._timer.start()

    @property
    def outcome(self) -> RenewalOutcome:
        return RenewalOutcome(self.outcomeCombo.currentData())

    def draft(self) -> tuple[RenewalDraft, list[str]]:
        """The draft as typed, and the dates that could not be read (bokmål)."""
        problems: list[str] = []
        born = _day(self.childEdit.text(), translate("RenewalDecisionDialog", "Yngste barns fødselsdato"), problems)
        informed = _day(self.informedEdit.text(), translate("RenewalDecisionDialog", "Datoen leietakeren ble informert"),
                        problems)
        move_out = _day(self.moveOutEdit.text(), translate("RenewalDecisionDialog", "Fraflyttingsfristen"), problems)
        demand = _day(self.demandEdit.text(), translate("RenewalDecisionDialog", "Datoen oppfordringen sendes"), problems)
        notice = _day(self.noticeEdit.text(), translate("RenewalDecisionDialog", "Datoen forhåndsvarselet ble sendt"),
                      problems)
        outcome = self.outcome
        refused = outcome is RenewalOutcome.NOT_RENEWED
        draft = RenewalDraft(
            self.case.item.id, outcome, reasons=self.reasonsEdit.toPlainText(),
            lease_years=self.yearsSpin.value() if outcome.renews and self._years_touched else None,
            youngest_child_born=born if outcome.renews or outcome.against_household else None,
            short_term_basis=self.basisEdit.toPlainText() if outcome.renews else "",
            tenant_informed_on=informed if outcome.renews else None,
            conditions=self.conditionsEdit.toPlainText() if outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS else "",
            internal_notes=self.notesEdit.toPlainText(),
            transfer_case_no=self.transferEdit.text() if outcome is RenewalOutcome.TRANSFER else "",
            move_out_by=move_out if refused else None,
            notice_sent_on=notice if refused else None,
            statement_received=self.statementCombo.currentData() if refused else None,
            tenant_statement=self.tenantStatementEdit.toPlainText() if refused else "",
            notice_exception=self.exceptionEdit.text() if refused else "",
            move_demand_on=demand if refused else None,
            children_weighing=self.childrenEdit.toPlainText() if outcome.against_household else "")
        return draft, problems

    def refresh(self) -> None:
        outcome = self.outcome
        draft, problems = self.draft()
        try:
            check = self.decisions.check(draft)
        except MeetingError as error:
            problems.append(error_text(error))
            check = None
        renews = outcome.renews
        self.yearsSpin.setEnabled(renews)
        # the youngest child's age decides the lease's length, and whether a child is under 18
        self.childEdit.setEnabled(renews or (outcome.against_household and bool(self.case.tenancy.children_ages)))
        # A decision against a household with children weighs their best interests where the conditions
        # stand otherwise (it has none): the dialog keeps its height on a small screen.
        weighing = self._has_children and outcome.against_household
        for widget in (self.childrenLabel, self.childrenEdit):
            widget.setVisible(weighing)
        for widget in (self.conditionsLabel, self.conditionsEdit):
            widget.setVisible(not weighing)
        short = bool(check and check.short_term)
        for short_term_field in (self.basisEdit, self.informedEdit):
            short_term_field.setEnabled(renews and short)
        self.conditionsEdit.setEnabled(outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS)
        self.transferEdit.setEnabled(outcome is RenewalOutcome.TRANSFER)
        refused = outcome is RenewalOutcome.NOT_RENEWED
        for refusal_field in (self.moveOutEdit, self.demandEdit, self.noticeEdit, self.statementCombo,
                              self.exceptionEdit):
            refusal_field.setEnabled(refused)
        self.tenantStatementEdit.setEnabled(refused and self.statementCombo.currentData() is True)
        if check is not None:
            if renews and not self._years_touched and check.years != self.yearsSpin.value():
                self.yearsSpin.blockSignals(True)
                self.yearsSpin.setValue(check.suggestion.years)
                self.yearsSpin.blockSignals(False)
            if renews and check.ends:
                self.leaseLabel.setText(translate("RenewalDecisionDialog", "{start}–{end}. Forslag: {reason}").format(
                    start=f"{check.starts:%d.%m.%Y}", end=f"{check.ends:%d.%m.%Y}", reason=check.suggestion.reason))
            elif refused:
                self.leaseLabel.setText(
                    translate("RenewalDecisionDialog", "Ingen ny leieavtale. Brevet er oppfordringen til å flytte; "
                              "sendt på datoen under varsler det utkastelse uten dom (tvangsfullbyrdelsesloven § 13-2).")
                    if check.eviction_warning else
                    translate("RenewalDecisionDialog", "Ingen ny leieavtale. Brevet er oppfordringen til å flytte; "
                              "sendt på datoen under varsler det ikke utkastelse uten dom: da må det sendes 1–3 "
                              "måneder før leieavtalen løper ut (tvangsfullbyrdelsesloven § 13-2)."))
            else:
                self.leaseLabel.setText(translate("RenewalDecisionDialog", "Ingen ny leieavtale."))
            problems += list(check.problems)
        self.problemLabel.setText("\n".join(shown(p) for p in problems))
        self.save_button.setEnabled(not problems)

    def save(self) -> None:
        self._timer.stop()
        self.refresh()
        if not self.save_button.isEnabled():
            return
        draft, _ = self.draft()
        try:
            self.saved = self.decisions.record(draft)
        except (MeetingError, StoreError) as error:
            QMessageBox.warning(self, translate("RenewalDecisionDialog", "Vedtaket ble ikke lagret"), error_text(error))
            return
        self.accept()


def _day(text: str, label: str, problems: list[str]) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        problems.append(translate("RenewalDecisionDialog", "{label}: skriv datoen som dd.mm.åååå.").format(label=label))
        return None
