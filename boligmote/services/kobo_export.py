"""Exporting the unit register in the shape of Husbanken's Kobo Bolig API (issue 20 item 4).

One JSON file, `{"kobobolig": [...]}`, one object per unit, sorted by unit id, in exactly
the shape the Kobo import reads (services/importing/kobo.py; the mapping is README «Kobo»
and domain/kobo.py): exported and imported back, every field is the same.

What leaves the file by default: the unit and its building's address — the unit register,
without `husstand` and `leieforhold`. Address, stairwell, floor, household type, adults,
children's ages and lease dates per unit together identify a household (GDPR art. 4(1)),
so households go only on explicit request (`with_households`), and data minimisation
(art. 5(1)(c)) keeps even those to the household's type, its number of adults and the
contract dates: children are left out (a type such as FAMILIE_MED_BARN says there are
children; their number and ages are not needed in a unit register). A unit in staffed or
shared housing (BEMANNET, erBofellesskap) never gets a household: that someone lives there
says, by inference, something about their health or substance use (art. 9). Never a need
category, a follow-up service, an incident or a name. The import reads back exactly what is
written here (a unit without `husstand` keeps its stored status). Like the Excel exports it
is written owner-only, beside the target, then moved into place.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ..domain import Building, ResidentHousehold, Unit, UnitType, saved_id
from ..domain.kobo import BOLIGTYPE, HUSSTANDSTYPE, SHARED_LIVING, split_address
from ..store import Database
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository


def kobo_unit(unit: Unit, building: Building, stairwell: str, tenancy: ResidentHousehold | None,
              with_household: bool = False) -> dict[str, Any]:
    address = split_address(building.address, building.postcode, building.town)
    result: dict[str, Any] = {
        "fdvuBoligId": unit.id,
        "adresse": {
            "adressenavn": address.street,
            "nummer": address.number,
            "bokstav": address.letter or None,
            "postnummer": address.postcode or None,
            "poststed": address.town or None,
        },
        "oppgang": stairwell,
        "boligtype": BOLIGTYPE[unit.unit_type],
        "antallSoverom": unit.bedrooms,
        "bruksareal": unit.area_m2,
        "etasjenummer": unit.floor,
        "erBofellesskap": building.building_type in SHARED_LIVING,
        "erTilgjengeligForRullestolbruker": unit.wheelchair_access,
        "leiekostnad": {"husleie": unit.rent},
    }
    if not with_household or withholds_household(result):
        return result
    result["husstand"] = None
    if tenancy is not None:
        result["husstand"] = {
            "husstandstype": HUSSTANDSTYPE[tenancy.household_type],
            "antallVoksne": tenancy.adults,
        }
        result["leieforhold"] = {
            "startdato": tenancy.contract_start.isoformat() if tenancy.contract_start else None,
            "sluttdato": tenancy.contract_end.isoformat() if tenancy.contract_end else None,
        }
    return result


def withholds_household(unit: dict[str, Any]) -> bool:
    """Staffed or shared housing: a household there is special-category data by inference (art. 9)."""
    return bool(unit["boligtype"] == BOLIGTYPE[UnitType.STAFFED] or unit["erBofellesskap"])


def kobo_units(database: Database, with_households: bool = False) -> list[dict[str, Any]]:
    estate = EstateRepository(database)
    buildings = estate.buildings()
    stairwells = {saved_id(s.id): s for s in estate.stairwells().values()}
    tenancies = {t.unit_id: t for t in HouseholdRepository(database).current_tenancies()}
    result = []
    for unit in sorted(estate.units(), key=lambda u: u.id):
        stairwell = stairwells[unit.stairwell_id]
        result.append(kobo_unit(unit, buildings[stairwell.building_id], stairwell.label, tenancies.get(unit.id),
                                with_households))
    return result


def export_kobo(database: Database, out: Path, with_households: bool = False) -> int:
    """Write the unit register to `out` (replacing it); returns the number of units. With
    `with_households` the file holds personal data (module doc)."""
    out = Path(out)
    objects = kobo_units(database, with_households)
    handle, temporary = tempfile.mkstemp(suffix=".json", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as f:
            json.dump({"kobobolig": objects}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(objects)
