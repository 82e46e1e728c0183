"""Safe by default (issue 16): a question whose default answer is «Nei», and dialogs that ask
before they throw away what the user typed.

A meeting runs on the keyboard. One Enter too many must never sign the minutes, end the
meeting or undo a decision, and Esc must never discard a paragraph of reasons.
"""
from __future__ import annotations

from collections import Counter

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .qt_translations import translate


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ja/Nei with «Nei» as the default button: Enter (and Esc) answer no."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_to(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str,
           action: str) -> bool:
    """A question whose yes is a named action («&Gjenopprett»); «Avbryt» is the default, so
    Enter or Esc does nothing. True when the action was chosen."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setInformativeText(informative)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Confirm", "&Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def typed_texts(widget: QWidget) -> Counter:
    """Every free text the user can type into in `widget` (not the text inside a spin box, date
    or combo box), as a multiset: a dialog that rebuilds rows still compares equal."""
    texts: Counter = Counter()
    for edit in widget.findChildren(QLineEdit):
        if edit.isReadOnly() or isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if edit.text().strip():
            texts[edit.text().strip()] += 1
    text_edits: list[QPlainTextEdit | QTextEdit] = [*widget.findChildren(QPlainTextEdit), *widget.findChildren(QTextEdit)]
    for text_edit in text_edits:
        if not text_edit.isReadOnly() and text_edit.toPlainText().strip():
            texts[text_edit.toPlainText().strip()] += 1
    return texts


if TYPE_CHECKING:
    _Dialog = QDialog  # what the mixin is listed beside: its reject() comes after this one's
else:
    _Dialog = object


class AskBeforeDiscarding(_Dialog):
    """Mixin for a QDialog (list it first): Esc, the window's close button and «Avbryt» all go
    through reject(); with text typed since the dialog opened, it asks before closing.

    Call `remember_untouched()` once the dialog is filled in; override `edited_state()` when
    more than the free texts counts as the user's work."""

    _untouched = None

    def remember_untouched(self) -> None:
        self._untouched = self.edited_state()

    def edited_state(self):
        return typed_texts(self)

    def has_unsaved_text(self) -> bool:
        return self._untouched is not None and self.edited_state() != self._untouched

    def reject(self) -> None:
        if self.has_unsaved_text() and not ask(
                self, translate("AskBeforeDiscarding", "Forkaste det du har skrevet?"),
                translate("AskBeforeDiscarding", "Det du har skrevet i dette vinduet, blir ikke lagret. "
                                                 "Lukke og forkaste teksten?")):
            return
        super().reject()
