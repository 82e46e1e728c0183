"""Incidents (hendelser) logged per building or stairwell."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..domain import Incident, IncidentType
from .codec import from_iso, to_iso
from .database import Database


class IncidentRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, incidents: Iterable[Incident]) -> None:
        self.database.conn.executemany(
            "INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type, note) VALUES (?, ?, ?, ?, ?)",
            [(i.building_id, i.stairwell_id, to_iso(i.date), i.incident_type.value, i.note) for i in incidents],
        )

    def since(self, first_day: date) -> list[Incident]:
        return [
            Incident(r[0], r[1], r[2], from_iso(r[3]), IncidentType(r[4]), r[5])
            for r in self.database.query(
                "SELECT id, building_id, stairwell_id, occurred_on, incident_type, note FROM incidents "
                "WHERE occurred_on >= ? ORDER BY occurred_on", (to_iso(first_day),))
        ]

    def occurrences(self) -> Counter[tuple[str, int | None, date, IncidentType]]:
        """How many incidents each (building, stairwell, day, type) has: an import adds only the missing ones."""
        return Counter({
            (building_id, stairwell_id, from_iso(day), IncidentType(kind)): count
            for building_id, stairwell_id, day, kind, count in self.database.query(
                "SELECT building_id, stairwell_id, occurred_on, incident_type, count(*) FROM incidents "
                "GROUP BY building_id, stairwell_id, occurred_on, incident_type")
        })
