"""The planner's settings, each with a documented default, and the version a plan records.

The flags themselves, their severities and the hard requirements are the rule settings
(boligmote/rules/settings.py); these only say how the planner weighs what the rules found.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from typing import Any

# The slider «køen først ↔ færrest varsler»: how many places in the queue (summed over the
# plan) one unit of flag burden may cost. 0 and the last step are lexicographic: queue order
# strictly before flags, or flags strictly before queue order. Housed per priority class and
# the rule on critical flags come first at every step.
QUEUE_VS_FLAGS_STEPS: tuple[str, ...] = ("køen først", "1", "5", "25", "færrest varsler")
STRICT_ORDER, FEWEST_FLAGS = 0, len(QUEUE_VS_FLAGS_STEPS) - 1
# Queue places one unit of burden is worth at the steps in between (a warning weighs 10).
QUEUE_PLACES_PER_BURDEN = {1: 1, 2: 5, 3: 25}


@dataclass(frozen=True)
class PlanSettings:
    # Objective 1: a placement with a critical flag — alone or on the composition after the
    # whole plan — is left out unless the meeting allows it; then the plan has as few as it can
    # once it houses as many as it can (a critical flag never buys a better place in the queue).
    allow_critical: bool = False
    # Objective 3: the flag burden of the plan, evaluated on the composition after the whole
    # plan, weighs each flag by its severity. A warning outweighs any number of info flags a
    # placement can have (the engine's own ordering, rules/engine.py _BURDEN_WEIGHT).
    critical_weight: int = 100
    warning_weight: int = 10
    info_weight: int = 1
    # The slider (QUEUE_VS_FLAGS_STEPS); 0: the queue's order strictly before fewer flags.
    queue_vs_flags: int = STRICT_ORDER
    # Solver (HiGHS). Its dual simplex is serial and deterministic; the threads (two suit a
    # two-core laptop and CI) only serve a mixed-integer stage, whose seed is fixed. A plan
    # proven optimal is the same on every run; one cut off by the time limit may not be.
    time_limit_seconds: float = 30.0
    num_workers: int = 2
    random_seed: int = 20261129
    # The candidate graph (planning/problem.py _candidate_graph): every allowed pair of the
    # applicants among the first `queue_depth` × (vacant units) in queue order — at most
    # `max_pairs` of them, then each applicant's least-flagged units (at least
    # `units_per_applicant`) — plus each unit's first `candidates_per_unit` allowed candidates
    # in its ranking (units that need rare households, wheelchair or many bedrooms, find them
    # deeper in the queue) and the pairs strict queue order would choose, skipping critical ones.
    queue_depth: float = 2.0
    candidates_per_unit: int = 40
    max_pairs: int = 60_000
    units_per_applicant: int = 30
    # Two placements that raise a critical flag together are ruled out when a plan has them
    # (ruling out every such pair at once makes the relaxation fractional and the solve slow),
    # as are groups of three or more seen only on the whole plan; then the plan is solved again,
    # at most this often (the last time with every pair ruled out).
    max_rounds: int = 8

    def __post_init__(self) -> None:
        if not STRICT_ORDER <= self.queue_vs_flags <= FEWEST_FLAGS:
            raise ValueError(f"queue_vs_flags must be {STRICT_ORDER}–{FEWEST_FLAGS}")
        if min(self.critical_weight, self.warning_weight, self.info_weight) < 0:
            raise ValueError("severity weights cannot be negative")

    def severity_weights(self) -> dict[str, int]:
        return {"critical": self.critical_weight, "warning": self.warning_weight, "info": self.info_weight}

    def with_(self, **changes: Any) -> PlanSettings:
        return replace(self, **changes)

    def fingerprint(self) -> str:
        """A short hash of every value: two plans with the same rule settings version and
        the same fingerprint were made with the same settings."""
        canonical = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:12]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
