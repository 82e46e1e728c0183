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
from typing import Any, NamedTuple

import numpy as np

from ..domain import Applicant, Composition, NeedCategory, ResidentHousehold, UnitSurroundings
from ..domain.households import household_moving_in
from ..rules import FlagMatrix
from ..rules.engine import PROTECTIVE_RULE_IDS, has_critical, rule_bit, split_burden
from ..rules.features import ApplicantColumns, PairColumns, PlaceCodes
from ..rules.ranking import queue_order, rank_rows, unused_bedroom_rank
from ..words import Phrase
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
            raise PlanInputError(Phrase("errors.planner.pair_form", text=text))
        return cls(case_no.strip(), unit_id.strip())


def household_profile(applicant: Applicant) -> tuple[Any, ...]:
    """What moving this household in changes in a stairwell's composition that a rule can read
    (Composition.add, rules/features.py UnitColumns): its type, needs, untreated severe mental
    illness and children."""
    return (applicant.household_type, applicant.needs, applicant.has_untreated_severe_mental_illness,
            applicant.has_children)


def building_profile(applicant: Applicant) -> tuple[Any, ...]:
    """What it changes in the building's: the rules read a building's households, active use,
    untreated severe mental illness and heavy needs (UnitColumns.building_*)."""
    return (NeedCategory.ACTIVE_USE in applicant.needs, applicant.has_untreated_severe_mental_illness,
            applicant.is_heavy_need)


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
    other_edges: np.ndarray  # the edges at `other` whose household has this profile
    edges: np.ndarray  # edges at `unit` whose weighted burden rises
    added: np.ndarray  # by how much (weighted, > 0)
    critical_edges: np.ndarray  # edges at `unit` that would gain a critical flag
    # of `added`, the rise in flags that do not protect the applicant (weighted, ≥ 0; see own_burden)
    added_others: np.ndarray = field(default_factory=lambda: np.zeros(0))


@dataclass
class Problem:
    matrix: FlagMatrix
    settings: PlanSettings
    # edge k is the pair (rows[k], columns[k]); every edge is allowed (or locked)
    rows: np.ndarray
    columns: np.ndarray
    critical: np.ndarray  # number of critical flags of the pair alone
    weighted_burden: np.ndarray  # severity-weighted burden of the pair alone
    # of that, the flags that protect the applicant (own_burden): never held against housing them
    protective_burden: np.ndarray
    unused_rank: np.ndarray  # the ranking's size factor (0: the household fills the unit)
    fit: np.ndarray  # bedrooms left unused, plus 2 for a wheelchair unit to one who needs none
    queue_position: np.ndarray  # per applicant row, 0 = first in the queue
    # per applicant row: the queue position of the first applicant with the same priority group and
    # waiting time. The ranking cannot tell these apart by the queue: it orders them by their flags
    # next (rules/ranking.py rank_rows), so the queue stage leaves them equal and the flag stage,
    # on the whole plan, chooses among them (the row number, the ranking's last key, is no reason).
    queue_place: np.ndarray
    priority_rank: np.ndarray  # per applicant row
    locked: np.ndarray  # edge indices that must be in the plan
    banned: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # edges the meeting forbade
    interactions: list[Interaction] = field(default_factory=list)
    graph_note: str = ""

    _keys: np.ndarray | None = field(default=None, repr=False)
    # Each stage's optimal basis, shared by the problems made with other locks or forbidden pairs
    # (with_choices): planning again starts the simplex from where the last plan ended.
    bases: dict[Any, Any] = field(default_factory=dict, repr=False)

    def edge(self, row: int, column: int) -> int | None:
        if self._keys is None:  # edges are in row-major order, so their keys are sorted
            self._keys = self.rows * len(self.targets) + self.columns
        key = row * len(self.targets) + column
        k = int(np.searchsorted(self._keys, key))
        return k if k < len(self._keys) and self._keys[k] == key else None

    def with_choices(self, locked: Sequence[tuple[int, int]], banned: Sequence[tuple[int, int]]) -> Problem:
        """The same pairs and costs with these locks and forbidden pairs (as bounds)."""
        return replace(self, locked=np.array([self.edge(r, c) for r, c in locked], dtype=np.int64),
                       banned=np.array([k for r, c in banned if (k := self.edge(r, c)) is not None], dtype=np.int64))

    @property
    def applicants(self) -> list[Applicant]:
        return self.matrix.applicants

    @property
    def targets(self) -> list[UnitSurroundings]:
        return self.matrix.targets

    def edges_of_unit(self) -> dict[int, list[int]]:
        order = np.argsort(self.columns, kind="stable")
        columns, starts = np.unique(self.columns[order], return_index=True)
        return {int(c): part.tolist() for c, part in zip(columns.tolist(), np.split(order, starts[1:]))}

    def edges_of_applicant(self) -> dict[int, list[int]]:
        rows, starts = np.unique(self.rows, return_index=True)
        return {int(r): part.tolist() for r, part in zip(rows.tolist(), np.split(np.arange(len(self.rows)), starts[1:]))}


def weighted(matrix_burden: np.ndarray, settings: PlanSettings) -> tuple[np.ndarray, np.ndarray]:
    """(critical count, severity-weighted burden) of burden values from the flag matrix."""
    critical, warning, info = split_burden(matrix_burden)
    return critical, (critical * settings.critical_weight + warning * settings.warning_weight
                      + info * settings.info_weight)


def own_burden(matrix: FlagMatrix, protective: np.ndarray, lesser: np.ndarray, settings: PlanSettings) -> np.ndarray:
    """The severity-weighted burden of the flags that fired only to protect the applicant's own
    household (Rule.protects_applicant: children near active use, the elderly or disabled exposed,
    someone in recovery near use, the children's school), from a matrix's bits of any shape.

    Why the plan keeps these apart. Each of them fires because of who the household is —
    it has children (omsorgsoppgaver), an age, a disability, is in recovery — and its purpose is
    that household's own protection. Likestillings- og diskrimineringsloven § 6 forbids treating
    someone worse because of omsorgsoppgaver, alder or funksjonsnedsettelse, directly or
    indirectly; § 9 allows it only where it has a legitimate aim, is necessary and does not burden
    the one treated differently disproportionately. Steering a family away from a stairwell with
    active use serves the family; leaving the family unhoused, or housing someone later in the
    queue in its place, because every unit open to it carries such a flag, turns the protection
    against the protected: the aim (the children's safety) is not served by the family's staying
    homeless, and the family bears the whole cost. So in the planner these flags may choose which
    unit a household gets among plans that house the same people in the same queue order (the
    flag stages after the queue), and never count when the plan weighs housing one applicant
    against another (the slider's middle steps and «færrest varsler»). A critical one still rules
    the pair out, as the rules say, and the plan lists the household among those it passed over,
    with that reason, for the meeting to weigh."""
    weights = settings.severity_weights()
    out = np.zeros(protective.shape, dtype=np.int64)
    for rule_id in PROTECTIVE_RULE_IDS:
        bit = rule_bit(rule_id)
        fired = (protective & bit) != 0
        if not fired.any():
            continue
        full = weights[matrix.rule_severity(rule_id).value]
        only_lesser = weights[matrix.rule_severity(rule_id, lesser=True).value]
        out += fired * np.where((lesser & bit) != 0, only_lesser, full)
    return out


def _resolve(matrix: FlagMatrix, pairs: Sequence[Pair], what: str) -> list[tuple[int, int]]:
    rows = {a.case_no: r for r, a in enumerate(matrix.applicants)}
    columns = {t.vacant.unit.id: c for c, t in enumerate(matrix.targets)}
    out = []
    for pair in pairs:
        if pair.case_no not in rows:
            raise PlanInputError(Phrase("errors.planner.not_waiting", what=what, case=pair.case_no))
        if pair.unit_id not in columns:
            raise PlanInputError(Phrase("errors.planner.not_vacant", what=what, unit=pair.unit_id))
        out.append((rows[pair.case_no], columns[pair.unit_id]))
    return out


def check_choices(matrix: FlagMatrix, locks: Sequence[Pair], forbidden: Sequence[Pair]
                  ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The committee's locks and forbidden pairs as (row, column), refused in words when the
    planner cannot honour them."""
    locked = _resolve(matrix, locks, Phrase("errors.planner.locked"))
    banned = _resolve(matrix, forbidden, Phrase("errors.planner.forbidden"))
    for (row, column), pair in zip(locked, locks):
        if not matrix.suitable[row, column]:
            raise PlanInputError(Phrase("errors.planner.unsuitable", case=pair.case_no, unit=pair.unit_id))
        if (row, column) in banned:
            raise PlanInputError(Phrase("errors.planner.locked_and_forbidden", case=pair.case_no, unit=pair.unit_id))
    for taken in ({r for r, _ in locked}, {c for _, c in locked}):
        if len(taken) < len(locked):
            raise PlanInputError(Phrase("errors.planner.two_locks"))
    return locked, banned


def build_problem(matrix: FlagMatrix, settings: PlanSettings, locks: Sequence[Pair] = (),
                  forbidden: Sequence[Pair] = (), reuse: Problem | None = None) -> Problem:
    """The pairs and costs; with `reuse` (the problem of an earlier plan on the same matrix and
    settings), a lock or a forbidden pair only changes bounds, so planning again is quick."""
    locked, banned = check_choices(matrix, locks, forbidden)
    if (reuse is not None and reuse.matrix is matrix and reuse.settings == settings
            and all(reuse.edge(row, column) is not None for row, column in locked)):
        return reuse.with_choices(locked, banned)
    n_applicants, n_units = matrix.shape
    allowed = matrix.suitable.copy()
    if not settings.allow_critical:
        allowed &= ~has_critical(matrix.burden)
    queue = queue_order(matrix)
    position = np.empty(n_applicants, dtype=np.int64)
    position[queue] = np.arange(n_applicants)
    ranks, waiting = matrix.priority_ranks[queue], matrix.waiting_days[queue]
    starts = np.r_[True, (np.diff(ranks) != 0) | (np.diff(waiting) != 0)] if n_applicants else np.zeros(0, dtype=bool)
    place = np.empty(n_applicants, dtype=np.int64)
    place[queue] = np.maximum.accumulate(np.where(starts, np.arange(n_applicants), 0))
    keep = _candidate_graph(matrix, settings, allowed, position)
    for row, column in locked:  # a locked pair is the meeting's choice, even with a critical flag
        keep[row, column] = True
    rows, columns = np.nonzero(keep)  # row-major: deterministic edge order
    # what the objectives read, for the pairs in the graph only (12 million pairs at national scale)
    critical, burden = weighted(matrix.burden[rows, columns], settings)
    unused = matrix.unit_bedrooms[columns] - matrix.bedrooms_needed[rows]
    wheelchair_unit = np.fromiter((t.vacant.unit.wheelchair_access for t in matrix.targets), bool, count=n_units)
    wheelchair_need = np.fromiter((a.wheelchair_needed for a in matrix.applicants), bool, count=n_applicants)
    fit = np.maximum(unused, 0) + 2 * (wheelchair_unit[columns] & ~wheelchair_need[rows])
    problem = Problem(
        matrix=matrix, settings=settings, rows=rows.astype(np.int64), columns=columns.astype(np.int64),
        critical=critical, weighted_burden=burden,
        protective_burden=own_burden(matrix, matrix.protective[rows, columns], matrix.lesser[rows, columns], settings),
        unused_rank=unused_bedroom_rank(matrix, unused).astype(np.int64), fit=fit.astype(np.int64),
        queue_position=position, queue_place=place, priority_rank=matrix.priority_ranks.astype(np.int64),
        locked=np.zeros(0, dtype=np.int64),
        graph_note=_graph_note(int(keep.sum()), int((allowed | keep).sum())),
    )
    problem.interactions = find_interactions(problem)
    return problem.with_choices(locked, banned)


def _graph_note(kept: int, allowed: int) -> str:
    if kept >= allowed:
        return f"alle {allowed} tillatte par"
    return f"{kept} av {allowed} tillatte par"


def _candidate_graph(matrix: FlagMatrix, settings: PlanSettings, allowed: np.ndarray, position: np.ndarray
                     ) -> np.ndarray:
    """The pairs the model may choose:
    - the allowed pairs of the applicants in front of the queue (`queue_depth` × the vacant
      units); when there are more than `max_pairs`, each one's least-flagged units, ties
      spread over the units by a fixed hash, so that not everyone keeps the same few;
    - each unit's first `candidates_per_unit` allowed candidates in its ranking;
    - the pairs of strict queue order that skips critical pairs (one unit at a time, earliest
      vacancy first), so the model can always house at least as many as the meeting would."""
    n_applicants, n_units = allowed.shape
    depth = math.ceil(settings.queue_depth * n_units)
    in_front = position < depth
    front = allowed & in_front[:, None]
    keep: np.ndarray
    if int(front.sum()) <= settings.max_pairs:
        keep = front
    else:
        keep = np.zeros_like(allowed)
        per_applicant = max(settings.units_per_applicant, settings.max_pairs // max(1, int(in_front.sum())))
        for row in np.flatnonzero(front.any(axis=1)).tolist():
            columns = np.flatnonzero(front[row])
            spread = (columns * 2654435761 + row * 40503) % 4294967291
            keep[row, columns[np.lexsort((spread, matrix.burden[row, columns]))][:per_applicant]] = True
    placed = np.zeros(n_applicants, dtype=bool)
    order = np.arange(n_units)
    by_unit = np.ascontiguousarray(allowed.T)  # a unit's column, read 1 500 times at national scale
    for column in order[np.lexsort((order, matrix.vacant_from_ordinals))].tolist():
        ranked = rank_rows(matrix, column, np.flatnonzero(by_unit[column]))
        keep[ranked[: settings.candidates_per_unit], column] = True
        free = ranked[~placed[ranked]]
        if len(free):
            keep[free[0], column] = True
            placed[free[0]] = True
    return keep


def find_interactions(problem: Problem) -> list[Interaction]:
    """For every two vacant units in one building, how a household placed in one changes the
    flags of each candidate in the other: the engine evaluates the candidates again on the
    composition with that household moved in (one evaluation per household profile). The
    candidates' side of the rules is put in columns once, for all units."""
    matrix, settings = problem.matrix, problem.settings
    by_unit = problem.edges_of_unit()
    by_building: dict[str, list[int]] = defaultdict(list)
    for column in sorted(by_unit):
        by_building[matrix.targets[column].building.id].append(column)
    shared = [columns for columns in by_building.values() if len(columns) > 1]
    if not shared:
        return []
    rows_needed = sorted({int(r) for columns in shared for c in columns for r in problem.rows[by_unit[c]].tolist()})
    position = {row: k for k, row in enumerate(rows_needed)}
    places = PlaceCodes()
    candidates = ApplicantColumns.build([matrix.applicants[r] for r in rows_needed], matrix.settings, places)
    interactions: list[Interaction] = []
    for columns in shared:
        for column in columns:
            edges = np.array(by_unit[column], dtype=np.int64)
            rows = problem.rows[edges]
            target = matrix.targets[column]
            variants: list[tuple[int, list[int]]] = []
            modified: list[UnitSurroundings] = []
            for other in columns:
                if other == column:
                    continue
                # another stairwell of the building changes only the building's counts
                same_stairwell = matrix.targets[other].stairwell.id == target.stairwell.id
                profile = household_profile if same_stairwell else building_profile
                groups: dict[tuple[Any, ...], list[int]] = {}
                for k in by_unit[other]:
                    groups.setdefault(profile(matrix.applicants[int(problem.rows[k])]), []).append(k)
                for group in groups.values():
                    variants.append((other, group))
                    row = int(problem.rows[group[0]])
                    modified.append(moved_in(target, [(matrix.applicants[row], matrix.targets[other])], matrix.today))
            mine = candidates.take(np.array([position[int(r)] for r in rows.tolist()], dtype=np.int64))
            pairs = PairColumns.of(mine, modified, matrix.settings, matrix.today, places)
            after = FlagMatrix([matrix.applicants[r] for r in rows.tolist()], modified, matrix.settings, matrix.today,
                               columns=pairs)
            critical_after, burden_after = weighted(after.burden, settings)
            rise = burden_after - problem.weighted_burden[edges][:, None]
            others_after = burden_after - own_burden(after, after.protective, after.lesser, settings)
            others_rise = np.maximum(others_after - (problem.weighted_burden - problem.protective_burden)[edges][:, None], 0)
            new_critical = critical_after > problem.critical[edges][:, None]
            for k, (other, group) in enumerate(variants):
                up = rise[:, k] > 0
                crit = new_critical[:, k]
                if up.any() or crit.any():
                    interactions.append(Interaction(column, other, np.array(group, dtype=np.int64), edges[up],
                                                    rise[up, k], edges[crit], others_rise[up, k]))
    return interactions
