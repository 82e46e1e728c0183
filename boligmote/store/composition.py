"""Per-stairwell and per-building composition counts, computed by SQL GROUP BY.

Loaded when a file opens — for the whole estate, or (the window) building by building as
they are first looked at; afterwards the services keep the index current in memory
(`CompositionIndex.move_in`), so selecting a unit never rescans residents.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date
from collections.abc import Iterable
from enum import StrEnum

from ..domain import (
    HEAVY_NEEDS,
    MENTAL_HEALTH_SERVICES,
    OUTSIDER_INCIDENTS,
    RECOVERY_NEEDS,
    Composition,
    CompositionIndex,
    HouseholdType,
    IncidentType,
    NeedCategory,
)
from .codec import iso_date, to_iso
from .database import Database

_CURRENT = "FROM tenancies t JOIN units u ON u.id = t.unit_id WHERE t.ended_on IS NULL"


def load_composition_index(database: Database, incidents_since: date,
                           buildings: Collection[str] | None = None) -> CompositionIndex:
    """The compositions of every stairwell and building, or only of `buildings` (each whole,
    with all its stairwells): the same counts either way, one source of them."""
    index = CompositionIndex()
    building_of: dict[int, str] = {}
    # Enum(value) costs microseconds a call; these run once per row of a national estate.
    household_type = {m.value: m for m in HouseholdType}
    need_category = {m.value: m for m in NeedCategory}
    parameters: tuple[str, ...]
    if buildings is None:
        units_where, current, incidents_where, parameters = "", _CURRENT, "", ()
    else:
        scope = "s.building_id IN (SELECT value FROM json_each(?))"
        units_where = f"WHERE {scope} "
        current = (f"{_CURRENT} AND u.stairwell_id IN "
                   "(SELECT s.id FROM stairwells s WHERE " + scope + ")")
        incidents_where = "AND building_id IN (SELECT value FROM json_each(?)) "
        parameters = (json.dumps(sorted(buildings), ensure_ascii=False),)

    for stairwell_id, building_id, units, vacant in database.query(
        "SELECT u.stairwell_id, s.building_id, count(*), sum(u.status = 'vacant') "
        f"FROM units u JOIN stairwells s ON s.id = u.stairwell_id {units_where}GROUP BY u.stairwell_id", parameters
    ):
        building_of[stairwell_id] = building_id
        composition = index.stairwell(stairwell_id)
        composition.municipal_units, composition.vacant_units = units, vacant

    for stairwell_id, htype, households, persons, children, with_children in database.query(
        "SELECT u.stairwell_id, t.household_type, count(*), "
        "sum(t.adults + json_array_length(t.children_ages)), sum(json_array_length(t.children_ages)), "
        f"sum(json_array_length(t.children_ages) > 0) {current} GROUP BY 1, 2", parameters
    ):
        composition = index.stairwell(stairwell_id)
        composition.households += households
        composition.persons += persons
        composition.children += children
        composition.households_with_children += with_children
        composition.by_household_type[household_type[htype]] = households

    for stairwell_id, need, households in database.query(
        "SELECT u.stairwell_id, j.value, count(*) FROM tenancies t JOIN units u ON u.id = t.unit_id, "
        f"json_each(t.needs) j WHERE t.ended_on IS NULL{current[len(_CURRENT):]} GROUP BY 1, 2", parameters
    ):
        index.stairwell(stairwell_id).by_need[need_category[need]] = households

    has_need = "EXISTS (SELECT 1 FROM json_each(t.needs) WHERE value IN ({}))"
    has_service = "EXISTS (SELECT 1 FROM json_each(t.follow_up) WHERE value IN ({}))"
    for stairwell_id, heavy, recovering, untreated, elderly in database.query(
        f"SELECT u.stairwell_id, sum({has_need.format(_sql_list(HEAVY_NEEDS))}), "
        f"sum({has_need.format(_sql_list(RECOVERY_NEEDS))}), "
        f"sum({has_need.format(_sql_list({NeedCategory.SEVERE_MENTAL_ILLNESS}))} "
        f"AND NOT {has_service.format(_sql_list(MENTAL_HEALTH_SERVICES))}), "
        f"sum(t.household_type = 'elderly' OR {has_need.format(_sql_list({NeedCategory.ELDERLY}))}) "
        f"{current} GROUP BY 1", parameters
    ):
        composition = index.stairwell(stairwell_id)
        composition.heavy_need_households = heavy
        composition.in_recovery_households = recovering
        composition.untreated_severe_mental = untreated
        composition.elderly_households = elderly

    for stairwell_id, composition in index.stairwells.items():
        _accumulate(index.building(building_of[stairwell_id]), composition)

    outsider = {t.value for t in OUTSIDER_INCIDENTS}
    incident_type_of = {m.value: m for m in IncidentType}
    for building_id, stairwell_id, occurred_on, incident_type in database.query(
        "SELECT building_id, stairwell_id, occurred_on, incident_type FROM incidents "
        f"WHERE occurred_on >= ? {incidents_where}ORDER BY occurred_on",
        (to_iso(incidents_since), *parameters),
    ):
        when = iso_date(occurred_on)
        targets = [index.building(building_id)]
        if stairwell_id is not None:
            targets.append(index.stairwell(stairwell_id))
        kind = incident_type_of[incident_type]
        for composition in targets:  # appended in date order, so the lists stay sorted
            composition.incident_dates.append(when)
            if incident_type in outsider:
                composition.outsider_incident_dates.append(when)
            # RECOVERY_NEAR_USE counts drug-related kinds (issue 15 b): the rules read them by kind
            composition.incident_dates_by_type.setdefault(kind, []).append(when)
    return index


def _sql_list(values: Iterable[StrEnum]) -> str:
    return ", ".join(f"'{v.value}'" for v in sorted(values))


def _accumulate(total: Composition, part: Composition) -> None:
    total.households += part.households
    total.persons += part.persons
    total.children += part.children
    total.households_with_children += part.households_with_children
    total.heavy_need_households += part.heavy_need_households
    total.in_recovery_households += part.in_recovery_households
    total.untreated_severe_mental += part.untreated_severe_mental
    total.elderly_households += part.elderly_households
    total.by_household_type.update(part.by_household_type)
    total.by_need.update(part.by_need)
    total.municipal_units += part.municipal_units
    total.vacant_units += part.vacant_units
