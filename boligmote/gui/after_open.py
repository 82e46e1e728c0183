"""The full integrity check and the daily backup, after the window has shown the file.

Both used to run inside Database.open, before the window appeared: seconds on a large
file (issue 16 item 12). The window now opens the file with the cheap checks only and
runs these in a worker thread with a connection of its own (services/health.py); the
result goes to the status bar, and a damaged file or a failed copy gets a dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from ..services.health import AfterOpen, AfterOpenCheck
from ..store import Database
from ..words import error_text


class AfterOpenWorker(QThread):
    # Emitted (in the window's thread, queued) with the AfterOpen result.
    checked = Signal(object)

    def __init__(self, database: Database, parent=None):
        super().__init__(parent)
        self.database = database
        self.check = AfterOpenCheck(database.path, database.passphrase, daily_backup=not database.readonly)
        self.result: AfterOpen | None = None

    def run(self) -> None:
        try:
            self.result = self.check.run()
        except Exception as error:  # never a traceback from a thread; the window says it
            self.result = AfterOpen(self.check.path, problem=error_text(error) or type(error).__name__)
        self.checked.emit(self.result)

    def stop(self) -> None:
        """Before the window closes or shows another file: stop the check, let a copy finish."""
        self.check.cancel()
        self.wait()
