"""The facts rules read, as numpy columns: applicants down (shape A×1), units across (1×U).

Every rule states its condition once, over these columns; numpy broadcasting then gives
the whole applicant × unit matrix, and a single pair is simply the 1×1 case. The unit
side reads the per-stairwell/per-building aggregates (never the residents themselves).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import numpy as np
from numpy.typing import DTypeLike

from ..domain import (
    Applicant,
    Building,
    Composition,
    HouseholdType,
    IncidentType,
    NeedCategory,
    Ownership,
    ResidentHousehold,
    UnitSurroundings,
    months_before,
)
from ..domain.places import place_key, places_of
from .settings import WITH_CHILDREN, RuleSettings


_C = TypeVar("_C")


def _column(values: Iterable[Any], dtype: DTypeLike) -> np.ndarray:
    return np.fromiter(values, dtype=dtype).reshape(-1, 1)


def _row(values: Iterable[Any], dtype: DTypeLike) -> np.ndarray:
    return np.fromiter(values, dtype=dtype).reshape(1, -1)


class PlaceCodes:
    """Names of places (bydeler, school catchments) as small integers, shared by both sides so
    they can be compared; an empty name is -1 (unknown)."""

    def __init__(self) -> None:
        self._codes: dict[str, int] = {}

    def code(self, name: str) -> int:
        if not name.strip():
            return -1
        return self._codes.setdefault(place_key(name), len(self._codes))


@dataclass
class ApplicantColumns:
    count: int
    has_children: np.ndarray
    has_young_children: np.ndarray
    has_school_children: np.ndarray
    active_use: np.ndarray
    untreated_severe_mental: np.ndarray
    in_recovery: np.ndarray
    heavy_need: np.ndarray
    elderly: np.ndarray
    # VULNERABLE_EXPOSED: who is exposed to outsiders, and to a count of active users (families
    # only where CHILDREN_ACTIVE_USE, which speaks for them, is off)
    vulnerable: np.ndarray
    vulnerable_to_active_use: np.ndarray
    disturbance: np.ndarray
    has_follow_up: np.ndarray
    lost_home_before: np.ndarray
    persons: np.ndarray
    bedrooms_needed: np.ndarray
    wheelchair_needed: np.ndarray
    step_free_needed: np.ndarray
    # the children's school catchment, and the bydel the household lives in now (the fallback)
    school_catchment: np.ndarray
    current_district: np.ndarray
    needs: dict[NeedCategory, np.ndarray]
    # HOMOGENEOUS's household groups the applicant belongs to
    groups: dict[str, np.ndarray]
    avoid_places: list[frozenset[str]]

    @classmethod
    def build(cls, applicants: Sequence[Applicant], settings: RuleSettings, places: PlaceCodes) -> ApplicantColumns:
        child_age = settings.rule("CHILDREN_ACTIVE_USE").child_age_below
        young_age = settings.rule("FAMILY_ELDERLY").young_child_age_below
        school = settings.rule("SCHOOL_CHANGE")
        # Callable[..., …]: the per-need and per-group columns bind their key as a default argument
        def bools(fn: Callable[..., bool]) -> np.ndarray:
            return _column((fn(a) for a in applicants), bool)

        def ints(fn: Callable[[Applicant], int]) -> np.ndarray:
            return _column((fn(a) for a in applicants), np.int32)

        children_elsewhere = settings.rule("CHILDREN_ACTIVE_USE").enabled

        def vulnerable(a: Applicant, counting_use: bool) -> bool:
            if a.is_elderly or not a.needs.isdisjoint({NeedCategory.INTELLECTUAL_DISABILITY, NeedCategory.YOUNG_HOMELESS}):
                return True
            return a.has_children_under(child_age) and not (counting_use and children_elsewhere)

        return cls(
            count=len(applicants),
            has_children=bools(lambda a: a.has_children_under(child_age)),
            has_young_children=bools(lambda a: a.has_children_under(young_age)),
            has_school_children=bools(lambda a: any(school.school_age_from <= c < school.school_age_below
                                                    for c in a.children_ages)),
            active_use=bools(lambda a: NeedCategory.ACTIVE_USE in a.needs),
            untreated_severe_mental=bools(lambda a: a.has_untreated_severe_mental_illness),
            in_recovery=bools(lambda a: a.in_recovery),
            heavy_need=bools(lambda a: a.is_heavy_need),
            elderly=bools(lambda a: a.is_elderly),
            vulnerable=bools(lambda a: vulnerable(a, counting_use=False)),
            vulnerable_to_active_use=bools(lambda a: vulnerable(a, counting_use=True)),
            disturbance=bools(lambda a: NeedCategory.DISTURBANCE in a.needs),
            has_follow_up=bools(lambda a: bool(a.follow_up)),
            lost_home_before=bools(lambda a: a.lost_home_before),
            persons=ints(lambda a: a.size),
            bedrooms_needed=ints(lambda a: a.bedrooms_needed),
            wheelchair_needed=bools(lambda a: a.wheelchair_needed),
            step_free_needed=bools(lambda a: a.step_free_needed),
            school_catchment=ints(lambda a: places.code(a.school_district)),
            current_district=ints(lambda a: places.code(a.current_district or a.school_district)),
            needs={need: bools(lambda a, n=need: n in a.needs) for need in NeedCategory},
            groups={group: bools(lambda a, g=group: in_group(a, g)) for group in _GROUPS},
            avoid_places=[a.avoid_places for a in applicants],
        )


    def take(self, rows: np.ndarray) -> ApplicantColumns:
        """These applicants only (rows of this one), without building anything again."""
        values: dict[str, Any] = {}
        for name, value in vars(self).items():
            if name == "count":
                values[name] = len(rows)
            elif name == "avoid_places":
                values[name] = [value[r] for r in rows.tolist()]
            elif isinstance(value, dict):
                values[name] = {key: column[rows] for key, column in value.items()}
            else:
                values[name] = value[rows]
        return ApplicantColumns(**values)


_GROUPS = (WITH_CHILDREN, *(t.value for t in HouseholdType))
# How an explanation names a group's households, in the plural.
GROUP_WORDS = {WITH_CHILDREN: "barnefamilier", HouseholdType.SINGLE.value: "enslige",
               HouseholdType.COUPLE.value: "par uten barn", HouseholdType.FAMILY.value: "par med barn",
               HouseholdType.SINGLE_PARENT.value: "enslige forsørgere", HouseholdType.ELDERLY.value: "eldre"}


def in_group(household: Applicant | ResidentHousehold, group: str) -> bool:
    """Whether a household belongs to one of HOMOGENEOUS's household groups."""
    if group == WITH_CHILDREN:
        return household.has_children
    return household.household_type is HouseholdType(group)


def group_count(composition: Composition, group: str) -> int:
    """How many households of a stairwell belong to the group (counts, never residents)."""
    if group == WITH_CHILDREN:
        return composition.households_with_children
    return composition.count_type(HouseholdType(group))


@dataclass
class UnitColumns:
    count: int
    buildings: list[Building]
    # the stairwell, before placement
    households: np.ndarray
    households_with_children: np.ndarray
    children: np.ndarray
    active_use: np.ndarray
    untreated_severe_mental: np.ndarray
    in_recovery: np.ndarray
    heavy_need: np.ndarray
    elderly: np.ndarray
    disturbance: np.ndarray
    needs: dict[NeedCategory, np.ndarray]
    groups: dict[str, np.ndarray]
    incidents_recent: np.ndarray
    drug_incidents: np.ndarray
    # the building, before placement
    building_households: np.ndarray
    building_active_use: np.ndarray
    building_untreated_severe_mental: np.ndarray
    building_heavy_need: np.ndarray
    building_incidents_recent: np.ndarray
    building_outsider_incidents: np.ndarray
    cooperative: np.ndarray
    has_presence: np.ndarray
    has_lift: np.ndarray
    school_catchment: np.ndarray
    # the unit itself
    bedrooms: np.ndarray
    rooms: np.ndarray
    step_free: np.ndarray
    wheelchair_access: np.ndarray
    floor: np.ndarray
    district: np.ndarray

    @classmethod
    def build(cls, targets: Sequence[UnitSurroundings], settings: RuleSettings, today: date,
              places: PlaceCodes) -> UnitColumns:
        recent_since = months_before(today, settings.rule("RECENT_INCIDENTS").window_months)
        outsider_since = months_before(today, settings.rule("VULNERABLE_EXPOSED").window_months)
        recovery = settings.rule("RECOVERY_NEAR_USE")
        drug_since = months_before(today, recovery.drug_incident_window_months)
        drug_kinds = [IncidentType(k) for k in recovery.drug_incident_kinds]
        stairwell = [t.stairwell_composition for t in targets]
        building = [t.building_composition for t in targets]
        def ints(items: Iterable[_C], fn: Callable[..., int]) -> np.ndarray:
            return _row((fn(x) for x in items), np.int32)

        def bools(fn: Callable[[UnitSurroundings], bool]) -> np.ndarray:
            return _row((fn(t) for t in targets), bool)

        return cls(
            count=len(targets),
            buildings=[t.building for t in targets],
            households=ints(stairwell, lambda c: c.households),
            households_with_children=ints(stairwell, lambda c: c.households_with_children),
            children=ints(stairwell, lambda c: c.children),
            active_use=ints(stairwell, lambda c: c.count(NeedCategory.ACTIVE_USE)),
            untreated_severe_mental=ints(stairwell, lambda c: c.untreated_severe_mental),
            in_recovery=ints(stairwell, lambda c: c.in_recovery_households),
            heavy_need=ints(stairwell, lambda c: c.heavy_need_households),
            elderly=ints(stairwell, lambda c: c.elderly_households),
            disturbance=ints(stairwell, lambda c: c.count(NeedCategory.DISTURBANCE)),
            needs={need: ints(stairwell, lambda c, n=need: c.count(n)) for need in NeedCategory},
            groups={group: ints(stairwell, lambda c, g=group: group_count(c, g)) for group in _GROUPS},
            incidents_recent=ints(stairwell, lambda c: c.incidents_since(recent_since)),
            drug_incidents=ints(stairwell, lambda c: sum(c.incidents_of_kinds_since(drug_kinds, drug_since).values())),
            building_households=ints(building, lambda c: c.households),
            building_active_use=ints(building, lambda c: c.count(NeedCategory.ACTIVE_USE)),
            building_untreated_severe_mental=ints(building, lambda c: c.untreated_severe_mental),
            building_heavy_need=ints(building, lambda c: c.heavy_need_households),
            building_incidents_recent=ints(building, lambda c: c.incidents_since(recent_since)),
            building_outsider_incidents=ints(building, lambda c: c.incidents_since(outsider_since, outsider_only=True)),
            cooperative=bools(lambda t: t.building.ownership is Ownership.COOPERATIVE_SHARE),
            has_presence=bools(lambda t: bool(t.building.presence)),
            has_lift=bools(lambda t: t.building.has_lift),
            school_catchment=ints(targets, lambda t: places.code(t.building.school_catchment)),
            bedrooms=ints(targets, lambda t: t.vacant.unit.bedrooms),
            rooms=ints(targets, lambda t: t.vacant.unit.rooms),
            step_free=bools(lambda t: t.vacant.unit.step_free),
            wheelchair_access=bools(lambda t: t.vacant.unit.wheelchair_access),
            floor=ints(targets, lambda t: t.vacant.unit.floor),
            district=ints(targets, lambda t: places.code(t.building.district)),
        )


def avoid_matrix(applicants: ApplicantColumns, units: UnitColumns) -> np.ndarray:
    """True where the unit lies in a building, street or bydel on the applicant's own
    avoid-list (000; domain/places.py)."""
    matrix = np.zeros((applicants.count, units.count), dtype=bool)
    if not any(applicants.avoid_places):
        return matrix
    columns_of: dict[str, list[int]] = {}
    places_seen: dict[str, list[str]] = {}
    for column, building in enumerate(units.buildings):
        keys = places_seen.get(building.id)
        if keys is None:
            keys = places_seen[building.id] = list(places_of(building))
        for key in keys:
            columns_of.setdefault(key, []).append(column)
    for row, avoided in enumerate(applicants.avoid_places):
        for entry in avoided:
            matrix[row, columns_of.get(place_key(entry), [])] = True
    return matrix


@dataclass
class PairColumns:
    """Both sides of the pairs being evaluated, plus matrix-only facts like the avoid-list."""

    applicant: ApplicantColumns
    unit: UnitColumns
    avoided: np.ndarray

    @classmethod
    def of(cls, applicants: ApplicantColumns, targets: Sequence[UnitSurroundings], settings: RuleSettings,
           today: date, places: PlaceCodes) -> PairColumns:
        """Applicant columns built before (with the same `places`), against these targets."""
        units = UnitColumns.build(targets, settings, today, places)
        return cls(applicants, units, avoid_matrix(applicants, units))

    @classmethod
    def build(cls, applicants: Sequence[Applicant], targets: Sequence[UnitSurroundings],
              settings: RuleSettings, today: date) -> PairColumns:
        places = PlaceCodes()
        a = ApplicantColumns.build(applicants, settings, places)
        u = UnitColumns.build(targets, settings, today, places)
        return cls(a, u, avoid_matrix(a, u))
