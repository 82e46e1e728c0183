"""The model, and the objectives (objectives.py) solved one after the other with HiGHS.

How the order is kept exactly. Without the interactions, choosing one applicant per unit is
an assignment problem: its linear relaxation has whole-numbered optima, which the simplex
method finds. After each objective, every pair whose reduced cost is not zero is fixed and
every row whose dual is not zero is held tight: what is left is exactly the set of plans
that are optimal so far (complementary slackness), and it is still an assignment problem.
So each stage is a linear program on what the stage before left, warm-started — fractions of
a second (the national file's queue stage starts from the optimal assignment, assignment.py).
The interaction rows only price their columns: they are free until a stage counts those
columns, and from then on the face fixes the columns too (_price_interactions). When a
stage's relaxation is not whole-numbered (the interaction rows can do that), that stage is
solved as a mixed-integer program within the time left, the value it reached becomes a
constraint for the stages after it, and the plan records the solver's bound.

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
from typing import Any

import highspy
import numpy as np

from . import assignment
from .objectives import HOUSED, Objectives
from .outcome import Progress, SolveResult, Stage
from .problem import Problem

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


def _with_basic_rows(basis: Any, added: int) -> Any:
    """The basis for the model with `added` rows more, those rows basic (their slack)."""
    if not added:
        return basis
    extended = highspy.HighsBasis()
    extended.col_status = basis.col_status
    extended.row_status = basis.row_status + [highspy.HighsBasisStatus.kBasic] * added
    extended.valid = True
    return extended


class PlanModel:
    def __init__(self, problem: Problem):
        self.problem = problem
        self._cancel = threading.Event()
        self._highs: highspy.Highs | None = None
        self._lock = threading.Lock()
        self.lazy: list[tuple[str, Any]] = []  # ("conflict", interaction index) or ("cut", edge indices)
        self.objectives = Objectives(problem)
        self.costs, self.order = self.objectives.costs, self.objectives.order
        # the model is a plain assignment problem with every unit filled (the matching's first stage),
        # nothing fixed or added since: the next stage may start from assignment.optimal_basis
        self._assignment_ahead = False

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
        self._assignment_ahead = False
        # interaction row k defines column n + k (_price_interactions)
        self.interaction_rows = np.arange(assignment_rows, assignment_rows + len(rows), dtype=np.int32)
        self.interaction_bounds = (np.array([r[0] for r in rows]), np.array([r[1] for r in rows]))
        self._priced = np.zeros(len(rows), dtype=bool)
        self._rows_set = False
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
                self._price_interactions(highs, costs)
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

    def _price_interactions(self, highs: highspy.Highs, costs: np.ndarray) -> None:
        """An interaction's row only defines the column that prices it. Until a stage counts that
        column, the row is free: every plan has a value of the column that satisfies it (its upper
        bound), so the plans are the same, but held, the row could be tight with a dual value no
        stage means, and the optimal face would then be fixed by it wrongly. From the stage that
        counts the column on, the row holds, and the face fixes the column as well (_fix_to_optimal_face):
        a later stage may not change what the interactions cost."""
        n = len(self.problem.rows)
        counted = self._priced | (costs[n:] != 0)
        rows = self.interaction_rows
        pick = np.flatnonzero(counted != self._priced) if self._rows_set else np.arange(len(rows))
        if len(pick):
            lower, upper = self.interaction_bounds
            highs.changeRowsBounds(len(pick), rows[pick], np.where(counted[pick], lower[pick], -_INF),
                                   np.where(counted[pick], upper[pick], _INF))
        self._rows_set = True
        self._priced = counted

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
        if warm is not None and warm[1] <= self.n_rows:
            # this stage's basis from the plan before: a few pivots. Handed over as it is (its
            # statuses as Python lists cost a tenth of a second per stage on the oslo file), and
            # only copied when rows were added since (basic)
            basis, rows = warm
            if rows < self.n_rows:
                basis = _with_basic_rows(basis, self.n_rows - rows)
            highs.setBasis(basis)
        elif self._assignment_ahead and not costs[n:].any():  # the interactions do not count in it
            start = assignment.optimal_basis(self.problem, costs[:n], free, self.n_rows, self.n_columns)
            if start is not None:
                highs.setBasis(start)
        self._assignment_ahead = False
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
                self.problem.bases[(name, self.n_columns)] = (highs.getBasis(), self.n_rows)
                self._fix_to_optimal_face(highs, solution, free)
                return "LP", x, float(costs @ x)
            bound = float(costs @ x)
            saved = self._bounds(highs)
            relaxed, rows_before = highs.getBasis(), self.n_rows
            free_before = free.copy()
            self._fix_to_optimal_face(highs, solution, free)
            found, on_face = self._mip_on_face(highs, n, every)
            if found == "plan":
                return "LP+MIP", on_face, bound
            self._restore_bounds(highs, saved)
            free[:] = free_before
            # the branching left no basis: the relaxation's, with the rows just added basic, is a
            # few pivots from the new optimum (from a cold start, 10 000 on the national file)
            highs.setBasis(_with_basic_rows(relaxed, self.n_rows - rows_before))
            if found == "again":  # rows the face's plan needed: the relaxation again with them
                continue
            if self._cancel.is_set():
                return "stopped", empty, 0.0
            return "MIP", empty, bound

    def _housed_by_matching(self, highs: highspy.Highs, costs: np.ndarray, free: np.ndarray
                            ) -> tuple[float, list[int]] | None:
        """The first stage without the simplex when its answer is plain (assignment.fill_every_unit):
        held as bounds (each unit's row exactly one, the other groups' pairs off). On the national
        file this saves the simplex ~20 000 iterations. Only before any lock or row found in an
        earlier round: those could make the matching impossible for the model. Returns the stage's
        value and the matching as the plan so far (should the time limit stop the next stage), less
        any placement that is critical together with another."""
        p = self.problem
        if len(p.locked) or self.lazy or len(p.rows) < assignment.MATCHING_FROM:
            return None
        filled = assignment.fill_every_unit(p, free)
        if filled is None:
            return None
        top, chosen = filled
        units = len(np.unique(p.columns))
        rows = np.arange(units, dtype=np.int32)  # the unit rows come first (_build)
        highs.changeRowsBounds(len(rows), rows, np.ones(len(rows)), np.ones(len(rows)))
        off = np.flatnonzero(free & ~top).astype(np.int32)
        if len(off):
            highs.changeColsBounds(len(off), off, np.zeros(len(off)), np.zeros(len(off)))
        free &= top
        self._assignment_ahead = True
        clashing = {int(k) for i in self.violated_conflicts(chosen) for k in p.interactions[i].critical_edges.tolist()}
        return float(costs[: len(p.rows)][top].min()) * units, [k for k in chosen if k not in clashing]

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
        # the interaction columns of the stages that counted them (_price_interactions)
        extra = np.flatnonzero(self._priced & (np.abs(np.array(solution.col_dual)[n:]) > _TOLERANCE)).astype(np.int32)
        if len(extra):
            at = np.array(solution.col_value)[n + extra]
            highs.changeColsBounds(len(extra), n + extra, at, at)
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
