"""Møte → Arkiver …: the chosen signed meeting as Fiks Arkiv messages in a folder (issue 20 item 2).

A folder chooser and a message saying what was written, or why nothing was; the work is
services/archive.py. No dialog of its own: the folder chooser and the message boxes are Qt's.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..domain import MeetingStatus
from . import options
from .menu_actions import install_dialog_action
from ..words import error_text, shown

translate = QCoreApplication.translate


def install_archive_action(window) -> QAction:
    """Møte → Arkiver … (after «Vedtaksbrev for valgt sak …»)."""
    return install_dialog_action(
        window, window.menuMeeting, "actionArchive", translate("MainWindow", "Ar&kiver …"),
        translate("MainWindow", "Det signerte møtet til kommunens arkiv: Fiks Arkiv-meldinger med "
                                "protokollen og vedtaksbrevene som PDF/A"),
        lambda: archive_meeting(window), "actionLetter", else_last=True)


def archive_meeting(window) -> Path | None:
    """Export the meeting the meeting pane shows; returns the folder written."""
    from ..services.archive import export_meeting
    from ..services.meetings import MeetingError, Meetings
    from ..store import StoreError

    workspace = getattr(window, "workspace", None)
    meeting_id = window.meeting_panel.meeting_id if workspace is not None else None
    title = translate("MainWindow", "Arkiver møtet")
    if meeting_id is None:
        QMessageBox.information(window, title, translate("MainWindow", "Velg et signert møte i møtepanelet først."))
        return None
    database = workspace.database
    meeting = Meetings(database).get(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED:
        # before the folder chooser: no point choosing where for a meeting that cannot go
        QMessageBox.warning(window, title, translate(
            "MainWindow", "Møtet {date} er ikke signert ({status}). Bare et signert møte kan arkiveres: avslutt "
                          "møtet og signer protokollen først.").format(date=f"{meeting.held_on:%d.%m.%Y}",
                                                                        status=shown(meeting.status)))
        return None
    start = str(options.LAST_ARCHIVE_FOLDER.get() or database.path.parent)
    chosen = QFileDialog.getExistingDirectory(window, translate("MainWindow", "Velg mappen arkiveksporten skal "
                                                                              "legges i"), start)
    if not chosen:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = export_meeting(database, meeting_id, Path(chosen))
    except (MeetingError, StoreError, OSError) as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, translate("MainWindow", "Møtet ble ikke arkivert"), error_text(error))
        return None
    QApplication.restoreOverrideCursor()
    options.LAST_ARCHIVE_FOLDER.set(chosen)
    text = translate("MainWindow", "{count} arkivmeldinger (protokollen og {letters} vedtaksbrev) er lagret i "
                                   "{folder}. Gi mappen til arkivet; sjekksummer.sha256 i mappen lar arkivaren "
                                   "kontrollere filene.").format(count=len(result.messages),
                                                                 letters=len(result.messages) - 1,
                                                                 folder=result.folder)
    if result.derived_copies:
        text += "\n\n" + translate("MainWindow", "{n} dokument(er) signert eller sendt før PDF/A fikk en avledet "
                                                 "PDF/A-kopi ved siden av originalen, som er uendret.").format(
            n=result.derived_copies)
    QMessageBox.information(window, translate("MainWindow", "Møtet er klart for arkivet"), text)
    return result.folder
