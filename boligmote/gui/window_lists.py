"""The main window's lists and what follows a choice in them: the queue and the vacant units,
the candidates and the proposal, the meeting pane's agenda driving the panes, and a file shown
in all of them. A part of MainWindow (window_base.py says why the window is in parts)."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from .. import APP_NAME
from ..domain import Applicant, UnitSurroundings, VacantUnit
from ..rules.ranking import RankedPair
from ..services.matching import Matching
from ..services.workspace import Workspace
from ..words import shown
from .candidate_pane import CandidatePane
from .filtering import TextFilterProxy
from .flow_layout import wrap_row
from .meeting_panel import MeetingPanel
from .models import ApplicantQueueModel, VacantUnitModel
from .models.meeting import case_unit_id
from .narrow_panes import VerticalScrollArea
from .qt_translations import translate
from .selection import select_object, selected_object
from .user_name import saved_user_name
from .window_base import WindowBase


class ListsPart(WindowBase):
    """The queue, the vacant units, the candidates and the meeting pane, and a file shown in them."""

    def _setup_lists(self) -> None:
        self.queue_model = ApplicantQueueModel(self.today, self)
        self.queue_proxy = self._attach(self.queueView, self.queue_model)
        self.units_model = VacantUnitModel(self)
        self.units_proxy = self._attach(self.unitsView, self.units_model)

    def _setup_candidates(self) -> None:
        self.candidates = CandidatePane(self)
        # Beside the tick box while there is room, on its own line when not: one line, not five.
        self.chipLegend.setWordWrap(False)
        # In two halves that go onto two lines where the pane is narrow (125 % scaling), so the
        # legend no longer holds the whole left column wider than the screen has room for.
        parts = self.chipLegend.text().split(" · ")
        half = (len(parts) + 1) // 2
        self.chipLegend.setText(" · ".join(parts[:half]))
        self.chipLegendMore = QLabel(" · ".join(parts[half:]), self.candidatesBox)
        self.chipLegendMore.setAccessibleName(self.chipLegend.accessibleName())
        self.candidatesFooterLayout.addWidget(self.chipLegendMore)
        wrap_row(self.candidatesLayout, self.candidatesFooterLayout)
        self.unit_candidates, self.applicant_units = self.candidates.for_unit, self.candidates.for_applicant
        self.candidates.surroundingsWanted.connect(self._show_surroundings)

    def _connect_lists(self) -> None:
        self.unitsView.selectionModel().selectionChanged.connect(self._on_unit_selection)
        self.queueView.selectionModel().selectionChanged.connect(self._on_applicant_selection)
        self.proposeButton.clicked.connect(self.propose_selected)
        self.actionPropose.triggered.connect(self.propose_selected)

    def _setup_meeting_pane(self) -> None:
        self.meeting_panel = MeetingPanel(self, self.meetingBox)
        # The agenda and its buttons scroll in a low window instead of making it taller.
        self.meetingScroll = VerticalScrollArea(self.meeting_panel, self.meetingBox)
        self.meetingLayout.addWidget(self.meetingScroll)
        self.proposalRequested.connect(self.meeting_panel.propose)
        self.meeting_panel.workspaceChanged.connect(self.workspace_changed)
        self.meeting_panel.caseSelected.connect(self.show_case)

    def _attach(self, view: QTableView, model: QAbstractItemModel) -> TextFilterProxy:
        proxy = TextFilterProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.verticalHeader().hide()
        # Rows as tight as the text allows (as the composition's).
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        view.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first screenful, not all 800 rows (measuring every row cost 0.2 s
        # at start, 60 rows still 0.1 s: Qt asks the model for ~9 roles of every cell it measures).
        view.horizontalHeader().setResizeContentsPrecision(20)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        return proxy

    _MEASURED_ROWS = 60  # more than a maximised window shows

    def _fit_list_columns(self, view: QTableView) -> None:
        """Each column as wide as its header and the texts of the rows a window can show, measured
        with the font's metrics: resizeColumnsToContents asked the model ~9 roles of every cell it
        measured, a tenth of a second at every start (issue 16 item 12). The last column
        stretches, so a longer text further down shows in full where there is room."""
        model, header = view.model(), view.horizontalHeader()
        assert isinstance(model, TextFilterProxy)  # _attach put it there
        metrics = view.fontMetrics()
        # the item delegate's text margins (2 × (focus frame margin + 1)), the grid line, and a
        # pixel for a text whose width the fractional font size rounds up
        padding = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
        # The source model's texts straight from Python, each distinct text measured once: going
        # through the proxy's index and data() for every cell cost twice as much (issue 16).
        source: Any = model.sourceModel()  # one of our ColumnTableModels
        rows = [model.mapToSource(model.index(row, 0)).row()
                for row in range(min(model.rowCount(), self._MEASURED_ROWS))]
        for column in range(model.columnCount() - 1):
            texts = {source.display_text(row, column) for row in rows}
            widest = max((metrics.horizontalAdvance(text) for text in texts if text), default=0)
            view.setColumnWidth(column, max(header.sectionSizeHint(column), widest + padding))

    def show_workspace(self, workspace: Workspace) -> None:
        previous = self.workspace
        self._stop_flags()
        self.workspace = workspace
        # What is done from this window is done by the person, not the login account (issue 16).
        workspace.database.act_as(saved_user_name)
        self.matching = Matching.for_workspace(workspace)
        self.candidates.set_matching(self.matching)
        self.meeting_panel.set_workspace(workspace)
        self.apply_masking()
        self.queue_model.set_rows(workspace.queue)
        self.units_model.set_rows(workspace.vacant_units)
        self.composition_model.show(None)
        self._show_heading(None)
        self.candidates.show_for(None)
        current = self.districtFilter.currentData()
        self.districtFilter.blockSignals(True)
        self.districtFilter.clear()
        self.districtFilter.addItem(translate("MainWindow", "Bydel"), None)
        for district in workspace.districts():
            self.districtFilter.addItem(district, district)
        self.districtFilter.blockSignals(False)
        self.districtFilter.setCurrentIndex(max(0, self.districtFilter.findData(current)))
        self._build_flags()
        for view in (self.queueView, self.unitsView):
            self._fit_list_columns(view)
        read_only = " " + translate("MainWindow", "(skrivebeskyttet)") if workspace.database.readonly else ""
        self.setWindowTitle(f"{workspace.municipality} – {workspace.database.path.name}{read_only} – {APP_NAME}")
        self._update_counts()
        opened = translate("MainWindow", "Åpnet {path}").format(path=workspace.database.path)
        self.statusBar().showMessage(opened, 5000)
        self._remember_recent(workspace.database.path)
        if previous is not None and previous.database is not workspace.database:
            self._stop_after_open()
            previous.database.close()
        if not workspace.database.integrity_checked and self._after_open is None:
            # Once the window is on screen: the full check and the daily copy (issue 16 item 12).
            QTimer.singleShot(0, lambda d=workspace.database: self._check_after_open(d))
        self.update_file_state()

    def workspace_changed(self) -> None:
        """A decision (or its undo) moved a household: lists, compositions and flags follow."""
        workspace = self.workspace
        self.matching.invalidate()
        self.queue_model.set_rows(workspace.queue)
        self.units_model.set_rows(workspace.vacant_units)
        self._update_counts()
        case = self.meeting_panel.selected_case()
        if case is not None:  # the panes keep the case just decided (or undone), never blank
            self.show_case(case)
        else:
            self._show_surroundings(None)
            self.candidates.show_for(None)
        self._build_flags()

    def show_case(self, case) -> None:
        """The agenda drives the panes: a case's unit (selected among the vacant units, or, once
        let, shown as it is now), its composition, its candidates and its proposal."""
        if case is None or self.workspace is None:
            return
        case_no, unit_id = case.applicant.case_no, case_unit_id(case)
        vacant = next((v for v in self.workspace.vacant_units if v.unit.id == unit_id), None) if unit_id else None
        if vacant is not None:
            try:
                self.select_unit(unit_id)  # composition and candidates follow the selection
            except KeyError:  # filtered out of the list: show it all the same
                self.unitsView.clearSelection()
                self._show_surroundings(self.workspace.surroundings(vacant))
                self.candidates.show_for(("unit", unit_id))
            self.candidates.choose_applicant(case_no, unit_id)
        elif unit_id is not None:
            self.unitsView.clearSelection()
            target = self.matching.target(unit_id)  # as it stood before the household moved in
            now = UnitSurroundings(target.vacant, target.stairwell, target.building,
                                   self.workspace.compositions.stairwell(target.stairwell.id),
                                   self.workspace.compositions.building(target.building.id))
            self._show_surroundings(now)
            outcome = shown(case.decision.outcome) if case.decision else ""
            self.candidates.show_settled(case_no, unit_id, translate(
                "MainWindow", "<b>Sak {number} er avgjort</b> ({outcome}): boligen er ikke lenger ledig. Forslaget "
                "viser varslene slik de var før vedtaket, sammensetningen slik den er nå.").format(
                number=case.number, outcome=html.escape(outcome)))
        else:  # no unit yet: the units that suit the applicant
            self.unitsView.clearSelection()
            self._show_surroundings(None)
            on_queue = self.workspace.is_waiting(case_no)
            self.candidates.show_for(("applicant", case_no) if on_queue else None)

    def selected_unit(self) -> VacantUnit | None:
        return selected_object(self.unitsView)

    def select_unit(self, unit_id: str) -> None:
        select_object(self.unitsView, lambda vacant: vacant.unit.id == unit_id, unit_id)

    def selected_applicant(self) -> Applicant | None:
        return selected_object(self.queueView)

    def select_applicant(self, case_no: str) -> None:
        select_object(self.queueView, lambda applicant: applicant.case_no == case_no, case_no)

    def _on_unit_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._refiltering:
            return
        vacant = self.selected_unit()
        surroundings = self.workspace.surroundings(vacant) if (vacant and self.workspace) else None
        self._show_surroundings(surroundings)
        if vacant is not None:
            self.candidates.show_for(("unit", vacant.unit.id))
        self.unitSelected.emit(vacant)

    def _on_applicant_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._refiltering:
            return
        applicant = self.selected_applicant()
        if applicant is not None:
            self.candidates.show_for(("applicant", applicant.case_no))

    # ---- proposing ------------------------------------------------------------------------------

    def selected_pair(self) -> RankedPair | None:
        return self.candidates.selected_pair

    def propose_selected(self) -> None:
        pair = self.candidates.selected_pair
        if pair is None:
            return
        # Said before the proposal is handled: in a running meeting it may open the decision
        # dialog, and «Vedtaket … er lagret» must be the message left standing, not this one.
        self.statusBar().showMessage(
            translate("MainWindow", "Foreslått: {case} → {address} ({unit})").format(
                case=pair.applicant.case_no, address=pair.target.building.address, unit=pair.target.vacant.unit.id),
            6000)
        self.proposalRequested.emit(pair.applicant, pair.target)
