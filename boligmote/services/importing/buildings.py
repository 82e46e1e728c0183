"""Importing buildings (adresse/gård). Key: building_id.

A re-imported building is updated; what the file does not carry (security, area
programme, distance to the centre, post code, school catchment) is kept as stored. A new building whose
file has no building_type column is recorded as a block (blokk), the most common type.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from ...domain import Building, BuildingType, Ownership, Presence
from ...store import Database
from ...store.estate import EstateRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind
from ...words import Phrase

COLUMNS = ColumnSet((
    Column("building_id", cells.text, ("bygning_id", "bygningsnr", "bygningsnummer", "bygning"), required=True,
           help="tekst, unik"),
    Column("address", cells.text, ("adresse", "gateadresse"), required=True, help="tekst"),
    Column("district", cells.text, ("bydel",), required=True, help="tekst"),
    Column("ownership", cells.choice(Ownership), ("eierform", "eierskap"), required=True,
           help="heleid, innskutt"),
    Column("total_units", cells.integer(minimum=0), ("antall_boliger", "boliger_totalt", "totalt_antall_boliger"),
           required=True, help="heltall ≥ 0, alle boliger i bygget (også private)"),
    Column("lift", cells.boolean, ("heis",), default=False, help="ja/nei, yes/no, true/false"),
    Column("presence", cells.choices(Presence), ("tilstedeværelse", "bemanning"), default=frozenset(),
           help="kommaliste: " + ", ".join(p.value for p in Presence)),
    Column("building_type", cells.choice(BuildingType), ("bygningstype", "byggtype"), default=None,
           help="valgfri: " + ", ".join(t.value for t in BuildingType) + " (ny bygning uten: blokk)"),
    Column("school_catchment", cells.text, ("skolekrets", "skole"), default=None,
           help="valgfri: skolekretsen adressen hører til (uten: skolebytte vurderes på bydel)"),
))

# File column → Building field, for the optional columns: absent means «keep what is stored».
_OPTIONAL_FIELDS = {"lift": "has_lift", "presence": "presence", "building_type": "building_type",
                    "school_catchment": "school_catchment"}


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    estate = EstateRepository(database)
    stored = estate.buildings()
    building_of_stairwell = {s.id: s.building_id for s in estate.stairwells().values()}
    municipal_units = Counter(building_of_stairwell[u.stairwell_id] for u in estate.units())

    all_rows = list(rows)
    rows.refuse_duplicates(all_rows, "building_id", Phrase("errors.rows.same_building"))
    changes = Changes(records=[])
    for row in all_rows:
        values = row.values
        building_id, total = values["building_id"], values["total_units"]
        if building_id is not INVALID and total is not INVALID and total < municipal_units[building_id]:
            rows.refuse(row, "total_units", Phrase("errors.rows.total_units", n=municipal_units[building_id]))
        if not row.valid:
            continue
        fields = dict(address=values["address"], district=values["district"], ownership=values["ownership"],
                      total_units=total)
        fields.update({field: values[column] for column, field in _OPTIONAL_FIELDS.items()
                       if column in values and values[column] is not None})
        before = stored.get(building_id)
        if before is None:
            fields.setdefault("building_type", BuildingType.BLOCK)
            after = Building(id=building_id, **fields)
        else:
            after = replace(before, **fields)
        if changes.count(before, after):
            changes.records.append(after)
    return changes


def write(database: Database, buildings: list[Building]) -> None:
    EstateRepository(database).save_buildings(buildings)


KIND = ImportKind("buildings", Phrase("import.buildings.title"), Phrase("import.buildings.noun"), COLUMNS, "building_id", check, write)
