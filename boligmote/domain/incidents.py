"""Incidents logged against a building or one of its stairwells (002 §3; 001 l.2425–2476)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .enums import IncidentType


@dataclass(frozen=True, slots=True)
class Incident:
    id: int | None
    building_id: str
    stairwell_id: int | None  # None: concerns the building as a whole
    date: date
    incident_type: IncidentType
    # Never a name: what happened, not who (composition counts only).
    note: str = ""
    # Who told the housing office: a role or organisation («vaktmester», «politiet»), never a name.
    reported_by: str = ""
    # When and by which app user it was registered in the window; None/"" for imported incidents.
    registered_at: datetime | None = None
    registered_by: str = ""
