"""Resident composition (beboersammensetning) of a stairwell or a building, as counts.

These aggregates are what the workspace shows and what the rules read: a rule never
rescans residents, and nothing here can name a tenant. They are kept up to date
incrementally (`add`/`remove`) when a decision moves a household in.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections.abc import Iterable

from .enums import OUTSIDER_INCIDENTS, HouseholdType, IncidentType, NeedCategory
from .estate import Building, Stairwell, VacantUnit
from .households import ResidentHousehold


@dataclass(slots=True)
class Composition:
    households: int = 0
    persons: int = 0
    children: int = 0
    households_with_children: int = 0
    heavy_need_households: int = 0
    in_recovery_households: int = 0
    untreated_severe_mental: int = 0
    elderly_households: int = 0
    by_household_type: Counter[HouseholdType] = field(default_factory=Counter)
    by_need: Counter[NeedCategory] = field(default_factory=Counter)
    municipal_units: int = 0
    vacant_units: int = 0
    incident_dates: list[date] = field(default_factory=list)  # kept sorted
    outsider_incident_dates: list[date] = field(default_factory=list)  # kept sorted
    incident_dates_by_type: dict[IncidentType, list[date]] = field(default_factory=dict)  # each kept sorted

    def add(self, household: ResidentHousehold, sign: int = 1) -> None:
        self.households += sign
        self.persons += sign * household.size
        self.children += sign * len(household.children_ages)
        if household.has_children:
            self.households_with_children += sign
        if household.is_heavy_need:
            self.heavy_need_households += sign
        if household.in_recovery:
            self.in_recovery_households += sign
        if household.has_untreated_severe_mental_illness:
            self.untreated_severe_mental += sign
        if household.is_elderly:
            self.elderly_households += sign
        self.by_household_type[household.household_type] += sign
        for need in household.needs:
            self.by_need[need] += sign

    def remove(self, household: ResidentHousehold) -> None:
        self.add(household, sign=-1)

    def add_incident(self, when: date, incident_type: IncidentType) -> None:
        insort(self.incident_dates, when)
        if incident_type in OUTSIDER_INCIDENTS:
            insort(self.outsider_incident_dates, when)
        insort(self.incident_dates_by_type.setdefault(incident_type, []), when)

    def remove_incident(self, when: date, incident_type: IncidentType) -> None:
        """Undo add_incident (an incident registered by mistake and removed the same day)."""
        lists = [self.incident_dates, self.incident_dates_by_type.get(incident_type, [])]
        if incident_type in OUTSIDER_INCIDENTS:
            lists.append(self.outsider_incident_dates)
        for dates in lists:
            position = bisect_left(dates, when)
            if position < len(dates) and dates[position] == when:
                del dates[position]

    def incidents_since(self, since: date, outsider_only: bool = False) -> int:
        dates = self.outsider_incident_dates if outsider_only else self.incident_dates
        return len(dates) - bisect_left(dates, since)

    def incidents_in_last_months(self, months: int, today: date, outsider_only: bool = False) -> int:
        return self.incidents_since(months_before(today, months), outsider_only)

    def incidents_of_kinds_since(self, kinds: Iterable[IncidentType], since: date) -> dict[IncidentType, int]:
        """How many incidents of each of `kinds` since `since` (kinds with none left out)."""
        counts = {}
        for kind in kinds:
            dates = self.incident_dates_by_type.get(kind, ())
            if n := len(dates) - bisect_left(dates, since):
                counts[kind] = n
        return counts

    def count(self, need: NeedCategory) -> int:
        return self.by_need.get(need, 0)

    def count_type(self, household_type: HouseholdType) -> int:
        return self.by_household_type.get(household_type, 0)


def months_before(today: date, months: int) -> date:
    """The first day of a window of `months` months ending today (30.44-day months)."""
    return today - timedelta(days=round(months * 30.44))


@dataclass(frozen=True, slots=True)
class UnitSurroundings:
    """A vacant unit with its stairwell and building, and their composition before placement."""

    vacant: VacantUnit
    stairwell: Stairwell
    building: Building
    stairwell_composition: Composition
    building_composition: Composition


@dataclass(slots=True)
class CompositionIndex:
    """Compositions of every stairwell and building, keyed by their ids.

    Complete when loaded for a report; when loaded for the window it may hold only some
    buildings (`on_demand`): the others are read, each building whole with its stairwells,
    the first time one of them is asked for. Counting a whole estate took seconds on a
    national file at start, and the window shows one unit's surroundings at a time (issue 16
    item 12). The loader lives in store/; this class only decides when to call it.
    """

    stairwells: dict[int, Composition] = field(default_factory=dict)
    buildings: dict[str, Composition] = field(default_factory=dict)
    # None: every building is here. Otherwise the ids of the buildings loaded so far.
    loaded: set[str] | None = None
    # Reads these buildings (and all their stairwells) into a new, complete-for-them index.
    loader: Callable[[Collection[str]], CompositionIndex] | None = field(default=None, repr=False)
    # Which building a stairwell belongs to (the loader reads buildings, callers ask by stairwell).
    building_of: Callable[[int], str | None] | None = field(default=None, repr=False)
    # Counts every in-memory change (a household moved, an incident added or removed): work
    # begun on another thread from an older state can tell that it is out of date.
    version: int = 0

    @classmethod
    def on_demand(cls, loader: Callable[[Collection[str]], CompositionIndex],
                  building_of: Callable[[int], str | None]) -> CompositionIndex:
        return cls(loaded=set(), loader=loader, building_of=building_of)

    # Not dict.setdefault(key, Composition()): that builds a Composition (two Counters) on
    # every call, found or not — 190 000 of them when a national file loads.
    def stairwell(self, stairwell_id: int) -> Composition:
        composition = self.stairwells.get(stairwell_id)
        if composition is None:
            if self.loaded is not None and self.building_of is not None:
                building_id = self.building_of(stairwell_id)
                if building_id is not None and building_id not in self.loaded:
                    self.load([building_id])
                    return self.stairwell(stairwell_id)
            composition = self.stairwells[stairwell_id] = Composition()
        return composition

    def building(self, building_id: str) -> Composition:
        composition = self.buildings.get(building_id)
        if composition is None:
            if self.loaded is not None and building_id not in self.loaded:
                self.load([building_id])
                return self.building(building_id)
            composition = self.buildings[building_id] = Composition()
        return composition

    def is_loaded(self, building_id: str) -> bool:
        return self.loaded is None or building_id in self.loaded

    def load(self, building_ids: Collection[str]) -> None:
        """Read these buildings now (those not read yet)."""
        missing = [b for b in building_ids if not self.is_loaded(b)]
        if missing and self.loader is not None:  # missing ones: an index made on_demand, with its loader
            self.adopt(self.loader(missing), missing)

    def adopt(self, part: CompositionIndex, building_ids: Collection[str]) -> None:
        """Take these buildings' compositions from an index read for them (by load, or on
        another thread); a building already here keeps what it has, changes included."""
        if self.loaded is None or self.building_of is None:
            return  # every building is here already
        taken = set()
        for building_id in building_ids:
            if self.is_loaded(building_id):
                continue
            self.buildings[building_id] = part.buildings.get(building_id) or Composition()
            self.loaded.add(building_id)
            taken.add(building_id)
        for stairwell_id, composition in part.stairwells.items():
            if self.building_of(stairwell_id) in taken:
                self.stairwells[stairwell_id] = composition

    def move_in(self, household: ResidentHousehold, stairwell_id: int, building_id: str) -> None:
        self.version += 1
        if not self.is_loaded(building_id):
            return  # read from the file when first asked for, this household included
        for composition in (self.stairwell(stairwell_id), self.building(building_id)):
            composition.add(household)
            composition.vacant_units -= 1

    def move_out(self, household: ResidentHousehold, stairwell_id: int, building_id: str) -> None:
        self.version += 1
        if not self.is_loaded(building_id):
            return
        for composition in (self.stairwell(stairwell_id), self.building(building_id)):
            composition.remove(household)
            composition.vacant_units += 1

    def add_incident(self, when: date, incident_type: IncidentType, building_id: str,
                     stairwell_id: int | None) -> None:
        """A stairwell's incident counts for its building too; a building-wide one only there."""
        self.version += 1
        if not self.is_loaded(building_id):
            return
        for composition in self._incident_targets(building_id, stairwell_id):
            composition.add_incident(when, incident_type)

    def remove_incident(self, when: date, incident_type: IncidentType, building_id: str,
                        stairwell_id: int | None) -> None:
        self.version += 1
        if not self.is_loaded(building_id):
            return
        for composition in self._incident_targets(building_id, stairwell_id):
            composition.remove_incident(when, incident_type)

    def _incident_targets(self, building_id: str, stairwell_id: int | None) -> list[Composition]:
        targets = [self.building(building_id)]
        if stairwell_id is not None:
            targets.append(self.stairwell(stairwell_id))
        return targets
