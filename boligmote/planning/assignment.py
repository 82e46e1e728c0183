"""The stages that are plain assignment problems, solved by scipy's matching algorithms before
the simplex sees them.

Without the interactions, choosing one applicant per unit is an assignment problem. On the
national file (150 000 pairs) the dual simplex needs some 10 000 iterations from a cold start for
the queue stage (6 s of CPU, far more on a busy machine), where the sparse Jonker–Volgenant
algorithm (scipy.sparse.csgraph.min_weight_full_bipartite_matching) finds an optimal assignment
in a tenth of a second. The simplex still has the last word: from that assignment and its dual
potentials (shortest paths in the residual graph, Bellman–Ford, since reduced costs can be
negative) this module builds the optimal basis, which HiGHS takes up without a pivot. The rows
found needed on the way (placements critical together) and the stages after it then start
warm from there, and the duals fix the optimal face as before (solver.py).
"""
from __future__ import annotations

from typing import Any

import highspy
import numpy as np

from .problem import Problem

# The first stage by a matching from this many pairs on (the simplex is quicker below: oslo's 25 000)
MATCHING_FROM = 60_000


def fill_every_unit(problem: Problem, free: np.ndarray) -> tuple[np.ndarray, list[int]] | None:
    """If a matching can fill every unit in the graph with an applicant of the first priority
    group (Hopcroft–Karp, milliseconds), no plan houses more of that group, so every optimal plan
    fills every unit from it. Returns the edges that may stay (that group's) and the matching,
    or None."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import maximum_bipartite_matching

    p = problem
    ranks = p.priority_rank[p.rows]
    top = free & (ranks == ranks.min())
    units, unit_row = np.unique(p.columns, return_inverse=True)
    graph = csr_matrix((np.ones(int(top.sum())), (unit_row[top], p.rows[top])),
                       shape=(len(units), len(p.applicants)))
    matched = maximum_bipartite_matching(graph, perm_type="column")
    if int((matched >= 0).sum()) < len(units):
        return None
    return top, sorted(k for i, row in enumerate(matched.tolist()) if (k := p.edge(row, int(units[i]))) is not None)


def optimal_basis(problem: Problem, costs: np.ndarray, free: np.ndarray, n_rows: int,
                  n_columns: int) -> Any | None:
    """The optimal simplex basis of the assignment problem on the `free` edges with these edge
    costs, when every unit must be filled (the first stage filled them all) and the other rows
    of the model (interactions) are slack: a highspy.HighsBasis, or None when it cannot be built
    here (the simplex then starts cold).

    The basis is a spanning forest of zero-reduced-cost edges: each unit's edge in the optimal
    assignment, and for each applicant placed, the edge that the shortest-path tree of the residual
    graph enters it by — rooted at the applicants placed nowhere, whose rows are slack. The
    potentials are those shortest-path lengths, so every reduced cost is ≥ 0: the basis is both
    primal and dual feasible, i.e. optimal."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import NegativeCycleError, bellman_ford, min_weight_full_bipartite_matching

    p = problem
    n = len(p.rows)
    edges = np.flatnonzero(free)
    units, unit_row = np.unique(p.columns, return_inverse=True)
    all_applicants = np.unique(p.rows)
    applicants, applicant_col = np.unique(p.rows[edges], return_inverse=True)
    n_units, n_applicants = len(units), len(applicants)
    if not len(edges) or n_applicants < n_units:
        return None
    cost = costs[edges]
    rows_of = unit_row[edges]
    # positive weights: a sparse matrix cannot hold an edge of weight zero; every unit takes one
    # edge, so the shift changes every assignment's total alike
    graph = csr_matrix((cost - cost.min() + 1.0, (rows_of, applicant_col)), shape=(n_units, n_applicants))
    edge_at = csr_matrix((edges + 1.0, (rows_of, applicant_col)), shape=(n_units, n_applicants))
    try:
        unit_index, applicant_index = min_weight_full_bipartite_matching(graph)
    except ValueError:  # no assignment fills every unit
        return None
    mate = np.full(n_units, -1, dtype=np.int64)
    mate[unit_index] = applicant_index
    if (mate < 0).any():
        return None
    matched_edge = np.asarray(edge_at[np.arange(n_units), mate]).ravel().astype(np.int64) - 1
    mate_cost = costs[matched_edge]
    placed = np.zeros(n_applicants, dtype=bool)
    placed[mate] = True
    unit_of = np.full(n_applicants, -1, dtype=np.int64)
    unit_of[mate] = np.arange(n_units)
    # residual graph on the applicants: j → mate(i) for each edge (i, j) outside the assignment,
    # weighing what handing unit i to j instead costs; a source reaches those placed nowhere at 0
    # and the others at a length no path reaches, so every applicant has a potential
    other = applicant_col != mate[rows_of]
    source = n_applicants
    reach = float(n_units) * float(cost.max() - cost.min()) + 1.0
    tails = np.concatenate([applicant_col[other], np.full(n_applicants, source)])
    heads = np.concatenate([mate[rows_of][other], np.arange(n_applicants)])
    weights = np.concatenate([(cost - mate_cost[rows_of])[other], np.where(placed, reach, 0.0)])
    residual = csr_matrix((weights, (tails, heads)), shape=(n_applicants + 1, n_applicants + 1))
    try:
        distance, before = bellman_ford(residual, directed=True, indices=source, return_predecessors=True)
    except NegativeCycleError:  # not optimal after all (tolerances): leave it to the simplex
        return None
    if not np.isfinite(distance).all() or (before[:n_applicants][placed] == source).any():
        return None
    # each placed applicant's tree edge: its unit with the applicant the path came from
    tree = np.asarray(edge_at[unit_of[placed], before[:n_applicants][placed]]).ravel().astype(np.int64) - 1
    if (tree < 0).any():
        return None
    basic_columns = np.concatenate([matched_edge, tree])
    placed_rows = n_units + np.searchsorted(all_applicants, applicants[placed])
    basic_rows = n_rows - n_units - len(placed_rows)
    if len(np.unique(basic_columns)) + basic_rows != n_rows:
        return None
    column_status = np.full(n_columns, int(highspy.HighsBasisStatus.kLower))
    column_status[n:] = int(highspy.HighsBasisStatus.kUpper)  # interaction columns at their upper bound
    column_status[basic_columns] = int(highspy.HighsBasisStatus.kBasic)
    row_status = np.full(n_rows, int(highspy.HighsBasisStatus.kBasic))
    row_status[:n_units] = int(highspy.HighsBasisStatus.kLower)  # every unit filled: rows fixed at one
    row_status[placed_rows] = int(highspy.HighsBasisStatus.kUpper)
    statuses = {int(s): s for s in (highspy.HighsBasisStatus.kLower, highspy.HighsBasisStatus.kUpper,
                                    highspy.HighsBasisStatus.kBasic)}
    basis = highspy.HighsBasis()
    basis.col_status = [statuses[s] for s in column_status.tolist()]
    basis.row_status = [statuses[s] for s in row_status.tolist()]
    basis.valid = True
    return basis
