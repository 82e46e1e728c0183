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

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        return {"wheelchair": a.wheelchair_needed & ~u.wheelchair_access,
                "step_free": a.step_free_needed & ~a.wheelchair_needed & ~u.step_free}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        unit = ctx.target.vacant.unit
        lift = "med heis" if ctx.target.building.has_lift else "uten heis"
        if branch == "wheelchair":
            return Scope.UNIT, (f"Søkeren bruker rullestol; boligen ({floor_label(unit.floor)}, {lift}) er ikke "
                                "tilrettelagt.")
        return Scope.UNIT, f"Søkeren trenger trinnfri adkomst; boligen ligger i {floor_label(unit.floor)} {lift}."


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
    """002 l.2101–2166; 001 l.1761: barn som flytter mye; stabil skolegang."""

    id = "SCHOOL_CHANGE"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        return {"district": a.has_school_children & (a.school_district >= 0) & (u.district != a.school_district)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        return Scope.APPLICANT, (f"Barna går på skole i {ctx.applicant.school_district}; boligen ligger i "
                                 f"{ctx.target.building.district} og kan bety skolebytte.")
