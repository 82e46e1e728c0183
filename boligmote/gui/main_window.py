"""The main window: queue, vacant units and composition side by side."""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMainWindow, QMessageBox, QTableView

from .. import APP_NAME, __version__
from ..domain import Ownership, VacantUnit
from ..domain import UnitSurroundings
from ..services.workspace import Workspace
from ..store import Database, StoreError
from .filtering import TextFilterProxy
from .formatting import format_percent, sentence_case
from .forms import load_form_into
from .models import ApplicantQueueModel, CompositionModel, VacantUnitModel

MAX_RECENT_FILES = 8
DATABASE_FILTER = "Boligmøte-database (*.sqlite *.boligmote);;Alle filer (*)"


class MainWindow(QMainWindow):
    # Emitted with the unit the committee is now looking at (None when nothing is selected).
    unitSelected = Signal(object)

    def __init__(self, today: date | None = None, parent=None):
        super().__init__(parent)
        load_form_into(self, "main_window")
        self.today = today or date.today()
        self.workspace: Workspace | None = None
        self.settings = QSettings()

        self.queue_model = ApplicantQueueModel(self.today, self)
        self.queue_proxy = self._attach(self.queueView, self.queue_model)
        self.units_model = VacantUnitModel(self)
        self.units_proxy = self._attach(self.unitsView, self.units_model)
        self.composition_model = CompositionModel(self.today, self)
        self.compositionView.setModel(self.composition_model)
        header = self.compositionView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.compositionView.verticalHeader().hide()

        self.queueFilter.textChanged.connect(self.queue_proxy.set_text)
        self.queueFilter.textChanged.connect(self._update_counts)
        self.unitsFilter.textChanged.connect(self.units_proxy.set_text)
        self.unitsFilter.textChanged.connect(self._update_counts)
        self.unitsView.selectionModel().selectionChanged.connect(self._on_unit_selection)

        self.actionNew.triggered.connect(self.new_database_dialog)
        self.actionOpen.triggered.connect(self.open_database_dialog)
        self.actionQuit.triggered.connect(self.close)
        self.actionScreened.toggled.connect(self.set_screened)
        self.actionFocusQueue.triggered.connect(self.queueView.setFocus)
        self.actionFocusUnits.triggered.connect(self.unitsView.setFocus)
        self.actionFocusComposition.triggered.connect(self.compositionView.setFocus)
        self.actionAbout.triggered.connect(self._about)
        self.setTabOrder(self.queueFilter, self.queueView)
        self.setTabOrder(self.queueView, self.unitsFilter)
        self.setTabOrder(self.unitsFilter, self.unitsView)
        self.setTabOrder(self.unitsView, self.compositionView)
        self._rebuild_recent_menu()
        self._restore_layout()

    def _attach(self, view: QTableView, model) -> TextFilterProxy:
        proxy = TextFilterProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        return proxy

    # ---- showing a file ----------------------------------------------------------------

    def show_workspace(self, workspace: Workspace) -> None:
        previous = self.workspace
        self.workspace = workspace
        self.queue_model.set_rows(workspace.queue)
        self.units_model.set_rows(workspace.vacant_units)
        self.composition_model.show(None)
        self._show_heading(None)
        for view in (self.queueView, self.unitsView):
            view.resizeColumnsToContents()
        self.setWindowTitle(f"{workspace.municipality} – {workspace.database.path.name} – {APP_NAME}")
        self._update_counts()
        self.statusBar().showMessage(f"Åpnet {workspace.database.path}", 5000)
        self._remember_recent(workspace.database.path)
        if previous is not None and previous.database is not workspace.database:
            previous.database.close()

    def open_path(self, path: Path, create: bool = False) -> bool:
        """Open a file and show it; a problem is shown as a message, never a traceback."""
        try:
            database = Database.open(path, create=create)
            workspace = Workspace.load(database, self.today)
        except StoreError as error:
            QMessageBox.critical(self, "Kunne ikke åpne filen", str(error))
            return False
        self.show_workspace(workspace)
        return True

    def open_database_dialog(self) -> None:
        start = str(self.workspace.database.path.parent) if self.workspace else ""
        path, _ = QFileDialog.getOpenFileName(self, "Åpne database", start, DATABASE_FILTER)
        if path:
            self.open_path(Path(path))

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Ny database", "boligmote.sqlite", DATABASE_FILTER)
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(self, "Filen finnes", f"{path} finnes allerede. Velg et nytt navn.")
            return
        self.open_path(Path(path), create=True)

    # ---- selection -----------------------------------------------------------------------

    def selected_unit(self) -> VacantUnit | None:
        rows = self.unitsView.selectionModel().selectedRows()
        if not rows:
            return None
        return self.units_model.row_object(self.units_proxy.mapToSource(rows[0]).row())

    def select_unit(self, unit_id: str) -> None:
        for row in range(self.units_proxy.rowCount()):
            index = self.units_proxy.index(row, 0)
            if self.units_model.row_object(self.units_proxy.mapToSource(index).row()).unit.id == unit_id:
                self.unitsView.selectRow(row)
                self.unitsView.scrollTo(index)
                return
        raise KeyError(unit_id)

    def _on_unit_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        vacant = self.selected_unit()
        surroundings = self.workspace.surroundings(vacant) if (vacant and self.workspace) else None
        self.composition_model.show(surroundings)
        self._show_heading(surroundings)
        self.unitSelected.emit(vacant)

    def _show_heading(self, s: UnitSurroundings | None) -> None:
        if s is None:
            self.compositionHeading.setText("Velg en ledig bolig for å se oppgangen og bygningen den ligger i.")
            return
        b = s.building
        lines = [f"<b>{html.escape(b.address)}, oppgang {html.escape(s.stairwell.label)}</b>"
                 f" – {html.escape(b.district)}"]
        facts = [b.building_type.label, "heis" if b.has_lift else "uten heis"]
        if b.ownership is Ownership.COOPERATIVE_SHARE:
            municipal = s.building_composition.municipal_units
            share = municipal / b.total_units if b.total_units else 0.0
            facts.insert(0, f"innskutt: {municipal} av {b.total_units} boliger kommunale ({format_percent(share)})")
        else:
            facts.insert(0, f"heleid kommunal gård, {b.total_units} boliger")
        lines.append(html.escape(sentence_case(" · ".join(facts))))
        if b.presence:
            lines.append("Tilstede på stedet: " + html.escape(", ".join(sorted(p.label for p in b.presence))))
        else:
            lines.append("Ingen bemanning eller bomiljøtiltak på stedet.")
        self.compositionHeading.setText("<br>".join(lines))

    # ---- modes and state -------------------------------------------------------------------

    def set_screened(self, screened: bool) -> None:
        """«Skjermet visning»: names hidden everywhere, case numbers only (screen sharing)."""
        if self.actionScreened.isChecked() != screened:
            self.actionScreened.setChecked(screened)  # re-enters through toggled
            return
        for model in (self.queue_model, self.units_model):
            model.set_screened(screened)
        self.queue_proxy.set_text(self.queueFilter.text())
        self.statusBar().showMessage("Skjermet visning: navn er skjult" if screened else "Navn vises", 4000)

    @property
    def screened(self) -> bool:
        return self.actionScreened.isChecked()

    def _update_counts(self) -> None:
        self.queueCount.setText(f"{self.queue_proxy.rowCount()} av {self.queue_model.rowCount()} søkere")
        self.unitsCount.setText(f"{self.units_proxy.rowCount()} av {self.units_model.rowCount()} ledige boliger")

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self._recent_files() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recentFiles", recent[:MAX_RECENT_FILES])
        self._rebuild_recent_menu()

    def _recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def _rebuild_recent_menu(self) -> None:
        self.menuRecent.clear()
        recent = self._recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number} {path}", self)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(Path(p)))
            self.menuRecent.addAction(action)
        self.menuRecent.setEnabled(bool(recent))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("mainWindow/splitter")
        if splitter is not None:
            self.paneSplitter.restoreState(splitter)
        else:
            self.paneSplitter.setSizes([560, 520, 360])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/splitter", self.paneSplitter.saveState())
        if self.workspace is not None:
            self.workspace.database.close()
            self.workspace = None
        super().closeEvent(event)

    def _about(self) -> None:
        location = self.workspace.database.path if self.workspace else "ingen fil åpen"
        QMessageBox.about(
            self, f"Om {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>Beslutningsstøtte for tildelingsmøter i kommunale boliger.</p>"
            f"<p>Data: {html.escape(str(location))}<br>Lisens: GPL-3.0-or-later</p>",
        )
