"""Signer protokollen: who signs, chosen among those present, and an explicit confirmation.

Signing freezes the meeting for good (services/signing.py), so nothing here signs on Enter:
«Avbryt» is the default button, and «Signer protokollen» stays disabled until the signers
are valid and the confirmation is ticked (issue 16). Whether a choice is valid is the signing
service's rule (`choose_signers`); the dialog only shows what it says.
"""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..domain.meetings import MinutesSigner
from ..services.meetings import MeetingError, MeetingRecord, is_outside_adviser
from ..services.signing import choose_signers
from .forms_generated.ui_signers_dialog import Ui_SignersDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen


class SignersDialog(QDialog, Ui_SignersDialog):
    def __init__(self, record: MeetingRecord, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.record = record
        meeting = record.meeting
        self.introLabel.setText(translate("SignersDialog", "Protokollen for <b>{title} {date}</b> signeres av "
                                          "møteleder og referent, valgt blant dem som var til stede.").format(
            title=html.escape(meeting.title), date=f"{meeting.held_on:%d.%m.%Y}"))
        present = [p for p in record.participants if p.present]
        for participant in present:
            if participant.has_decision_authority:
                self.chairCombo.addItem(f"{participant.name} ({participant.role.label})", participant.id)
            if not is_outside_adviser(participant):  # the landlord's adviser attests nothing
                self.secretaryCombo.addItem(f"{participant.name} ({participant.role.label})", participant.id)
        for combo, registered in ((self.chairCombo, record.chair), (self.secretaryCombo, record.secretary)):
            index = combo.findData(registered.id) if registered is not None else -1
            combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
            combo.currentIndexChanged.connect(self._validate)
        self.confirmCheck.toggled.connect(self._validate)

        self.signButton = self.buttons.addButton(translate("SignersDialog", "&Signer protokollen"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("SignersDialog", "&Avbryt"))
        # Enter answers «Avbryt», wherever the focus is: signing takes a deliberate Alt+S or Space.
        self.signButton.setAutoDefault(False)
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.signers: tuple[MinutesSigner, ...] = ()
        self._validate()
        self.chairCombo.setFocus()
        fit_to_screen(self)

    @property
    def chair_id(self) -> int | None:
        return self.chairCombo.currentData()

    @property
    def secretary_id(self) -> int | None:
        return self.secretaryCombo.currentData()

    def _validate(self, *_) -> None:
        try:
            self.signers = choose_signers(self.record, self.chair_id, self.secretary_id, datetime.now())
        except MeetingError as error:
            self.signers = ()
            self.problemLabel.setText(str(error))
            self.signersLabel.clear()
        else:
            self.problemLabel.clear()
            self.signersLabel.setText(translate("SignersDialog", "Signerer: {names}").format(names=", ".join(
                f"<b>{html.escape(s.name)}</b> ({s.signed_as.label})" for s in self.signers)))
        self.signButton.setEnabled(bool(self.signers) and self.confirmCheck.isChecked())

    def accept(self) -> None:
        if self.signers and self.confirmCheck.isChecked():
            super().accept()
