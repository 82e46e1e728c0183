"""Fil → Eksporter boligregisteret (Kobo) …: the unit register as a Kobo file (issue 20 item 4).

First a question with the choice «Ta med husstandene» (unticked: households are personal data,
services/kobo_export.py says why), then a file chooser and a message saying what was written.
Importing a Kobo file goes through Fil → Importer …, with its dry run, like every import.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox

from . import options
from .menu_actions import install_dialog_action
from ..words import error_text

translate = QCoreApplication.translate


def install_kobo_export_action(window) -> QAction:
    """Fil → Eksporter boligregisteret (Kobo) … (after the import and the case packages' actions, which
    keep their order: «Importer …», «Eksporter saker …», «Importer saker …», «Lag forberedelseskopi …»)."""
    return install_dialog_action(
        window, window.menuFile, "actionExportKobo", translate("MainWindow", "Eksporter boligregisteret (K&obo) …"),
        translate("MainWindow", "Boligregisteret som JSON i et Kobo-lignende format (ikke prøvd mot en "
                                "ekte Kobo-fil); husstander bare om du velger det"),
        lambda: export_kobo_register(window), "actionPreparationCopy", else_last=True)


def households_question(window) -> QMessageBox:
    """The export's first step: what the file holds, and the choice to add households (unticked)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Eksporter boligregisteret (Kobo)"), translate(
        "MainWindow", "Filen får boligene i et Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil): adresse, "
                      "oppgang, etasje, boligtype, soverom, areal og husleie."), parent=window)
    box.setInformativeText(translate(
        "MainWindow", "Advarsel: med husstandene (husstandstype, antall voksne og leieperiode per bolig) inneholder "
                      "filen personopplysninger. Den trenger da et behandlingsgrunnlag og en databehandleravtale før "
                      "den sendes til Husbanken. Barn tas aldri med, og heller ingen husstand i bemannede boliger "
                      "og bofellesskap."))
    box.setCheckBox(QCheckBox(translate("MainWindow", "Ta med &husstandene (personopplysninger)"), box))
    box.checkBox().setChecked(False)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "&Fortsett"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("MainWindow", "&Avbryt"))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


def export_kobo_register(window, path: Path | None = None, with_households: bool | None = None) -> Path | None:
    """Ask whether to add households (unless `with_households` is given) and where (unless `path` is),
    write the file and say what was written; returns the file."""
    from ..services.kobo_export import export_kobo
    from ..store import StoreError

    workspace = getattr(window, "workspace", None)
    if workspace is None:
        return None
    database = workspace.database
    if with_households is None:
        box = households_question(window)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return None
        with_households = box.checkBox().isChecked()
    if path is None:
        start = Path(options.LAST_IMPORT_FOLDER.get() or database.path.parent) / "boligregister-kobo.json"
        chosen, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "Eksporter boligregisteret (Kobo)"),
                                                str(start), translate("MainWindow", "Kobo-filer (*.json)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".json") else Path(chosen + ".json")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = export_kobo(database, path, with_households=with_households)
    except (StoreError, OSError) as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, translate("MainWindow", "Boligregisteret ble ikke eksportert"), error_text(error))
        return None
    QApplication.restoreOverrideCursor()
    options.LAST_IMPORT_FOLDER.set(str(path.parent))
    said = (translate("MainWindow", "{count} boliger er lagret i {file} med husstandene: filen inneholder "
                                    "personopplysninger. Behov, oppfølging, barn og navn er ikke med.")
            if with_households else
            translate("MainWindow", "{count} boliger er lagret i {file}, uten husstander. Behov, oppfølging og navn "
                                    "er ikke med."))
    QMessageBox.information(window, translate("MainWindow", "Boligregisteret er eksportert"),
                            said.format(count=count, file=path))
    return path
