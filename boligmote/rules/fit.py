"""Does the unit fit the household: size, access, school, follow-up before move-in."""
from __future__ import annotations

import numpy as np

from ..domain import Scope
from ..text import floor_label
from .features import PairColumns
from .rule import PairContext, Rule, plural
from .settings import RuleConfig


class SizeMismatch(Rule):
    """002 l.2281, 2293: trangboddhet, og enslige i store boliger."""

    id = "SIZE_MISMATCH"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        return {"overcrowded": u.bedrooms < a.bedrooms_needed,
                "too_large": (a.persons == 1) & (u.rooms >= cfg.single_person_max_rooms)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        unit, applicant = ctx.target.vacant.unit, ctx.applicant
        if branch == "overcrowded":
            return Scope.UNIT, (f"Husstanden på {plural(applicant.size, 'person', 'personer')} trenger "
                                f"{plural(applicant.bedrooms_needed, 'soverom', 'soverom')}; boligen har "
                                f"{plural(unit.bedrooms, 'soverom', 'soverom')}.")
        return Scope.UNIT, f"Én person i en bolig med {unit.rooms} rom."


class AccessMismatch(Rule):
    """Husbanken / Kobo: erTilgjengeligForRullestolbruker; a 4th floor without lift is plainly unsuitable."""

    id = "ACCESS_MISMATCH"
    protects_applicant = frozenset({"elderly_floor"})  # the wheelchair/step-free branches are hard requirements
    lesser_branches = frozenset({"elderly_floor"})
    lesser_severity_key = "elderly_severity"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        no_need_recorded = ~a.step_free_needed & ~a.wheelchair_needed
        return {"wheelchair": a.wheelchair_needed & ~u.wheelchair_access,
                "step_free": a.step_free_needed & ~a.wheelchair_needed & ~u.step_free,
                # not a hard requirement: nothing is recorded, so it is a question to ask
                "elderly_floor": a.elderly & no_need_recorded & (u.floor >= cfg.elderly_floor_from) & ~u.has_lift}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        unit = ctx.target.vacant.unit
        lift = "med heis" if ctx.target.building.has_lift else "uten heis"
        if branch == "wheelchair":
            return Scope.UNIT, (f"Søkeren bruker rullestol; boligen ({floor_label(unit.floor)}, {lift}) er ikke "
                                "tilrettelagt.")
        if branch == "step_free":
            return Scope.UNIT, f"Søkeren trenger trinnfri adkomst; boligen ligger i {floor_label(unit.floor)} {lift}."
        return Scope.UNIT, (f"Søkeren er eldre og har ikke registrert behov for tilgjengelighet, men boligen ligger "
                            f"i {floor_label(unit.floor)} uten heis. Spør om trappene blir et problem.")


class FollowUpMissing(Rule):
    """002 l.3619–3625, 5701: booppfølging bestilt allerede før innflytting; 004 l.1542–1553."""

    id = "FOLLOW_UP_MISSING"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a = p.applicant
        return {"missing": (a.lost_home_before | a.heavy_need) & ~a.has_follow_up}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        why = "har mistet bolig før" if ctx.applicant.lost_home_before else "har tunge behov"
        return Scope.APPLICANT, (f"Søkeren {why}, men ingen oppfølgingstjeneste er bestilt før innflytting.")


class SchoolChange(Rule):
    """002 l.2101–2166; 001 l.1761: barn som flytter mye; stabil skolegang.

    Compares the children's school catchment with the building's; a building without one
    is compared by bydel (where the family lives now), and the explanation says so."""

    id = "SCHOOL_CHANGE"
    protects_applicant = frozenset({"catchment", "district"})  # the children's own schooling

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        schoolchildren = a.has_school_children & (a.school_catchment >= 0)
        return {"catchment": schoolchildren & (u.school_catchment >= 0) & (u.school_catchment != a.school_catchment),
                "district": schoolchildren & (u.school_catchment < 0) & (a.current_district >= 0)
                            & (u.district != a.current_district)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        applicant, building = ctx.applicant, ctx.target.building
        if branch == "catchment":
            return Scope.APPLICANT, (f"Barna hører til {applicant.school_district}; boligen ligger i skolekretsen til "
                                     f"{building.school_catchment} og kan bety skolebytte.")
        if applicant.current_district:
            where = f"familien bor nå i {applicant.current_district}, boligen ligger i {building.district}"
        else:  # a file from before catchments: the case system's «skolekrets» may name a bydel
            where = f"barna hører til {applicant.school_district}, boligen ligger i {building.district}"
        return Scope.APPLICANT, (f"Boligen har ingen skolekrets registrert, så bydelene er sammenlignet: {where}. "
                                 "Det kan bety skolebytte for barna.")
