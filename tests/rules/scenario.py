"""Building blocks for rule scenarios: an applicant, residents, a vacant unit in its stairwell."""
from __future__ import annotations

from datetime import date, timedelta

from boligmote.domain import (
    Applicant,
    Building,
    BuildingType,
    Composition,
    HouseholdType,
    IncidentType,
    Ownership,
    Priority,
    ResidentHousehold,
    Stairwell,
    Unit,
    UnitStatus,
    UnitSurroundings,
    VacantUnit,
)
from boligmote.rules import RuleSettings, evaluate_pair

TODAY = date(2026, 11, 23)
N = __import__("boligmote.domain", fromlist=["NeedCategory"]).NeedCategory


def applicant(household_type=HouseholdType.SINGLE, adults=1, children=(), needs=(), follow_up=(), **kw) -> Applicant:
    values = dict(case_no="2026/99999", name="Test Demosen", household_type=household_type, adults=adults,
                  priority=Priority.PRIORITIZED, decision_date=TODAY - timedelta(days=100),
                  children_ages=tuple(children), needs=frozenset(needs), follow_up=frozenset(follow_up),
                  bedrooms_needed=0)
    values.update(kw)
    return Applicant(**values)


def resident(household_type=HouseholdType.SINGLE, needs=(), children=(), follow_up=(), adults=1) -> ResidentHousehold:
    return ResidentHousehold(None, "X", household_type, adults, tuple(children), frozenset(needs), frozenset(follow_up))


def family(children=(4, 9), needs=()) -> ResidentHousehold:
    return resident(HouseholdType.FAMILY, needs, children, adults=2)


def single(*needs, follow_up=()) -> ResidentHousehold:
    return resident(HouseholdType.SINGLE, needs, follow_up=follow_up)


def target(stairwell=(), elsewhere_in_building=(), stairwell_incidents=(), building_incidents=(),
           presence=frozenset(), ownership=Ownership.WHOLLY_OWNED, total_units=None, district="Sentrum Demo",
           has_lift=True, school_catchment="", address="Demoveien 1", **unit_kw) -> UnitSurroundings:
    """A vacant unit; `stairwell` are the households already living in its stairwell.

    Incidents are (days ago, IncidentType) pairs.
    """
    stairwell_composition, building_composition = Composition(), Composition()
    for household in stairwell:
        stairwell_composition.add(household)
        building_composition.add(household)
    for household in elsewhere_in_building:
        building_composition.add(household)
    for days_ago, kind in stairwell_incidents:
        stairwell_composition.add_incident(TODAY - timedelta(days=days_ago), kind)
        building_composition.add_incident(TODAY - timedelta(days=days_ago), kind)
    for days_ago, kind in building_incidents:
        building_composition.add_incident(TODAY - timedelta(days=days_ago), kind)
    municipal = len(stairwell) + len(elsewhere_in_building) + 1
    stairwell_composition.municipal_units = len(stairwell) + 1
    building_composition.municipal_units = municipal
    building = Building("B1", address, district, ownership, BuildingType.BLOCK,
                        total_units if total_units is not None else municipal, has_lift=has_lift,
                        presence=frozenset(presence), school_catchment=school_catchment)
    unit_values = dict(id="U1", stairwell_id=1, floor=3, rooms=2, bedrooms=1, area_m2=50.0, rent=9000,
                       step_free=has_lift, status=UnitStatus.VACANT, vacant_from=TODAY)
    unit_values.update(unit_kw)
    return UnitSurroundings(VacantUnit(Unit(**unit_values), building, "A"), Stairwell(1, "B1", "A"), building,
                            stairwell_composition, building_composition)


def flags(who: Applicant, where: UnitSurroundings, settings: RuleSettings | None = None) -> dict:
    return {f.rule: f for f in evaluate_pair(who, where, settings or RuleSettings.defaults(), TODAY)}


def incidents(count: int, days_ago: int = 30, kind=IncidentType.DISTURBANCE) -> list:
    return [(days_ago, kind)] * count
