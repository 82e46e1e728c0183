"""What the window offers depends on the file: none open, open read-only, or open for writing.

With no file open the panes would be empty lists that say nothing; an explicit empty
state says what to do instead. On a read-only file (another session has it, or it is
write-protected) every action that would change it is disabled, and its tooltip says why
(issue 16 item 7): a chair should not type a decision only to learn it cannot be saved.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .qt_translations import translate

_OWN_TIP = "boligmote_own_tooltip"  # the tooltip from the .ui file, restored when enabled again


def read_only_reason() -> str:
    return translate("FileState", "Filen er åpnet skrivebeskyttet: du kan se alt, men ikke endre noe. "
                                  "Åpne filen uten skrivebeskyttelse for å endre den.")


def no_file_reason() -> str:
    return translate("FileState", "Ingen fil åpen – Fil → Åpne …")


def set_available(item: QAction | QWidget, enabled: bool, reason: str = "") -> None:
    """Enable or disable an action or a button. `reason` (when disabled because of the file)
    becomes its tooltip and status tip; otherwise the item's own tooltip from the .ui file."""
    if item.property(_OWN_TIP) is None:
        item.setProperty(_OWN_TIP, item.toolTip())  # an action without one gives its text
    item.setEnabled(enabled)
    tip = reason if (reason and not enabled) else item.property(_OWN_TIP)
    item.setToolTip(tip)
    if isinstance(item, QAction):
        item.setStatusTip(reason if (reason and not enabled) else "")


class EmptyState(QWidget):
    """Covers the panes while no file is open: «Ingen fil åpen – Fil → Åpne …»."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.heading = QLabel(self)
        self.heading.setObjectName("emptyStateHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("QLabel { font-size: 20pt; font-weight: bold; }")
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyStateHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { font-size: 13pt; }")
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        self.heading.setText(translate("FileState", "Ingen fil åpen"))
        self.hint.setText(translate("FileState", "Velg Fil → Åpne … (Ctrl+O) for å åpne en Boligmøte-fil, "
                                                 "eller Fil → Ny database … for å lage en ny."))
        self.setAccessibleName(no_file_reason())
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()

    def text(self) -> str:
        return f"{self.heading.text()} – {self.hint.text()}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def set_shown(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
