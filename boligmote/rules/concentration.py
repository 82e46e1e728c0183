"""How many of one kind a stairwell or building holds after the placement."""
from __future__ import annotations

import numpy as np

from ..domain import NeedCategory, Scope
from .features import PairColumns
from .rule import PairContext, Rule, percent, plural
from .settings import RuleConfig


class Concentration(Rule):
    """000 l.5601–5604: the number and share of active users is the strongest factor."""

    id = "CONCENTRATION"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        stairwell = a.heavy_need & (u.heavy_need + 1 >= cfg.stairwell_max)
        # share after placement ≥ S, kept in integers: (heavy + 1) ≥ S · (households + 1)
        building = a.heavy_need & ~stairwell & (u.building_households + 1 >= cfg.building_min_households) & (
            u.building_heavy_need + 1 >= cfg.building_share * (u.building_households + 1))
        return {"stairwell": stairwell, "building": building}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        if branch == "stairwell":
            neighbours = ctx.stairwell.heavy_need_households
            if ctx.masks(neighbours):
                # «3 etter tildeling» would give the 2 neighbours away: mask the neighbours, not the sum
                return Scope.STAIRWELL, (
                    f"Søkeren har tunge behov; oppgangen har fra før {ctx.households(neighbours, 'husstand', 'husstander')} "
                    f"med tunge behov, og søkeren blir én til (grense {cfg.stairwell_max}).")
            return Scope.STAIRWELL, (
                f"Søkeren har tunge behov; etter tildeling vil oppgangen ha "
                f"{plural(neighbours + 1, 'husstand', 'husstander')} med tunge behov (grense {cfg.stairwell_max}).")
        b = ctx.building
        share = (b.heavy_need_households + 1) / (b.households + 1)
        if ctx.masks(b.heavy_need_households):
            # the share and the total together would give the masked count back
            return Scope.BUILDING, (
                f"Søkeren har tunge behov; etter tildeling vil andelen husstander med tunge behov i bygningen nå "
                f"grensen på {percent(cfg.building_share)} (fra før {ctx.households(b.heavy_need_households, 'husstand', 'husstander')}).")
        return Scope.BUILDING, (
            f"Søkeren har tunge behov; etter tildeling vil {percent(share)} av bygningens husstander ha tunge "
            f"behov ({b.heavy_need_households + 1} av {b.households + 1}; grense {percent(cfg.building_share)}).")


class Homogeneous(Rule):
    """002 l.2446–2468, 4767–4771: bydeler som har gruppert i enkelte bomiljø har erfart at det er uheldig.

    Read here as: the applicant adds to a category that already dominates; a placement
    that dilutes a one-sided stairwell is not flagged.
    """

    id = "HOMOGENEOUS"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        u = p.unit
        after = u.households + 1
        large_enough = after >= cfg.min_households
        fired = None
        for need in (NeedCategory(c) for c in cfg.categories):
            dominates = p.applicant.needs[need] & large_enough & (u.needs[need] + 1 > cfg.share * after)
            fired = dominates if fired is None else (fired | dominates)
        return {"category": fired if fired is not None else np.zeros((1, 1), dtype=bool)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        s = ctx.stairwell
        after = s.households + 1
        worst = max((NeedCategory(c) for c in cfg.categories if NeedCategory(c) in ctx.applicant.needs),
                    key=lambda n: s.count(n))
        share = (s.count(worst) + 1) / after
        return Scope.STAIRWELL, (
            f"Etter tildeling vil {s.count(worst) + 1} av {after} husstander i oppgangen ({percent(share)}) "
            f"ha «{worst.label}» – over {percent(cfg.share)}. Ensartede oppganger gir erfaringsmessig "
            "eskalerende utfordringer.")


class MunicipalShare(Rule):
    """004 l.307–328: kommunen kan eie inntil ti prosent av andelene i et borettslag."""

    id = "MUNICIPAL_SHARE"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        u = p.unit
        return {"cooperative": u.cooperative & (u.total_units > 0) & (u.municipal_units > cfg.max_share * u.total_units)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        municipal, total = ctx.building.municipal_units, ctx.target.building.total_units
        return Scope.BUILDING, (
            f"Kommunen disponerer {municipal} av {total} boliger i borettslaget/sameiet "
            f"({percent(municipal / total)}), over {percent(cfg.max_share)}.")
