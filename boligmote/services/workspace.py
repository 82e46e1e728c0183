"""What the meeting workspace shows: the queue, the vacant units and their composition.

Loaded once per open file; compositions are aggregates (see domain.composition), so
selecting a unit is a dictionary lookup, not a query. The window loads them on demand
(`compositions_on_demand`): a building is counted when first looked at, so a national file
opens without counting every resident first (issue 16 item 12).
"""
from __future__ import annotations

from copy import deepcopy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain import Applicant, Building, CompositionIndex, Stairwell, UnitSurroundings, VacantUnit, saved_id
from ..store import Database
from ..store.composition import load_composition_index
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository, LazyQueue

# Incidents older than this are not loaded: the longest window any view or rule uses is
# 12 months (a setting may widen it up to 24).
INCIDENT_HORIZON_DAYS = 740


def incidents_since(today: date) -> date:
    return today - timedelta(days=INCIDENT_HORIZON_DAYS)


@dataclass
class Workspace:
    database: Database
    today: date
    municipality: str
    buildings: Mapping[str, Building]  # read on demand for the window (store/on_demand.py)
    stairwells: Mapping[int, Stairwell]
    queue: Sequence[Applicant]  # a LazyQueue in the window (store/households.py)
    vacant_units: list[VacantUnit]
    compositions: CompositionIndex
    _districts: list[str] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, database: Database, today: date | None = None, *,
             compositions_on_demand: bool = False) -> Workspace:
        """With compositions_on_demand (the window), buildings, stairwells, compositions and the
        applicants in the queue are read as they are first looked at; the vacant units at once."""
        today = today or date.today()
        estate = EstateRepository(database)
        vacant_units = estate.vacant_units()
        since = incidents_since(today)
        if compositions_on_demand:
            buildings: Mapping[str, Building]
            stairwells: Mapping[int, Stairwell]
            buildings, stairwells = estate.on_demand(vacant_units)

            def building_of(stairwell_id: int) -> str | None:
                stairwell = stairwells.get(stairwell_id)
                return stairwell.building_id if stairwell else None

            compositions = CompositionIndex.on_demand(
                lambda ids: load_composition_index(database, since, ids), building_of)
            # The district filter offers every district, as when all buildings were read.
            districts = estate.districts()
        else:
            buildings, stairwells = estate.buildings(), estate.stairwells()
            compositions = load_composition_index(database, since)
            districts = None
        return cls(
            database=database,
            today=today,
            municipality=database.meta("municipality", database.path.stem),
            buildings=buildings,
            stairwells=stairwells,
            queue=HouseholdRepository(database).lazy_queue() if compositions_on_demand else
            HouseholdRepository(database).queue(),
            vacant_units=vacant_units,
            compositions=compositions,
            _districts=districts,
        )

    def reload_queue(self) -> None:
        """The waiting list anew (a decision moved someone), read as it was before: on demand or not."""
        households = HouseholdRepository(self.database)
        self.queue = households.lazy_queue() if isinstance(self.queue, LazyQueue) else households.queue()

    def is_waiting(self, case_no: str) -> bool:
        """Whether this applicant is on the waiting list (without reading the whole list)."""
        queue = self.queue
        if isinstance(queue, LazyQueue):
            return queue.position(case_no) is not None
        return any(a.case_no == case_no for a in queue)

    def surroundings(self, vacant: VacantUnit) -> UnitSurroundings:
        stairwell = self.stairwells[vacant.unit.stairwell_id]
        return UnitSurroundings(
            vacant=vacant,
            stairwell=stairwell,
            building=vacant.building,
            stairwell_composition=self.compositions.stairwell(saved_id(stairwell.id)),
            building_composition=self.compositions.building(vacant.building.id),
        )

    def target_for(self, unit_id: str) -> UnitSurroundings:
        """A unit as a placement target. An occupied unit is looked at as if its current
        household had moved out, so its own tenant does not count against the newcomer."""
        for vacant in self.vacant_units:
            if vacant.unit.id == unit_id:
                return self.surroundings(vacant)
        estate = EstateRepository(self.database)
        unit = estate.unit(unit_id)
        stairwell = self.stairwells[unit.stairwell_id]
        vacant = VacantUnit(unit, self.buildings[stairwell.building_id], stairwell.label)
        stairwell_composition = deepcopy(self.compositions.stairwell(saved_id(stairwell.id)))
        building_composition = deepcopy(self.compositions.building(stairwell.building_id))
        current = HouseholdRepository(self.database).tenancy_in(unit_id)
        if current is not None:
            stairwell_composition.remove(current)
            building_composition.remove(current)
        return UnitSurroundings(vacant, stairwell, vacant.building, stairwell_composition, building_composition)

    def target_buildings(self) -> list[str]:
        """The buildings whose compositions the flags of the vacant units read."""
        return list(dict.fromkeys(v.building.id for v in self.vacant_units))

    def districts(self) -> list[str]:
        if self._districts is not None:
            return list(self._districts)
        return sorted({b.district for b in self.buildings.values()})
