"""Starting the application: Qt set-up, fonts, locale, the user's file, error dialogs."""
from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from typing import cast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__
from ..paths import default_database_path, ensure_private_dir, resource, user_data_dir
from ..store import StoreError
from .qt_translations import install_language, saved_language, translate
from ..words import error_text

log = logging.getLogger(__name__)
APP_FONT_FAMILY = "DejaVu Sans"


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with the app's identity, the user's language, locale and bundled fonts.

    `language` ("nb", "nn" or "en") overrides the one saved in Innstillinger (tests use it).
    """
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    _collect_once_running()
    QCoreApplication.setOrganizationName("Boligmote")
    QCoreApplication.setApplicationName("Boligmote")
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "boligmote.png"))))
    QGuiApplication.setDesktopFileName("boligmote")  # Wayland: the menu entry installers/linux ships
    install_language(app, language or saved_language())
    load_bundled_fonts()
    return app


def _collect_once_running() -> None:
    """No garbage collection while the window is being built: the start makes some 100,000
    objects that all live on (modules, classes, Qt's wrappers, the lists' rows), and Python's
    collector looked through them ~100 times before the window answered, 0.02–0.04 s of CPU
    (issue 16, start-up budget). Once the event loop runs, what exists then is moved out of the
    collector's way for good (gc.freeze: those objects live as long as the window) and
    collection resumes for what is made from then on, unit chosen after unit chosen."""
    if gc.isenabled():
        gc.disable()
        QTimer.singleShot(0, _collect_from_now_on)


def _collect_from_now_on() -> None:
    gc.freeze()
    gc.enable()


def load_bundled_fonts() -> None:
    """Ship our own font so æøå look the same on every machine (and offscreen)."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        if QFontDatabase.addApplicationFont(str(resource("fonts", name))) < 0:
            log.warning("could not load bundled font %s", name)
    font = QFont(APP_FONT_FAMILY)
    font.setPointSizeF(10.5)  # readable on a projector
    QApplication.setFont(font)


def _excepthook(kind, value, tb) -> None:
    """Last resort: an unexpected error becomes a dialog, and the details go to a log file."""
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "Uventet feil"),
                      translate("App", "Det oppstod en uventet feil. Ingen lagrede data er "
                                                 "tapt; den siste endringen ble ikke lagret hvis den ikke "
                                                 "var fullført.") + "\n\n" + str(value))
    box.setDetailedText(details)
    box.exec()


def open_start_database(path: Path | None):
    """The file to open at start: the given one, else the user's own.

    On the first start the user's file does not exist yet; it is created from the bundled
    demo municipality so that a new user sees a working meeting at once.
    """
    from ..store import Database

    # The window runs the full integrity check and the daily copy once it shows (after_open.py).
    if path is not None:
        return Database.open(path, daily_backup=False, full_check=False)
    target = default_database_path()
    if target.exists():
        return Database.open(target, daily_backup=False, full_check=False)
    from ..services.demo_file import create_demo_database  # the first start only

    ensure_private_dir(target.parent)
    return create_demo_database(target)


def _open_at_start(window, path: Path | None):
    """open_start_database, and where it refuses, the questions a person can answer."""
    from .opening import open_database, show_notices

    try:
        database = open_start_database(path)
    except StoreError:
        # An encrypted file asks for its passphrase, a file in use offers read-only, else: why not.
        return open_database(window, path or default_database_path())
    show_notices(window, database)
    return database


def show_start_file(window, path: Path | None) -> bool:
    """The start-up file in the window, or the empty state when it could not be opened (the
    passphrase cancelled, a junk file refused, read-only declined): the window then says
    «Ingen fil åpen – Fil → Åpne …» instead of showing empty lists (issue 16 item 7)."""
    from ..services.workspace import Workspace

    database = _open_at_start(window, path)
    if database is not None:
        try:
            window.show_workspace(Workspace.load(database, window.today, compositions_on_demand=True))
            return True
        except StoreError as error:
            database.close()
            QMessageBox.critical(window, translate("App", "Kunne ikke åpne filen"), error_text(error))
    window.update_file_state()
    return False


class _FileOpenFilter(QObject):
    """macOS «Open with» / a double-click in Finder arrives as a QFileOpenEvent, not in argv."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_path(Path(event.file()))
            return True
        return False


def run_gui(path: Path | None = None) -> int:
    from .platform_check import explain_missing, missing_x11_packages
    from .welcome_dialog import is_first_start, show_welcome_on_first_start

    missing = missing_x11_packages()
    if missing:
        print(explain_missing(missing), file=sys.stderr)
        return 1
    logging.basicConfig(filename=str(_log_path()), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_application()
    from .main_window import MainWindow  # after create_application: imported while collection is held

    sys.excepthook = _excepthook
    window = MainWindow()
    QCoreApplication.instance().installEventFilter(_FileOpenFilter(window))  # removed with the window
    first_start = is_first_start(path)  # asked before the demo is made in the user's place
    show_start_file(window, path)
    window.show()
    # On top of the demo the window already shows; its default button keeps the demo.
    show_welcome_on_first_start(window, first_start)
    return app.exec()


def _log_path() -> Path:
    """The log sits beside the data, owner-only like it (it may name files and users)."""
    directory = ensure_private_dir(user_data_dir())
    log_file = directory / "boligmote.log"
    if not log_file.exists():
        os.close(os.open(log_file, os.O_CREAT | os.O_WRONLY, 0o600))
    return log_file


# Qt asks for this before the application object exists when scaling on HiDPI screens.
QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
