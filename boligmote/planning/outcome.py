"""What solving the plan's model gives: each stage's value, bound and method, and the plan so far."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


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
