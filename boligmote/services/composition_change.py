"""What a placement does to the stairwell and the building, as before→after counts.

The meeting view (the projector) draws these numbers; they are computed here, without Qt, so
that a test can check them against a constructed stairwell. «Before» is the target as it is
now — for a unit that is already let (after the decision was recorded) the workspace looks at
it as if its household had moved out, see Workspace.target_for — and «after» adds the
applicant's household the way a decision moves it in (household_moving_in).

Only counts by category, never who: the same aggregates as the composition pane (DOMAIN.md §2).
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from datetime import date

from ..domain import (
    Applicant,
    Composition,
    Flag,
    HouseholdType,
    NeedCategory,
    UnitSurroundings,
    household_moving_in,
)
from ..rules import MITIGATION
from ..rules.rule import masks


@dataclass(frozen=True, slots=True)
class CountChange:
    """One category's count of households before and after the placement."""

    key: HouseholdType | NeedCategory | None  # None: households with heavy needs (a derived count)
    before: int
    after: int

    @property
    def added(self) -> int:
        return self.after - self.before

    @property
    def shown(self) -> bool:
        """Categories absent before and after are left out, so the chart fits a projector."""
        return bool(self.before or self.after)

    def masked(self, mask_below: int) -> bool:
        """Whether «before» must read «færre enn N» (an adviser is present). «After» is then
        only «+1» (one more), since before = after − 1 would give the masked count away
        (as the proposal's costs do, rules/two_sides.py)."""
        return masks(self.before, mask_below)


@dataclass(frozen=True, slots=True)
class ScopeChange:
    """A stairwell or a building: households and persons in total (never masked: totals
    identify nobody) and households per household type, per need category and with heavy needs."""

    households: tuple[int, int]
    persons: tuple[int, int]
    household_types: tuple[CountChange, ...]
    needs: tuple[CountChange, ...]

    @property
    def rows(self) -> tuple[CountChange, ...]:
        return self.household_types + self.needs


@dataclass(frozen=True, slots=True)
class PlacementChange:
    stairwell: ScopeChange
    building: ScopeChange


def _scope(before: Composition, after: Composition) -> ScopeChange:
    return ScopeChange(
        households=(before.households, after.households),
        persons=(before.persons, after.persons),
        household_types=tuple(CountChange(t, before.count_type(t), after.count_type(t)) for t in HouseholdType),
        needs=tuple(CountChange(n, before.count(n), after.count(n)) for n in NeedCategory)
        + (CountChange(None, before.heavy_need_households, after.heavy_need_households),),
    )


def placement_change(target: UnitSurroundings, applicant: Applicant | None, today: date) -> PlacementChange:
    """The stairwell's and the building's composition now and with the applicant's household
    moved in. Without an applicant (a unit chosen alone) «after» is «before»."""
    stairwell_after = deepcopy(target.stairwell_composition)
    building_after = deepcopy(target.building_composition)
    if applicant is not None:
        household = household_moving_in(applicant, target.vacant.unit.id, today)
        stairwell_after.add(household)
        building_after.add(household)
    return PlacementChange(_scope(target.stairwell_composition, stairwell_after),
                           _scope(target.building_composition, building_after))


def flags_in_reading_order(flags: list[Flag]) -> list[Flag]:
    """Critical first, then warnings, then information; on-site mitigation last of all, since it
    answers the risks above it. Stable within a severity (the rule engine's order)."""
    return sorted(flags, key=lambda f: (f.rule == MITIGATION, -f.severity.weight))
