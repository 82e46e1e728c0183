"""What the parts of the main window share: the form, the state, and what one part asks of another.

The main window is one QMainWindow made of parts, one concept each (issue 19 item 6):
window_files (open, new, read-only, backup, import, settings, the file's check after opening),
window_lists (the queue and units lists, their selection, the candidates and the proposal),
window_filters (the filter boxes over the two lists), window_composition (the composition
pane, its heading and the masking of small counts), window_flags (every pair's flags,
in the background for a large file) and window_menus (the menu entries, shortcuts, tab order
and focus keys, and the view's modes they switch: screened view, meeting view). main_window
builds the parts in order and keeps the window's layout.

Why mixins, not helper objects holding the window: the window is the one object the rest of
the app and the tests talk to (`window.open_path(...)`, `window.show_case(...)`,
`window.queue_model`, the form's widgets); as helper objects, each of its 40 public names
would need a forwarding method, or every caller a new path to it. As mixins the parts split the
code while the window stays one object. Each part derives from WindowBase, so mypy checks every
part against the form's widgets and the state declared here; what a part calls in another part
is declared below once (it raises until the part that does it is mixed in), so a renamed or
missing method is a mypy error, not a surprise at run time.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTableView

from .forms_generated.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..domain import UnitSurroundings
    from ..services.matching import Matching
    from ..services.workspace import Workspace
    from ..store import Database
    from .after_open import AfterOpenWorker
    from .bars import ShareBarDelegate
    from .candidate_pane import CandidatePane
    from .file_state import EmptyState
    from .filtering import TextFilterProxy
    from .flag_worker import FlagWorker
    from .meeting_panel import MeetingPanel
    from .meeting_view import MeetingView
    from .narrow_panes import VerticalScrollArea
    from .steady_heading import SteadyHeading
    from .models import ApplicantQueueModel, CompositionModel, VacantUnitModel


class WindowBase(QMainWindow, Ui_MainWindow):
    """The main window's form, shared state and signals; the parts in window_*.py derive from it."""

    # Emitted with the unit the committee is now looking at (None when nothing is selected).
    unitSelected = Signal(object)
    # Emitted with (applicant, target) when the committee proposes an allocation (Ctrl+Enter).
    proposalRequested = Signal(object, object)

    # ---- state (set in MainWindow.__init__ and the parts' _setup_… methods) ----
    today: date
    workspace: Workspace | None
    matching: Matching | None
    _after_open: AfterOpenWorker | None  # the worker checking the file after it opened (after_open.py)
    _flag_worker: FlagWorker | None  # the worker building the flag matrix of a large file (flag_worker.py)
    _refiltering: bool  # a filter is being applied: selection changes are Qt's, not the user's
    queue_model: ApplicantQueueModel
    queue_proxy: TextFilterProxy
    units_model: VacantUnitModel
    units_proxy: TextFilterProxy
    composition_model: CompositionModel
    _bars: ShareBarDelegate
    _steady_headings: list[SteadyHeading]  # the composition's and the candidates' headings
    _measured_font: str  # the composition's text widths are for this font (_text_widths)
    _measured: dict[str, int]
    _composition_note: str
    candidates: CandidatePane
    chipLegendMore: QLabel
    meeting_panel: MeetingPanel
    meetingScroll: VerticalScrollArea
    meeting_view: MeetingView | None  # Vis → Møtevisning (F11), made when first opened
    empty_state: EmptyState
    maskingIndicator: QLabel
    readOnlyIndicator: QLabel
    flagsIndicator: QLabel
    registerIncidentButton: QPushButton
    # the menu entries installed by their own modules (menu_actions.py, evidence_action.py …)
    actionRenewals: QAction
    actionPlan: QAction
    actionFollowUps: QAction
    actionAtRisk: QAction
    actionArchive: QAction
    actionExportKobo: QAction
    actionEvidence: QAction
    actionStatistics: QAction

    # ---- what one part asks of another (each done in the part named) ----

    def show_workspace(self, workspace: Workspace) -> None:  # window_lists
        raise NotImplementedError

    def show_case(self, case) -> None:  # window_lists
        raise NotImplementedError

    def _update_counts(self) -> None:  # window_filters
        raise NotImplementedError

    def _refilter(self, view: QTableView, change: Callable[[], None]) -> None:  # window_filters
        raise NotImplementedError

    def _show_surroundings(self, surroundings: UnitSurroundings | None) -> None:  # window_composition
        raise NotImplementedError

    def _show_heading(self, s: UnitSurroundings | None) -> None:  # window_composition
        raise NotImplementedError

    def _fit_composition_rows(self) -> None:  # window_composition
        raise NotImplementedError

    def apply_masking(self) -> None:  # window_composition
        raise NotImplementedError

    def _build_flags(self) -> None:  # window_flags
        raise NotImplementedError

    def _stop_flags(self) -> None:  # window_flags
        raise NotImplementedError

    def _check_after_open(self, database: Database) -> None:  # window_files
        raise NotImplementedError

    def _stop_after_open(self) -> None:  # window_files
        raise NotImplementedError

    def _remember_recent(self, path: Path) -> None:  # window_files
        raise NotImplementedError

    def update_file_state(self) -> None:  # window_files
        raise NotImplementedError

    @property
    def screened(self) -> bool:  # window_menus
        raise NotImplementedError
