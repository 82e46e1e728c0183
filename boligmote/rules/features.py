"""The facts rules read, as numpy columns: applicants down (shape A×1), units across (1×U).

Every rule states its condition once, over these columns; numpy broadcasting then gives
the whole applicant × unit matrix, and a single pair is simply the 1×1 case. The unit
side reads the per-stairwell/per-building aggregates (never the residents themselves).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..domain import (
    Applicant,
    NeedCategory,
    Ownership,
    UnitSurroundings,
    months_before,
)
from .settings import RuleSettings


def _column(values, dtype) -> np.ndarray:
    return np.fromiter(values, dtype=dtype).reshape(-1, 1)


def _row(values, dtype) -> np.ndarray:
    return np.fromiter(values, dtype=dtype).reshape(1, -1)


class DistrictCodes:
    """Districts as small integers, shared by both sides so they can be compared."""

    def __init__(self) -> None:
        self._codes: dict[str, int] = {}

    def code(self, district: str) -> int:
        if not district:
            return -1
        return self._codes.setdefault(district.casefold(), len(self._codes))


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
    vulnerable: np.ndarray
    disturbance: np.ndarray
    has_follow_up: np.ndarray
    lost_home_before: np.ndarray
    persons: np.ndarray
    bedrooms_needed: np.ndarray
    wheelchair_needed: np.ndarray
    step_free_needed: np.ndarray
    school_district: np.ndarray
    needs: dict[NeedCategory, np.ndarray]
    avoid_building_ids: list[frozenset[str]]

    @classmethod
    def build(cls, applicants: Sequence[Applicant], settings: RuleSettings, districts: DistrictCodes) -> "ApplicantColumns":
        child_age = settings.rule("CHILDREN_ACTIVE_USE").child_age_below
        young_age = settings.rule("FAMILY_ELDERLY").young_child_age_below
        school = settings.rule("SCHOOL_CHANGE")
        bools = lambda fn: _column((fn(a) for a in applicants), bool)  # noqa: E731
        ints = lambda fn: _column((fn(a) for a in applicants), np.int32)  # noqa: E731
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
            vulnerable=bools(lambda a: a.is_elderly or NeedCategory.INTELLECTUAL_DISABILITY in a.needs),
            disturbance=bools(lambda a: NeedCategory.DISTURBANCE in a.needs),
            has_follow_up=bools(lambda a: bool(a.follow_up)),
            lost_home_before=bools(lambda a: a.lost_home_before),
            persons=ints(lambda a: a.size),
            bedrooms_needed=ints(lambda a: a.bedrooms_needed),
            wheelchair_needed=bools(lambda a: a.wheelchair_needed),
            step_free_needed=bools(lambda a: a.step_free_needed),
            school_district=ints(lambda a: districts.code(a.school_district)),
            needs={need: bools(lambda a, n=need: n in a.needs) for need in NeedCategory},
            avoid_building_ids=[a.avoid_buildings for a in applicants],
        )


@dataclass
class UnitColumns:
    count: int
    building_ids: list[str]
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
    incidents_recent: np.ndarray
    # the building, before placement
    building_households: np.ndarray
    building_active_use: np.ndarray
    building_heavy_need: np.ndarray
    building_incidents_recent: np.ndarray
    building_outsider_incidents: np.ndarray
    municipal_units: np.ndarray
    total_units: np.ndarray
    cooperative: np.ndarray
    has_presence: np.ndarray
    # the unit itself
    bedrooms: np.ndarray
    rooms: np.ndarray
    step_free: np.ndarray
    wheelchair_access: np.ndarray
    district: np.ndarray

    @classmethod
    def build(cls, targets: Sequence[UnitSurroundings], settings: RuleSettings, today: date,
              districts: DistrictCodes) -> "UnitColumns":
        recent_since = months_before(today, settings.rule("RECENT_INCIDENTS").window_months)
        outsider_since = months_before(today, settings.rule("VULNERABLE_EXPOSED").window_months)
        stairwell = [t.stairwell_composition for t in targets]
        building = [t.building_composition for t in targets]
        ints = lambda items, fn: _row((fn(x) for x in items), np.int32)  # noqa: E731
        bools = lambda fn: _row((fn(t) for t in targets), bool)  # noqa: E731
        return cls(
            count=len(targets),
            building_ids=[t.building.id for t in targets],
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
            incidents_recent=ints(stairwell, lambda c: c.incidents_since(recent_since)),
            building_households=ints(building, lambda c: c.households),
            building_active_use=ints(building, lambda c: c.count(NeedCategory.ACTIVE_USE)),
            building_heavy_need=ints(building, lambda c: c.heavy_need_households),
            building_incidents_recent=ints(building, lambda c: c.incidents_since(recent_since)),
            building_outsider_incidents=ints(building, lambda c: c.incidents_since(outsider_since, outsider_only=True)),
            municipal_units=ints(building, lambda c: c.municipal_units),
            total_units=ints(targets, lambda t: t.building.total_units),
            cooperative=bools(lambda t: t.building.ownership is Ownership.COOPERATIVE_SHARE),
            has_presence=bools(lambda t: bool(t.building.presence)),
            bedrooms=ints(targets, lambda t: t.vacant.unit.bedrooms),
            rooms=ints(targets, lambda t: t.vacant.unit.rooms),
            step_free=bools(lambda t: t.vacant.unit.step_free),
            wheelchair_access=bools(lambda t: t.vacant.unit.wheelchair_access),
            district=ints(targets, lambda t: districts.code(t.building.district)),
        )


def avoid_matrix(applicants: ApplicantColumns, units: UnitColumns) -> np.ndarray:
    """True where the unit's building is on the applicant's own avoid-list (000)."""
    matrix = np.zeros((applicants.count, units.count), dtype=bool)
    columns_of: dict[str, list[int]] = {}
    for column, building_id in enumerate(units.building_ids):
        columns_of.setdefault(building_id, []).append(column)
    for row, avoided in enumerate(applicants.avoid_building_ids):
        for building_id in avoided:
            matrix[row, columns_of.get(building_id, [])] = True
    return matrix


@dataclass
class PairColumns:
    """Both sides of the pairs being evaluated, plus matrix-only facts like the avoid-list."""

    applicant: ApplicantColumns
    unit: UnitColumns
    avoided: np.ndarray

    @classmethod
    def build(cls, applicants: Sequence[Applicant], targets: Sequence[UnitSurroundings],
              settings: RuleSettings, today: date) -> "PairColumns":
        districts = DistrictCodes()
        a = ApplicantColumns.build(applicants, settings, districts)
        u = UnitColumns.build(targets, settings, today, districts)
        return cls(a, u, avoid_matrix(a, u))
