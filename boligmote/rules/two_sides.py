"""The two sides of a proposal (001 l.2750–2764): what the placement gives the applicant,
beside what it costs the stairwell and the building. Plain sentences, no score."""
from __future__ import annotations

from ..domain import Applicant, Building, NeedCategory, Situation, UnitSurroundings
from ..domain.places import place_key
from ..text import sentence_case, waiting_time
from .rule import masked_number, masks, plural
from .sources import readable

_SITUATION_NOW = {
    Situation.HOMELESS: "bostedsløs",
    Situation.AT_RISK: "i risiko for å miste boligen",
    Situation.UNSUITABLE: "i en uegnet bolig",
    Situation.TEMPORARY: "i et midlertidig botilbud",
}


def gains(applicant: Applicant, target: UnitSurroundings, waiting_days: int) -> list[str]:
    unit, building, stairwell = target.vacant.unit, target.building, target.stairwell_composition
    lines = [f"Et varig hjem i stedet for å være {_SITUATION_NOW[applicant.situation]} "
             f"(har ventet {waiting_time(waiting_days)})."]
    if unit.bedrooms >= applicant.bedrooms_needed:
        need = (f"; husstanden trenger {applicant.bedrooms_needed}" if applicant.bedrooms_needed else "")
        lines.append(f"Plass nok: {unit.rooms} rom og {unit.bedrooms} soverom{need}.")
    if applicant.wheelchair_needed and unit.wheelchair_access:
        lines.append("Boligen er tilpasset rullestol.")
    elif applicant.step_free_needed and unit.step_free:
        lines.append("Trinnfri adkomst.")
    if stairwell.heavy_need_households == 0 and stairwell.households:
        lines.append("Et ordinært bomiljø: ingen husstander med tunge behov i oppgangen.")
    if applicant.in_recovery and target.building_composition.count(NeedCategory.ACTIVE_USE) == 0:
        lines.append("Ingen i aktiv rus i bygningen: for den som er i rehabilitering, betyr det mest at aktive "
                     "rusbrukere ikke bor på samme sted (" + readable("000 l.5608–5616") + ").")
    if applicant.school_district and _same_school(applicant, building):
        lines.append(f"Barna kan fortsette på {applicant.school_district}.")
    if building.presence:
        lines.append("Tilstede på stedet: " + ", ".join(sorted(p.label for p in building.presence)) + ".")
    return lines


def _same_school(applicant: Applicant, building: Building) -> bool:
    """The children's school catchment is the building's (or, where the building has none, the
    household stays in its bydel): the same comparison as SCHOOL_CHANGE."""
    if building.school_catchment:
        return place_key(building.school_catchment) == place_key(applicant.school_district)
    return place_key(applicant.current_district or applicant.school_district) == place_key(building.district)


def _before_after(n: int, mask_below: int) -> str:
    """«2 → 3» for a count of other households that the applicant joins; masked, «færre enn 3 →
    én til», since the count after would give the masked one away (issue 13 item 8)."""
    if masks(n, mask_below):
        return f"{masked_number(n, mask_below)} → én til"
    return f"{n} → {n + 1}"


def costs(applicant: Applicant, target: UnitSurroundings, mask_below: int = 0) -> list[str]:
    """What the placement costs the stairwell and the building. With mask_below, counts of other
    households below it read «færre enn N» (a screen an adviser sees); totals stay exact."""
    s, b = target.stairwell_composition, target.building_composition
    lines = [f"Oppgangen får {plural(s.households + 1, 'husstand', 'husstander')} "
             f"({plural(s.persons + applicant.size, 'person', 'personer')}; "
             f"i dag {plural(s.households, 'husstand', 'husstander')})."]
    if applicant.is_heavy_need:
        lines.append(f"Husstander med tunge behov i oppgangen: {_before_after(s.heavy_need_households, mask_below)}"
                     f"; i bygningen: {_before_after(b.heavy_need_households, mask_below)} av {b.households + 1}.")
    else:
        lines.append("Ingen økning i antall husstander med tunge behov.")
    shared = [n for n in NeedCategory if n in applicant.needs and s.count(n)]
    for need in shared:
        lines.append(f"«{sentence_case(need.label)}» i oppgangen: {_before_after(s.count(need), mask_below)} "
                     f"av {s.households + 1} husstander.")
    if applicant.has_children and s.households_with_children == 0 and s.households:
        lines.append("Første barnefamilie i oppgangen.")
    return lines
