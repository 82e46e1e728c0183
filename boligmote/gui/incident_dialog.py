"""Registrer hendelse: an incident on a stairwell or a building, from the window (issue 17 item 3).

Prefilled with the building and stairwell of the unit in view; «Hele bygningen» when none is.
What can be saved is the incident service's rule (`IncidentLog.check`); the dialog shows its
problems while the user types, and «Lagre» (the default button, so Enter) is enabled only when
there are none. Esc asks before it throws typed text away (confirm.AskBeforeDiscarding).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..domain import Incident, IncidentType
from ..domain.limits import limit
from ..services.incidents import REPORTER_SUGGESTIONS, IncidentDraft, IncidentError, IncidentLog
from ..services.workspace import Workspace
from .user_name import user_name
from .confirm import AskBeforeDiscarding
from .menu_actions import update_incident_actions
from .formatting import sentence_case, to_date
from .forms_generated.ui_incident_dialog import Ui_IncidentDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen
from ..words import error_text, shown


class IncidentDialog(AskBeforeDiscarding, QDialog, Ui_IncidentDialog):
    def __init__(self, log: IncidentLog, workspace: Workspace, today: date, building_id: str | None = None,
                 stairwell_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.log, self.workspace, self.today = log, workspace, today
        self.saved: Incident | None = None

        for building in sorted(workspace.buildings.values(), key=lambda b: (b.address, b.id)):
            self.buildingCombo.addItem(f"{building.address} ({building.id})", building.id)
        self.buildingCombo.setCurrentIndex(max(0, self.buildingCombo.findData(building_id)) if building_id else -1)
        self._fill_stairwells(stairwell_id)
        self.buildingCombo.currentIndexChanged.connect(lambda: self._fill_stairwells(None))

        self.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.kindCombo.addItem(translate("IncidentDialog", "Velg type …"), None)
        for kind in IncidentType:
            self.kindCombo.addItem(sentence_case(shown(kind)), kind)
        self.reporterCombo.addItems(list(REPORTER_SUGGESTIONS))
        self.reporterCombo.setCurrentIndex(-1)
        self.reporterCombo.lineEdit().setPlaceholderText(
            translate("IncidentDialog", "Rolle eller instans, f.eks. vaktmester – aldri et navn"))
        self.reporterCombo.lineEdit().setMaxLength(limit("reported_by").max_length)
        # An editable combo box keeps Enter from the dialog; here Enter saves as in every other field.
        self.reporterCombo.lineEdit().returnPressed.connect(self.accept)

        self.saveButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saveButton.setText(translate("IncidentDialog", "&Lagre"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("IncidentDialog", "&Avbryt"))
        self.saveButton.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        for signal in (self.buildingCombo.currentIndexChanged, self.stairwellCombo.currentIndexChanged,
                       self.dateEdit.dateChanged, self.kindCombo.currentIndexChanged,
                       self.reporterCombo.editTextChanged, self.noteEdit.textChanged):
            signal.connect(self._validate)
        self.setTabOrder(self.buildingCombo, self.stairwellCombo)
        self.setTabOrder(self.stairwellCombo, self.dateEdit)
        self.setTabOrder(self.dateEdit, self.kindCombo)
        self.setTabOrder(self.kindCombo, self.reporterCombo)
        self.setTabOrder(self.reporterCombo, self.noteEdit)
        self.setTabOrder(self.noteEdit, self.saveButton)
        self.setTabOrder(self.saveButton, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self._validate()
        self.remember_untouched()
        # Where the user starts: the place is usually prefilled from the unit in view.
        (self.kindCombo if building_id else self.buildingCombo).setFocus()
        fit_to_screen(self)

    def _fill_stairwells(self, chosen: int | None) -> None:
        building_id = self.buildingCombo.currentData()
        self.stairwellCombo.blockSignals(True)
        self.stairwellCombo.clear()
        self.stairwellCombo.addItem(translate("IncidentDialog", "Hele bygningen"), None)
        stairwells = sorted((s for s in self.workspace.stairwells.values() if s.building_id == building_id),
                            key=lambda s: s.label)
        for stairwell in stairwells:
            self.stairwellCombo.addItem(translate("IncidentDialog", "Oppgang {label}").format(label=stairwell.label),
                                        stairwell.id)
        self.stairwellCombo.setCurrentIndex(max(0, self.stairwellCombo.findData(chosen)) if chosen is not None else 0)
        self.stairwellCombo.blockSignals(False)

    def draft(self) -> IncidentDraft:
        kind = self.kindCombo.currentData()  # Qt hands an enum member back as its plain value
        return IncidentDraft(self.buildingCombo.currentData(), self.stairwellCombo.currentData(),
                             to_date(self.dateEdit.date()), IncidentType(kind) if kind else None,
                             self.reporterCombo.currentText(), self.noteEdit.toPlainText())

    def edited_state(self):
        # The reporter's line is inside a combo box, which typed_texts leaves out.
        return super().edited_state(), self.reporterCombo.currentText().strip()

    def _validate(self, *_) -> None:
        note_limit = limit("incident_note").max_length
        self.noteCount.setText(f"{len(self.noteEdit.toPlainText())} / {note_limit}")
        problems = self.log.check(self.draft(), self.today)
        self.problemLabel.setText("\n".join(shown(p) for p in problems))
        self.saveButton.setEnabled(not problems)

    def accept(self) -> None:
        if not self.saveButton.isEnabled():
            return  # Enter in a field while something is missing: the problems already show
        user_name(self)  # «registrert av» names the person (asked once), not the login account
        try:
            self.saved = self.log.register(self.draft(), self.today)
        except IncidentError as error:
            self.problemLabel.setText(error_text(error))
            self.saveButton.setEnabled(False)
            return
        super().accept()


# ---- the window's side: Møte → Registrer hendelse … (Ctrl+Shift+H) and the pane's button ----------

def _place_in_view(window) -> tuple[str | None, int | None]:
    surroundings = window.composition_model.surroundings
    if surroundings is None:
        return None, None
    return surroundings.building.id, surroundings.stairwell.id


def register_incident(window) -> Incident | None:
    """Open the dialog for the unit in view; after saving, the panes and the flags follow at once."""
    if window.workspace is None or window.workspace.database.readonly:
        return None
    building_id, stairwell_id = _place_in_view(window)
    log = IncidentLog(window.workspace.database, window.workspace)
    dialog = IncidentDialog(log, window.workspace, window.today, building_id, stairwell_id, window)
    dialog.setObjectName("incidentDialog")
    saved = dialog.saved if dialog.exec() else None
    dialog.deleteLater()
    if saved is not None:
        incidents_changed(window)
        window.statusBar().showMessage(translate("IncidentDialog", "Hendelsen er registrert: {what}").format(
            what=_describe(window, saved)), 8000)
    return saved


def remove_incident(window) -> Incident | None:
    """Fjern hendelse registrert ved en feil: the newest this user registered today, after a question
    whose default answer is «Nei»; the audit log keeps the registration and the removal."""
    from .confirm import ask

    if window.workspace is None or window.workspace.database.readonly:
        return None
    log = IncidentLog(window.workspace.database, window.workspace)
    incident = log.removable()
    if incident is None:
        window.statusBar().showMessage(
            translate("IncidentDialog", "Du har ikke registrert noen hendelse i dag som kan fjernes."), 6000)
        update_incident_actions(window)
        return None
    if not ask(window, translate("IncidentDialog", "Fjerne hendelsen?"),
               translate("IncidentDialog", "Fjerne {what}, registrert i dag kl. {time}? Bruk dette bare for en "
                                           "hendelse som ble registrert ved en feil. Revisjonsloggen beholder både "
                                           "registreringen og fjerningen.").format(
                   what=_describe(window, incident), time=f"{incident.registered_at.astimezone():%H:%M}")):
        return None
    try:
        removed = log.remove(incident.id)
    except IncidentError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, translate("IncidentDialog", "Kunne ikke fjerne hendelsen"), error_text(error))
        return None
    incidents_changed(window)
    window.statusBar().showMessage(translate("IncidentDialog", "Hendelsen er fjernet: {what}").format(
        what=_describe(window, removed)), 8000)
    return removed


def _describe(window, incident: Incident) -> str:
    building = window.workspace.buildings.get(incident.building_id)
    place = building.address if building else incident.building_id
    if incident.stairwell_id is not None and incident.stairwell_id in window.workspace.stairwells:
        place = translate("IncidentDialog", "{address}, oppgang {label}").format(
            address=place, label=window.workspace.stairwells[incident.stairwell_id].label)
    return translate("IncidentDialog", "«{kind}» {date} i {place}").format(
        kind=sentence_case(shown(incident.incident_type)), date=f"{incident.date:%d.%m.%Y}", place=place)


def incidents_changed(window) -> None:
    """An incident was registered or removed: the workspace's compositions already count it, so the
    composition pane, the candidates' flags and the proposal are evaluated again, keeping the
    unit and the candidate in view (no reopening, no lost selection)."""
    if window.matching is not None:
        window.matching.invalidate()
    window.refresh_composition()
    window.candidates.reevaluate()
    update_incident_actions(window)
