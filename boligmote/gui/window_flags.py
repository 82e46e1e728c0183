"""The main window's flags of every pair of applicant and vacant unit: evaluated once the window
is on screen, a small file's at once in the window's thread, a large file's in the background
(flag_worker.py) while the candidates wait and the status bar says «Beregner varsler …».
A part of MainWindow (window_base.py says why the window is in parts)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from ..services.matching import BACKGROUND_PAIRS, Matching
from .qt_translations import translate
from .window_base import WindowBase


class FlagsPart(WindowBase):
    """When every pair's flags are evaluated, and the worker that does it for a large file."""

    def _setup_flags_indicator(self) -> None:
        # While a large file's flags are computed: the candidates wait for them, and this says why.
        self.flagsIndicator = QLabel(translate("MainWindow", "Beregner varsler …"), self)
        self.flagsIndicator.setObjectName("flagsIndicator")
        self.flagsIndicator.setToolTip(translate(
            "MainWindow", "Varslene for hvert par av søker og ledig bolig vurderes. Kandidatene og forslagene "
                          "vises når de er klare."))
        self.flagsIndicator.hide()
        self.statusBar().addPermanentWidget(self.flagsIndicator)

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
