"""The flag matrix of a large file, built off the window's thread.

On a national file reading the compositions the flags need and evaluating every applicant
× vacant unit pair took seconds before the window answered (issue 16 item 12). The window
now lists the queue and the units at once, and a job (services/matching.MatrixJob) builds
the matrix in a QThread; until it is accepted the candidate list says «Beregner varsler …»
and nothing can be proposed, so no one sees a ranking or a flag that is not yet known.
"""
from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from ..services.matching import MatrixJob


class FlagWorker(QThread):
    # Emitted (in the window's thread, queued) with the finished MatrixJob.
    built = Signal(object)

    def __init__(self, job: MatrixJob, parent=None):
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        self.job.run()
        self.built.emit(self.job)

    def stop(self) -> None:
        """Before the window closes or the file is swapped: interrupt a query, wait for the end."""
        self.job.cancel()
        self.wait()
