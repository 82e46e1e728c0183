"""Small estates for the planner: vacant units that share stairwells and buildings, so that
what one placement does to another can be seen (synthetic data only)."""
from __future__ import annotations

from datetime import timedelta

from boligmote.domain import (
    Building,
    BuildingType,
    Composition,
    HouseholdType,
    Ownership,
    Stairwell,
    Unit,
    UnitStatus,
    UnitSurroundings,
    VacantUnit,
)
from boligmote.rules import FlagMatrix, RuleSettings

from ..rules.scenario import TODAY, N, applicant, resident

__all__ = ["TODAY", "Estate", "N", "family_with_school_children", "person"]


def person(case_no: str, waited: int, needs=(), follow_up=(), **kw):
    """A single adult who waited `waited` days; needs two bedrooms so every unit fits everyone."""
    values = {"case_no": case_no, "decision_date": TODAY - timedelta(days=waited), "needs": needs,
              "follow_up": follow_up, "bedrooms_needed": 2}
    values.update(kw)
    return applicant(**values)


def family_with_school_children(case_no: str, waited: int, school_district: str = "Nord"):
    return applicant(HouseholdType.FAMILY, adults=2, children=(7, 9), case_no=case_no,
                     decision_date=TODAY - timedelta(days=waited), bedrooms_needed=2,
                     school_district=school_district)


class Estate:
    """Buildings with stairwells; each stairwell's composition is shared by its vacant units,
    as in the workspace."""

    def __init__(self):
        self.buildings: dict[str, Building] = {}
        self.building_compositions: dict[str, Composition] = {}
        self.stairwells: dict[int, tuple[Stairwell, Composition]] = {}
        self.targets: list[UnitSurroundings] = []

    def building(self, building_id: str, *, catchment: str = "Nord", ownership=Ownership.WHOLLY_OWNED) -> str:
        self.buildings[building_id] = Building(building_id, f"Demoveien {len(self.buildings) + 1}", "Sentrum Demo",
                                               ownership, BuildingType.BLOCK, 12, has_lift=True,
                                               school_catchment=catchment)
        self.building_compositions[building_id] = Composition()
        return building_id

    def stairwell(self, building_id: str, label: str, residents=()) -> int:
        stairwell_id = len(self.stairwells) + 1
        composition = Composition()
        for household in residents:
            composition.add(household)
            self.building_compositions[building_id].add(household)
        self.stairwells[stairwell_id] = (Stairwell(stairwell_id, building_id, label), composition)
        return stairwell_id

    def vacant(self, unit_id: str, stairwell_id: int, bedrooms: int = 2) -> str:
        stairwell, composition = self.stairwells[stairwell_id]
        building = self.buildings[stairwell.building_id]
        unit = Unit(unit_id, stairwell_id, floor=2, rooms=bedrooms + 1, bedrooms=bedrooms, area_m2=60.0, rent=9000,
                    step_free=True, status=UnitStatus.VACANT, vacant_from=TODAY)
        self.targets.append(UnitSurroundings(VacantUnit(unit, building, stairwell.label), stairwell, building,
                                             composition, self.building_compositions[building.id]))
        return unit_id

    def matrix(self, applicants, settings: RuleSettings | None = None) -> FlagMatrix:
        return FlagMatrix(applicants, self.targets, settings or RuleSettings.defaults(), TODAY)


def plain_resident():
    return resident(HouseholdType.COUPLE, adults=2)


def in_recovery():
    return resident(HouseholdType.SINGLE, needs=(N.IN_TREATMENT,))
