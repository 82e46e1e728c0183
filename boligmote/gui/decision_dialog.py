"""Recording one decision (vedtak): outcome, unit, lease, reasons, and how each flag was weighed.

Save stays disabled while the decision service reports a problem with the draft (reasons
to the applicant, written weighing of every critical flag, who decides, consent, passed-over
candidates — DOMAIN.md §1, issue 13). The dialog holds no rule of its own: it shows what
Decisions.check says, a moment after the user stops typing.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, QSize, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..domain import Applicant, ConsentHandling, Decision, Flag, LeaseType, Outcome, Participant, Severity, VacantUnit
from ..rules import MITIGATION
from ..rules.sources import readable
from ..services.decisions import DecisionDraft, Decisions, DraftCheck, FlagWeighing
from ..services.meetings import MeetingError
from ..store import StoreError
from .chips import mitigation_word, severity_word
from .confirm import AskBeforeDiscarding, typed_texts
from .formatting import to_date
from .forms_generated.ui_decision_dialog import Ui_DecisionDialog
from .privacy import masking_explanation, masking_label
from .qt_translations import translate
from .screen_fit import fit_to_screen
from ..words import Count, error_text, rule_title, shown

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
        heading = QLabel(f"<b>{mark} {word}: {html.escape(title)}</b> ({html.escape(shown(flag.scope))})")
        source = translate("DecisionDialog", "Kilde:")
        # shared_message: small counts of other households masked while an adviser is present.
        message = QLabel(f"{html.escape(shown(flag.shared_message))}<br><small>{source} {html.escape(shown(readable(flag.source)))}</small>")
        message.setWordWrap(True)
        critical = flag.severity is Severity.CRITICAL
        # The required weighing of a critical flag is a paragraph, not a line (issue 16): it goes
        # into the minutes as the meeting's reasoning. Tab still moves on.
        self.note: QPlainTextEdit | QLineEdit
        if critical:
            self.note = QPlainTextEdit()
            self.note.setTabChangesFocus(True)
            self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        else:
            self.note = QLineEdit()
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

    def note_text(self) -> str:
        return self.note.toPlainText() if isinstance(self.note, QPlainTextEdit) else self.note.text()

    def set_weighing(self, weighing: FlagWeighing) -> None:
        """Fill in a weighing kept from an undone decision."""
        if isinstance(self.note, QPlainTextEdit):
            self.note.setPlainText(weighing.text)
        else:
            self.note.setText(weighing.text)
        if self.seen is not None:
            self.seen.setChecked(weighing.acknowledged)

    def focus_chain(self) -> list:
        return [self.note] + ([self.seen] if self.seen is not None else [])

    def weighing(self) -> FlagWeighing:
        return FlagWeighing(self.note_text().strip(), bool(self.seen and self.seen.isChecked()))



class _MemberRow:
    """One participant in the case: decides (if authorised and present), or stands aside as
    disqualified (inhabil, fvl § 6) with the ground."""

    def __init__(self, participant: Participant, layout, row: int):
        self.participant = participant
        self.decides = QCheckBox(participant.name)
        self.decides.setAccessibleName(translate("DecisionDialog", "{name} fatter vedtaket").format(
            name=participant.name))
        eligible = participant.has_decision_authority and participant.present
        self.decides.setChecked(eligible)
        self.decides.setEnabled(eligible)
        role = shown(participant.role)
        if not participant.present:
            role += ", " + translate("DecisionDialog", "forfall")
        elif not participant.has_decision_authority:
            role += ", " + translate("DecisionDialog", "uten vedtaksmyndighet")
        self.role = QLabel(html.escape(role))
        self.disqualified = QCheckBox(translate("DecisionDialog", "Inhabil"))
        self.disqualified.setAccessibleName(translate("DecisionDialog", "{name} er inhabil i saken").format(
            name=participant.name))
        self.disqualified.setEnabled(participant.present)
        self.ground = QLineEdit()
        self.ground.setPlaceholderText(translate("DecisionDialog", "Grunnen (f.eks. slekt, nær venn)"))
        self.ground.setAccessibleName(translate("DecisionDialog", "Grunnen til at {name} er inhabil").format(
            name=participant.name))
        self.ground.setEnabled(False)
        self.disqualified.toggled.connect(self._disqualified_changed)
        for column, widget in enumerate((self.decides, self.role, self.disqualified, self.ground)):
            layout.addWidget(widget, row, column)

    def _disqualified_changed(self, on: bool) -> None:
        self.ground.setEnabled(on)
        if on:
            self.decides.setChecked(False)
        self.decides.setEnabled(not on and self.participant.has_decision_authority and self.participant.present)


class DecisionDialog(AskBeforeDiscarding, QDialog, Ui_DecisionDialog):
    """One decision. `initial`: a draft kept from an undone decision, filled in again (issue 16)."""

    def __init__(self, decisions: Decisions, meeting_id: int, applicant: Applicant, unit_id: str | None,
                 vacant_units: list[VacantUnit], participants: list[Participant], screened: bool = False,
                 parent=None, *, mask_below: int = 0, initial: DecisionDraft | None = None):
        super().__init__(parent)
        self.setupUi(self)
        case_no = applicant.case_no
        self.decisions, self.meeting_id, self.case_no = decisions, meeting_id, case_no
        # While an adviser is present the flag texts mask small counts of other households.
        self.mask_below = mask_below
        self.saved: Decision | None = None
        self._rows: list[_FlagWeighingRow] = []
        self._dissents: list[tuple[int, str]] = []
        self._participants = {p.id: p for p in participants}
        self._titles = decisions.rule_settings
        self._check: DraftCheck | None = None
        # Weighings to fill in when the flag rows are built (from `initial`).
        self._kept_weighings = dict(initial.weighings) if initial else {}
        # The service checks the whole draft (flags, ranking, who decides): once typing pauses.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self._validate)

        draft = decisions.draft(meeting_id, case_no)
        who = case_no if screened else f"{case_no} {applicant.name}"
        self.setWindowTitle(translate("DecisionDialog", "Vedtak i sak {case}").format(case=case_no))
        heading = translate("DecisionDialog", "Vedtak for {who}").format(who=html.escape(who))
        self.caseHeading.setText(f"<h3 style='margin:0'>{heading}</h3>")

        for outcome in Outcome:
            self.outcomeCombo.addItem(shown(outcome).capitalize(), outcome.value)
        chosen = unit_id or draft.unit_id
        units = sorted(vacant_units, key=lambda v: v.unit.id != chosen)
        for vacant in units:
            self.unitCombo.addItem(translate("DecisionDialog", "{unit} – {address}, oppg. {stairwell}, {rooms}").format(
                unit=vacant.unit.id, address=vacant.building.address, stairwell=vacant.stairwell_label,
                rooms=shown(Count(vacant.unit.rooms, "room"))), vacant.unit.id)  # «1 room», «3 rooms»
        for lease in LeaseType:
            self.leaseTypeCombo.addItem(shown(lease).capitalize(), lease.value)
        self._fill_in_lease(draft)
        suggestion = decisions.meeting_settings.suggest_lease(applicant)
        self.leaseReason.setText(shown(suggestion.reason))
        for participant in participants:
            if participant.has_decision_authority and participant.present:
                self.dissenterCombo.addItem(participant.name, participant.id)
        self._members = [_MemberRow(p, self.membersBox.layout(), row) for row, p in enumerate(participants)]
        for member in self._members:
            for box in (member.decides, member.disqualified):
                box.toggled.connect(self._schedule_check)
            member.ground.textChanged.connect(self._schedule_check)
        self.consentCombo.addItem(translate("DecisionDialog", "– velg –"), None)
        for handling in ConsentHandling:
            self.consentCombo.addItem(shown(handling).capitalize(), handling.value)
        if applicant.consent_to_share:
            self.consentCombo.setCurrentIndex(self.consentCombo.findData(ConsentHandling.CONSENT_GIVEN.value))
            self.consentCombo.setEnabled(False)
            self.consentInfo.setText(translate("DecisionDialog", "Søkeren har samtykket til at opplysninger deles."))
        self.consentCombo.currentIndexChanged.connect(self._consent_changed)
        self.consentNoteEdit.textChanged.connect(self._schedule_check)
        for edit in (self.internalNotesEdit, self.passedOverEdit, self.conditionsEdit):
            edit.textChanged.connect(self._schedule_check)
        for line in (self.criteriaEdit, self.alternativesEdit):
            line.textChanged.connect(self._schedule_check)
        self._consent_changed()

        self.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        self.unitCombo.currentIndexChanged.connect(self._show_flags)
        self.leaseTypeCombo.currentIndexChanged.connect(self._lease_changed)
        self.reasonsEdit.textChanged.connect(self._schedule_check)
        self.addDissentButton.clicked.connect(self._add_dissent)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("DecisionDialog", "&Lagre vedtak"))
        if initial is not None:
            self._fill_in(initial)
        self._outcome_changed()
        self.remember_untouched()
        self.reasonsEdit.setFocus()
        fit_to_screen(self, QSize(900, 820))  # «Lagre vedtak» on screen at 1366×768 (issue 16 item 2)

    def _fill_in_lease(self, draft: DecisionDraft) -> None:
        """The move-in deadline and the lease the draft has (the service's defaults, or what an
        undone decision said); a field the draft leaves empty keeps what the dialog shows."""
        if draft.move_in_deadline:
            d = draft.move_in_deadline
            self.deadlineEdit.setDate(QDate(d.year, d.month, d.day))
        if draft.lease_type:
            self.leaseTypeCombo.setCurrentIndex(self.leaseTypeCombo.findData(draft.lease_type.value))
        if draft.lease_years:
            self.leaseYears.setValue(draft.lease_years)

    def _fill_in(self, draft: DecisionDraft) -> None:
        """Everything an undone decision said, back in its fields (the flag rows follow in _show_flags)."""
        self.outcomeCombo.setCurrentIndex(self.outcomeCombo.findData(draft.outcome.value))
        if draft.unit_id and self.unitCombo.findData(draft.unit_id) >= 0:
            self.unitCombo.setCurrentIndex(self.unitCombo.findData(draft.unit_id))
        self._fill_in_lease(draft)
        self.reasonsEdit.setPlainText(draft.reasons)
        self.conditionsEdit.setPlainText(draft.conditions)
        self.criteriaEdit.setText(draft.criteria)
        self.alternativesEdit.setText(draft.alternatives)
        self.internalNotesEdit.setPlainText(draft.internal_notes)
        if draft.consent_handling and self.consentCombo.isEnabled():
            self.consentCombo.setCurrentIndex(self.consentCombo.findData(draft.consent_handling.value))
        self.consentNoteEdit.setText(draft.consent_note)
        self.passedOverEdit.setPlainText(draft.passed_over_reason
                                         or next(iter(draft.passed_over_reasons.values()), ""))
        disqualified = dict(draft.disqualified)
        for member in self._members:
            pid = member.participant.id
            if pid in disqualified:
                member.disqualified.setChecked(True)
                member.ground.setText(disqualified[pid])
            elif draft.deciders is not None and member.decides.isEnabled():
                member.decides.setChecked(pid in draft.deciders)
        self._dissents = [(pid, text) for pid, text in draft.dissents if pid in self._participants]
        self._show_dissents()

    def edited_state(self):
        return typed_texts(self), tuple(self._dissents)

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
            flags = self.decisions.flags(self.meeting_id, self.case_no, unit_id, mask_below=self.mask_below)
            if flags and self.mask_below:
                note = QLabel(masking_label(self.mask_below))
                note.setObjectName("maskingNote")
                note.setToolTip(masking_explanation(self.mask_below))
                layout.addWidget(note)
            if not flags:
                layout.addWidget(QLabel(translate("DecisionDialog", "Ingen risikovarsler for denne boligen.")))
            for flag in flags:
                row = _FlagWeighingRow(flag, rule_title(self._titles, flag.rule), self.flagsBox)
                if flag.rule in self._kept_weighings:
                    row.set_weighing(self._kept_weighings[flag.rule])
                row.note.textChanged.connect(self._schedule_check)
                if row.seen is not None:
                    row.seen.toggled.connect(self._schedule_check)
                layout.addWidget(row)
                self._rows.append(row)
        self._order_tabs()
        self._validate()

    def _order_tabs(self) -> None:
        """Tab goes down the dialog as it reads: the fields, each flag's weighing, the passed-over
        reason, who decides, dissent, and only then the buttons (rows built in code would
        otherwise come after «Avbryt»)."""
        chain = [self.outcomeCombo, self.unitCombo, self.deadlineEdit, self.leaseTypeCombo, self.leaseYears,
                 self.reasonsEdit, self.conditionsEdit, self.criteriaEdit, self.alternativesEdit,
                 self.internalNotesEdit, self.consentCombo, self.consentNoteEdit]
        for row in self._rows:
            chain += row.focus_chain()
        chain.append(self.passedOverEdit)
        for member in self._members:
            chain += [member.decides, member.disqualified, member.ground]
        chain += [self.dissenterCombo, self.dissentEdit, self.addDissentButton,
                  self.buttons.button(QDialogButtonBox.StandardButton.Save),
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QDialog.setTabOrder(first, second)

    def _add_dissent(self) -> None:
        opinion = self.dissentEdit.text().strip()
        if self.dissenterCombo.currentData() is None or not opinion:
            self.problemLabel.setText(translate("DecisionDialog", "Velg medlemmet og skriv hva dissensen gjelder."))
            return
        self._dissents.append((self.dissenterCombo.currentData(), opinion))
        self.dissentEdit.clear()
        self._show_dissents()
        self._validate()

    def _show_dissents(self) -> None:
        self.dissentList.setText("<br>".join(
            f"<b>{html.escape(self._participants[pid].name)}</b>: {html.escape(text)}"
            for pid, text in self._dissents))

    def _consent_changed(self) -> None:
        exception = self.consentCombo.currentData() == ConsentHandling.EXCEPTION.value
        self.consentNoteEdit.setEnabled(exception)
        self._schedule_check()

    def _schedule_check(self, *_) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._check_timer.start()

    def problems(self) -> list[str]:
        """What the decision service says still stands in the way of saving (bokmål)."""
        self._check = self.decisions.check(self.meeting_id, self.draft())
        return list(self._check.problems)

    def _validate(self) -> None:
        self._check_timer.stop()
        problems = self.problems()
        self._show_check(self._check)
        self.problemLabel.setText("\n".join(f"• {shown(problem)}" for problem in problems))  # one line each
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def _show_check(self, check: DraftCheck) -> None:
        self.passedOverBox.setVisible(bool(check.passed_over))
        self.passedOverList.setText("<br>".join(
            translate("DecisionDialog", "Nr. {rank}: {case} {name} – {factors}").format(
                rank=c.rank, case=html.escape(c.case_no), name=html.escape(c.name),
                factors=html.escape("; ".join(c.factors))) for c in check.passed_over))
        if check.organisations_without_consent:
            self.consentInfo.setText(translate(
                "DecisionDialog", "Uten samtykke fra søkeren er disse til stede: {organisations}.").format(
                organisations=", ".join(check.organisations_without_consent)))

    # ---- saving -----------------------------------------------------------------------------------

    def draft(self) -> DecisionDraft:
        allocating = self.outcome is Outcome.ALLOCATED
        fixed = self.leaseTypeCombo.currentData() == LeaseType.FIXED_TERM.value
        return DecisionDraft(
            case_no=self.case_no,
            outcome=self.outcome,
            reasons=self.reasonsEdit.toPlainText(),
            unit_id=self.unitCombo.currentData() if allocating else None,
            move_in_deadline=to_date(self.deadlineEdit.date()) if allocating else None,
            lease_type=LeaseType(self.leaseTypeCombo.currentData()) if allocating else None,
            lease_years=self.leaseYears.value() if allocating and fixed else None,
            conditions=self.conditionsEdit.toPlainText(),
            criteria=self.criteriaEdit.text(),
            alternatives=self.alternativesEdit.text(),
            dissents=tuple(self._dissents),
            weighings={row.flag.rule: row.weighing() for row in self._rows},
            internal_notes=self.internalNotesEdit.toPlainText(),
            deciders=tuple(m.participant.id for m in self._members if m.decides.isChecked()),
            disqualified=tuple((m.participant.id, m.ground.text()) for m in self._members
                               if m.disqualified.isChecked()),
            consent_handling=(ConsentHandling(self.consentCombo.currentData())
                              if self.consentCombo.currentData() else None),
            consent_note=self.consentNoteEdit.text(),
            passed_over_reason=self.passedOverEdit.toPlainText() if allocating else "",
        )

    def save(self) -> None:
        if self.problems():
            self._validate()
            return
        try:
            self.saved = self.decisions.record(self.meeting_id, self.draft())
        except (MeetingError, StoreError) as error:  # a locked or read-only file too: said, not a traceback
            self.problemLabel.setText(error_text(error))
            return
        self.accept()
