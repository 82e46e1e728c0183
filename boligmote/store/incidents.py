"""Incidents (hendelser) logged per building or stairwell."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..domain import Incident, IncidentType
from .codec import Row, datetime_from_iso, iso_date, to_iso
from .database import Database, inserted_id
from ..words import Phrase
from .errors import RecordNotFound

_COLUMNS = "id, building_id, stairwell_id, occurred_on, incident_type, note, reported_by, registered_at, registered_by"


def _incident(row: Row) -> Incident:
    return Incident(row[0], row[1], row[2], iso_date(row[3]), IncidentType(row[4]), row[5], row[6],
                    datetime_from_iso(row[7]), row[8])


class IncidentRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, incidents: Iterable[Incident]) -> None:
        self.database.conn.executemany(
            "INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type, note) VALUES (?, ?, ?, ?, ?)",
            [(i.building_id, i.stairwell_id, to_iso(i.date), i.incident_type.value, i.note) for i in incidents],
        )

    def register(self, incident: Incident) -> int:
        """One incident registered in the window (call inside a transaction); returns its id."""
        cursor = self.database.conn.execute(
            "INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type, note, reported_by, "
            "registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (incident.building_id, incident.stairwell_id, to_iso(incident.date), incident.incident_type.value,
             incident.note, incident.reported_by,
             incident.registered_at.isoformat(timespec="microseconds") if incident.registered_at else None,
             incident.registered_by))
        return inserted_id(cursor)

    def get(self, incident_id: int) -> Incident:
        row = self.database.conn.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store_records.no_incident", incident=incident_id))
        return _incident(row)

    def delete(self, incident_id: int) -> None:
        """Call inside a transaction; the database refuses anything but a same-day registration."""
        self.database.conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))

    def last_registered_by(self, actor: str) -> Incident | None:
        """The newest incident this app user registered in the window, if any."""
        row = self.database.conn.execute(
            f"SELECT {_COLUMNS} FROM incidents WHERE registered_by = ? AND registered_at IS NOT NULL "
            "ORDER BY registered_at DESC, id DESC LIMIT 1", (actor,)).fetchone()
        return _incident(row) if row else None

    def since(self, first_day: date) -> list[Incident]:
        return [_incident(r) for r in self.database.query(
            f"SELECT {_COLUMNS} FROM incidents WHERE occurred_on >= ? ORDER BY occurred_on", (to_iso(first_day),))]

    def occurrences(self) -> Counter[tuple[str, int | None, date, IncidentType]]:
        """How many incidents each (building, stairwell, day, type) has: an import adds only the missing ones."""
        return Counter({
            (building_id, stairwell_id, iso_date(day), IncidentType(kind)): count
            for building_id, stairwell_id, day, kind, count in self.database.query(
                "SELECT building_id, stairwell_id, occurred_on, incident_type, count(*) FROM incidents "
                "GROUP BY building_id, stairwell_id, occurred_on, incident_type")
        })
