"""Matching applicants and vacant units for the meeting: flags, candidates, suitable units.

The flag matrix is built once per open file (and rebuilt after a decision changes a
stairwell); lists read it, and explanations are written only for the pairs shown.

The window builds it off its own thread (`MatrixJob`): on a national file reading the
compositions it needs and evaluating 12 million pairs takes seconds, which used to stand
between the start and a window that answers (issue 16 item 12). A job is prepared in the
window's thread, runs anywhere (a connection of its own), and is accepted only if nothing it
read has changed since; until then `ready` is False and the window says the flags are coming.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import Applicant, CompositionIndex, Flag, Stairwell, UnitSurroundings, VacantUnit, saved_id
from ..rules import RuleSettings
from ..rules.ranking import RankedPair
from ..store import Database, RecordNotFound
from ..store.composition import load_composition_index
from ..store.households import HouseholdRepository, LazyQueue
from .rule_settings import load_rule_settings
from .workspace import Workspace, incidents_since

if TYPE_CHECKING:  # numpy and the engine load with the first matrix, not with the window
    from ..rules.engine import FlagMatrix
    from ..rules.ranking import Ranking

# Below this many applicant × unit pairs the matrix costs milliseconds: it is built where it
# is first needed. Above it the window builds it in the background (`MatrixJob`).
BACKGROUND_PAIRS = 20_000


@dataclass
class Matching:
    workspace: Workspace
    settings: RuleSettings
    # Counts of other households below this are masked in the flags' shared_message («færre
    # enn N»); the window sets it while an adviser without decision authority is present in a
    # running meeting (issue 13 item 8). 0: exact counts, the caseworker's own view.
    mask_below: int = 0
    _matrix: FlagMatrix | None = field(default=None, repr=False)
    # Counts invalidate(): a job prepared before the last change is not accepted.
    _generation: int = field(default=0, repr=False)

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> Matching:
        return cls(workspace, load_rule_settings(workspace.database))

    @property
    def matrix(self) -> FlagMatrix:
        """The matrix, built here and now if it is not built yet (or a job has not finished)."""
        return self.evaluate()

    def evaluate(self) -> FlagMatrix:
        """Evaluate every pair in this thread, unless done already."""
        if self._matrix is None:
            from ..rules.engine import FlagMatrix

            targets = [self.workspace.surroundings(v) for v in self.workspace.vacant_units]
            self._matrix = FlagMatrix(self.workspace.queue, targets, self.settings, self.workspace.today)
        return self._matrix

    @property
    def ready(self) -> bool:
        """The flags of every listed pair are known for the workspace as it is now."""
        return self._matrix is not None

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def pairs(self) -> int:
        return len(self.workspace.queue) * len(self.workspace.vacant_units)

    def invalidate(self) -> None:
        """Call after the queue, the vacant units or a composition changed."""
        self._matrix = None
        self._generation += 1

    def job(self) -> MatrixJob:
        """The matrix as a job for another thread; call in the thread that owns the workspace."""
        workspace = self.workspace
        index = workspace.compositions
        missing = [b for b in workspace.target_buildings() if not index.is_loaded(b)]
        absent = set(missing)
        known = [None if v.building.id in absent else workspace.surroundings(v) for v in workspace.vacant_units]
        queue = workspace.queue
        # An applicant not yet read in this thread is read by the job, off the window's thread.
        lazy = isinstance(queue, LazyQueue) and not queue.fully_read
        return MatrixJob(self, self._generation, index.version, [] if lazy else list(queue),
                         list(workspace.vacant_units), known, missing, self.settings, workspace.today,
                         workspace.database.path, workspace.database.passphrase,
                         {v.unit.stairwell_id: workspace.stairwells[v.unit.stairwell_id] for v in workspace.vacant_units},
                         queue_to_read=list(queue.case_nos) if isinstance(queue, LazyQueue) and lazy else None)

    def accept(self, job: MatrixJob) -> bool:
        """Take a finished job's matrix (and the compositions it read) if the workspace has not
        changed since it was prepared; False: out of date or failed, prepare another."""
        workspace = self.workspace
        if (job.matching is not self or job.generation != self._generation or job.matrix is None
                or job.version != workspace.compositions.version):
            return False
        if self._matrix is None:
            if job.compositions is not None:
                workspace.compositions.adopt(job.compositions, job.missing)
            if isinstance(workspace.queue, LazyQueue) and job.queue_to_read is not None:
                workspace.queue.adopt(job.queue)  # the window's lists and the flags: the same objects
                job.matrix.applicants = list(workspace.queue)
            # The same Composition objects as the workspace's, which decisions keep current.
            job.matrix.targets = [workspace.surroundings(v) for v in workspace.vacant_units]
            self._matrix = job.matrix
        return True

    def _column(self, unit_id: str) -> int:
        for column, vacant in enumerate(self.workspace.vacant_units):
            if vacant.unit.id == unit_id:
                return column
        raise RecordNotFound(f"Boligen {unit_id} er ikke blant de ledige boligene.")

    def _row(self, case_no: str) -> int:
        queue = self.workspace.queue
        if isinstance(queue, LazyQueue):  # by case number, without reading every applicant
            position = queue.position(case_no)
            if position is not None:
                return position
        else:
            for row, applicant in enumerate(queue):
                if applicant.case_no == case_no:
                    return row
        raise RecordNotFound(f"Søkeren {case_no} står ikke på ventelisten.")

    def candidates_for_unit(self, unit_id: str, include_unsuitable: bool = False) -> Ranking:
        from ..rules.ranking import candidates_for_unit

        return candidates_for_unit(self.matrix, self._column(unit_id), include_unsuitable)

    def units_for_applicant(self, case_no: str, include_unsuitable: bool = False) -> Ranking:
        from ..rules.ranking import units_for_applicant

        return units_for_applicant(self.matrix, self._row(case_no), include_unsuitable)

    def applicant(self, case_no: str) -> Applicant:
        try:
            return self.workspace.queue[self._row(case_no)]
        except RecordNotFound:
            return HouseholdRepository(self.workspace.database).applicant(case_no)

    def target(self, unit_id: str) -> UnitSurroundings:
        return self.workspace.target_for(unit_id)

    def flags(self, case_no: str, unit_id: str) -> list[Flag]:
        from ..rules.engine import evaluate_pair

        return evaluate_pair(self.applicant(case_no), self.target(unit_id), self.settings, self.workspace.today,
                             mask_below=self.mask_below)

    def explained_flags(self, pair: RankedPair) -> list[Flag]:
        """The flags of a listed pair (from the matrix), masked as mask_below says."""
        return self.matrix.flags(pair.row, pair.column, mask_below=self.mask_below)

    def unmet_requirements(self, case_no: str, unit_id: str) -> list[str]:
        from ..rules.engine import unmet_requirements

        return unmet_requirements(self.applicant(case_no), self.target(unit_id), self.settings, self.workspace.today)


@dataclass
class MatrixJob:
    """The flag matrix of a workspace as it stood when the job was prepared (Matching.job).

    `run` touches nothing the window's thread changes: it reads the compositions still
    missing through a read-only connection of its own, and counts on Matching.accept to
    throw the result away if a decision or an incident changed anything meanwhile.
    """

    matching: Matching
    generation: int
    version: int  # CompositionIndex.version when prepared
    queue: list[Applicant]  # read by run() where queue_to_read says which
    vacant_units: list[VacantUnit]
    known: list[UnitSurroundings | None]  # None: the unit's building is in `missing`
    missing: list[str]  # buildings whose compositions the job reads itself
    settings: RuleSettings
    today: date
    path: Path
    passphrase: str | None
    stairwells: Mapping[int, Stairwell]
    queue_to_read: list[str] | None = None  # case numbers, in queue order
    compositions: CompositionIndex | None = None
    matrix: FlagMatrix | None = None
    error: str = ""
    _cancelled: bool = False
    _database: Database | None = None

    def run(self) -> None:
        try:
            targets = self._targets()
            if targets is None:
                return
            from ..rules.engine import FlagMatrix

            matrix = FlagMatrix(self.queue, targets, self.settings, self.today)
            matrix.prepare_ranking()  # off the window's thread; the window swaps in equal applicants and units
            self.matrix = matrix
        except Exception as error:  # never a traceback from a thread: the window builds it itself
            self.error = str(error) or type(error).__name__

    def cancel(self) -> None:
        """Stop soon (the window closes or shows another file): a running query is interrupted."""
        self._cancelled = True
        database = self._database
        if database is not None:
            try:
                database.interrupt()
            except Exception:  # closed meanwhile
                pass

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _targets(self) -> list[UnitSurroundings] | None:
        if (self.missing or self.queue_to_read is not None) and not self._cancelled:
            database = Database.open(self.path, readonly=True, passphrase=self.passphrase, full_check=False)
            self._database = database  # before the check: cancel() either sees it or is seen
            try:
                if self.cancelled:  # cancel() runs on another thread
                    return None
                if self.queue_to_read is not None:
                    self.queue = HouseholdRepository(database).applicants_in_order(self.queue_to_read)
                if self.missing:
                    self.compositions = load_composition_index(database, incidents_since(self.today), self.missing)
            finally:
                self._database = None
                database.close()
        if self._cancelled:
            return None
        targets = []
        for vacant, known in zip(self.vacant_units, self.known):
            if known is None:
                assert self.compositions is not None  # read above: its building was missing
                stairwell = self.stairwells[vacant.unit.stairwell_id]
                known = UnitSurroundings(vacant, stairwell, vacant.building,
                                         self.compositions.stairwell(saved_id(stairwell.id)),
                                         self.compositions.building(vacant.building.id))
            targets.append(known)
        return targets
