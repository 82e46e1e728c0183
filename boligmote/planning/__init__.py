"""The agenda planner: one low-conflict plan for every vacant unit at once.

Pure Python (no Qt, no SQL): it reads the rule engine's flag matrix, builds a linear model
(solved with HiGHS, highspy) and measures the plan — and the meeting's usual ways — on the composition after
the whole plan. A plan is advice for the meeting, never a decision.
"""
from .problem import Pair, PlanInputError
from .settings import PlanSettings

__all__ = ["Pair", "PlanInputError", "PlanSettings"]
