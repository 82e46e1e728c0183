"""Fil → Gjenopprett fra sikkerhetskopi …: pick a copy, confirm, swap it in, reopen.

The work is done by services.backups.restore (shared with `boligmote restore`); this
module only chooses, asks and reopens. The open file is closed first (restoring needs its
lock), and whatever happens the window ends with a file open: the restored one, or the
old one again if the restore was refused.
"""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox

from ..services.backups import BackupFile, format_size, list_backups, restore
from ..store import StoreError
from ..store.errors import PlainCopyOntoEncrypted
from .confirm import ask_to
from .forms_generated.ui_restore_dialog import Ui_RestoreDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen
from .models.base import Column, ColumnTableModel
from ..words import error_text, shown


def _when(copy: BackupFile) -> str:
    return translate("RestoreDialog", "{date} kl. {time}").format(date=f"{copy.created:%d.%m.%Y}", time=f"{copy.created:%H:%M}")


class BackupTableModel(ColumnTableModel[BackupFile]):
    def __init__(self, parent=None):
        super().__init__([
            Column(translate("RestoreDialog", "Tidspunkt"), lambda b: _when(b), sort_key=lambda b: b.created,
                   tooltip=lambda b: b.path.name),
            Column(translate("RestoreDialog", "Anledning"), lambda b: b.reason_label),
            Column(translate("RestoreDialog", "Størrelse"), lambda b: format_size(b.size), sort_key=lambda b: b.size, align_right=True),
        ], parent)


class RestoreDialog(QDialog, Ui_RestoreDialog):
    """Lists the copies of one file, newest first; `chosen()` is the one to restore."""

    def __init__(self, database_path: Path, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database_path = database_path
        self.model = BackupTableModel(self)
        self.model.set_rows(list_backups(database_path))
        self.backupsView.setModel(self.model)
        self.backupsView.verticalHeader().hide()
        header = self.backupsView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        name = html.escape(database_path.name)
        if self.model.rowCount():
            self.introLabel.setText(
                translate("RestoreDialog", "Velg kopien av <b>{file}</b> du vil gå tilbake til. Endringer gjort etter at kopien ble tatt, "
                  "forsvinner fra filen – men filen slik den er nå, lagres først som en egen sikkerhetskopi, så "
                  "ingenting slettes.").format(file=name))
        else:
            self.introLabel.setText(translate("RestoreDialog", "Det finnes ingen sikkerhetskopier av <b>{file}</b> ennå. Boligmøte tar en "
                                      "kopi første gang filen åpnes hver dag.").format(file=name))
            self.backupsView.hide()  # an empty table only repeats the sentence above
            self.dialogLayout.setStretch(1, 0)
            self.dialogLayout.insertStretch(3, 1)  # keep the text at the top, the buttons at the bottom
            self.resize(self.width(), self.minimumSizeHint().height())
        self.folderLabel.setText(translate("RestoreDialog", "Mappe: {folder}").format(folder=database_path.parent / "backups"))

        self.restoreButton = self.buttonBox.addButton(translate("RestoreDialog", "&Gjenopprett"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("RestoreDialog", "&Avbryt"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.backupsView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.backupsView.doubleClicked.connect(lambda _index: self.accept())
        if self.model.rowCount():
            self.backupsView.selectRow(0)
        self._selection_changed()
        fit_to_screen(self)

    def chosen(self) -> BackupFile | None:
        rows = self.backupsView.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        self.restoreButton.setEnabled(self.chosen() is not None)


def confirm_restore(parent, database_path: Path, copy: BackupFile) -> bool:
    """Enter answers «Avbryt»: one key too many must not put an older file in place."""
    return ask_to(parent, QMessageBox.Icon.Question, translate("RestoreDialog", "Gjenopprette?"),
                  translate("RestoreDialog", "{file} byttes ut med sikkerhetskopien fra {when} ({reason}).").format(
                      file=database_path.name, when=_when(copy), reason=copy.reason_label),
                  translate("RestoreDialog", "Filen slik den er nå, lagres først som en egen sikkerhetskopi. "
                            "Filen lukkes og åpnes igjen."),
                  translate("RestoreDialog", "&Gjenopprett"))


def confirm_encrypting_plain_copy(parent, database_path: Path, copy: BackupFile) -> bool:
    """A plain copy onto the encrypted file: restored only encrypted, and only if asked for."""
    return ask_to(parent, QMessageBox.Icon.Warning, translate("RestoreDialog", "Ukryptert kopi"),
                  translate("RestoreDialog", "{file} er kryptert, men sikkerhetskopien fra {when} er ukryptert.").format(
                      file=database_path.name, when=_when(copy)),
                  translate("RestoreDialog", "Gjenopprettet som den er, ville alle opplysningene ligget "
                            "ukryptert på disken. Innholdet kan gjenopprettes kryptert med filens passord."),
                  translate("RestoreDialog", "Gjenopprett &kryptert"))


def restore_into_window(window) -> bool:
    """The whole menu action on a MainWindow that has a file open; True when restored."""
    from ..services.workspace import Workspace
    from .opening import open_database

    database = window.workspace.database
    path, passphrase = database.path, database.passphrase
    if database.readonly:
        QMessageBox.information(window, translate("RestoreDialog", "Skrivebeskyttet"), translate("RestoreDialog", "Filen er åpnet skrivebeskyttet og kan ikke "
                                                                "gjenopprettes herfra. Åpne den for endring først."))
        return False
    dialog = RestoreDialog(path, window)
    if not dialog.exec() or dialog.chosen() is None:
        return False
    copy = dialog.chosen()
    if not confirm_restore(window, path, copy):
        return False
    database.close()  # gives the lock back: restore takes it
    restored = True
    try:
        try:
            result = restore(path, copy.path, passphrase)
        except PlainCopyOntoEncrypted:
            if not confirm_encrypting_plain_copy(window, path, copy):
                raise
            result = restore(path, copy.path, passphrase, encrypt=True)
    except StoreError as error:
        restored = False
        QMessageBox.critical(window, translate("RestoreDialog", "Kunne ikke gjenopprette"),
                             error_text(error) + "\n\n" + translate("RestoreDialog", "Filen er ikke byttet ut."))
    reopened = open_database(window, path, passphrase=passphrase)
    if reopened is not None:
        try:
            window.show_workspace(Workspace.load(reopened, window.today, compositions_on_demand=True))
        except StoreError as error:
            reopened.close()
            QMessageBox.critical(window, translate("RestoreDialog", "Kunne ikke åpne filen"), error_text(error))
    if restored:
        window.statusBar().showMessage(shown(result.message()), 10000)
        QMessageBox.information(window, translate("RestoreDialog", "Gjenopprettet"), shown(result.message()))
    return restored
