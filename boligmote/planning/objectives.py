"""The planner's objectives, most important first, and how they become the solver's stages.

The objectives (PlanSettings documents the defaults):

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
"""
from __future__ import annotations

import numpy as np

from .problem import Problem
from .settings import FEWEST_FLAGS, QUEUE_PLACES_PER_BURDEN, STRICT_ORDER

# Stage names, in bokmål: progress and the plan's record of how each objective ended.
CRITICAL, HOUSED, UNUSED, QUEUE, MIXED, OTHERS, BURDEN, FIT, TIE = (
    "kritiske varsler", "bosatte per prioritetsgruppe", "ubrukte soverom i rangeringen", "køplasser",
    "køplasser og varsler", "varsler som ikke verner søkeren selv", "varsler", "tilpasning", "listens rekkefølge")

# Objectives merge into one stage while their weighted sum stays below this (Objectives._merge)
MERGE_BELOW = 2.0 ** 31

# (cost of each edge, of each interaction's burden column, of its column for the flags that do not
# protect the applicant, of its critical column)
Costs = tuple[np.ndarray, float, float, float]


class Objectives:
    """Each objective's costs, and `order`: the stages, each one objective or a weighted sum of
    objectives that follow each other (`costs[stage]`)."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self._costs()

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
        self.costs: dict[str, Costs] = {
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
                if self._combined(candidate)[0].__abs__().max(initial=0.0) < MERGE_BELOW:
                    stages[-1] = candidate
                    continue
            stages.append([name])
        labels = []
        for names in stages:
            label = ", så ".join(names)
            self.costs[label] = self._combined(names)
            labels.append(label)
        return labels

    def _combined(self, names: list[str]) -> Costs:
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

