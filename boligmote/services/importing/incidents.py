"""Importing incidents (hendelser). No key: an incident is its building, stairwell, day and type.

An incident log has no identifiers, and two complaints on the same day in the same
stairwell are two incidents. So a file is compared with the database as a multiset:
of the rows alike in building, stairwell, day and type, only as many are added as the
database lacks. Importing the same file twice adds nothing the second time.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from ...domain import Incident, IncidentType
from ...store import Database
from ...store.estate import EstateRepository
from ...store.incidents import IncidentRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind
from ...words import Phrase

COLUMNS = ColumnSet((
    Column("building_id", cells.text, ("bygning_id", "bygningsnr", "bygningsnummer", "bygning"), required=True,
           help="en bygning som finnes i databasen"),
    Column("stairwell", cells.text, ("oppgang",), default=None, help="valgfri; tom = hele bygningen"),
    Column("date", cells.day, ("dato", "hendelsesdato"), required=True, help="dato, ikke fram i tid"),
    Column("type", cells.choice(IncidentType), ("hendelsestype", "hendelse"), required=True,
           help=", ".join(t.value for t in IncidentType)),
))


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    estate = EstateRepository(database)
    buildings = set(estate.buildings())
    stairwell_ids = {(s.building_id, s.label): s.id for s in estate.stairwells().values()}

    wanted: Counter[tuple[str, int | None, date, IncidentType]] = Counter()
    for row in rows:
        values = row.values
        building_id, label, day = values["building_id"], values.get("stairwell"), values["date"]
        if building_id is not INVALID and building_id not in buildings:
            rows.refuse(row, "building_id", Phrase("errors.rows.no_building"))
        elif building_id is not INVALID and label not in (None, INVALID) and (building_id, label) not in stairwell_ids:
            rows.refuse(row, "stairwell", Phrase("errors.rows.no_stairwell", building=building_id, label=label))
        if day is not INVALID and day > today:
            rows.refuse(row, "date", Phrase("errors.rows.date_future", today=f"{today:%d.%m.%Y}"))
        if row.valid:
            stairwell_id = stairwell_ids[(building_id, label)] if label else None
            wanted[(building_id, stairwell_id, day, values["type"])] += 1

    stored = IncidentRepository(database).occurrences()
    changes = Changes(records=[])
    for (building_id, stairwell_id, day, kind), count in wanted.items():
        missing = max(0, count - stored[(building_id, stairwell_id, day, kind)])
        changes.records.extend(Incident(None, building_id, stairwell_id, day, kind) for _ in range(missing))
        changes.created += missing
        changes.unchanged += count - missing
    return changes


def write(database: Database, incidents: list[Incident]) -> None:
    IncidentRepository(database).add(incidents)


KIND = ImportKind("incidents", Phrase("import.incidents.title"), Phrase("import.incidents.noun"), COLUMNS, None, check, write)
