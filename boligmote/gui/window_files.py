"""The main window's file actions: open, new, recent files, import, case packages, restore from a
backup, settings; the file's check and daily copy after it opened; and what a read-only file (or
none) leaves available. A part of MainWindow (window_base.py says why the window is in parts)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from .. import APP_NAME
from ..services.matching import Matching
from ..services.workspace import Workspace
from ..store import StoreError
from ..words import error_text
from . import options
from .file_state import no_file_reason, read_only_reason, set_available
from .menu_actions import update_incident_actions
from .qt_translations import translate
from .window_base import WindowBase

MAX_RECENT_FILES = 8


def database_filter() -> str:
    return translate("MainWindow", "Boligmøte-database (*.sqlite *.boligmote);;Alle filer (*)")


class FileActions(WindowBase):
    """Fil: open, new, import, export, restore, settings; the recent files; the read-only state."""

    def _setup_read_only_indicator(self) -> None:
        # Visible all the time a read-only file is open, not only in the title bar.
        self.readOnlyIndicator = QLabel(translate("MainWindow", "Skrivebeskyttet"), self)
        self.readOnlyIndicator.setObjectName("readOnlyIndicator")
        self.readOnlyIndicator.setStyleSheet(
            "QLabel { background: #e2e3e5; color: #202124; border: 1px solid #6c757d; padding: 1px 8px; }")
        self.statusBar().addPermanentWidget(self.readOnlyIndicator)

    def open_path(self, path: Path, create: bool = False) -> bool:
        """Open a file and show it; a problem is shown as a message, never a traceback."""
        from .opening import open_database  # passphrase, read-only offer, warnings

        database = open_database(self, path, create)
        if database is None:
            return False
        try:
            workspace = Workspace.load(database, self.today, compositions_on_demand=True)
        except StoreError as error:
            database.close()
            QMessageBox.critical(self, translate("MainWindow", "Kunne ikke åpne filen"), error_text(error))
            return False
        self.show_workspace(workspace)
        return True

    def open_database_dialog(self) -> None:
        start = str(self.workspace.database.path.parent) if self.workspace else ""
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Åpne database"), start, database_filter())
        if path:
            self.open_path(Path(path))

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Ny database"), "boligmote.sqlite",
                                              database_filter())
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(self, translate("MainWindow", "Filen finnes"),
                                translate("MainWindow", "{path} finnes allerede. Velg et nytt navn.").format(path=path))
            return
        self.open_path(Path(path), create=True)

    def restore_dialog(self) -> None:
        """Fil → Gjenopprett fra sikkerhetskopi …: choose a copy; the file is swapped and reopened."""
        from .restore_dialog import restore_into_window

        if self.workspace is not None:
            self._stop_after_open()  # its own connection must not read the file being swapped
            self._stop_flags()  # nor the flags' connection
            restore_into_window(self)

    def import_dialog(self) -> None:
        """Fil → Importer …: a dry run first; after a commit the window shows what changed."""
        from .import_dialog import ImportDialog  # loads the import service only when asked for

        if self.workspace is not None and ImportDialog(self.workspace.database, self.today, self).exec():
            self.show_workspace(Workspace.load(self.workspace.database, self.today, compositions_on_demand=True))

    def export_cases_dialog(self) -> None:
        """Fil → Eksporter saker …: a planned meeting's cases in a package for the meeting file."""
        from .case_package_dialog import export_cases  # the package service only when asked for

        if self.workspace is not None:
            export_cases(self, self.workspace.database, self.meeting_panel.meeting_id)

    def preparation_copy_dialog(self) -> None:
        """Fil → Lag forberedelseskopi …: the only kind of copy case packages can come from."""
        from .case_package_dialog import make_copy

        if self.workspace is not None:
            make_copy(self, self.workspace.database)

    def import_cases_dialog(self) -> None:
        """Fil → Importer saker …: a package's cases in; every conflict is the user's choice."""
        from .case_package_dialog import import_cases

        if self.workspace is not None and import_cases(self, self.workspace.database, self.screened):
            self.show_workspace(Workspace.load(self.workspace.database, self.today, compositions_on_demand=True))

    def _check_after_open(self, database) -> None:
        from .after_open import AfterOpenWorker

        if self.workspace is None or self.workspace.database is not database or database.closed:
            return
        self._stop_after_open()
        self._after_open = AfterOpenWorker(database, self)
        self._after_open.checked.connect(self._after_open_done)
        self.statusBar().showMessage(translate("MainWindow", "Kontrollerer filen og tar dagens sikkerhetskopi …"))
        self._after_open.start()

    def _stop_after_open(self) -> None:
        worker, self._after_open = self._after_open, None
        if worker is not None:
            worker.checked.disconnect(self._after_open_done)
            worker.stop()

    def _after_open_done(self, result) -> None:
        """The status bar says the file is whole (and copied); a problem also gets a dialog,
        non-modal: the meeting can read on while someone fetches a backup."""
        worker, self._after_open = self._after_open, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if result.cancelled or self.workspace is None or self.workspace.database.path != result.path:
            return
        if result.problem:
            self.statusBar().showMessage(translate("MainWindow", "Filen er skadet – se meldingen"))
            self._tell(QMessageBox.Icon.Critical, translate("MainWindow", "Filen er skadet"),
                       result.problem + "\n\n" + translate(
                           "MainWindow", "Ikke før flere vedtak i denne filen. Gjenopprett fra en sikkerhetskopi "
                                         "(Fil → Gjenopprett fra sikkerhetskopi …) eller kontakt IT."))
            return
        self.workspace.database.integrity_checked = True
        if result.backup_error:
            self.statusBar().showMessage(translate("MainWindow", "Filen er hel, men dagens sikkerhetskopi mangler"))
            self._tell(QMessageBox.Icon.Warning, translate("MainWindow", "Sikkerhetskopi"),
                       translate("MainWindow", "Den daglige sikkerhetskopien kunne ikke tas:") + " " + result.backup_error)
            return
        message = translate("MainWindow", "Filen er kontrollert og hel.")
        if result.backup is not None:
            message += " " + translate("MainWindow", "Dagens sikkerhetskopi er tatt.")
        self.statusBar().showMessage(message, 10000)

    def _tell(self, icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("afterOpenMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    @property
    def writable(self) -> bool:
        """A file is open, and not read-only: changes can be saved."""
        return self.workspace is not None and not self.workspace.database.readonly

    def update_file_state(self) -> None:
        """No file: the empty state covers the panes. A read-only file: what would change it is
        disabled and says why (issue 16 item 7). The meeting's own buttons follow its status
        in the meeting panel."""
        has_file = self.workspace is not None
        writable = has_file and not self.workspace.database.readonly
        self.empty_state.set_shown(not has_file)
        reason = read_only_reason() if has_file else no_file_reason()
        self.readOnlyIndicator.setVisible(has_file and not writable)
        self.readOnlyIndicator.setToolTip(read_only_reason())
        for action in (self.actionExportCases, self.actionMinutes, self.actionLetter, self.actionRenewals):
            set_available(action, has_file, reason)
        for action in (self.actionFollowUps, self.actionAtRisk):
            set_available(action, has_file, reason)  # a read-only file lists; recording is off there
        set_available(self.actionEvidence, has_file, reason)  # a report: it only reads
        set_available(self.actionStatistics, has_file, reason)  # the same
        set_available(self.actionExportKobo, has_file, reason)  # an export: it only reads
        for item in (self.actionRestore, self.actionPreparationCopy, self.actionImportCases, self.actionImport,
                     self.actionSettings, self.actionPropose, self.proposeButton, self.actionNewMeeting):
            set_available(item, writable, reason)
        for action in (self.actionStartMeeting, self.actionCloseMeeting, self.actionSignMinutes,
                       self.actionDecide, self.actionUndoDecision, self.actionRedoDecision):
            set_available(action, writable, reason)
        update_incident_actions(self)
        if not has_file:
            self.setWindowTitle(APP_NAME)

    def edit_settings(self) -> None:
        """Fil → Innstillinger: after a change the flags are evaluated under the new version."""
        from .settings_dialog import SettingsDialog

        if self.workspace is None:
            return
        dialog = SettingsDialog(self.workspace.database, self)
        if dialog.exec() and dialog.saved:
            self.matching = Matching.for_workspace(self.workspace)
            self.candidates.set_matching(self.matching)
            self.meeting_panel.refresh()  # the privacy setting may have changed
            self._build_flags()
            self.statusBar().showMessage(
                translate("MainWindow", "Innstillingene er lagret; varslene er vurdert på nytt."), 6000)
        dialog.deleteLater()

    def _remember_recent(self, path: Path) -> None:
        known = self._recent_files()
        recent = [str(path), *(p for p in known if p != str(path))][:MAX_RECENT_FILES]
        if recent != known:  # the same file as last time (most starts): nothing to write
            options.RECENT_FILES.set(recent)
        self._rebuild_recent_menu()

    def _recent_files(self) -> list[str]:
        return options.RECENT_FILES.get()

    def _rebuild_recent_menu(self) -> None:
        self.menuRecent.clear()
        recent = self._recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path}", self)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
            self.menuRecent.addAction(action)
        self.menuRecent.setEnabled(bool(recent))

    # Splitters, their settings keys and first sizes; the stretch factors share out what a
