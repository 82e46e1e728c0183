"""The two sides of a proposal (001 l.2750–2764): what the placement gives the applicant,
beside what it costs the stairwell and the building. Plain sentences, no score."""
from __future__ import annotations

from ..domain import Applicant, Building, NeedCategory, UnitSurroundings
from ..domain.places import place_key
from ..words import Capitalised, Count, Joined, Phrase, Text, Waiting, masked
from .rule import masks
from .sources import readable

def gains(applicant: Applicant, target: UnitSurroundings, waiting_days: int) -> list[str]:
    unit, building, stairwell = target.vacant.unit, target.building, target.stairwell_composition
    lines: list[str] = [Phrase(f"proposal.{applicant.situation.value}", waiting=Waiting(waiting_days))]
    if unit.bedrooms >= applicant.bedrooms_needed:
        need = (Phrase("proposal.household_needs", bedrooms=applicant.bedrooms_needed)
                if applicant.bedrooms_needed else "")
        lines.append(Phrase("proposal.room_enough", rooms=Count(unit.rooms, "room"), bedrooms=Count(unit.bedrooms, "bedroom"),
                            need=need))  # «1 room and 1 bedroom», not «1 rooms»
    if applicant.wheelchair_needed and unit.wheelchair_access:
        lines.append(Phrase("proposal.wheelchair"))
    elif applicant.step_free_needed and unit.step_free:
        lines.append(Phrase("proposal.step_free"))
    if stairwell.heavy_need_households == 0 and stairwell.households:
        lines.append(Phrase("proposal.ordinary"))
    if applicant.in_recovery and target.building_composition.count(NeedCategory.ACTIVE_USE) == 0:
        lines.append(Phrase("proposal.no_active_use", source=readable("000 l.5608–5616")))
    if applicant.school_district and _same_school(applicant, building):
        lines.append(Phrase("proposal.same_school", school=applicant.school_district))
    if building.presence:
        lines.append(Phrase("proposal.present",
                            presence=Joined(sorted(building.presence, key=lambda p: p.label), ", ")))
    return lines


def _same_school(applicant: Applicant, building: Building) -> bool:
    """The children's school catchment is the building's (or, where the building has none, the
    household stays in its bydel): the same comparison as SCHOOL_CHANGE."""
    if building.school_catchment:
        return place_key(building.school_catchment) == place_key(applicant.school_district)
    return place_key(applicant.current_district or applicant.school_district) == place_key(building.district)


def _before_after(n: int, mask_below: int) -> Text:
    """«2 → 3» for a count of other households that the applicant joins; masked, «færre enn 3 →
    én til», since the count after would give the masked one away (issue 13 item 8)."""
    if masks(n, mask_below):
        return Phrase("proposal.one_more", n=masked(n, mask_below))
    return Phrase("proposal.before_after", n=n, after=n + 1)


def costs(applicant: Applicant, target: UnitSurroundings, mask_below: int = 0) -> list[str]:
    """What the placement costs the stairwell and the building. With mask_below, counts of other
    households below it read «færre enn N» (a screen an adviser sees); totals stay exact."""
    s, b = target.stairwell_composition, target.building_composition
    lines: list[str] = [Phrase("proposal.households", households=Count(s.households + 1, "household"),
                                persons=Count(s.persons + applicant.size, "person"),
                                today=Count(s.households, "household"))]
    if applicant.is_heavy_need:
        lines.append(Phrase("proposal.heavy_need", stairwell=_before_after(s.heavy_need_households, mask_below),
                            building=_before_after(b.heavy_need_households, mask_below), total=b.households + 1))
    else:
        lines.append(Phrase("proposal.no_heavy_need"))
    shared = [n for n in NeedCategory if n in applicant.needs and s.count(n)]
    for need in shared:
        lines.append(Phrase("proposal.need", need=Capitalised(need), change=_before_after(s.count(need), mask_below),
                            total=s.households + 1))
    if applicant.has_children and s.households_with_children == 0 and s.households:
        lines.append(Phrase("proposal.first_family"))
    return lines
