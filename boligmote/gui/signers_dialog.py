"""Signer protokollen: who signs, chosen among those present, and each signer's own confirmation.

Signing freezes the meeting for good (services/signing.py), so nothing here signs on Enter:
«Avbryt» is the default button, and «Signer protokollen» stays disabled until the signers
are valid and every one of them has confirmed for themselves by typing their own name or
initials in their own field (issue 16: one operator's single tick used to stand for both the
chair and the secretary). Whether a choice and a confirmation are valid is the signing
service's rule (`choose_signers`, `confirms`); the dialog only shows what it says.
"""
from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from ..domain.meetings import MinutesSigner
from ..services.meetings import MeetingError, MeetingRecord, is_outside_adviser
from ..services.signing import choose_signers, confirms
from .forms_generated.ui_signers_dialog import Ui_SignersDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen
from ..words import error_text, shown


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
                self.chairCombo.addItem(f"{participant.name} ({shown(participant.role)})", participant.id)
            if not is_outside_adviser(participant):  # the landlord's adviser attests nothing
                self.secretaryCombo.addItem(f"{participant.name} ({shown(participant.role)})", participant.id)
        for combo, registered in ((self.chairCombo, record.chair), (self.secretaryCombo, record.secretary)):
            index = combo.findData(registered.id) if registered is not None else -1
            combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
            combo.currentIndexChanged.connect(self._validate)

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
        # What each signer typed, by participant id: kept when the choice of signers changes.
        self._typed: dict[int, str] = {}
        self.confirm_edits: dict[int, QLineEdit] = {}
        self._shown_for: tuple = ()
        self._validate()
        self.chairCombo.setFocus()
        fit_to_screen(self)

    @property
    def chair_id(self) -> int | None:
        return self.chairCombo.currentData()

    @property
    def secretary_id(self) -> int | None:
        return self.secretaryCombo.currentData()

    @property
    def confirmations(self) -> dict[int, str]:
        """What each chosen signer typed, for sign_minutes (which checks it again)."""
        return {s.participant_id: self.confirm_edits[s.participant_id].text() for s in self.signers
                if s.participant_id in self.confirm_edits}

    def all_confirmed(self) -> bool:
        return bool(self.signers) and all(
            s.participant_id in self.confirm_edits and confirms(s.name, self.confirm_edits[s.participant_id].text())
            for s in self.signers)

    def _validate(self, *_) -> None:
        try:
            self.signers = choose_signers(self.record, self.chair_id, self.secretary_id, datetime.now())
        except MeetingError as error:
            self.signers = ()
            self.problemLabel.setText(error_text(error))
            self.signersLabel.clear()
        else:
            self.problemLabel.clear()
            self.signersLabel.setText(translate("SignersDialog", "Signerer: {names}").format(names=", ".join(
                f"<b>{html.escape(s.name)}</b> ({shown(s.signed_as)})" for s in self.signers)))
        self._show_confirmation_fields()
        self._update_sign_button()

    def _show_confirmation_fields(self) -> None:
        """One field per signer, in signing order, each with its own number as mnemonic (Alt+1,
        Alt+2 …): the person named types their own name or initials."""
        wanted = tuple((s.participant_id, s.signed_as) for s in self.signers)
        if wanted == self._shown_for:
            return
        for participant_id, edit in self.confirm_edits.items():
            self._typed[participant_id] = edit.text()
        while self.confirmForm.rowCount():
            self.confirmForm.removeRow(0)
        self.confirm_edits = {}
        previous: QWidget = self.secretaryCombo
        for number, signer in enumerate(self.signers, start=1):
            edit = QLineEdit(self)
            edit.setObjectName(f"confirmEdit{number}")
            edit.setPlaceholderText(translate("SignersDialog", "navn eller initialer"))
            edit.setAccessibleName(translate("SignersDialog", "Bekreftelse fra {name}, {role}").format(
                name=signer.name, role=shown(signer.signed_as)))
            edit.setText(self._typed.get(signer.participant_id, ""))
            edit.textChanged.connect(self._update_sign_button)
            label = QLabel(f"&{number} " + html.escape(signer.name) + f" ({shown(signer.signed_as)}):", self)
            label.setBuddy(edit)
            self.confirmForm.addRow(label, edit)
            # Shown now, not on the layout's next pass: Alt+1 must reach a field the moment it is there.
            label.show()
            edit.show()
            self.confirm_edits[signer.participant_id] = edit
            # New widgets go last in the tab chain; put them where they are read, before the buttons.
            QDialog.setTabOrder(previous, edit)
            previous = edit
        for button in self.buttons.buttons():
            QDialog.setTabOrder(previous, button)
            previous = button
        self._shown_for = wanted

    def _update_sign_button(self, *_) -> None:
        self.signButton.setEnabled(self.all_confirmed())
        waiting = [s for s in self.signers if not confirms(s.name, self.confirm_edits[s.participant_id].text())]
        if self.signers and waiting:
            self.finalLabel.setText(translate("SignersDialog", "Venter på bekreftelse fra {names}. Etter signering kan "
                                              "møtet og vedtakene ikke endres; rettelser føres som daterte tillegg.")
                                    .format(names=", ".join(s.name for s in waiting)))
        else:
            self.finalLabel.setText(translate("SignersDialog", "Etter signering kan møtet og vedtakene ikke endres; "
                                              "rettelser føres som daterte tillegg."))

    def accept(self) -> None:
        if self.all_confirmed():
            super().accept()
