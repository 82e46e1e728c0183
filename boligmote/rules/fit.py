"""Does the unit fit the household: size, access, school, follow-up before move-in."""
from __future__ import annotations

import numpy as np

from ..domain import Scope
from ..words import Count, Phrase, Text, floor_words
from .features import PairColumns
from .rule import PairContext, Rule
from .settings import RuleConfig


class SizeMismatch(Rule):
    """002 l.2281, 2293: trangboddhet, og enslige i store boliger."""

    id = "SIZE_MISMATCH"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        return {"overcrowded": u.bedrooms < a.bedrooms_needed,
                "too_large": (a.persons == 1) & (u.rooms >= cfg.single_person_max_rooms)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        unit, applicant = ctx.target.vacant.unit, ctx.applicant
        if branch == "overcrowded":
            return Scope.UNIT, Phrase("flags.SIZE_MISMATCH.overcrowded", persons=Count(applicant.size, "person"),
                                      needed=Count(applicant.bedrooms_needed, "bedroom"),
                                      has=Count(unit.bedrooms, "bedroom"))
        return Scope.UNIT, Phrase("flags.SIZE_MISMATCH.too_large", rooms=unit.rooms)


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

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        unit = ctx.target.vacant.unit
        lift = Phrase("words.with_lift" if ctx.target.building.has_lift else "words.without_lift")
        if branch in ("wheelchair", "step_free"):
            return Scope.UNIT, Phrase(f"flags.ACCESS_MISMATCH.{branch}", floor=floor_words(unit.floor), lift=lift)
        return Scope.UNIT, Phrase("flags.ACCESS_MISMATCH.elderly_floor", floor=floor_words(unit.floor))


class FollowUpMissing(Rule):
    """002 l.3619–3625, 5701: booppfølging bestilt allerede før innflytting; 004 l.1542–1553."""

    id = "FOLLOW_UP_MISSING"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a = p.applicant
        return {"missing": (a.lost_home_before | a.heavy_need) & ~a.has_follow_up}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        why = "lost_home" if ctx.applicant.lost_home_before else "heavy_need"
        return Scope.APPLICANT, Phrase(f"flags.FOLLOW_UP_MISSING.{why}")


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

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        applicant, building = ctx.applicant, ctx.target.building
        if branch == "catchment":
            return Scope.APPLICANT, Phrase("flags.SCHOOL_CHANGE.catchment", school=applicant.school_district,
                                           catchment=building.school_catchment)
        if applicant.current_district:
            where = Phrase("flags.SCHOOL_CHANGE.lives_in", current=applicant.current_district, district=building.district)
        else:  # a file from before catchments: the case system's «skolekrets» may name a bydel
            where = Phrase("flags.SCHOOL_CHANGE.belongs_to", school=applicant.school_district, district=building.district)
        return Scope.APPLICANT, Phrase("flags.SCHOOL_CHANGE.district", where=where)
