"""Buildings, stairwells and units."""
from __future__ import annotations

from collections.abc import Iterable

from ..domain import (
    Building,
    BuildingType,
    Ownership,
    Presence,
    Security,
    Stairwell,
    Unit,
    UnitStatus,
    UnitType,
    VacantUnit,
)
from .codec import Row, enum_set, from_iso, to_iso, to_json_list
from .bulk import upsert
from .database import Database
from ..words import Phrase
from .errors import RecordNotFound
from .on_demand import RowsOnDemand

BUILDING_COLUMNS = ("id, address, district, ownership, building_type, total_units, has_lift, "
                     "security, presence, area_programme, centre_distance_km, postcode, town, school_catchment")
UNIT_COLUMNS = ("id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, step_free, "
                 "wheelchair_access, status, vacant_from, earmark")


# Enum(value) costs a microsecond or more a call; a national estate has 110 000 units.
_OWNERSHIP = {m.value: m for m in Ownership}
_BUILDING_TYPE = {m.value: m for m in BuildingType}
_UNIT_TYPE = {m.value: m for m in UnitType}
_UNIT_STATUS = {m.value: m for m in UnitStatus}


def building_from_row(row: Row) -> Building:
    (id_, address, district, ownership, btype, total, lift, security, presence, programme,
     distance, postcode, town, school_catchment) = row
    return Building(id_, address, district, _OWNERSHIP[ownership], _BUILDING_TYPE[btype], total,
                    bool(lift), enum_set(Security, security), enum_set(Presence, presence),
                    bool(programme), distance, postcode, town, school_catchment)


def unit_from_row(row: Row) -> Unit:
    (id_, stairwell_id, floor, rooms, bedrooms, area, rent, utype, step_free, wheelchair,
     status, vacant_from, earmark) = row
    return Unit(id_, stairwell_id, floor, rooms, bedrooms, area, rent, _UNIT_TYPE[utype],
                bool(step_free), bool(wheelchair), _UNIT_STATUS[status], from_iso(vacant_from), earmark)


def _building_row(b: Building) -> Row:
    return (b.id, b.address, b.district, b.ownership.value, b.building_type.value, b.total_units,
            int(b.has_lift), to_json_list(b.security), to_json_list(b.presence),
            int(b.area_programme), b.centre_distance_km, b.postcode, b.town, b.school_catchment)


def _unit_row(u: Unit) -> Row:
    return (u.id, u.stairwell_id, u.floor, u.rooms, u.bedrooms, u.area_m2, u.rent, u.unit_type.value,
            int(u.step_free), int(u.wheelchair_access), u.status.value, to_iso(u.vacant_from), u.earmark)


class EstateRepository:
    def __init__(self, database: Database):
        self.database = database

    # -- writes: call inside database.transaction(...) --

    def save_buildings(self, buildings: Iterable[Building]) -> None:
        upsert(self.database, "buildings", BUILDING_COLUMNS.split(", "), map(_building_row, buildings))

    def ensure_stairwell(self, building_id: str, label: str) -> int:
        conn = self.database.conn
        conn.execute("INSERT OR IGNORE INTO stairwells (building_id, label) VALUES (?, ?)", (building_id, label))
        stairwell_id: int = conn.execute(
            "SELECT id FROM stairwells WHERE building_id = ? AND label = ?", (building_id, label)
        ).fetchone()[0]
        return stairwell_id

    def add_stairwells(self, stairwells: Iterable[Stairwell]) -> None:
        """Insert stairwells with their ids as given (bulk loads that already numbered them)."""
        self.database.conn.executemany("INSERT INTO stairwells (id, building_id, label) VALUES (?, ?, ?)",
                                       [(s.id, s.building_id, s.label) for s in stairwells])

    def save_units(self, units: Iterable[Unit]) -> None:
        upsert(self.database, "units", UNIT_COLUMNS.split(", "), map(_unit_row, units))

    # -- reads --

    def buildings(self) -> dict[str, Building]:
        return {row[0]: building_from_row(row) for row in self.database.query(f"SELECT {BUILDING_COLUMNS} FROM buildings")}

    def building(self, building_id: str) -> Building:
        row = self.database.conn.execute(
            f"SELECT {BUILDING_COLUMNS} FROM buildings WHERE id = ?", (building_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store_records.no_building", building=building_id))
        return building_from_row(row)

    def stairwells(self) -> dict[int, Stairwell]:
        return {r[0]: Stairwell(*r) for r in self.database.query("SELECT id, building_id, label FROM stairwells")}

    def on_demand(self, vacant_units: Iterable[VacantUnit]) -> tuple[RowsOnDemand[str, Building],
                                                                    RowsOnDemand[int, Stairwell]]:
        """Buildings and stairwells as dicts that read a row when first asked for (all of them
        when iterated); those of `vacant_units` are known already."""
        vacant_units = list(vacant_units)

        def building(building_id: str) -> Building | None:
            row = self.database.conn.execute(
                f"SELECT {BUILDING_COLUMNS} FROM buildings WHERE id = ?", (building_id,)).fetchone()
            return building_from_row(row) if row else None

        def stairwell(stairwell_id: int) -> Stairwell | None:
            row = self.database.conn.execute(
                "SELECT id, building_id, label FROM stairwells WHERE id = ?", (stairwell_id,)).fetchone()
            return Stairwell(*row) if row else None

        buildings = RowsOnDemand(building, self.buildings, {v.building.id: v.building for v in vacant_units})
        stairwells = RowsOnDemand(stairwell, self.stairwells, {
            v.unit.stairwell_id: Stairwell(v.unit.stairwell_id, v.building.id, v.stairwell_label)
            for v in vacant_units})
        return buildings, stairwells

    def unit(self, unit_id: str) -> Unit:
        row = self.database.conn.execute(f"SELECT {UNIT_COLUMNS} FROM units WHERE id = ?", (unit_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store_records.no_unit", unit=unit_id))
        return unit_from_row(row)

    def units(self) -> list[Unit]:
        return [unit_from_row(r) for r in self.database.query(f"SELECT {UNIT_COLUMNS} FROM units")]

    def vacant_units(self) -> list[VacantUnit]:
        prefixed = ", ".join(f"u.{c}" for c in UNIT_COLUMNS.split(", "))
        building_cols = ", ".join(f"b.{c}" for c in BUILDING_COLUMNS.split(", "))
        rows = self.database.query(
            f"SELECT {prefixed}, s.label, {building_cols} FROM units u "
            "JOIN stairwells s ON s.id = u.stairwell_id JOIN buildings b ON b.id = s.building_id "
            "WHERE u.status = 'vacant' ORDER BY b.district, b.address, s.label, u.floor, u.id"
        )
        buildings: dict[str, Building] = {}
        result = []
        for row in rows:
            unit = unit_from_row(row[:13])
            building = buildings.get(row[14]) or buildings.setdefault(row[14], building_from_row(row[14:]))
            result.append(VacantUnit(unit, building, row[13]))
        return result

    def districts(self) -> list[str]:
        return [r[0] for r in self.database.query("SELECT DISTINCT district FROM buildings ORDER BY district")]
