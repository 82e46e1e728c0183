"""Matching applicants and vacant units for the meeting: flags, candidates, suitable units.

The flag matrix is built once per open file (and rebuilt after a decision changes a
stairwell); lists read it, and explanations are written only for the pairs shown.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import Applicant, Flag, UnitSurroundings
from ..rules import FlagMatrix, RuleSettings, evaluate_pair, unmet_requirements
from ..rules.ranking import RankedPair, Ranking, candidates_for_unit, units_for_applicant
from ..store import RecordNotFound
from ..store.households import HouseholdRepository
from .rule_settings import load_rule_settings
from .workspace import Workspace


@dataclass
class Matching:
    workspace: Workspace
    settings: RuleSettings
    # Counts of other households below this are masked in the flags' shared_message («færre
    # enn N»); the window sets it while an adviser without decision authority is present in a
    # running meeting (issue 13 item 8). 0: exact counts, the caseworker's own view.
    mask_below: int = 0
    _matrix: FlagMatrix | None = field(default=None, repr=False)

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> Matching:
        return cls(workspace, load_rule_settings(workspace.database))

    @property
    def matrix(self) -> FlagMatrix:
        if self._matrix is None:
            targets = [self.workspace.surroundings(v) for v in self.workspace.vacant_units]
            self._matrix = FlagMatrix(self.workspace.queue, targets, self.settings, self.workspace.today)
        return self._matrix

    def invalidate(self) -> None:
        """Call after the queue, the vacant units or a composition changed."""
        self._matrix = None

    def _column(self, unit_id: str) -> int:
        for column, vacant in enumerate(self.workspace.vacant_units):
            if vacant.unit.id == unit_id:
                return column
        raise RecordNotFound(f"Boligen {unit_id} er ikke blant de ledige boligene.")

    def _row(self, case_no: str) -> int:
        for row, applicant in enumerate(self.workspace.queue):
            if applicant.case_no == case_no:
                return row
        raise RecordNotFound(f"Søkeren {case_no} står ikke på ventelisten.")

    def candidates_for_unit(self, unit_id: str, include_unsuitable: bool = False) -> Ranking:
        return candidates_for_unit(self.matrix, self._column(unit_id), include_unsuitable)

    def units_for_applicant(self, case_no: str, include_unsuitable: bool = False) -> Ranking:
        return units_for_applicant(self.matrix, self._row(case_no), include_unsuitable)

    def applicant(self, case_no: str) -> Applicant:
        try:
            return self.workspace.queue[self._row(case_no)]
        except RecordNotFound:
            return HouseholdRepository(self.workspace.database).applicant(case_no)

    def target(self, unit_id: str) -> UnitSurroundings:
        return self.workspace.target_for(unit_id)

    def flags(self, case_no: str, unit_id: str) -> list[Flag]:
        return evaluate_pair(self.applicant(case_no), self.target(unit_id), self.settings, self.workspace.today,
                             mask_below=self.mask_below)

    def explained_flags(self, pair: RankedPair) -> list[Flag]:
        """The flags of a listed pair (from the matrix), masked as mask_below says."""
        return self.matrix.flags(pair.row, pair.column, mask_below=self.mask_below)

    def unmet_requirements(self, case_no: str, unit_id: str) -> list[str]:
        return unmet_requirements(self.applicant(case_no), self.target(unit_id), self.settings, self.workspace.today)
