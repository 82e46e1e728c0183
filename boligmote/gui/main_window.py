"""The main window: queue, vacant units and composition side by side.

MainWindow is made of parts, one concept each (window_base.py says which and why mixins):
this module builds them in order and keeps the window's layout from one start to the next."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent

from . import options
from .file_state import EmptyState
from .qt_translations import translate
from .screen_fit import fit_to_screen
from .window_composition import CompositionPart
from .window_files import FileActions
from .window_filters import FiltersPart
from .window_flags import FlagsPart
from .window_lists import ListsPart
from .window_menus import MenusPart, connect_menus


class MainWindow(FileActions, ListsPart, FiltersPart, CompositionPart, FlagsPart, MenusPart):
    def __init__(self, today: date | None = None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.today = today or date.today()
        self.workspace = None
        self.matching = None
        self._after_open = None  # the worker checking the file after it opened (after_open.py)
        self._flag_worker = None  # the worker building the flag matrix of a large file (flag_worker.py)
        self._refiltering = False  # a filter is being applied: selection changes are Qt's, not the user's

        self._setup_lists()
        self._setup_composition()
        self._setup_candidates()
        self._setup_filters()
        self._connect_lists()
        self._setup_meeting_pane()
        self._setup_masking_indicator()
        connect_menus(self)
        self._set_tab_order()
        self._rebuild_recent_menu()
        self._restore_layout()
        self.empty_state = EmptyState(self.centralWidget())
        self._setup_read_only_indicator()
        self._setup_flags_indicator()
        self.update_file_state()

    @staticmethod
    def tr_(text: str) -> str:
        """A text of this window in the user's language (self.tr would use a subclass's name)."""
        return translate("MainWindow", text)

    # Splitters, their settings keys and first sizes; the stretch factors share out what a
    # bigger (or smaller) window has beyond them. The composition and the meeting pane run the
    # full height, so the need rows and the agenda's cases show at 1366×768 (issue 16 items 1,
    # 10); the composition has room for «færre enn 3» beside its labels (issue 13 item 8).
    _SPLITTERS = (("mainSplitter", "layout3/main", [640, 376, 350], [4, 2, 2]),
                  ("paneSplitter", "layout2/panes", [350, 340], [1, 1]),
                  ("workSplitter", "layout2/work", [300, 400], [1, 1]),
                  # The candidates wider than the proposal: its text wraps, their columns do not (issue 16).
                  ("bottomSplitter", "layout3/bottom", [400, 290], [1, 1]))

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
