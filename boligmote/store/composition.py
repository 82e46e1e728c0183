"""Per-stairwell and per-building composition counts, computed by SQL GROUP BY.

Loaded once when a file opens; afterwards the services keep the index current in memory
(`CompositionIndex.move_in`), so selecting a unit never rescans residents.
"""
from __future__ import annotations

from datetime import date

from ..domain import HEAVY_NEEDS, Composition, CompositionIndex, HouseholdType, NeedCategory
from .codec import from_iso, to_iso
from .database import Database

_CURRENT = "FROM tenancies t JOIN units u ON u.id = t.unit_id WHERE t.ended_on IS NULL"


def load_composition_index(database: Database, incidents_since: date) -> CompositionIndex:
    index = CompositionIndex()
    building_of: dict[int, str] = {}

    for stairwell_id, building_id, units, vacant in database.query(
        "SELECT u.stairwell_id, s.building_id, count(*), sum(u.status = 'vacant') "
        "FROM units u JOIN stairwells s ON s.id = u.stairwell_id GROUP BY u.stairwell_id"
    ):
        building_of[stairwell_id] = building_id
        composition = index.stairwell(stairwell_id)
        composition.municipal_units, composition.vacant_units = units, vacant

    for stairwell_id, htype, households, persons, children, with_children in database.query(
        "SELECT u.stairwell_id, t.household_type, count(*), "
        "sum(t.adults + json_array_length(t.children_ages)), sum(json_array_length(t.children_ages)), "
        f"sum(json_array_length(t.children_ages) > 0) {_CURRENT} GROUP BY 1, 2"
    ):
        composition = index.stairwell(stairwell_id)
        composition.households += households
        composition.persons += persons
        composition.children += children
        composition.households_with_children += with_children
        composition.by_household_type[HouseholdType(htype)] = households

    for stairwell_id, need, households in database.query(
        f"SELECT u.stairwell_id, j.value, count(*) FROM tenancies t JOIN units u ON u.id = t.unit_id, "
        "json_each(t.needs) j WHERE t.ended_on IS NULL GROUP BY 1, 2"
    ):
        index.stairwell(stairwell_id).by_need[NeedCategory(need)] = households

    heavy = ", ".join(f"'{n.value}'" for n in sorted(HEAVY_NEEDS))
    for stairwell_id, households in database.query(
        f"SELECT u.stairwell_id, count(*) {_CURRENT} AND EXISTS "
        f"(SELECT 1 FROM json_each(t.needs) WHERE value IN ({heavy})) GROUP BY 1"
    ):
        index.stairwell(stairwell_id).heavy_need_households = households

    for stairwell_id, composition in index.stairwells.items():
        _accumulate(index.building(building_of[stairwell_id]), composition)

    for building_id, stairwell_id, occurred_on in database.query(
        "SELECT building_id, stairwell_id, occurred_on FROM incidents WHERE occurred_on >= ? ORDER BY occurred_on",
        (to_iso(incidents_since),),
    ):
        when = from_iso(occurred_on)
        index.building(building_id).incident_dates.append(when)
        if stairwell_id is not None:
            index.stairwell(stairwell_id).incident_dates.append(when)
    return index


def _accumulate(total: Composition, part: Composition) -> None:
    total.households += part.households
    total.persons += part.persons
    total.children += part.children
    total.households_with_children += part.households_with_children
    total.heavy_need_households += part.heavy_need_households
    total.by_household_type.update(part.by_household_type)
    total.by_need.update(part.by_need)
    total.municipal_units += part.municipal_units
    total.vacant_units += part.vacant_units
