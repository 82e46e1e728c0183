"""The estate hierarchy: bydel → building (adresse/gård) → stairwell (oppgang) → unit.

002 l.1122–1128 describes the hierarchy; the stairwell is the main unit of composition
(«tildeling … til den enkelte oppgang», 002 l.4775).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .enums import BuildingType, Ownership, Presence, Security, UnitStatus, UnitType

# «Tøyengata 12», «Tøyengata 12B», «Tøyengata 12 B», «Tøyengata 12, 0190 Oslo» → «Tøyengata»
_HOUSE_NUMBER = re.compile(r"^(.*?\D)\s*\d+\s*[A-Za-zÆØÅæøå]?\b.*$")


@dataclass(frozen=True, slots=True)
class Building:
    id: str
    address: str
    district: str
    ownership: Ownership
    building_type: BuildingType
    # All units in the building, municipal or not: a cooperative's total matters for the
    # ten-percent rule (004 l.307–328).
    total_units: int
    has_lift: bool = False
    security: frozenset[Security] = frozenset()
    presence: frozenset[Presence] = frozenset()
    area_programme: bool = False
    centre_distance_km: float = 0.0
    postcode: str = ""
    town: str = ""
    # The school catchment (skolekrets) the address belongs to; SCHOOL_CHANGE compares it with
    # the children's current one and falls back to the bydel only when it is empty (issue 15).
    school_catchment: str = ""

    @property
    def street(self) -> str:
        """The street name without the house number: «Tøyengata 12 B» → «Tøyengata»."""
        match = _HOUSE_NUMBER.match(self.address.strip())
        return match.group(1) if match else self.address.strip()


@dataclass(frozen=True, slots=True)
class Stairwell:
    id: int | None
    building_id: str
    label: str


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    stairwell_id: int
    floor: int  # Norwegian numbering, as Kobo's etasjenummer: 1 is the ground floor
    rooms: int
    bedrooms: int
    area_m2: float
    rent: int  # kroner per month (gjengs leie)
    unit_type: UnitType = UnitType.ORDINARY
    step_free: bool = False
    wheelchair_access: bool = False
    status: UnitStatus = UnitStatus.OCCUPIED
    vacant_from: date | None = None
    # Earmarking under husleieloven §§ 11-1/11-2, free text (e.g. «§ 11-2 ungdom»).
    earmark: str = ""


@dataclass(frozen=True, slots=True)
class VacantUnit:
    """A vacant unit with the building facts the workspace shows beside it."""

    unit: Unit
    building: Building
    stairwell_label: str

    @property
    def address(self) -> str:
        return self.building.address
