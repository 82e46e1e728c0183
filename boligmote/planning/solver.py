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
   each other's flags (two placements at a time for warnings and info; a critical flag from
   any group is ruled out by the planner's rounds, plan.py _clashes);
5. fit: bedrooms left unused, wheelchair units to those who need them;
6. a last tie-break, so that planning again after a lock gives what a fresh start gives.
The slider («køen først ↔ færrest varsler») weighs the queue places of 3 against 4 or puts 4
first — with only the flags that do not protect the applicant (problem.own_burden), and
always after the ranking's rule on unused bedrooms.

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

from .problem import Problem
from .settings import FEWEST_FLAGS, QUEUE_PLACES_PER_BURDEN, STRICT_ORDER

# Stage names, in bokmål: progress and the plan's record of how each objective ended.
CRITICAL, HOUSED, UNUSED, QUEUE, MIXED, OTHERS, BURDEN, FIT, TIE = (
    "kritiske varsler", "bosatte per prioritetsgruppe", "ubrukte soverom i rangeringen", "køplasser",
    "køplasser og varsler", "varsler som ikke verner søkeren selv", "varsler", "tilpasning", "listens rekkefølge")

_TOLERANCE = 1e-6
# The first stage by a matching from this many pairs on (the simplex is quicker below: oslo's 25 000)
_MATCHING_FROM = 60_000


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

    timed_out: bool = False  # a stage ended at the time limit before it had a plan: later ones not run
    restart: bool = False  # rows found in a later stage made an earlier one's optimum infeasible

    @property
    def optimal(self) -> bool:
        return (not self.cancelled and not self.infeasible and not self.timed_out
                and all(s.optimal for s in self.stages))

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
        self.lazy: list[tuple[str, Any]] = []  # ("conflict", interaction index) or ("cut", edge indices)
        self._costs()

    # ---- the objectives ---------------------------------------------------------------------
    def _costs(self) -> None:
        p = self.problem
        settings = p.settings
        n_units = len(p.targets)
        ranks = p.priority_rank[p.rows]
        groups = sorted(set(ranks.tolist()))
        by_vacancy = np.lexsort((np.arange(n_units), p.matrix.vacant_from_ordinals))
        agenda_place = np.empty(n_units, dtype=np.int64)
        agenda_place[by_vacancy] = np.arange(n_units)
        housed = np.zeros(len(p.rows))
        for g, rank in enumerate(groups):
            housed[ranks == rank] = -float((n_units + 1) ** (len(groups) - 1 - g))
        # (cost of each edge, of each interaction's burden column, of its column for the flags that
        # do not protect the applicant, of its critical column)
        self.costs: dict[str, tuple[np.ndarray, float, float, float]] = {
            HOUSED: (housed, 0.0, 0.0, 0.0),
            UNUSED: (p.unused_rank.astype(float), 0.0, 0.0, 0.0),
            QUEUE: (p.queue_place[p.rows].astype(float), 0.0, 0.0, 0.0),
            OTHERS: ((p.weighted_burden - p.protective_burden).astype(float), 0.0, 1.0, 0.0),
            BURDEN: (p.weighted_burden.astype(float), 1.0, 0.0, 0.0),
            FIT: (p.fit.astype(float), 0.0, 0.0, 0.0),
            # the last word among plans equal on everything else, as the meeting would take them:
            # the earlier in the queue (by row, the ranking's last key), the earlier on the agenda
            # (Σ queue position × places from the agenda's end has one minimum, by the rearrangement
            # inequality, where a sum of separate terms would leave swaps tied) — so a plan made
            # again after a lock is the one a fresh start makes
            TIE: ((p.queue_position[p.rows] * (n_units - agenda_place[p.columns])).astype(float), 0.0, 0.0, 0.0),
            CRITICAL: (p.critical.astype(float), 0.0, 0.0, 1.0),
        }
        step = settings.queue_vs_flags
        if step in QUEUE_PLACES_PER_BURDEN:
            weight = float(QUEUE_PLACES_PER_BURDEN[step])
            self.costs[MIXED] = (self.costs[QUEUE][0] + weight * self.costs[OTHERS][0], 0.0, weight, 0.0)
        # Allowed critical flags may house someone who would otherwise get nothing, never buy
        # a better place in the queue: fewest critical flags right after the housed counts.
        order = [HOUSED, CRITICAL] if settings.allow_critical else [HOUSED]
        # At every step the ranking's rule on unused bedrooms comes right after the housed counts
        # (a household that fills the unit before one that leaves two or more bedrooms unused, the
        # candidate list's own order), so «færrest varsler» never gives a family's unit to a single
        # person. Where flags are weighed against the queue — who is housed — only those that do not
        # protect the applicant count (OTHERS; problem.own_burden says why); all flags, those too,
        # then choose among the plans that house the same people (BURDEN). Two sets of applicants with
        # the same sum of queue places are a tie that BURDEN may break; the sum makes that rare.
        if step == STRICT_ORDER:
            order += [UNUSED, QUEUE, BURDEN, FIT, TIE]
        elif step == FEWEST_FLAGS:
            order += [UNUSED, OTHERS, QUEUE, BURDEN, FIT, TIE]
        else:
            order += [UNUSED, MIXED, BURDEN, FIT, TIE]
        self.order = self._merge(order)

    def _range(self, name: str) -> float:
        """How far apart two plans can be on this objective: at most one edge per unit counts,
        plus what the interaction columns can add (every cost here but HOUSED is ≥ 0)."""
        edge_costs, burden_cost, others_cost, critical_cost = self.costs[name]
        units = len(self.problem.targets)
        extra = burden_cost * sum(i.added.max() for i in self.problem.interactions if len(i.edges))
        extra += others_cost * sum(i.added_others.max() for i in self.problem.interactions if len(i.edges))
        extra += critical_cost * len(self.problem.interactions)
        return units * float(edge_costs.max(initial=0.0)) + float(extra)

    def _merge(self, order: list[str]) -> list[str]:
        """Objectives that follow each other become one stage when a weighted sum keeps their
        order exactly: the earlier one is weighted by one more than the later one's whole range,
        so no gain on the later can pay for a loss of one on the earlier. Costs stay below
        2^31 (whole numbers a double holds exactly, well inside the simplex tolerances);
        beyond that the objectives are solved one after the other. HOUSED (negative costs)
        always stands alone."""
        stages: list[list[str]] = []
        for name in order:
            if stages and name != HOUSED and stages[-1][0] != HOUSED:
                candidate = stages[-1] + [name]
                if self._combined(candidate)[0].__abs__().max(initial=0.0) < 2.0 ** 31:
                    stages[-1] = candidate
                    continue
            stages.append([name])
        labels = []
        for names in stages:
            label = ", så ".join(names)
            self.costs[label] = self._combined(names)
            labels.append(label)
        return labels

    def _combined(self, names: list[str]) -> tuple[np.ndarray, float, float, float]:
        edge_costs, burden_cost, others_cost, critical_cost = (np.zeros(len(self.problem.rows)), 0.0, 0.0, 0.0)
        weight = 1.0
        for name in reversed(names):
            edges, burden, others, critical = self.costs[name]
            edge_costs = edge_costs + weight * edges
            burden_cost += weight * burden
            others_cost += weight * others
            critical_cost += weight * critical
            weight *= self._range(name) + 1.0
        return edge_costs, burden_cost, others_cost, critical_cost

    def forbid_together(self, edges: list[int]) -> None:
        """These placements raise a critical flag together (found on the whole plan)."""
        self.lazy.append(("cut", sorted(edges)))

    def violated_conflicts(self, chosen: list[int]) -> list[int]:
        """Interactions whose critical flag the plan raises: a candidate at one unit that turns
        critical with a household of that profile at the other, both in the plan."""
        if self.problem.settings.allow_critical:
            return []
        chosen_set = set(chosen)
        active = {what for kind, what in self.lazy if kind == "conflict"}
        return [i for i, inter in enumerate(self.problem.interactions)
                if i not in active and len(inter.critical_edges)
                and not chosen_set.isdisjoint(inter.other_edges.tolist())
                and not chosen_set.isdisjoint(inter.critical_edges.tolist())]

    def all_conflicts(self) -> list[int]:
        active = {what for kind, what in self.lazy if kind == "conflict"}
        return [i for i, inter in enumerate(self.problem.interactions)
                if len(inter.critical_edges) and i not in active]

    def _add_conflicts(self, highs: highspy.Highs, conflicts: list[int]) -> None:
        starts: list[int] = []
        index: list[int] = []
        for i in conflicts:
            inter = self.problem.interactions[i]
            starts.append(len(index))
            index += inter.critical_edges.tolist() + inter.other_edges.tolist()
        highs.addRows(len(conflicts), np.full(len(conflicts), -_INF), np.ones(len(conflicts)), len(index),
                      np.array(starts, dtype=np.int32), np.array(index, dtype=np.int32), np.ones(len(index)))
        self.n_rows += len(conflicts)
        self.require(conflicts)

    def require(self, conflicts: list[int]) -> None:
        self.lazy.extend(("conflict", i) for i in conflicts)

    # ---- the linear model -------------------------------------------------------------------
    def _build(self, highs: highspy.Highs) -> None:
        p = self.problem
        n = len(p.rows)
        lower, upper = np.zeros(n), np.ones(n)
        lower[p.locked] = 1.0
        upper[p.banned] = 0.0
        highs.addVars(n, lower, upper)
        # at most one applicant per unit, one unit per applicant: built as arrays (40 000 pairs in oslo)
        by_column = np.argsort(p.columns, kind="stable")
        _, unit_counts = np.unique(p.columns, return_counts=True)
        _, applicant_counts = np.unique(p.rows, return_counts=True)  # edges are in row order already
        counts = np.concatenate([unit_counts, applicant_counts])
        highs.addRows(len(counts), np.full(len(counts), -_INF), np.ones(len(counts)), 2 * n,
                      np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int32),
                      np.concatenate([by_column, np.arange(n)]).astype(np.int32), np.ones(2 * n))
        assignment_rows = len(counts)
        rows: list[tuple[float, float, list[int], list[float]]] = []
        column = n
        self.burden_columns: list[int] = []
        self.others_columns: list[int] = []
        self.critical_columns: list[int] = []
        self.extra_upper: list[float] = []
        allow_critical = p.settings.allow_critical
        for inter in p.interactions:
            other = inter.other_edges.tolist()
            if len(inter.critical_edges) and allow_critical:  # both ≤ 1 + indicator: it pays for the pair
                here = inter.critical_edges.tolist()
                self.critical_columns.append(column)
                self.extra_upper.append(1.0)
                rows.append((-_INF, 1.0, here + other + [column], [1.0] * (len(here) + len(other)) + [-1.0]))
                column += 1
            if len(inter.edges):
                # extra ≥ Σ rise·x(here) − M·(1 − Σ x(other)): the burden the pair adds when both are placed
                big = float(inter.added.max())
                self.burden_columns.append(column)
                self.extra_upper.append(big)
                here = inter.edges.tolist()
                rows.append((-big, _INF, [column] + here + other,
                             [1.0] + [-float(a) for a in inter.added.tolist()] + [-big] * len(other)))
                column += 1
                if len(inter.added_others) and inter.added_others.max() > 0:  # the same for OTHERS
                    big = float(inter.added_others.max())
                    self.others_columns.append(column)
                    self.extra_upper.append(big)
                    rows.append((-big, _INF, [column] + here + other,
                                 [1.0] + [-float(a) for a in inter.added_others.tolist()] + [-big] * len(other)))
                    column += 1
        extra = column - n
        if extra:
            highs.addVars(extra, np.zeros(extra), np.array(self.extra_upper))
        # Rows found needed by earlier rounds, last and in the order found (so an earlier round's
        # basis still fits, the new rows basic): a critical flag two placements raise together
        # (only these pairs: all of them would make the relaxation fractional), and groups of
        # three or more that raise one only on the whole plan.
        for kind, what in self.lazy:
            if kind == "conflict":
                inter = p.interactions[what]
                here, other = inter.critical_edges.tolist(), inter.other_edges.tolist()
                rows.append((-_INF, 1.0, here + other, [1.0] * (len(here) + len(other))))
            else:
                rows.append((-_INF, float(len(what) - 1), what, [1.0] * len(what)))
        starts, index, value = [0], [], []
        for _, _, cols, coefs in rows:
            index.extend(cols)
            value.extend(coefs)
            starts.append(len(index))
        if rows:
            highs.addRows(len(rows), np.array([r[0] for r in rows]), np.array([r[1] for r in rows]),
                          len(index), np.array(starts[:-1], dtype=np.int32), np.array(index, dtype=np.int32),
                          np.array(value))
        self.n_columns = column
        self.n_rows = assignment_rows + len(rows)

    def _stage_costs(self, name: str) -> np.ndarray:
        edge_costs, burden_cost, others_cost, critical_cost = self.costs[name]
        costs = np.zeros(self.n_columns)
        n = len(self.problem.rows)
        costs[:n] = edge_costs
        costs[self.burden_columns] = burden_cost
        costs[self.others_columns] = others_cost
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
        free[self.problem.banned] = False
        result = SolveResult(chosen=[])
        integer = False  # once a stage needed branching on the whole model, the rest are mixed-integer programs too
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
                if number == 1 and name == HOUSED and (housed := self._housed_by_matching(highs, costs, free)) is not None:
                    value, result.chosen = housed
                    result.stages.append(Stage(name, value, value, True, time.perf_counter() - stage_started,
                                               "matching"))
                    continue
                if not integer:
                    outcome, x, bound = self._linear_stage(highs, name, costs, free, n, every)
                    if outcome == "infeasible":
                        # the rows just added leave no plan on an earlier stage's optimal face:
                        # the planner solves again from the start with them
                        result.restart = number > 1
                        result.infeasible = number == 1
                        break
                    if outcome == "stopped":
                        result.cancelled = self._cancel.is_set()
                        result.timed_out = not result.cancelled
                        break
                    if outcome in ("LP", "LP+MIP"):
                        value = float(costs @ x)
                        result.stages.append(Stage(name, value, value, True, time.perf_counter() - stage_started,
                                                   outcome))
                        result.chosen = np.flatnonzero(x[:n] > 0.5).tolist()
                        continue
                    integer = True
                    # branching from here on: every pair critical together gets its row now, so the
                    # plan found needs no further round
                    if not self.problem.settings.allow_critical and (rest := self.all_conflicts()):
                        self._add_conflicts(highs, rest)
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
                    result.timed_out = not result.cancelled and bool(result.chosen)
                    result.infeasible = not result.chosen and not result.cancelled
                    break
                x = np.array(highs.getSolution().col_value)
                value = float(costs @ x)
                optimal = status == highspy.HighsModelStatus.kOptimal
                bound = value if optimal else float(info.mip_dual_bound)
                result.stages.append(Stage(name, value, bound, optimal, time.perf_counter() - stage_started, "MIP"))
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

    def _linear_stage(self, highs: highspy.Highs, name: str, costs: np.ndarray, free: np.ndarray, n: int,
                      every: np.ndarray) -> tuple[str, np.ndarray, float]:
        """One stage as a linear program: ("LP", x, value) when its optimum is whole-numbered;
        ("LP+MIP", x, value) when it is not but a whole-numbered plan lies on its optimal face
        (the rows for placements critical together cut off a vertex of the assignment polytope;
        every plan on that face is optimal, so a small mixed-integer program there finds one);
        ("MIP", …) when the face holds none: the caller branches on the whole model; "infeasible"
        or "stopped" (time limit or cancelled). Either way, rows found needed on the way are added
        and the stage solved again, warm. On success the model is left on the stage's optimal face."""
        warm = self.problem.bases.get((name, self.n_columns))
        if warm is not None and len(warm.row_status) <= self.n_rows:
            # this stage's basis from the plan before (new rows basic): a few pivots
            basis = highspy.HighsBasis()
            basis.col_status = list(warm.col_status)
            basis.row_status = list(warm.row_status) + [highspy.HighsBasisStatus.kBasic] * (
                self.n_rows - len(warm.row_status))
            basis.valid = True
            highs.setBasis(basis)
        empty = np.zeros(0)
        while True:
            highs.run()
            status = highs.getModelStatus()
            if status == highspy.HighsModelStatus.kInfeasible:
                return "infeasible", empty, 0.0
            if status != highspy.HighsModelStatus.kOptimal:
                return "stopped", empty, 0.0
            solution = highs.getSolution()
            x = np.array(solution.col_value)
            whole = bool(np.all(np.minimum(np.abs(x[:n]), np.abs(1 - x[:n])) <= _TOLERANCE))
            if whole:
                conflicts = self.violated_conflicts(np.flatnonzero(x[:n] > 0.5).tolist())
                if conflicts:  # two placements critical together: their row, and this stage again (warm)
                    self._add_conflicts(highs, conflicts)
                    continue
                self.problem.bases[(name, self.n_columns)] = highs.getBasis()
                self._fix_to_optimal_face(highs, solution, free)
                return "LP", x, float(costs @ x)
            bound = float(costs @ x)
            saved = self._bounds(highs)
            free_before = free.copy()
            self._fix_to_optimal_face(highs, solution, free)
            found, on_face = self._mip_on_face(highs, n, every)
            if found == "plan":
                return "LP+MIP", on_face, bound
            self._restore_bounds(highs, saved)
            free[:] = free_before
            if found == "again":  # rows the face's plan needed: the relaxation again with them
                continue
            if self._cancel.is_set():
                return "stopped", empty, 0.0
            return "MIP", empty, bound

    def _housed_by_matching(self, highs: highspy.Highs, costs: np.ndarray, free: np.ndarray
                            ) -> tuple[float, list[int]] | None:
        """The first stage without the simplex when its answer is plain: if a matching can fill every
        unit in the graph with an applicant of the first priority group (Hopcroft–Karp, milliseconds),
        no plan houses more of that group, so every optimal plan fills every unit from it — held as
        bounds (each unit's row exactly one, the other groups' pairs off). On the national file this
        saves the simplex ~20 000 iterations. Only before any lock or row found in an earlier round:
        those could make the matching impossible for the model. Returns the stage's value and the
        matching as the plan so far (should the time limit stop the next stage), less any placement
        that is critical together with another."""
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import maximum_bipartite_matching

        p = self.problem
        if len(p.locked) or self.lazy or len(p.rows) < _MATCHING_FROM:
            return None
        ranks = p.priority_rank[p.rows]
        top = free & (ranks == ranks.min())
        units, unit_row = np.unique(p.columns, return_inverse=True)
        graph = csr_matrix((np.ones(int(top.sum())), (unit_row[top], p.rows[top])),
                           shape=(len(units), len(p.applicants)))
        matched = maximum_bipartite_matching(graph, perm_type="column")
        if int((matched >= 0).sum()) < len(units):
            return None
        rows = np.arange(len(units), dtype=np.int32)  # the unit rows come first (_build)
        highs.changeRowsBounds(len(rows), rows, np.ones(len(rows)), np.ones(len(rows)))
        off = np.flatnonzero(free & ~top).astype(np.int32)
        if len(off):
            highs.changeColsBounds(len(off), off, np.zeros(len(off)), np.zeros(len(off)))
        free &= top
        chosen = sorted(k for i, row in enumerate(matched.tolist()) if (k := p.edge(row, int(units[i]))) is not None)
        clashing = {int(k) for i in self.violated_conflicts(chosen) for k in p.interactions[i].critical_edges.tolist()}
        return float(costs[: len(p.rows)][top].min()) * len(units), [k for k in chosen if k not in clashing]

    def _bounds(self, highs: highspy.Highs) -> tuple[np.ndarray, ...]:
        lp = highs.getLp()
        return (np.array(lp.col_lower_), np.array(lp.col_upper_), np.array(lp.row_lower_), np.array(lp.row_upper_))

    def _restore_bounds(self, highs: highspy.Highs, saved: tuple[np.ndarray, ...]) -> None:
        col_lower, col_upper, row_lower, row_upper = saved
        cols = np.arange(len(col_lower), dtype=np.int32)
        highs.changeColsBounds(len(cols), cols, col_lower, col_upper)
        rows = np.arange(len(row_lower), dtype=np.int32)  # rows added since stay as they are
        highs.changeRowsBounds(len(rows), rows, row_lower, row_upper)

    def _mip_on_face(self, highs: highspy.Highs, n: int, every: np.ndarray) -> tuple[str, np.ndarray]:
        """A whole-numbered plan on the optimal face just fixed: ("plan", x); ("again", …) when it
        raises a critical flag two placements make together (their rows are added: the face may
        not hold the optimum with them); ("none", …) when the face holds no plan or time ran out.
        The pairs are continuous again afterwards."""
        highs.changeColsIntegrality(n, every[:n], np.full(n, highspy.HighsVarType.kInteger))
        try:
            highs.run()
            info = highs.getInfo()
            if (highs.getModelStatus() != highspy.HighsModelStatus.kOptimal
                    or info.primal_solution_status != highspy.kSolutionStatusFeasible):
                return "none", np.zeros(0)
            x = np.array(highs.getSolution().col_value)
            conflicts = self.violated_conflicts(np.flatnonzero(x[:n] > 0.5).tolist())
            if conflicts:
                self._add_conflicts(highs, conflicts)
                return "again", x
            return "plan", x
        finally:
            highs.changeColsIntegrality(n, every[:n], np.full(n, highspy.HighsVarType.kContinuous))

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
