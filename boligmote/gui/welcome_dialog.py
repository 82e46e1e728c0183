"""The welcome dialog of the very first start: what the app does, and four ways to begin.

On a first start the user's own file has just been made from the demo municipality and
the window shows it; the dialog sits on top, and its default button («Åpne
demokommune») simply keeps that. The other buttons reuse the window's own actions (file
dialogs, the import dialog); a cancelled file dialog leaves the welcome open.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog

from ..paths import default_database_path, ensure_private_dir, resource, user_data_dir
from . import options
from .forms_generated.ui_welcome_dialog import Ui_WelcomeDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen

# A demo opened from the welcome dialog when the window shows something else.
DEMO_FILE_NAME = "demokommune.sqlite"


class WelcomeDialog(QDialog, Ui_WelcomeDialog):
    def __init__(self, main_window):
        super().__init__(main_window)
        self.setupUi(self)
        self.main_window = main_window
        self.iconLabel.setPixmap(QPixmap(str(resource("icons", "boligmote.png"))))
        folder = user_data_dir()
        self.dataLocationLabel.setText(
            translate("WelcomeDialog", "Dine data lagres på denne maskinen, i <b>{folder}</b>, lesbare bare for deg. Ingenting sendes "
              "over nettverket. Hjelp → Brukerveiledning (F1) forklarer et møte fra saksliste til signert "
              "protokoll.").format(folder=html.escape(str(folder))))
        self.dataLocationLabel.setToolTip(str(folder))
        self.openDemoButton.clicked.connect(self.open_demo)
        self.newDatabaseButton.clicked.connect(self.new_database)
        self.openFileButton.clicked.connect(self.open_file)
        self.importButton.clicked.connect(self.import_data)
        self.openDemoButton.setFocus()
        self.layout().activate()
        fit_to_screen(self, QSize(self.width(), max(self.height(), self.layout().heightForWidth(self.width()))))

    # ---- the four ways to begin ------------------------------------------------------------

    def open_demo(self) -> None:
        """Keep the demo the window shows; otherwise open (or make) the demo file beside the user's."""
        workspace = self.main_window.workspace
        if workspace is not None and workspace.database.meta("demo_size"):
            self.accept()
            return
        path = user_data_dir() / DEMO_FILE_NAME
        if not path.exists():
            from ..services.demo_file import create_demo_database

            ensure_private_dir(path.parent)
            create_demo_database(path).close()
        if self.main_window.open_path(path):
            self.accept()

    def new_database(self) -> None:
        if self._changed_file(self.main_window.new_database_dialog):
            self.accept()

    def open_file(self) -> None:
        if self._changed_file(self.main_window.open_database_dialog):
            self.accept()

    def import_data(self) -> None:
        """A new, empty file first: real data never goes into the demo municipality."""
        if self._changed_file(self.main_window.new_database_dialog):
            self.accept()
            self.main_window.import_dialog()

    def _changed_file(self, action) -> bool:
        """Run one of the window's file actions; True when the window now shows another file."""
        before = self.main_window.workspace
        action()
        return self.main_window.workspace is not before


def welcome_enabled() -> bool:
    return options.WELCOME_ON_FIRST_START.get()


def show_welcome_on_first_start(main_window, first_start: bool) -> WelcomeDialog | None:
    """Open the welcome over the window (without blocking start-up) when this is the first start."""
    if not first_start or not welcome_enabled():
        return None
    dialog = WelcomeDialog(main_window)
    dialog.open()  # window-modal, returns at once: the window behind is already on screen
    return dialog


def is_first_start(path: Path | None) -> bool:
    """No file was asked for and the user's own file does not exist yet."""
    return path is None and not default_database_path().exists()
