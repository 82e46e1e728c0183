"""Fil → Importer …: choose a file, see a dry run (counts and every error), then commit or cancel."""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QPushButton

from ..services.importing import (KINDS, KOBO, ImportFileError, ImportPlan, Problem, commit_import, is_kobo_file,
                                  plan_import)
from ..store import Database, StoreError
from . import options
from .forms_generated.ui_import_dialog import Ui_ImportDialog
from .qt_translations import translate
from .screen_fit import fit_to_screen
from .models.base import Column, ColumnTableModel
from ..words import error_text, shown

def file_filter() -> str:
    return translate("ImportDialog", "Tabeller og Kobo-filer (*.csv *.xlsx *.txt *.json);;Alle filer (*)")


class ProblemTableModel(ColumnTableModel[Problem]):
    """The refused cells of an import, one per row, in the user's own row numbers and headers;
    for a Kobo file (JSON) the object's index in the list and the field's path inside it."""

    def __init__(self, parent=None):
        super().__init__(self._columns_for(kobo=False), parent)

    @staticmethod
    def _columns_for(kobo: bool) -> list[Column[Problem]]:
        place, within = ((translate("ImportDialog", "Objekt"), translate("ImportDialog", "Felt")) if kobo else
                         (translate("ImportDialog", "Rad"), translate("ImportDialog", "Kolonne")))
        return [
            Column(place, lambda p: str(p.row), sort_key=lambda p: p.row, align_right=True),
            Column(within, lambda p: p.column),
            Column(translate("ImportDialog", "Verdi"), lambda p: shown(p.value)),  # «(en liste med 3 elementer)»
            Column(translate("ImportDialog", "Feil"), lambda p: shown(p.reason), tooltip=lambda p: shown(p.reason)),
        ]

    def set_problems(self, problems: list[Problem], kobo: bool) -> None:
        self.beginResetModel()
        self._columns = self._columns_for(kobo)
        self._rows = problems
        self.endResetModel()


class ImportDialog(QDialog, Ui_ImportDialog):
    def __init__(self, database: Database, today: date | None = None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database = database
        self.today = today or date.today()
        self.plan: ImportPlan | None = None

        self.problem_model = ProblemTableModel(self)
        self.problemsView.setModel(self.problem_model)
        self.problemsView.verticalHeader().hide()
        header = self.problemsView.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for kind in (*KINDS.values(), KOBO):
            self.kindCombo.addItem(shown(kind.title), kind.name)
        self.importButton = self.buttonBox.addButton(translate("ImportDialog", "&Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.importButton.setEnabled(False)
        # With a mnemonic, which Qt's own «Avbryt» (qt_nb.toml) has not.
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ImportDialog", "&Avbryt"))
        # Enter never commits (issue 16): in the file field it runs the dry run, and no button is
        # the default, so what is stored is only ever chosen after the dry run was on screen.
        for button in (self.importButton, self.browseButton, *self.buttonBox.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        self.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.browseButton.clicked.connect(self.choose_file)
        self.pathEdit.editingFinished.connect(self.check)
        self.buttonBox.accepted.connect(self.commit)
        self.buttonBox.rejected.connect(self.reject)
        self._kind_changed()
        fit_to_screen(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The button box makes its accept button the default as it is shown; take that back.
        for button in (self.importButton, *self.buttonBox.buttons()):
            if isinstance(button, QPushButton):
                button.setDefault(False)

    # ---- choosing ----------------------------------------------------------------------------

    def set_source(self, kind: str, path: Path) -> None:
        """Choose the kind and the file, and check it (what the user does with the two fields)."""
        self.pathEdit.setText(str(path))
        blocked = self.kindCombo.blockSignals(True)  # one check below, not one per field
        self.kindCombo.setCurrentIndex(self.kindCombo.findData(kind))
        self.kindCombo.blockSignals(blocked)
        self._kind_changed()

    def choose_file(self) -> None:
        start = self.pathEdit.text() or options.LAST_IMPORT_FOLDER.get()
        path, _ = QFileDialog.getOpenFileName(self, translate("ImportDialog", "Velg fil å importere"), start, file_filter())
        if path:
            options.LAST_IMPORT_FOLDER.set(str(Path(path).parent))
            self.pathEdit.setText(path)
            self.check()

    def _kind_changed(self) -> None:
        if self.kindCombo.currentData() == KOBO.name:
            text = translate("ImportDialog", "Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil), JSON: boliger "
                                             "og husstander. Feltnavnene øverst er Husbankens; boligtype, husleie og "
                                             "feltene i husstand har Boligmøte valgt, og de kan mangle. Bygningene må "
                                             "være importert først; boligen finner bygningen på adressen. Feltene "
                                             "står i README-filen, «Kobo».")
        else:
            kind = KINDS[self.kindCombo.currentData()]
            names = [f"<b>{c.name}</b>" if c.required else c.name for c in kind.columns]
            text = translate("ImportDialog", "Kolonner (påkrevde i fet, norske navn går også): {names}").format(
                names=", ".join(names))
        self.columnsLabel.setText(f"<small>{text}</small>")
        self.check()

    # ---- the dry run ---------------------------------------------------------------------------

    def check(self) -> None:
        text = self.pathEdit.text().strip()
        self.plan = None
        if text and is_kobo_file(Path(text)) and self.kindCombo.currentData() != KOBO.name:
            # A .json file can only be a Kobo file: the kind follows the file (and checks it).
            self.kindCombo.setCurrentIndex(self.kindCombo.findData(KOBO.name))
            return
        if not text:
            self._show(translate("ImportDialog", "Velg en fil. Ingenting lagres før du trykker «Importer»."), [])
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_import(self.database, self.kindCombo.currentData(), Path(text), self.today)
        except ImportFileError as error:
            self._show(translate("ImportDialog", "<b>Filen kan ikke leses.</b>") + " " + html.escape(error_text(error)), [])
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        lines = [html.escape(shown(line)) for line in self.plan.summary_lines()]
        if not self.plan.ok:
            lines[1] = f"<b>{lines[1]}</b>"
        elif not self.plan.has_changes:
            lines.append(translate("ImportDialog", "Ingenting å importere: databasen har dette fra før."))
        else:
            lines.append(translate("ImportDialog", "<b>Ingen feil.</b> Trykk «Importer» for å lagre alt i én operasjon."))
        self._show("<br>".join(lines), self.plan.problems)

    def _show(self, summary: str, problems: list[Problem]) -> None:
        self.summaryLabel.setText(summary)
        self.problem_model.set_problems(problems, kobo=self.kindCombo.currentData() == KOBO.name)
        self.problemsView.setVisible(bool(problems))
        self.importButton.setEnabled(self.plan is not None and self.plan.has_changes)

    # ---- committing ----------------------------------------------------------------------------

    def confirm_ending(self, count: int) -> bool:
        """Ending tenancies is not undone by importing again: ask, with «Nei» as the default."""
        answer = QMessageBox.question(
            self, translate("ImportDialog", "Avslutte leieforhold?"),
            translate("ImportDialog", "Importen avslutter {count} leieforhold i dag: boligene har «husstand»: null i "
                                      "filen og blir ledige. Vil du importere likevel?").format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def commit(self) -> None:
        if self.plan is None or not self.plan.has_changes:
            return
        if self.plan.ended_tenancies and not self.confirm_ending(self.plan.ended_tenancies):
            return
        try:
            commit_import(self.database, self.plan)
        except StoreError as error:
            QMessageBox.critical(self, translate("ImportDialog", "Importen ble ikke lagret"),
                                 error_text(error) + "\n\n" + translate("ImportDialog", "Ingenting er endret."))
            self.check()
            return
        self.accept()
