"""The model and its lexicographic objectives, solved one after the other with HiGHS.

The objectives, most important first (PlanSettings documents the defaults):

1. no critical flag — alone or on the composition after the whole plan — unless the meeting
   allows them; then as few as possible once as many as possible are housed (2);
2. as many housed as possible, priority group by priority group (one stage: a group's count
   weighs more than every later group's together, since no count exceeds the vacant units);
3. the queue, in the terms of the candidate ranking (rules/ranking.py): fewest bedrooms left
   unused where the ranking puts a household that fills the unit first, then the smallest
   sum of queue positions of those housed;
4. the least flag burden, severity-weighted, with what placements in one building add to
   each other's flags;
5. fit: bedrooms left unused, wheelchair units to those who need them.
The slider («streng rekkefølge ↔ færrest varsler») weighs 3 against 4 or swaps them.

How the order is kept exactly. Without the interactions, choosing one applicant per unit is
an assignment problem: its linear relaxation has whole-numbered optima, which the simplex
method finds. After each objective, every pair whose reduced cost is not zero is fixed and
every row whose dual is not zero is held tight: what is left is exactly the set of plans
that are optimal so far (complementary slackness), and it is still an assignment problem.
So each stage is a linear program on what the stage before left, warm-started — fractions of
a second. When a stage's relaxation is not whole-numbered (the interaction rows can do that),
that stage is solved as a mixed-integer program within the time left, the value it reached
becomes a constraint for the stages after it, and the plan records the solver's bound.

Why HiGHS and not CP-SAT: measured on the oslo file (40 000 pairs, two cores shared), CP-SAT
spent 14–20 s in presolve and probing and found no plan with all units filled within 20 s;
its default linear relaxation leaves out the at-most-one rows that make this an assignment
problem. HiGHS solves the same five stages in about 2 s, proven optimal.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import highspy
import numpy as np

from .problem import Problem, Profile
from .settings import FEWEST_FLAGS, QUEUE_PLACES_PER_BURDEN, STRICT_ORDER

# Stage names, in bokmål: progress and the plan's record of how each objective ended.
CRITICAL, HOUSED, UNUSED, QUEUE, MIXED, BURDEN, FIT = (
    "kritiske varsler", "bosatte per prioritetsgruppe", "ubrukte soverom i rangeringen", "køplasser",
    "køplasser og varsler", "varsler", "tilpasning")

_TOLERANCE = 1e-6


def _quiet_highs() -> highspy.Highs:
    """A HiGHS instance that prints nothing. The first one in a process prints its banner on
    the C level while output is still on (before any option can be set), which would land
    in the middle of `boligmote plan --format json`: stdout is pointed at /dev/null for it."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            highs = highspy.Highs()
            highs.setOptionValue("output_flag", False)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    return highs
_INF = highspy.kHighsInf


@dataclass
class Stage:
    name: str
    value: float
    bound: float
    optimal: bool
    seconds: float
    method: str  # "LP" (whole-numbered relaxation, exact) or "MIP"

    @property
    def gap(self) -> float:
        """Relative distance between the value found and the solver's bound (0: proven optimal)."""
        if self.optimal:
            return 0.0
        return abs(self.value - self.bound) / max(1.0, abs(self.value))


@dataclass
class SolveResult:
    chosen: list[int]  # edge indices in the plan
    stages: list[Stage] = field(default_factory=list)
    cancelled: bool = False
    infeasible: bool = False
    seconds: float = 0.0

    @property
    def optimal(self) -> bool:
        return not self.cancelled and not self.infeasible and all(s.optimal for s in self.stages)

    @property
    def gap(self) -> float:
        return max((s.gap for s in self.stages), default=0.0)


# progress(stage name, stage number, stage count, seconds since start)
Progress = Callable[[str, int, int, float], None]


class PlanModel:
    def __init__(self, problem: Problem):
        self.problem = problem
        self._cancel = threading.Event()
        self._highs: highspy.Highs | None = None
        self._lock = threading.Lock()
        self.cuts: list[list[int]] = []
        self._costs()

    # ---- the objectives ---------------------------------------------------------------------
    def _costs(self) -> None:
        p = self.problem
        settings = p.settings
        n_units = len(p.targets)
        ranks = p.priority_rank[p.rows]
        groups = sorted(set(ranks.tolist()))
        housed = np.zeros(len(p.rows))
        for g, rank in enumerate(groups):
            housed[ranks == rank] = -float((n_units + 1) ** (len(groups) - 1 - g))
        # (cost of each edge, cost of each interaction's burden column, of its critical column)
        self.costs: dict[str, tuple[np.ndarray, float, float]] = {
            HOUSED: (housed, 0.0, 0.0),
            UNUSED: (p.unused_rank.astype(float), 0.0, 0.0),
            QUEUE: (p.queue_position[p.rows].astype(float), 0.0, 0.0),
            BURDEN: (p.weighted_burden.astype(float), 1.0, 0.0),
            FIT: (p.fit.astype(float), 0.0, 0.0),
            CRITICAL: (p.critical.astype(float), 0.0, 1.0),
        }
        step = settings.queue_vs_flags
        if step in QUEUE_PLACES_PER_BURDEN:
            weight = float(QUEUE_PLACES_PER_BURDEN[step])
            self.costs[MIXED] = (self.costs[QUEUE][0] + weight * self.costs[BURDEN][0], weight, 0.0)
        # Allowed critical flags may house someone who would otherwise get nothing, never buy
        # a better place in the queue: fewest critical flags right after the housed counts.
        order = [HOUSED, CRITICAL] if settings.allow_critical else [HOUSED]
        if step == STRICT_ORDER:
            order += [UNUSED, QUEUE, BURDEN, FIT]
        elif step == FEWEST_FLAGS:
            order += [BURDEN, UNUSED, QUEUE, FIT]
        else:
            order += [UNUSED, MIXED, BURDEN, FIT]
        self.order = order

    def forbid_together(self, edges: list[int]) -> None:
        """These placements raise a critical flag together (found on the whole plan)."""
        self.cuts.append(sorted(edges))

    # ---- the linear model -------------------------------------------------------------------
    def _build(self, highs: highspy.Highs) -> None:
        p = self.problem
        n = len(p.rows)
        placed: dict[tuple[int, Profile], list[int]] = {}
        for k, (row, column) in enumerate(zip(p.rows.tolist(), p.columns.tolist())):
            placed.setdefault((column, p.profiles[row]), []).append(k)
        lower = np.zeros(n)
        lower[p.locked] = 1.0
        highs.addVars(n, lower, np.ones(n))
        rows: list[tuple[float, float, list[int], list[float]]] = []
        for edges in p.edges_of_unit().values():
            rows.append((-_INF, 1.0, edges, [1.0] * len(edges)))
        for edges in p.edges_of_applicant().values():
            rows.append((-_INF, 1.0, edges, [1.0] * len(edges)))
        column = n
        self.burden_columns: list[int] = []
        self.critical_columns: list[int] = []
        self.extra_upper: list[float] = []
        allow_critical = p.settings.allow_critical
        for inter in p.interactions:
            other = placed.get((inter.other, inter.profile), [])
            if not other:
                continue
            if len(inter.critical_edges):
                here = inter.critical_edges.tolist()
                if allow_critical:  # both ≤ 1 + indicator: the indicator pays for the pair
                    self.critical_columns.append(column)
                    self.extra_upper.append(1.0)
                    rows.append((-_INF, 1.0, here + other + [column], [1.0] * (len(here) + len(other)) + [-1.0]))
                    column += 1
                else:
                    rows.append((-_INF, 1.0, here + other, [1.0] * (len(here) + len(other))))
            if len(inter.edges):
                # extra ≥ Σ rise·x(here) − M·(1 − Σ x(other)): the burden the pair adds when both are placed
                big = float(inter.added.max())
                self.burden_columns.append(column)
                self.extra_upper.append(big)
                here = inter.edges.tolist()
                rows.append((-big, _INF, [column] + here + other,
                             [1.0] + [-float(a) for a in inter.added.tolist()] + [-big] * len(other)))
                column += 1
        extra = column - n
        if extra:
            highs.addVars(extra, np.zeros(extra), np.array(self.extra_upper))
        for edges in self.cuts:
            rows.append((-_INF, float(len(edges) - 1), edges, [1.0] * len(edges)))
        starts, index, value = [0], [], []
        for _, _, cols, coefs in rows:
            index.extend(cols)
            value.extend(coefs)
            starts.append(len(index))
        highs.addRows(len(rows), np.array([r[0] for r in rows]), np.array([r[1] for r in rows]),
                      len(index), np.array(starts[:-1], dtype=np.int32), np.array(index, dtype=np.int32),
                      np.array(value))
        self.n_columns = column
        self.n_rows = len(rows)

    def _stage_costs(self, name: str) -> np.ndarray:
        edge_costs, burden_cost, critical_cost = self.costs[name]
        costs = np.zeros(self.n_columns)
        n = len(self.problem.rows)
        costs[:n] = edge_costs
        costs[self.burden_columns] = burden_cost
        costs[self.critical_columns] = critical_cost
        return costs

    # ---- solving ----------------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop now (from any thread); the plan found so far is kept and marked cancelled."""
        self._cancel.set()
        with self._lock:
            if self._highs is not None:
                self._highs.cancelSolve()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def solve(self, time_limit: float, progress: Progress | None = None,
              started: float | None = None) -> SolveResult:
        settings = self.problem.settings
        started = time.perf_counter() if started is None else started
        deadline = started + time_limit
        highs = _quiet_highs()
        highs.setOptionValue("threads", max(1, settings.num_workers))
        highs.setOptionValue("random_seed", settings.random_seed)
        highs.setOptionValue("mip_rel_gap", 0.0)
        highs.HandleUserInterrupt = True
        self._build(highs)
        with self._lock:
            self._highs = highs
        n = len(self.problem.rows)
        every = np.arange(self.n_columns, dtype=np.int32)
        free = np.ones(n, dtype=bool)
        free[self.problem.locked] = False
        result = SolveResult(chosen=[])
        integer = False  # once a stage needed branching, the rest are mixed-integer programs too
        solution = None
        try:
            for number, name in enumerate(self.order, start=1):
                if self._cancel.is_set():
                    result.cancelled = True
                    break
                if progress is not None:
                    progress(name, number, len(self.order), time.perf_counter() - started)
                costs = self._stage_costs(name)
                highs.changeColsCost(self.n_columns, every, costs)
                highs.setOptionValue("time_limit", max(0.05, deadline - time.perf_counter()))
                stage_started = time.perf_counter()
                method = "MIP" if integer else "LP"
                if not integer:
                    highs.run()
                    status = highs.getModelStatus()
                    if status == highspy.HighsModelStatus.kInfeasible:
                        result.infeasible = True
                        break
                    if status != highspy.HighsModelStatus.kOptimal:
                        result.cancelled = self._cancel.is_set()
                        break
                    solution = highs.getSolution()
                    x = np.array(solution.col_value)
                    whole = np.all(np.minimum(np.abs(x[:n]), np.abs(1 - x[:n])) <= _TOLERANCE)
                    if whole:
                        value = float(costs @ x)
                        result.stages.append(Stage(name, value, value, True, time.perf_counter() - stage_started, "LP"))
                        self._fix_to_optimal_face(highs, solution, free)
                        result.chosen = np.flatnonzero(x[:n] > 0.5).tolist()
                        continue
                    integer = True
                    method = "MIP"
                    highs.changeColsIntegrality(n, every[:n], np.full(n, highspy.HighsVarType.kInteger))
                    if result.chosen:
                        self._hint(highs, result.chosen)
                highs.run()
                status = highs.getModelStatus()
                info = highs.getInfo()
                if status == highspy.HighsModelStatus.kInfeasible:
                    result.infeasible = True
                    break
                if info.primal_solution_status != highspy.kSolutionStatusFeasible:
                    result.cancelled = self._cancel.is_set()
                    result.infeasible = not result.chosen and not result.cancelled
                    break
                x = np.array(highs.getSolution().col_value)
                value = float(costs @ x)
                optimal = status == highspy.HighsModelStatus.kOptimal
                bound = value if optimal else float(info.mip_dual_bound)
                result.stages.append(Stage(name, value, bound, optimal, time.perf_counter() - stage_started, method))
                result.chosen = np.flatnonzero(x[:n] > 0.5).tolist()
                # later stages keep this value (the objective as a row)
                nonzero = np.flatnonzero(costs)
                highs.addRow(-_INF, value + _TOLERANCE, len(nonzero), nonzero.astype(np.int32), costs[nonzero])
                if not optimal:
                    result.cancelled = self._cancel.is_set()
                    if result.cancelled:
                        break
        finally:
            with self._lock:
                self._highs = None
        result.seconds = time.perf_counter() - started
        return result

    def _fix_to_optimal_face(self, highs: highspy.Highs, solution: Any, free: np.ndarray) -> None:
        """Keep only the plans optimal for this stage: a pair with a reduced cost is fixed where
        it is, a row with a dual value is held tight."""
        n = len(self.problem.rows)
        reduced = np.array(solution.col_dual)[:n]
        fix_off = free & (reduced > _TOLERANCE)
        fix_on = free & (reduced < -_TOLERANCE)
        for mask, value in ((fix_off, 0.0), (fix_on, 1.0)):
            cols = np.flatnonzero(mask).astype(np.int32)
            if len(cols):
                highs.changeColsBounds(len(cols), cols, np.full(len(cols), value), np.full(len(cols), value))
        free &= ~(fix_off | fix_on)
        duals = np.array(solution.row_dual)
        activity = np.array(solution.row_value)
        tight = np.flatnonzero(np.abs(duals) > _TOLERANCE).astype(np.int32)
        if len(tight):
            highs.changeRowsBounds(len(tight), tight, activity[tight], activity[tight])

    def _hint(self, highs: highspy.Highs, chosen: list[int]) -> None:
        start = np.zeros(self.n_columns)
        start[chosen] = 1.0
        start[len(self.problem.rows):] = np.array(self.extra_upper)  # extras at their upper bound: feasible
        sol = highspy.HighsSolution()
        sol.col_value = start.tolist()
        sol.value_valid = True
        highs.setSolution(sol)
