"""What the planner chooses among: the allowed pairs, what each costs, and how placements in
one building change each other's flags.

Everything here comes from the rule engine (boligmote/rules): the flag matrix gives each
pair's flags and hard requirements, ranking.py the queue order, and the interactions are
the engine run again on a composition with another planned household moved in — the same
rules, never a second copy of them.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple, TypeAlias

import numpy as np

from ..domain import Applicant, Composition, ResidentHousehold, UnitSurroundings
from ..domain.households import household_moving_in
from ..rules import FlagMatrix
from ..rules.engine import split_burden
from ..rules.ranking import queue_order, rank_rows, unused_bedroom_ranks
from .settings import PlanSettings


class PlanInputError(ValueError):
    """A lock or a forbidden pair the planner cannot use; the message is for the user."""


class Pair(NamedTuple):
    case_no: str
    unit_id: str

    @classmethod
    def parse(cls, text: str) -> Pair:
        """«SAKSNR:BOLIGNR» (the case number may itself hold a «/», never a «:»)."""
        case_no, sep, unit_id = text.rpartition(":")
        if not sep or not case_no.strip() or not unit_id.strip():
            raise PlanInputError(f"«{text}» er ikke på formen SAKSNR:BOLIGNR.")
        return cls(case_no.strip(), unit_id.strip())


# (household type, needs, untreated severe mental illness, children): what a rule reads of a household
Profile: TypeAlias = tuple[Any, ...]


def household_profile(applicant: Applicant) -> Profile:
    """What moving this household in changes in a composition that a rule can read
    (Composition.add): its type, needs, untreated severe mental illness and children."""
    return (applicant.household_type, applicant.needs, applicant.has_untreated_severe_mental_illness,
            applicant.has_children)


def with_household(composition: Composition, household: ResidentHousehold) -> Composition:
    """A copy of a composition with one more household (the counters copied, incidents shared)."""
    copy = replace(composition, by_household_type=composition.by_household_type.copy(),
                   by_need=composition.by_need.copy())
    copy.add(household)
    return copy


def moved_in(target: UnitSurroundings, others: Iterable[tuple[Applicant, UnitSurroundings]],
             when: date) -> UnitSurroundings:
    """`target` as it would be after the other placements: each household placed in the same
    stairwell counts there and in the building, one placed elsewhere in the building only in
    the building."""
    stairwell, building = target.stairwell_composition, target.building_composition
    for applicant, where in others:
        if where.building.id != target.building.id:
            continue
        household = household_moving_in(applicant, where.vacant.unit.id, when)
        if where.stairwell.id == target.stairwell.id:
            stairwell = with_household(stairwell, household)
        building = with_household(building, household)
    return replace(target, stairwell_composition=stairwell, building_composition=building)


@dataclass
class Interaction:
    """Placing a household of `profile` in unit `other` changes the flags of candidates at `unit`."""

    unit: int  # column of the unit whose candidates' flags change
    other: int  # column of the unit where the other household is placed
    profile: Profile
    edges: np.ndarray  # edges at `unit` whose weighted burden rises
    added: np.ndarray  # by how much (weighted, > 0)
    critical_edges: np.ndarray  # edges at `unit` that would gain a critical flag


@dataclass
class Problem:
    matrix: FlagMatrix
    settings: PlanSettings
    # edge k is the pair (rows[k], columns[k]); every edge is allowed (or locked)
    rows: np.ndarray
    columns: np.ndarray
    critical: np.ndarray  # number of critical flags of the pair alone
    weighted_burden: np.ndarray  # severity-weighted burden of the pair alone
    unused_rank: np.ndarray  # the ranking's size factor (0: the household fills the unit)
    fit: np.ndarray  # bedrooms left unused, plus 2 for a wheelchair unit to one who needs none
    queue_position: np.ndarray  # per applicant row, 0 = first in the queue
    priority_rank: np.ndarray  # per applicant row
    locked: np.ndarray  # edge indices that must be in the plan
    interactions: list[Interaction] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)  # per applicant row
    graph_note: str = ""

    @property
    def applicants(self) -> list[Applicant]:
        return self.matrix.applicants

    @property
    def targets(self) -> list[UnitSurroundings]:
        return self.matrix.targets

    def edges_of_unit(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for k, column in enumerate(self.columns.tolist()):
            out[column].append(k)
        return out

    def edges_of_applicant(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for k, row in enumerate(self.rows.tolist()):
            out[row].append(k)
        return out


def weighted(matrix_burden: np.ndarray, settings: PlanSettings) -> tuple[np.ndarray, np.ndarray]:
    """(critical count, severity-weighted burden) of burden values from the flag matrix."""
    critical, warning, info = split_burden(matrix_burden)
    return critical, (critical * settings.critical_weight + warning * settings.warning_weight
                      + info * settings.info_weight)


def _resolve(matrix: FlagMatrix, pairs: Sequence[Pair], what: str) -> list[tuple[int, int]]:
    rows = {a.case_no: r for r, a in enumerate(matrix.applicants)}
    columns = {t.vacant.unit.id: c for c, t in enumerate(matrix.targets)}
    out = []
    for pair in pairs:
        if pair.case_no not in rows:
            raise PlanInputError(f"{what}: søkeren {pair.case_no} står ikke på ventelisten.")
        if pair.unit_id not in columns:
            raise PlanInputError(f"{what}: boligen {pair.unit_id} er ikke blant de ledige boligene.")
        out.append((rows[pair.case_no], columns[pair.unit_id]))
    return out


def build_problem(matrix: FlagMatrix, settings: PlanSettings, locks: Sequence[Pair] = (),
                  forbidden: Sequence[Pair] = ()) -> Problem:
    n_applicants, n_units = matrix.shape
    locked = _resolve(matrix, locks, "Låst plassering")
    banned = _resolve(matrix, forbidden, "Utelukket par")
    for (row, column), pair in zip(locked, locks):
        if not matrix.suitable[row, column]:
            raise PlanInputError(f"Låst plassering {pair.case_no} i {pair.unit_id} oppfyller ikke absolutte krav "
                                 "(størrelse, tilgjengelighet eller steder søkeren vil unngå).")
        if (row, column) in banned:
            raise PlanInputError(f"{pair.case_no} i {pair.unit_id} er både låst og utelukket.")
    for taken in ({r for r, _ in locked}, {c for _, c in locked}):
        if len(taken) < len(locked):
            raise PlanInputError("To låste plasseringer gjelder samme søker eller samme bolig.")

    critical, burden = weighted(matrix.burden, settings)
    allowed = matrix.suitable.copy()
    if not settings.allow_critical:
        allowed &= critical == 0
    for row, column in banned:
        allowed[row, column] = False
    # a locked applicant or unit has no other pair
    for row, column in locked:
        allowed[row, :] = False
        allowed[:, column] = False

    queue = queue_order(matrix)
    position = np.empty(n_applicants, dtype=np.int64)
    position[queue] = np.arange(n_applicants)
    keep = _candidate_graph(matrix, settings, allowed, position, burden)
    for row, column in locked:
        keep[row, column] = True
    rows, columns = np.nonzero(keep)  # row-major: deterministic edge order

    unused = np.stack([unused_bedroom_ranks(matrix, c) for c in range(n_units)], axis=1) if n_units else \
        np.zeros((n_applicants, 0), dtype=np.int64)
    spare = np.maximum(matrix.unit_bedrooms[None, :] - matrix.bedrooms_needed[:, None], 0)
    wheelchair_unit = np.fromiter((t.vacant.unit.wheelchair_access for t in matrix.targets), bool, count=n_units)
    wheelchair_need = np.fromiter((a.wheelchair_needed for a in matrix.applicants), bool, count=n_applicants)
    fit = spare + 2 * (wheelchair_unit[None, :] & ~wheelchair_need[:, None])
    locked_set = set(locked)
    problem = Problem(
        matrix=matrix, settings=settings, rows=rows.astype(np.int64), columns=columns.astype(np.int64),
        critical=critical[rows, columns], weighted_burden=burden[rows, columns],
        unused_rank=unused[rows, columns].astype(np.int64), fit=fit[rows, columns].astype(np.int64),
        queue_position=position, priority_rank=matrix.priority_ranks.astype(np.int64),
        locked=np.array([k for k, rc in enumerate(zip(rows.tolist(), columns.tolist())) if rc in locked_set],
                        dtype=np.int64),
        profiles=[household_profile(a) for a in matrix.applicants],
        graph_note=_graph_note(int(keep.sum()), int(allowed.sum()) + len(locked)),
    )
    problem.interactions = find_interactions(problem)
    return problem


def _graph_note(kept: int, allowed: int) -> str:
    if kept >= allowed:
        return f"alle {allowed} tillatte par"
    return f"{kept} av {allowed} tillatte par"


def _candidate_graph(matrix: FlagMatrix, settings: PlanSettings, allowed: np.ndarray, position: np.ndarray,
                     burden: np.ndarray) -> np.ndarray:
    """The pairs the model may choose: the allowed pairs of the applicants in front of the
    queue (each one's least-flagged units when there are more than `max_pairs` of them), each
    unit's first candidates in its ranking, and each applicant's least-flagged units."""
    n_applicants, n_units = allowed.shape
    depth = math.ceil(settings.queue_depth * n_units)
    front = allowed & (position < depth)[:, None]
    keep: np.ndarray
    if int(front.sum()) <= settings.max_pairs:
        keep = front
    else:
        keep = np.zeros_like(allowed)
        per_applicant = max(settings.units_per_applicant, settings.max_pairs // max(1, min(depth, n_applicants)))
        for row in np.flatnonzero(front.any(axis=1)).tolist():
            _keep_least_flagged(keep, front, burden, row, per_applicant)
    for column in range(n_units):
        rows = np.flatnonzero(allowed[:, column])
        keep[rank_rows(matrix, column, rows)[: settings.candidates_per_unit], column] = True
    short = np.flatnonzero(allowed.any(axis=1) & (keep.sum(axis=1) < settings.units_per_applicant))
    for row in short.tolist():
        _keep_least_flagged(keep, allowed, burden, row, settings.units_per_applicant)
    return keep


def _keep_least_flagged(keep: np.ndarray, allowed: np.ndarray, burden: np.ndarray, row: int, count: int) -> None:
    columns = np.flatnonzero(allowed[row])
    keep[row, columns[np.lexsort((columns, burden[row, columns]))][:count]] = True


def find_interactions(problem: Problem) -> list[Interaction]:
    """For every two vacant units in one building, how a household placed in one changes the
    flags of each candidate in the other: the engine evaluates the candidates again on the
    composition with that household moved in (one evaluation per household profile)."""
    matrix, settings = problem.matrix, problem.settings
    by_unit = problem.edges_of_unit()
    by_building: dict[str, list[int]] = defaultdict(list)
    for column in sorted(by_unit):
        by_building[matrix.targets[column].building.id].append(column)
    interactions: list[Interaction] = []
    for columns in by_building.values():
        if len(columns) < 2:
            continue
        for column in columns:
            edges = np.array(by_unit[column], dtype=np.int64)
            rows = problem.rows[edges]
            target = matrix.targets[column]
            variants: list[tuple[int, Profile]] = []
            modified: list[UnitSurroundings] = []
            for other in columns:
                if other == column:
                    continue
                seen: dict[Profile, int] = {}
                for row in problem.rows[by_unit[other]].tolist():
                    seen.setdefault(problem.profiles[row], row)
                for profile, row in seen.items():
                    variants.append((other, profile))
                    modified.append(moved_in(target, [(matrix.applicants[row], matrix.targets[other])], matrix.today))
            if not modified:
                continue
            after = FlagMatrix([matrix.applicants[r] for r in rows.tolist()], modified, matrix.settings, matrix.today)
            critical_after, burden_after = weighted(after.burden, settings)
            rise = burden_after - problem.weighted_burden[edges][:, None]
            new_critical = critical_after > problem.critical[edges][:, None]
            for k, (other, profile) in enumerate(variants):
                up = rise[:, k] > 0
                crit = new_critical[:, k]
                if up.any() or crit.any():
                    interactions.append(Interaction(column, other, profile, edges[up], rise[up, k],
                                                    edges[crit]))
    return interactions
