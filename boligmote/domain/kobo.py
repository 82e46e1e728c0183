"""Husbanken's Kobo Bolig API and the unit register: the vocabulary both ways (issue 20 item 4).

Kobo («Kommunalt boligregister») describes a municipal unit as a `kobobolig` object. Its
public field table (apidocs.husbanken.no, «Kobo Bolig API») names the fields used here —
`adresse` (object, required), `antallSoverom` (int), `boligtype` (enum, required),
`bruksareal` (double), `etasjenummer` (int, «Etasjen inngangen ligger i»), `erBofellesskap`,
`erTilgjengeligForRullestolbruker` (booleans), `fdvuBoligId` (the supplier's own id; the
V1 page calls it `leverandorBoligId`), `husstand`, `leieforhold` and `leiekostnad`
(objects) — but not the values of the Boligtype enum nor the fields of AdresseTO,
HusstandTO, LeieforholdTO and LeiekostnadTO. What is chosen here for those is written in
README «Kobo» and nowhere else is there a second copy: export and import both use this module.

Pure Python: no Qt, no SQL, no I/O.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .enums import BuildingType, HouseholdType, UnitType

# Boligtype: chosen (Husbanken's enum values are not public). One value per unit type, in
# Kobo's own style (upper case, Norwegian, no æøå).
BOLIGTYPE: dict[UnitType, str] = {
    UnitType.ORDINARY: "ORDINAER",
    UnitType.TRANSITIONAL: "GJENNOMGANGSBOLIG",
    UnitType.SMALL_HOUSE: "SMAAHUS",
    UnitType.STAFFED: "BEMANNET",
}
UNIT_TYPE_OF: dict[str, UnitType] = {code: unit_type for unit_type, code in BOLIGTYPE.items()}

# HusstandTO.husstandstype: chosen, one value per household type.
HUSSTANDSTYPE: dict[HouseholdType, str] = {
    HouseholdType.SINGLE: "ENSLIG",
    HouseholdType.COUPLE: "PAR",
    HouseholdType.FAMILY: "FAMILIE_MED_BARN",
    HouseholdType.SINGLE_PARENT: "ENSLIG_FORSORGER",
    HouseholdType.ELDERLY: "ELDRE",
}
HOUSEHOLD_TYPE_OF: dict[str, HouseholdType] = {code: kind for kind, code in HUSSTANDSTYPE.items()}

# A unit in a shared-living building (bofellesskap): Boligmøte keeps that on the building,
# as its type (samlokaliserte boliger, staffed housing), not on the unit.
SHARED_LIVING = frozenset({BuildingType.CO_LOCATED, BuildingType.STAFFED})

# «Tøyengata 12», «Tøyengata 12B», «Tøyengata 12 b»: street name, house number, letter.
_STREET_ADDRESS = re.compile(r"^(?P<name>.*?\S)\s+(?P<number>\d{1,5})\s*(?P<letter>[A-Za-zÆØÅæøå])?$")


@dataclass(frozen=True, slots=True)
class KoboAddress:
    """AdresseTO as chosen here: the street address, with the postcode and town beside it."""

    street: str                 # adressenavn
    number: int | None = None   # nummer
    letter: str = ""            # bokstav
    postcode: str = ""          # postnummer
    town: str = ""              # poststed

    @property
    def key(self) -> tuple[str, int | None, str]:
        """What two spellings of one address share: «Tøyengata 12 b» is «tøyengata 12B»."""
        return " ".join(self.street.split()).casefold(), self.number, self.letter.upper()

    @property
    def text(self) -> str:
        """As a person writes it: «Tøyengata 12 B»."""
        parts = [self.street] + ([str(self.number)] if self.number is not None else [])
        return " ".join(parts) + (f" {self.letter}" if self.letter else "")


def split_address(address: str, postcode: str = "", town: str = "") -> KoboAddress:
    """A building's address as one text → Kobo's parts. An address without a house number
    («Sandvika gård») is all street name."""
    text = " ".join(address.split())
    match = _STREET_ADDRESS.match(text)
    if match is None:
        return KoboAddress(text, None, "", postcode, town)
    return KoboAddress(match["name"], int(match["number"]), (match["letter"] or "").upper(), postcode, town)
