"""The main window: queue, vacant units and composition side by side."""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QComboBox,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
)

from .. import APP_NAME
from ..domain import Applicant, NeedCategory, Ownership, Priority, UnitSurroundings, VacantUnit
from ..rules.ranking import RankedPair
from ..services.matching import BACKGROUND_PAIRS, Matching
from ..services.workspace import Workspace
from ..store import StoreError
from .bars import ShareBarDelegate
from .candidate_pane import CandidatePane
from . import options
from .file_state import EmptyState, no_file_reason, read_only_reason, set_available
from .evidence_action import install_evidence_action
from .statistics_action import install_statistics_action
from .archive_action import install_archive_action
from .kobo_action import install_kobo_export_action
from .filtering import TextFilterProxy
from .formatting import format_percent, sentence_case
from .flow_layout import wrap_row
from .forms_generated.ui_main_window import Ui_MainWindow
from .menu_actions import (install_at_risk_action, install_follow_up_action, install_plan_action,
                           install_renewals_action, update_incident_actions)
from .meeting_panel import MeetingPanel
from .narrow_panes import VerticalScrollArea
from .models.meeting import case_unit_id
from .privacy import masking_explanation, masking_label
from .qt_translations import QT_TRANSLATE_NOOP, translate
from .models import ApplicantQueueModel, CompositionModel, VacantUnitModel
from .screen_fit import fit_to_screen
from .selection import row_model, select_object, selected_object
from .user_name import saved_user_name
from ..words import error_text, shown

if TYPE_CHECKING:
    from .after_open import AfterOpenWorker
    from .flag_worker import FlagWorker
    from .meeting_view import MeetingView

MAX_RECENT_FILES = 8


def database_filter() -> str:
    return translate("MainWindow", "Boligmøte-database (*.sqlite *.boligmote);;Alle filer (*)")


# Translated where the combo boxes are filled (this runs at import, before any translator).
_ROOM_CHOICES = [(QT_TRANSLATE_NOOP("MainWindow", "Rom"), None),
                 (QT_TRANSLATE_NOOP("MainWindow", "1 rom"), 1), (QT_TRANSLATE_NOOP("MainWindow", "2 rom"), 2),
                 (QT_TRANSLATE_NOOP("MainWindow", "3 rom"), 3), (QT_TRANSLATE_NOOP("MainWindow", "4 rom"), 4),
                 (QT_TRANSLATE_NOOP("MainWindow", "5 rom +"), 5)]
_ACCESS_CHOICES = [(QT_TRANSLATE_NOOP("MainWindow", "Tilgjengelighet"), None),
                   (QT_TRANSLATE_NOOP("MainWindow", "Trinnfri"), "step_free"),
                   (QT_TRANSLATE_NOOP("MainWindow", "Rullestol"), "wheelchair")]


class MainWindow(QMainWindow, Ui_MainWindow):
    # Emitted with the unit the committee is now looking at (None when nothing is selected).
    unitSelected = Signal(object)
    # Emitted with (applicant, target) when the committee proposes an allocation (Ctrl+Enter).
    proposalRequested = Signal(object, object)

    def __init__(self, today: date | None = None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.today = today or date.today()
        self.workspace: Workspace | None = None
        self.matching: Matching | None = None
        self._after_open: AfterOpenWorker | None = None  # the worker checking the file after it opened (after_open.py)
        self._flag_worker: FlagWorker | None = None  # the worker building the flag matrix of a large file (flag_worker.py)
        self._refiltering = False  # a filter is being applied: selection changes are Qt's, not the user's

        self.queue_model = ApplicantQueueModel(self.today, self)
        self.queue_proxy = self._attach(self.queueView, self.queue_model)
        self.units_model = VacantUnitModel(self)
        self.units_proxy = self._attach(self.unitsView, self.units_model)
        self.composition_model = CompositionModel(self.today, self)
        self.compositionView.setModel(self.composition_model)
        header = self.compositionView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The number columns' widths are set from their texts (_fit_composition_rows): sized to
        # contents, Qt measured every cell again at each unit chosen (issue 16).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 24)  # room for a bar
        self.compositionView.verticalHeader().hide()
        # Rows as tight as the text allows, so the need rows show without scrolling.
        for view in (self.compositionView, self.queueView, self.unitsView):
            rows = view.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        # A label never cut: where the pane is narrow (125 % scaling) it wraps onto a second line,
        # and the pane is never narrower than its longest word (issue 16: «Husstander m…»).
        self.compositionView.setWordWrap(True)
        self.compositionView.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.compositionView.viewport().installEventFilter(self)
        self._bars = ShareBarDelegate(self.compositionView)
        for column in (1, 2):
            self.compositionView.setItemDelegateForColumn(column, self._bars)

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

        self._setup_filters()
        # The filters go onto two lines where a pane is narrow (125 % scaling), leaving the
        # meeting pane room for its agenda (issue 16).
        wrap_row(self.queueLayout, self.queueFilterLayout)
        wrap_row(self.unitsLayout, self.unitsFilterLayout)
        self.unitsView.selectionModel().selectionChanged.connect(self._on_unit_selection)
        self.queueView.selectionModel().selectionChanged.connect(self._on_applicant_selection)
        self.proposeButton.clicked.connect(self.propose_selected)
        self.actionPropose.triggered.connect(self.propose_selected)
        self.actionFocusCandidates.triggered.connect(lambda: self._focus_and_select(self.candidatesView))
        self.actionFocusFilter.triggered.connect(self._focus_filter)

        self.meeting_panel = MeetingPanel(self, self.meetingBox)
        # The agenda and its buttons scroll in a low window instead of making it taller.
        self.meetingScroll = VerticalScrollArea(self.meeting_panel, self.meetingBox)
        self.meetingLayout.addWidget(self.meetingScroll)
        self.proposalRequested.connect(self.meeting_panel.propose)
        self.meeting_panel.workspaceChanged.connect(self.workspace_changed)
        self.meeting_panel.caseSelected.connect(self.show_case)
        # While an adviser sees the screen, small neighbour counts are masked; this says so.
        self.maskingIndicator = QLabel(self)
        self.maskingIndicator.setObjectName("maskingIndicator")
        self.maskingIndicator.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #c9a227; padding: 1px 8px; }")
        self.maskingIndicator.hide()
        self._composition_note = self.compositionNote.text()
        self.statusBar().addPermanentWidget(self.maskingIndicator)
        self.meeting_panel.maskingChanged.connect(self.apply_masking)
        self.actionRenewals = install_renewals_action(self)
        self.actionPlan = install_plan_action(self)
        self.actionNewMeeting.triggered.connect(self.meeting_panel.new_meeting)
        self.actionStartMeeting.triggered.connect(self.meeting_panel.startButton.click)
        self.actionCloseMeeting.triggered.connect(self.meeting_panel.closeMeetingButton.click)
        self.actionSignMinutes.triggered.connect(self.meeting_panel.signButton.click)
        self.actionLetter.triggered.connect(self.meeting_panel.show_letter)
        self.actionDecide.triggered.connect(self.meeting_panel.decide_selected)
        self.actionUndoDecision.triggered.connect(self.meeting_panel.undo_last)
        self.actionRedoDecision.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.actionRedoDecision.triggered.connect(self.meeting_panel.redo_last)
        self.actionMinutes.triggered.connect(lambda: self.meeting_panel.show_minutes(signing=False))
        self.actionFocusMeeting.triggered.connect(lambda: self._focus_and_select(self.meeting_panel.agendaView))
        # The incident log (issue 17 item 3): from the menu, and under the composition it changes.
        self.registerIncidentButton = QPushButton(translate("MainWindow", "Registrer hendelse …"), self.compositionBox)
        self.registerIncidentButton.setObjectName("registerIncidentButton")
        self.registerIncidentButton.setToolTip(self.actionRegisterIncident.toolTip())
        # Under the note, not beside it: beside it, the pane (and so the window) would need 60 px
        # more width than the small screens give (tests/gui/test_fit_screen.py).
        self.compositionLayout.addWidget(self.registerIncidentButton, 0, Qt.AlignmentFlag.AlignRight)
        self.registerIncidentButton.clicked.connect(self.actionRegisterIncident.trigger)
        self.actionRegisterIncident.triggered.connect(self._register_incident)
        self.actionRemoveIncident.triggered.connect(self._remove_incident)
        self.actionFollowUps = install_follow_up_action(self)
        self.actionAtRisk = install_at_risk_action(self)
        self.actionArchive = install_archive_action(self)
        self.actionExportKobo = install_kobo_export_action(self)

        self.actionNew.triggered.connect(self.new_database_dialog)
        self.actionOpen.triggered.connect(self.open_database_dialog)
        self.actionImport.triggered.connect(self.import_dialog)
        self.actionExportCases.triggered.connect(self.export_cases_dialog)
        self.actionImportCases.triggered.connect(self.import_cases_dialog)
        self.actionPreparationCopy.triggered.connect(self.preparation_copy_dialog)
        self.actionRestore.triggered.connect(self.restore_dialog)
        self.actionQuit.triggered.connect(self.close)
        self.actionSettings.triggered.connect(self.edit_settings)
        self.actionEvidence = install_evidence_action(self)
        self.actionStatistics = install_statistics_action(self)
        self.actionScreened.toggled.connect(self.set_screened)
        self.meeting_view: MeetingView | None = None  # Vis → Møtevisning (F11), made when first opened
        self.actionMeetingView.toggled.connect(self.set_meeting_view)
        self.actionFocusQueue.triggered.connect(self.queueView.setFocus)
        self.actionFocusUnits.triggered.connect(self.unitsView.setFocus)
        self.actionFocusComposition.triggered.connect(self.compositionView.setFocus)
        self.actionAbout.triggered.connect(self._about)
        self.actionHelp.triggered.connect(self.show_help)
        tab_order = [self.priorityFilter, self.needFilter, self.queueFilter, self.queueView,
                     self.districtFilter, self.roomsFilter, self.accessFilter, self.unitsFilter, self.unitsView,
                     self.compositionView, self.candidatesView, self.showUnsuitable, self.proposalView,
                     self.proposeButton, self.meeting_panel.meetingChooser, self.meeting_panel.agendaView]
        for first, second in zip(tab_order, tab_order[1:]):
            self.setTabOrder(first, second)
        self._rebuild_recent_menu()
        self._restore_layout()
        self.empty_state = EmptyState(self.centralWidget())
        # Visible all the time a read-only file is open, not only in the title bar.
        self.readOnlyIndicator = QLabel(translate("MainWindow", "Skrivebeskyttet"), self)
        self.readOnlyIndicator.setObjectName("readOnlyIndicator")
        self.readOnlyIndicator.setStyleSheet(
            "QLabel { background: #e2e3e5; color: #202124; border: 1px solid #6c757d; padding: 1px 8px; }")
        self.statusBar().addPermanentWidget(self.readOnlyIndicator)
        # While a large file's flags are computed: the candidates wait for them, and this says why.
        self.flagsIndicator = QLabel(translate("MainWindow", "Beregner varsler …"), self)
        self.flagsIndicator.setObjectName("flagsIndicator")
        self.flagsIndicator.setToolTip(translate(
            "MainWindow", "Varslene for hvert par av søker og ledig bolig vurderes. Kandidatene og forslagene "
                          "vises når de er klare."))
        self.flagsIndicator.hide()
        self.statusBar().addPermanentWidget(self.flagsIndicator)
        for menu in (self.menuFile, self.menuMeeting):
            menu.setToolTipsVisible(True)  # a disabled entry says why
        self.update_file_state()

    @staticmethod
    def tr_(text: str) -> str:
        """A text of this window in the user's language (self.tr would use a subclass's name)."""
        return translate("MainWindow", text)

    def _setup_filters(self) -> None:
        # A filter box may be narrower than its longest choice (the list opens wide enough):
        # otherwise «Alvorlig psykisk lidelse» alone sets how narrow the window can be.
        filters = (self.priorityFilter, self.needFilter, self.districtFilter, self.roomsFilter, self.accessFilter)
        for combo in filters:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.priorityFilter.addItem(translate("MainWindow", "Prioritet"), None)
        for priority in Priority:
            self.priorityFilter.addItem(sentence_case(shown(priority)), priority)
        self.needFilter.addItem(translate("MainWindow", "Behov"), None)
        for need in NeedCategory:
            self.needFilter.addItem(sentence_case(shown(need)), need)
        for label, rooms in _ROOM_CHOICES:
            self.roomsFilter.addItem(self.tr_(label), rooms)
        for label, access in _ACCESS_CHOICES:
            self.accessFilter.addItem(self.tr_(label), access)
        self.districtFilter.addItem(translate("MainWindow", "Bydel"), None)
        # Unfiltered, a box names what it filters («Bydel», not «Alle bydeler»), and is never
        # narrower than that name: at 1366×768 «Alle størrelser» was cut to «Alle størrel», and
        # three such boxes do not fit beside each other at 125 % (issue 16). A choice longer than
        # the box is in its tooltip.
        for combo in filters:
            combo.setMinimumWidth(_combo_width(combo, combo.itemText(0)))
            combo.currentIndexChanged.connect(lambda _index, c=combo: _say_choice(c))
            _say_choice(combo)

        views = {id(self.queue_proxy): self.queueView, id(self.units_proxy): self.unitsView}

        def on_change(combo, proxy, name, condition_for) -> None:
            def apply(_index: int) -> None:
                value = combo.currentData()
                self._refilter(views[id(proxy)], lambda: proxy.set_condition(
                    name, None if value is None else condition_for(value)))
                self._update_counts()
            combo.currentIndexChanged.connect(apply)

        on_change(self.priorityFilter, self.queue_proxy, "priority", lambda p: lambda a: a.priority == p)
        on_change(self.needFilter, self.queue_proxy, "need", lambda n: lambda a: n in a.needs)
        on_change(self.districtFilter, self.units_proxy, "district", lambda d: lambda v: v.building.district == d)
        on_change(self.roomsFilter, self.units_proxy, "rooms",
                  lambda r: (lambda v: v.unit.rooms >= r) if r >= 5 else (lambda v: v.unit.rooms == r))
        on_change(self.accessFilter, self.units_proxy, "access",
                  lambda a: (lambda v: v.unit.wheelchair_access) if a == "wheelchair" else (lambda v: v.unit.step_free))
        for line, proxy in ((self.queueFilter, self.queue_proxy), (self.unitsFilter, self.units_proxy)):
            line.textChanged.connect(
                lambda text, p=proxy: self._refilter(views[id(p)], lambda: p.set_text(text)))
            line.textChanged.connect(self._update_counts)

    def _refilter(self, view: QTableView, change) -> None:
        """Apply a filter without choosing for the user: when the selected row is filtered out,
        Qt selects a neighbour, and the candidates would follow an applicant nobody chose
        (issue 16 item 9). The row chosen stays chosen while it is shown; else none is."""
        before = selected_object(view)
        self._refiltering = True
        try:
            change()
            if selected_object(view) is not before:
                view.selectionModel().clear()
                if before is not None:
                    row = row_model(view).find_row(lambda row_object: row_object is before)
                    if row is not None:
                        view.selectRow(row)
        finally:
            self._refiltering = False

    def _focus_filter(self) -> None:
        """Ctrl+F: the free-text filter of the list you are in (the queue by default)."""
        in_units = self.unitsView.hasFocus() or self.unitsFilter.hasFocus()
        target = self.unitsFilter if in_units else self.queueFilter
        target.setFocus()
        target.selectAll()

    @staticmethod
    def _focus_and_select(view: QTableView) -> None:
        """Ctrl+4 / Ctrl+5: focus lands on a selected row, so Enter, Ctrl+Enter or Ctrl+D act at once."""
        view.setFocus()
        if not view.selectionModel().hasSelection() and view.model() is not None and view.model().rowCount():
            view.selectRow(0)

    def _attach(self, view: QTableView, model) -> TextFilterProxy:
        proxy = TextFilterProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.verticalHeader().hide()
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

    # ---- showing a file ----------------------------------------------------------------

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

    # ---- the flags of every pair ----------------------------------------------------------

    def _build_flags(self) -> None:
        """Evaluate every pair once the window is on screen, so the first click is instant: a
        small file at once in this thread (milliseconds), a large one in the background."""
        matching = self.matching
        if matching is None or matching.ready:
            return
        if matching.pairs < BACKGROUND_PAIRS:
            QTimer.singleShot(0, lambda m=matching: self._evaluate_flags(m))
        else:
            QTimer.singleShot(0, lambda m=matching: self._start_flags(m))

    def _evaluate_flags(self, matching: Matching) -> None:
        """A small file's flags, here and now: unless the window closed or shows another file
        meanwhile (the compositions are read on demand, from a connection that may be closed)."""
        if matching is self.matching and self.workspace is not None and not self.workspace.database.closed:
            matching.evaluate()

    def flags_known(self) -> bool:
        """Whether lists may rank and explain pairs now. False while a large file's flags are
        being computed (a job is started if none is running): the candidate pane then says
        «Beregner varsler …» and offers nothing to propose."""
        matching = self.matching
        if matching is None or matching.ready or matching.pairs < BACKGROUND_PAIRS:
            return True
        self._start_flags(matching)
        return False

    def _start_flags(self, matching: Matching) -> None:
        from .flag_worker import FlagWorker

        if matching is not self.matching or matching.ready or self.workspace is None or self.workspace.database.closed:
            return  # replaced, done, or the window closed: a timer set before must start nothing
        worker = self._flag_worker
        if worker is not None and worker.job.matching is matching and worker.job.generation == matching.generation:
            return  # already at work on the workspace as it is
        self._stop_flags()
        self._flag_worker = FlagWorker(matching.job(), self)
        self._flag_worker.built.connect(self._flags_built)
        self.flagsIndicator.show()
        self._flag_worker.start()

    def _stop_flags(self) -> None:
        worker, self._flag_worker = self._flag_worker, None
        self.flagsIndicator.hide()
        if worker is not None:
            worker.built.disconnect(self._flags_built)
            worker.stop()  # interrupts its reading; a matrix being evaluated is finished first
            worker.deleteLater()

    def _flags_built(self, job) -> None:
        worker = self._flag_worker
        if worker is None or worker.job is not job:
            return  # a job that was replaced
        self._flag_worker = None
        worker.wait()
        worker.deleteLater()
        self.flagsIndicator.hide()
        matching = self.matching
        if matching is None or job.matching is not matching:
            return
        if not matching.accept(job):
            if job.error or job.cancelled:
                matching.evaluate()  # the job could not read the file: evaluated here, slower but known
            else:
                self._start_flags(matching)  # the workspace changed meanwhile: again, as it is now
                return
        self.candidates.flags_ready()

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

    # ---- selection -----------------------------------------------------------------------

    def selected_unit(self) -> VacantUnit | None:
        return selected_object(self.unitsView)

    def select_unit(self, unit_id: str) -> None:
        select_object(self.unitsView, lambda vacant: vacant.unit.id == unit_id, unit_id)

    def selected_applicant(self) -> Applicant | None:
        return selected_object(self.queueView)

    def select_applicant(self, case_no: str) -> None:
        select_object(self.queueView, lambda applicant: applicant.case_no == case_no, case_no)

    def _show_surroundings(self, surroundings: UnitSurroundings | None) -> None:
        self.composition_model.show(surroundings)
        self._show_heading(surroundings)
        self._fit_composition_rows()

    def refresh_composition(self) -> None:
        """The unit shown, counted again (an incident was registered or removed)."""
        self._show_surroundings(self.composition_model.surroundings)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.compositionView.viewport() and event.type() == QEvent.Type.Resize:
            # the label column changes width after the viewport: rows wrap anew once it has
            QTimer.singleShot(0, self._fit_composition_rows)
        return super().eventFilter(watched, event)

    def _composition_width(self, labels: list[str], numbers: int) -> int:
        """The composition pane's least width: its longest word, the number columns, the frame."""
        view = self.compositionView
        metrics = view.fontMetrics()
        padding = 8  # the cell's text margins, as the item delegate draws them
        word = max((metrics.horizontalAdvance(w) for label in labels for w in label.split()), default=0)
        frame = 2 * view.frameWidth() + view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        return word + padding + numbers + frame

    def _fit_composition_rows(self) -> None:
        """Each composition row as tall as its label needs at the label column's width: one line
        where the label fits, two where it wraps. The pane keeps room for the longest word."""
        view, model = self.compositionView, self.composition_model
        metrics = view.fontMetrics()
        padding = 8  # the cell's text margins, as the item delegate draws them
        rows = range(model.rowCount())
        labels = [str(model.index(row, 0).data() or "") for row in rows]
        # The number columns' widths from their texts: sizeHintForColumn asked ~9 roles of every
        # cell, twice per unit chosen (issue 16: select a unit within a frame).
        header = view.horizontalHeader()
        widths = [max(header.sectionSizeHint(c), header.minimumSectionSize(),
                      max((metrics.horizontalAdvance(str(model.index(row, c).data() or "")) for row in rows),
                          default=0) + padding) for c in (1, 2)]
        for column, width in zip((1, 2), widths):
            if view.columnWidth(column) != width:
                view.setColumnWidth(column, width)
        needed = self._composition_width(labels, sum(widths))
        if needed > view.minimumWidth():  # only wider: a unit with shorter labels does not lay the window out again
            view.setMinimumWidth(needed)
        line = metrics.height() + 6
        width = max(1, view.columnWidth(0) - padding)
        for row, label in enumerate(labels):
            lines = 1 if metrics.horizontalAdvance(label) <= width else 2 if _fits_in_two(metrics, label, width) else 3
            view.setRowHeight(row, line + (lines - 1) * metrics.lineSpacing())

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

    def _show_heading(self, s: UnitSurroundings | None) -> None:
        if s is None:
            self.compositionHeading.setText(
                translate("MainWindow", "Velg en ledig bolig for å se oppgangen og bygningen den ligger i."))
            return
        b = s.building
        lines = [translate("MainWindow", "<b>{address}, oppgang {stairwell}</b> – {district}").format(
            address=html.escape(b.address), stairwell=html.escape(s.stairwell.label), district=html.escape(b.district))]
        lift = translate("MainWindow", "heis") if b.has_lift else translate("MainWindow", "uten heis")
        facts = [shown(b.building_type), lift]
        if b.ownership is Ownership.COOPERATIVE_SHARE:
            municipal = s.building_composition.municipal_units
            share = municipal / b.total_units if b.total_units else 0.0
            facts.insert(0, translate("MainWindow", "innskutt: {municipal} av {total} boliger kommunale ({share})")
                         .format(
                municipal=municipal, total=b.total_units, share=format_percent(share)))
        else:
            facts.insert(0, translate("MainWindow", "heleid kommunal gård, {total} boliger")
                         .format(total=b.total_units))
        lines.append(html.escape(sentence_case(" · ".join(facts))))
        if b.presence:
            present = ", ".join(sorted(shown(p) for p in b.presence))
            lines.append(translate("MainWindow", "Tilstede på stedet:") + " " + html.escape(present))
        else:
            lines.append(translate("MainWindow", "Ingen bemanning eller bomiljøtiltak på stedet."))
        self.compositionHeading.setText("<br>".join(lines))

    # ---- modes and state -------------------------------------------------------------------

    def set_screened(self, screened: bool) -> None:
        """«Skjermet visning»: names hidden everywhere, case numbers only (screen sharing)."""
        if self.actionScreened.isChecked() != screened:
            self.actionScreened.setChecked(screened)  # re-enters through toggled
            return
        for model in (self.queue_model, self.units_model):
            model.set_screened(screened)
        self.candidates.set_screened(screened)
        self._refilter(self.queueView, lambda: self.queue_proxy.set_text(self.queueFilter.text()))
        self.meeting_panel.refresh()
        self.statusBar().showMessage(translate("MainWindow", "Skjermet visning: navn er skjult") if screened
                                     else translate("MainWindow", "Navn vises"), 4000)

    def set_meeting_view(self, on: bool) -> None:
        """Vis → Møtevisning (F11): the case in hand full screen for the projector; F11 or Esc leaves."""
        from .meeting_view import MeetingView  # the projector's painter only when asked for

        if on and self.meeting_view is None:
            self.meeting_view = MeetingView(self)
            self.meeting_view.closed.connect(lambda: self.actionMeetingView.setChecked(False))
        if on:
            self.meeting_view.open()
        elif self.meeting_view is not None and self.meeting_view.isVisible():
            self.meeting_view.close()

    def apply_masking(self) -> None:
        """The meeting chosen started or ended, or an adviser came or went: while a participant
        without decision authority is present in a running meeting, counts of other households
        below the setting show as «færre enn N» in the composition, the flags and the proposal,
        as the minutes print them (issue 13 item 8); otherwise the exact counts."""
        mask_below = self.meeting_panel.mask_below
        self.composition_model.set_mask_below(mask_below)
        self._fit_composition_rows()  # «færre enn 3» is wider than a count
        self.candidates.set_mask_below(mask_below)
        self.maskingIndicator.setVisible(bool(mask_below))
        note = self._composition_note
        if mask_below:  # said where «færre enn 3» stands, not only in the status bar
            note += " " + translate("MainWindow", "En rådgiver er til stede, så antall under {n} vises som "
                                    "«færre enn {n}».").format(n=mask_below)
        self.compositionNote.setText(note)
        if mask_below:
            self.maskingIndicator.setText(masking_label(mask_below))
            explanation = masking_explanation(mask_below, self.meeting_panel.advisers)
            self.maskingIndicator.setToolTip(explanation)
            self.maskingIndicator.setAccessibleName(explanation)

    @property
    def masking(self) -> bool:
        """Small neighbour counts are masked on screen (an adviser is present)."""
        return bool(self.meeting_panel.mask_below)

    @property
    def screened(self) -> bool:
        return self.actionScreened.isChecked()

    def _update_counts(self) -> None:
        self.queueCount.setText(translate("MainWindow", "{shown} av {total} søkere").format(
            shown=self.queue_proxy.rowCount(), total=self.queue_model.rowCount()))
        self.unitsCount.setText(translate("MainWindow", "{shown} av {total} ledige boliger").format(
            shown=self.units_proxy.rowCount(), total=self.units_model.rowCount()))

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
    # bigger (or smaller) window has beyond them. The composition and the meeting pane run the
    # full height, so the need rows and the agenda's cases show at 1366×768 (issue 16 items 1,
    # 10); the composition has room for «færre enn 3» beside its labels (issue 13 item 8).
    _SPLITTERS = (("mainSplitter", "layout3/main", [640, 376, 350], [4, 2, 2]),
                  ("paneSplitter", "layout2/panes", [350, 340], [1, 1]),
                  ("workSplitter", "layout2/work", [300, 400], [1, 1]),
                  ("bottomSplitter", "layout2/bottom", [320, 370], [1, 1]))

    def _restore_layout(self) -> None:
        geometry = options.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: as big as the form wants, no bigger than the screen, centred
            fit_to_screen(self, QSize(1440, 860))
        for name, key, default, stretch in self._SPLITTERS:
            splitter = getattr(self, name)
            for index, factor in enumerate(stretch):
                splitter.setStretchFactor(index, factor)
            state = options.splitter_state(key).get()
            if state.isEmpty() or not splitter.restoreState(state):
                splitter.setSizes(default)

    def closeEvent(self, event: QCloseEvent) -> None:
        options.WINDOW_GEOMETRY.set(self.saveGeometry())
        for name, key, _default, _stretch in self._SPLITTERS:
            options.splitter_state(key).set(getattr(self, name).saveState())
        self._stop_after_open()  # waits for a copy being written: it is renamed into place whole
        # Joins the flags' thread; with no matching left, a timer set before the close (or a
        # list refreshed after it) starts no other: a thread left running would outlive the
        # window and read a file that is closed.
        self.matching = None
        self._stop_flags()
        if self.workspace is not None:
            self.workspace.database.close()
            self.workspace = None
        super().closeEvent(event)

    def _register_incident(self) -> None:
        from .incident_dialog import register_incident  # the dialog loads when first asked for

        register_incident(self)

    def _remove_incident(self) -> None:
        from .incident_dialog import remove_incident

        remove_incident(self)

    def _about(self) -> None:
        from .about import show_about

        show_about(self, self.workspace.database.path if self.workspace else None)

    def show_help(self) -> None:
        """Hjelp → Brukerveiledning (F1)."""
        from .help_window import show_help

        show_help(self)


def _fits_in_two(metrics, text: str, width: int) -> bool:
    """Whether `text`, wrapped at spaces, takes at most two lines of `width` pixels."""
    words, lines, current = text.split(), 1, ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
        else:
            lines, current = lines + 1, word
    return lines <= 2


def _combo_width(combo: QComboBox, text: str) -> int:
    """How wide `combo` must be to show `text` whole: the text and the box's frame and arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(metrics.horizontalAdvance(text), metrics.height()), combo).width()


def _say_choice(combo: QComboBox) -> None:
    """A filter box's tooltip: what it filters on, and the choice in full when there is one."""
    name = combo.accessibleName()
    combo.setToolTip(f"{name}: {combo.currentText()}" if combo.currentIndex() > 0 else name)
