"""Asking for the passphrase of an encrypted database file (SQLCipher)."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from .forms_generated.ui_passphrase_dialog import Ui_PassphraseDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen


class PassphraseDialog(QDialog, Ui_PassphraseDialog):
    """The passphrase for one file; `error` is shown after a wrong try."""

    def __init__(self, path: Path, error: str = "", parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.messageLabel.setText(
            translate("PassphraseDialog", "<b>{file}</b> er ikke en vanlig databasefil. Er den kryptert, skriver du passordet her.")
            .format(file=html.escape(path.name)) + "<br><br><small>"
            + translate("PassphraseDialog", "Er filen ikke en Boligmøte-database, hjelper ikke noe passord. Et glemt passord kan ikke "
                "gjenopprettes.") + "</small>")
        self.messageLabel.setToolTip(str(path))
        self.errorLabel.setText(error)
        self.errorLabel.setVisible(bool(error))
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("PassphraseDialog", "&Åpne"))
        ok.setEnabled(False)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PassphraseDialog", "&Avbryt"))
        self.passphraseEdit.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        self.showPassphrase.toggled.connect(self._show)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.passphraseEdit.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Word-wrapped labels: give the dialog the height its width needs, error line included."""
        width = max(self.width(), 460)
        self.layout().activate()
        fit_to_screen(self, QSize(width, max(self.layout().heightForWidth(width), self.minimumSizeHint().height())))

    def _show(self, visible: bool) -> None:
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)

    def passphrase(self) -> str:
        return self.passphraseEdit.text()
