"""Fil → Eksporter boligregisteret (Kobo) …: the unit register as a Kobo file (issue 20 item 4).

A file chooser and a message saying what was written; the work is services/kobo_export.py.
Importing a Kobo file goes through Fil → Importer …, with its dry run, like every import.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from . import options

translate = QCoreApplication.translate


def install_kobo_export_action(window) -> QAction:
    """Fil → Eksporter boligregisteret (Kobo) … (after the import and the case packages' actions, which
    keep their order: «Importer …», «Eksporter saker …», «Importer saker …», «Lag forberedelseskopi …»)."""
    action = QAction(translate("MainWindow", "Eksporter boligregisteret (K&obo) …"), window)
    action.setObjectName("actionExportKobo")
    action.setToolTip(translate("MainWindow", "Boligene med husstand (uten behov og navn) som JSON i formen til "
                                              "Husbankens Kobo Bolig API"))
    action.triggered.connect(lambda: export_kobo_register(window))
    actions = window.menuFile.actions()
    names = [a.objectName() for a in actions]
    after = names.index("actionPreparationCopy") + 1 if "actionPreparationCopy" in names else len(actions)
    window.menuFile.insertAction(actions[after] if after < len(actions) else None, action)
    return action


def export_kobo_register(window, path: Path | None = None) -> Path | None:
    """Ask where (unless `path` is given), write the file and say what was written; returns the file."""
    from ..services.kobo_export import export_kobo
    from ..store import StoreError

    workspace = getattr(window, "workspace", None)
    if workspace is None:
        return None
    database = workspace.database
    if path is None:
        start = Path(options.LAST_IMPORT_FOLDER.get() or database.path.parent) / "boligregister-kobo.json"
        chosen, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "Eksporter boligregisteret (Kobo)"),
                                                str(start), translate("MainWindow", "Kobo-filer (*.json)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".json") else Path(chosen + ".json")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = export_kobo(database, path)
    except (StoreError, OSError) as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, translate("MainWindow", "Boligregisteret ble ikke eksportert"), str(error))
        return None
    QApplication.restoreOverrideCursor()
    options.LAST_IMPORT_FOLDER.set(str(path.parent))
    QMessageBox.information(window, translate("MainWindow", "Boligregisteret er eksportert"), translate(
        "MainWindow", "{count} boliger er lagret i {file}, i formen til Husbankens Kobo Bolig API. Behov, "
                      "oppfølging og navn er ikke med.").format(count=count, file=path))
    return path
