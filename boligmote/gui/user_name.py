"""«Ditt navn»: the person's own name for the documents, never the computer's login name.

Minutes said «forberedt av root» because the case was prepared under the OS account (issue 16,
the lawyer's review). What a document says about who prepared a case or wrote an addendum is a
person's name. Like the language it belongs to the person, not the file, so it lives in the
user's QSettings; it is asked once, the first time it is needed, and can be changed under
Innstillinger → Generelt.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from . import options
from .qt_translations import translate
from .screen_fit import fit_to_screen

# Per user (gui/options.py), not in the database: several people may prepare cases in one file.
USER_NAME_KEY = options.USER_NAME.key
MAX_LENGTH = 120


def saved_user_name() -> str:
    return " ".join(options.USER_NAME.get().split())


def save_user_name(name: str) -> None:
    options.USER_NAME.set(" ".join(name.split())[:MAX_LENGTH])


class UserNameDialog(QDialog):
    """Asks for the user's name; «OK» stays disabled while the field is empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("UserNameDialog", "Ditt navn"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("UserNameDialog", "Dokumentene Boligmøte lager, sier hvem som forberedte en sak "
                                                   "og hvem som førte et tillegg. Skriv navnet ditt slik det skal "
                                                   "stå der. Det lagres for deg på denne maskinen og kan endres "
                                                   "under Innstillinger → Generelt."), self)
        intro.setWordWrap(True)
        label = QLabel(translate("UserNameDialog", "Ditt &navn:"), self)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setMaxLength(MAX_LENGTH)
        self.nameEdit.setAccessibleName(translate("UserNameDialog", "Ditt navn"))
        label.setBuddy(self.nameEdit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("UserNameDialog", "&Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (intro, label, self.nameEdit, self.buttons):
            layout.addWidget(widget)
        self.nameEdit.textChanged.connect(self._update)
        self._update()
        self.nameEdit.setFocus()
        fit_to_screen(self)

    def name(self) -> str:
        return " ".join(self.nameEdit.text().split())

    def _update(self, *_) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))

    def accept(self) -> None:
        if self.name():
            super().accept()


def user_name(parent: QWidget | None = None) -> str:
    """The user's own name; asked (once) when none is saved. "" when the user declines: the
    document then names nobody rather than the login account."""
    name = saved_user_name()
    if name:
        return name
    dialog = UserNameDialog(parent)
    accepted = bool(dialog.exec())
    name = dialog.name() if accepted else ""
    dialog.deleteLater()
    if name:
        save_user_name(name)
    return name
