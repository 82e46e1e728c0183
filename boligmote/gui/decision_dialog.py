"""Recording one decision (vedtak): outcome, unit, lease, reasons, and how each flag was weighed.

Save stays disabled until there are reasons and every critical flag has a written
weighing — the audit that found these judgements undocumented is why (DOMAIN.md §1).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ..domain import Applicant, Flag, LeaseType, Outcome, Participant, Severity, VacantUnit
from ..rules import MITIGATION
from ..rules.sources import readable
from ..services.decisions import DecisionDraft, Decisions, FlagWeighing
from ..services.meetings import MeetingError
from .chips import mitigation_word, severity_word
from .forms import load_form_into
from .qt_translations import translate

_MARK = {Severity.CRITICAL: "‼", Severity.WARNING: "!", Severity.INFO: "i"}


class _FlagWeighingRow(QFrame):
    """One flag: what it says, and the meeting's weighing of it."""

    def __init__(self, flag: Flag, title: str, parent=None):
        super().__init__(parent)
        self.flag = flag
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        mark, word = (("+", mitigation_word()) if flag.rule == MITIGATION
                      else (_MARK[flag.severity], severity_word(flag.severity)))
        heading = QLabel(f"<b>{mark} {word}: {html.escape(title)}</b> ({html.escape(flag.scope.label)})")
        source = translate("DecisionDialog", "Kilde:")
        message = QLabel(f"{html.escape(flag.message)}<br><small>{source} {html.escape(readable(flag.source))}</small>")
        message.setWordWrap(True)
        self.note = QLineEdit()
        critical = flag.severity is Severity.CRITICAL
        self.note.setPlaceholderText(translate("DecisionDialog", "Avveining – påkrevd for kritiske varsler")
                                     if critical else translate("DecisionDialog", "Avveining (valgfritt)"))
        self.note.setAccessibleName(translate("DecisionDialog", "Avveining av varselet {title}").format(title=title))
        layout.addWidget(heading)
        layout.addWidget(message)
        layout.addWidget(self.note)
        self.seen = None
        if flag.severity is Severity.WARNING:
            self.seen = QCheckBox(translate("DecisionDialog", "Sett og vurdert"))
            layout.addWidget(self.seen)

    def weighing(self) -> FlagWeighing:
        return FlagWeighing(self.note.text().strip(), bool(self.seen and self.seen.isChecked()))

    def missing(self) -> bool:
        return self.flag.severity is Severity.CRITICAL and not self.note.text().strip()


class DecisionDialog(QDialog):
    def __init__(self, decisions: Decisions, meeting_id: int, applicant: Applicant, unit_id: str | None,
                 vacant_units: list[VacantUnit], deciders: list[Participant], screened: bool = False, parent=None):
        super().__init__(parent)
        load_form_into(self, "decision_dialog")
        case_no = applicant.case_no
        self.decisions, self.meeting_id, self.case_no = decisions, meeting_id, case_no
        self.saved = None
        self._rows: list[_FlagWeighingRow] = []
        self._dissents: list[tuple[int, str]] = []
        self._deciders = {p.id: p for p in deciders}
        self._titles = decisions.rule_settings

        draft = decisions.draft(meeting_id, case_no)
        who = case_no if screened else f"{case_no} {applicant.name}"
        self.setWindowTitle(translate("DecisionDialog", "Vedtak i sak {case}").format(case=case_no))
        heading = translate("DecisionDialog", "Vedtak for {who}").format(who=html.escape(who))
        self.caseHeading.setText(f"<h3 style='margin:0'>{heading}</h3>")

        for outcome in Outcome:
            self.outcomeCombo.addItem(outcome.label.capitalize(), outcome.value)
        chosen = unit_id or draft.unit_id
        units = sorted(vacant_units, key=lambda v: v.unit.id != chosen)
        for vacant in units:
            self.unitCombo.addItem(translate("DecisionDialog", "{unit} – {address}, oppg. {stairwell}, {rooms} rom").format(
                unit=vacant.unit.id, address=vacant.building.address, stairwell=vacant.stairwell_label,
                rooms=vacant.unit.rooms), vacant.unit.id)
        for lease in LeaseType:
            self.leaseTypeCombo.addItem(lease.label.capitalize(), lease.value)
        if draft.move_in_deadline:
            d = draft.move_in_deadline
            self.deadlineEdit.setDate(QDate(d.year, d.month, d.day))
        if draft.lease_type:
            self.leaseTypeCombo.setCurrentIndex(self.leaseTypeCombo.findData(draft.lease_type.value))
        if draft.lease_years:
            self.leaseYears.setValue(draft.lease_years)
        suggestion = decisions.meeting_settings.suggest_lease(applicant)
        self.leaseReason.setText(suggestion.reason)
        for participant in deciders:
            self.dissenterCombo.addItem(participant.name, participant.id)

        self.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        self.unitCombo.currentIndexChanged.connect(self._show_flags)
        self.leaseTypeCombo.currentIndexChanged.connect(self._lease_changed)
        self.reasonsEdit.textChanged.connect(self._validate)
        self.addDissentButton.clicked.connect(self._add_dissent)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("DecisionDialog", "&Lagre vedtak"))
        self._outcome_changed()
        self.reasonsEdit.setFocus()

    # ---- form state ---------------------------------------------------------------------------

    @property
    def outcome(self) -> Outcome:
        return Outcome(self.outcomeCombo.currentData())

    def _outcome_changed(self) -> None:
        allocating = self.outcome is Outcome.ALLOCATED
        for widget in (self.unitCombo, self.deadlineEdit, self.leaseTypeCombo, self.leaseYears):
            widget.setEnabled(allocating)
        self._lease_changed()
        self._show_flags()

    def _lease_changed(self) -> None:
        fixed = self.leaseTypeCombo.currentData() == LeaseType.FIXED_TERM.value
        self.leaseYears.setEnabled(fixed and self.outcome is Outcome.ALLOCATED)

    def _show_flags(self) -> None:
        layout = self.flagsBox.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._rows = []
        unit_id = self.unitCombo.currentData() if self.outcome is Outcome.ALLOCATED else None
        if not unit_id:
            layout.addWidget(QLabel(translate("DecisionDialog", "Ingen bolig tildeles – ingen risikovarsler å vurdere.")))
        else:
            flags = self.decisions.flags(self.meeting_id, self.case_no, unit_id)
            if not flags:
                layout.addWidget(QLabel(translate("DecisionDialog", "Ingen risikovarsler for denne boligen.")))
            for flag in flags:
                row = _FlagWeighingRow(flag, self._titles.rule(flag.rule).title, self.flagsBox)
                row.note.textChanged.connect(self._validate)
                layout.addWidget(row)
                self._rows.append(row)
        self._validate()

    def _add_dissent(self) -> None:
        opinion = self.dissentEdit.text().strip()
        if self.dissenterCombo.currentData() is None or not opinion:
            self.problemLabel.setText(translate("DecisionDialog", "Velg medlemmet og skriv hva dissensen gjelder."))
            return
        self._dissents.append((self.dissenterCombo.currentData(), opinion))
        self.dissentEdit.clear()
        self.dissentList.setText("<br>".join(
            f"<b>{html.escape(self._deciders[pid].name)}</b>: {html.escape(text)}" for pid, text in self._dissents))
        self._validate()

    def problems(self) -> list[str]:
        problems = []
        if not self.reasonsEdit.toPlainText().strip():
            problems.append(translate("DecisionDialog", "Skriv en begrunnelse."))
        unweighed = [row for row in self._rows if row.missing()]
        if unweighed:
            titles = ", ".join(f"«{self._titles.rule(r.flag.rule).title}»" for r in unweighed)
            problems.append((translate("DecisionDialog", "Vurder skriftlig det kritiske varselet {titles}.")
                             if len(unweighed) == 1 else
                             translate("DecisionDialog", "Vurder skriftlig de kritiske varslene {titles}."))
                            .format(titles=titles))
        return problems

    def _validate(self) -> None:
        problems = self.problems()
        self.problemLabel.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    # ---- saving -----------------------------------------------------------------------------------

    def draft(self) -> DecisionDraft:
        allocating = self.outcome is Outcome.ALLOCATED
        fixed = self.leaseTypeCombo.currentData() == LeaseType.FIXED_TERM.value
        return DecisionDraft(
            case_no=self.case_no,
            outcome=self.outcome,
            reasons=self.reasonsEdit.toPlainText(),
            unit_id=self.unitCombo.currentData() if allocating else None,
            move_in_deadline=self.deadlineEdit.date().toPython() if allocating else None,
            lease_type=LeaseType(self.leaseTypeCombo.currentData()) if allocating else None,
            lease_years=self.leaseYears.value() if allocating and fixed else None,
            conditions=self.conditionsEdit.toPlainText(),
            criteria=self.criteriaEdit.text(),
            alternatives=self.alternativesEdit.text(),
            dissents=tuple(self._dissents),
            weighings={row.flag.rule: row.weighing() for row in self._rows},
        )

    def save(self) -> None:
        if self.problems():
            self._validate()
            return
        try:
            self.saved = self.decisions.record(self.meeting_id, self.draft())
        except MeetingError as error:
            self.problemLabel.setText(str(error))
            return
        self.accept()
