"""What the plan is compared with: the meeting's own way, and the best a pairwise method can do.

- strict queue order: one unit at a time (earliest vacancy first, then the agenda's order),
  each to the first applicant in its candidate ranking not yet placed — the same ranking
  and the same hard requirements as the candidate list;
- the same, skipping pairs with a critical flag (the rule on critical flags, pairwise);
- the pairwise optimum: scipy.optimize.linear_sum_assignment on each pair's cost (the
  plan's objectives scalarised), blind to what placements do to each other.
"""
from __future__ import annotations

import numpy as np

from ..rules import FlagMatrix
from ..rules.engine import split_burden
from ..rules.ranking import queue_order, rank_rows, unused_bedroom_ranks
from .problem import weighted
from .settings import PlanSettings


def agenda_order(matrix: FlagMatrix) -> list[int]:
    """Units as a meeting takes them: earliest vacancy first, then the workspace's order."""
    columns = np.arange(len(matrix.targets))
    order: list[int] = columns[np.lexsort((columns, matrix.vacant_from_ordinals))].tolist()
    return order


def greedy(matrix: FlagMatrix, skip_critical: bool) -> list[tuple[int, int]]:
    critical = split_burden(matrix.burden)[0] > 0
    placed = np.zeros(len(matrix.applicants), dtype=bool)
    plan = []
    for column in agenda_order(matrix):
        rows = np.flatnonzero(matrix.suitable[:, column] & ~placed
                              & (~critical[:, column] if skip_critical else True))
        if len(rows):
            row = int(rank_rows(matrix, column, rows)[0])
            placed[row] = True
            plan.append((row, column))
    return plan


def pairwise_optimum(matrix: FlagMatrix, settings: PlanSettings | None = None) -> list[tuple[int, int]]:
    """Each pair's cost, in the planner's order of objectives: priority group, then bedrooms
    the ranking counts as unused, then queue position, then weighted flag burden, then fit;
    pairs with a critical flag (unless allowed) or failing a hard requirement cannot be chosen."""
    from scipy.optimize import linear_sum_assignment

    settings = settings or PlanSettings()
    n_applicants, n_units = matrix.shape
    critical, burden = weighted(matrix.burden, settings)
    position = np.empty(n_applicants, dtype=np.int64)
    position[queue_order(matrix)] = np.arange(n_applicants)
    unused = np.stack([unused_bedroom_ranks(matrix, c) for c in range(n_units)], axis=1)
    spare = np.maximum(matrix.unit_bedrooms[None, :] - matrix.bedrooms_needed[:, None], 0)
    # Scalarised: each weight exceeds what the terms after it can add up to for one pair,
    # so a pair's order follows the objectives; over a whole assignment it is a close
    # approximation of the lexicographic order (floats carry ~16 digits).
    fit = spare.astype(np.float64)
    burden_w = float(fit.max(initial=0) + 1)
    queue_w = burden_w * (float(burden.max(initial=0)) + 1)
    unused_w = queue_w * n_applicants
    housed_w = unused_w * (float(unused.max(initial=0)) + 1)
    # housing one prioritized applicant outweighs housing every other
    group_w = np.where(matrix.priority_ranks == 0, float(n_units + 1), 1.0) * housed_w
    cost = -group_w[:, None] + unused * unused_w + position[:, None] * queue_w + burden * burden_w + fit
    allowed = matrix.suitable & ((critical == 0) | settings.allow_critical)
    cost = np.where(allowed, cost, 0.0)  # a disallowed pair costs nothing, and is dropped below
    rows, columns = linear_sum_assignment(cost)
    return sorted((int(r), int(c)) for r, c in zip(rows, columns) if allowed[r, c])
