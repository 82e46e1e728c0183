"""What the meeting workspace shows: the queue, the vacant units and their composition.

Loaded once per open file; compositions are aggregates (see domain.composition), so
selecting a unit is a dictionary lookup, not a query.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import Applicant, Building, CompositionIndex, Stairwell, UnitSurroundings, VacantUnit
from ..store import Database
from ..store.composition import load_composition_index
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository

# Incidents older than this are not loaded: the longest window any view or rule uses is
# 12 months (a setting may widen it up to 24).
INCIDENT_HORIZON_DAYS = 740


@dataclass
class Workspace:
    database: Database
    today: date
    municipality: str
    buildings: dict[str, Building]
    stairwells: dict[int, Stairwell]
    queue: list[Applicant]
    vacant_units: list[VacantUnit]
    compositions: CompositionIndex

    @classmethod
    def load(cls, database: Database, today: date | None = None) -> "Workspace":
        today = today or date.today()
        estate = EstateRepository(database)
        return cls(
            database=database,
            today=today,
            municipality=database.meta("municipality", database.path.stem),
            buildings=estate.buildings(),
            stairwells=estate.stairwells(),
            queue=HouseholdRepository(database).queue(),
            vacant_units=estate.vacant_units(),
            compositions=load_composition_index(database, today - timedelta(days=INCIDENT_HORIZON_DAYS)),
        )

    def surroundings(self, vacant: VacantUnit) -> UnitSurroundings:
        stairwell = self.stairwells[vacant.unit.stairwell_id]
        return UnitSurroundings(
            vacant=vacant,
            stairwell=stairwell,
            building=vacant.building,
            stairwell_composition=self.compositions.stairwell(stairwell.id),
            building_composition=self.compositions.building(vacant.building.id),
        )

    def districts(self) -> list[str]:
        return sorted({b.district for b in self.buildings.values()})
