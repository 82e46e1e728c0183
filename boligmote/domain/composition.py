"""Resident composition (beboersammensetning) of a stairwell or a building, as counts.

These aggregates are what the workspace shows and what the rules read: a rule never
rescans residents, and nothing here can name a tenant. They are kept up to date
incrementally (`add`/`remove`) when a decision moves a household in.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from .enums import HouseholdType, NeedCategory
from .households import ResidentHousehold


@dataclass(slots=True)
class Composition:
    households: int = 0
    persons: int = 0
    children: int = 0
    households_with_children: int = 0
    heavy_need_households: int = 0
    by_household_type: Counter = field(default_factory=Counter)
    by_need: Counter = field(default_factory=Counter)
    municipal_units: int = 0
    vacant_units: int = 0
    incident_dates: list[date] = field(default_factory=list)  # kept sorted

    def add(self, household: ResidentHousehold, sign: int = 1) -> None:
        self.households += sign
        self.persons += sign * household.size
        self.children += sign * len(household.children_ages)
        if household.has_children:
            self.households_with_children += sign
        if household.is_heavy_need:
            self.heavy_need_households += sign
        self.by_household_type[household.household_type] += sign
        for need in household.needs:
            self.by_need[need] += sign

    def remove(self, household: ResidentHousehold) -> None:
        self.add(household, sign=-1)

    def add_incident(self, when: date) -> None:
        insort(self.incident_dates, when)

    def incidents_since(self, since: date) -> int:
        return len(self.incident_dates) - bisect_left(self.incident_dates, since)

    def incidents_in_last_months(self, months: int, today: date) -> int:
        return self.incidents_since(today - timedelta(days=round(months * 30.44)))

    def count(self, need: NeedCategory) -> int:
        return self.by_need.get(need, 0)

    def count_type(self, household_type: HouseholdType) -> int:
        return self.by_household_type.get(household_type, 0)


@dataclass(slots=True)
class CompositionIndex:
    """Compositions of every stairwell and building, keyed by their ids."""

    stairwells: dict[int, Composition] = field(default_factory=dict)
    buildings: dict[str, Composition] = field(default_factory=dict)

    def stairwell(self, stairwell_id: int) -> Composition:
        return self.stairwells.setdefault(stairwell_id, Composition())

    def building(self, building_id: str) -> Composition:
        return self.buildings.setdefault(building_id, Composition())

    def move_in(self, household: ResidentHousehold, stairwell_id: int, building_id: str) -> None:
        for composition in (self.stairwell(stairwell_id), self.building(building_id)):
            composition.add(household)
            composition.vacant_units -= 1

    def move_out(self, household: ResidentHousehold, stairwell_id: int, building_id: str) -> None:
        for composition in (self.stairwell(stairwell_id), self.building(building_id)):
            composition.remove(household)
            composition.vacant_units += 1
