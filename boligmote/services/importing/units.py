"""Importing units (boliger). Key: unit_id.

A unit names its building and its stairwell by label; a stairwell the building does not
have yet is created. The file has bedrooms, not rooms: rooms = bedrooms + 1 (the living
room), the way Norwegian listings count «rom». Step-free access is not a column either:
a new unit is step-free when it is wheelchair accessible or its building has a lift, and
an updated unit keeps what is stored unless it has become wheelchair accessible.

A unit imported as vacant or under refurbishment has nobody living in it: its current
tenancy, if any, ends on the day of the import (the preview says how many).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ...domain import Unit, UnitStatus, UnitType, saved_id
from ...store import Database
from ...store.estate import EstateRepository
from ...store.households import HouseholdRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind
from ...words import Phrase

COLUMNS = ColumnSet((
    Column("unit_id", cells.text, ("bolig_id", "bolignummer", "bolignr"), required=True, help="tekst, unik"),
    Column("building_id", cells.text, ("bygning_id", "bygningsnr", "bygningsnummer", "bygning"), required=True,
           help="en bygning som finnes i databasen"),
    Column("stairwell", cells.text, ("oppgang",), required=True, help="tekst, f.eks. A; ny oppgang opprettes"),
    Column("floor", cells.integer(minimum=-2, maximum=60), ("etasje", "etasjenummer"), required=True,
           help="heltall −2 til 60"),
    Column("bedrooms", cells.integer(minimum=0, maximum=20), ("soverom", "antall_soverom"), required=True,
           help="heltall ≥ 0; rom = soverom + 1"),
    Column("area_m2", cells.number(above=0), ("areal", "bruksareal", "areal_m2", "m2"), required=True,
           help="tall > 0, desimalkomma eller -punktum"),
    Column("rent", cells.kroner, ("husleie", "leie", "leiekostnad", "månedsleie"), required=True,
           help="kroner per måned, ≥ 0"),
    Column("wheelchair_access", cells.boolean,
           ("rullestol", "rullestoltilgang", "tilgjengelig_for_rullestol", "er_tilgjengelig_for_rullestolbruker"),
           default=False, help="ja/nei"),
    Column("status", cells.choice(UnitStatus), ("boligstatus",), required=True,
           help="occupied, vacant, refurbishment (eller utleid, ledig, under oppussing)"),
    Column("vacant_from", cells.day, ("ledig_fra", "ledig_dato"), default=None,
           help="dato, bare når status er vacant"),
))


@dataclass
class PlannedUnits:
    on: date  # the day the move-outs take effect
    # A unit with the stairwell it belongs in; stairwell_id is 0 until a new stairwell exists.
    units: list[tuple[Unit, str, str]] = field(default_factory=list)
    move_outs: list[str] = field(default_factory=list)  # units whose current tenancy ends


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    estate = EstateRepository(database)
    buildings = estate.buildings()
    stored = {unit.id: unit for unit in estate.units()}
    stairwell_ids = {(s.building_id, s.label): saved_id(s.id) for s in estate.stairwells().values()}
    occupied_units = {t.unit_id for t in HouseholdRepository(database).current_tenancies()}

    all_rows = list(rows)
    rows.refuse_duplicates(all_rows, "unit_id", Phrase("errors.rows.same_unit"))
    plan = PlannedUnits(on=today)
    changes = Changes(records=plan)
    for row in all_rows:
        values = row.values
        building_id = values["building_id"]
        if building_id is not INVALID and building_id not in buildings:
            rows.refuse(row, "building_id", Phrase("errors.rows.no_building_import"))
        status = values["status"]
        if values.get("vacant_from") not in (None, INVALID) and status not in (UnitStatus.VACANT, INVALID):
            rows.refuse(row, "vacant_from", Phrase("errors.rows.vacant_from", status=status.value))
        if not row.valid:
            continue

        unit_id, label = values["unit_id"], values["stairwell"]
        before = stored.get(unit_id)
        wheelchair = values.get("wheelchair_access", before.wheelchair_access if before else False)
        if status is not UnitStatus.VACANT:
            vacant_from = None
        elif "vacant_from" in values:
            vacant_from = values["vacant_from"]
        else:
            vacant_from = before.vacant_from if before else None
        step_free = (before.step_free if before else buildings[building_id].has_lift) or wheelchair
        after = Unit(
            id=unit_id, stairwell_id=stairwell_ids.get((building_id, label), 0), floor=values["floor"],
            rooms=values["bedrooms"] + 1, bedrooms=values["bedrooms"], area_m2=values["area_m2"],
            rent=values["rent"], unit_type=before.unit_type if before else UnitType.ORDINARY,
            step_free=step_free, wheelchair_access=wheelchair, status=status, vacant_from=vacant_from,
            earmark=before.earmark if before else "",
        )
        moving_out = status is not UnitStatus.OCCUPIED and unit_id in occupied_units
        if not changes.count(before, after, force=moving_out):
            continue
        plan.units.append((after, building_id, label))
        if moving_out:
            plan.move_outs.append(unit_id)

    if plan.move_outs:
        changes.notes.append(
            f"{len(plan.move_outs)} boliger er ikke lenger utleid: leieforholdet deres avsluttes "
            f"{today:%d.%m.%Y}.")
    return changes


def write(database: Database, plan: PlannedUnits) -> None:
    estate = EstateRepository(database)
    stairwell_ids: dict[tuple[str, str], int] = {}
    units = []
    for unit, building_id, label in plan.units:
        key = (building_id, label)
        if key not in stairwell_ids:
            stairwell_ids[key] = estate.ensure_stairwell(building_id, label)
        units.append(replace(unit, stairwell_id=stairwell_ids[key]))
    estate.save_units(units)
    HouseholdRepository(database).end_tenancies(plan.move_outs, plan.on)


KIND = ImportKind("units", Phrase("import.units.title"), Phrase("import.units.noun"), COLUMNS, "unit_id", check, write)
