"""How many of one kind a stairwell or building holds after the placement."""
from __future__ import annotations

import numpy as np

from ..domain import NeedCategory, Scope
from .features import GROUP_WORDS, PairColumns, group_count, in_group
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

    Read here as: the applicant adds to a need category or a household group (families with
    children, 002 l.2458–2460) that already dominates; a placement that dilutes a one-sided
    stairwell is not flagged.
    """

    id = "HOMOGENEOUS"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        u = p.unit
        after = u.households + 1
        large_enough = after >= cfg.min_households
        no = np.zeros((1, 1), dtype=bool)
        category = household_type = no
        for need in (NeedCategory(c) for c in cfg.categories):
            category = category | (p.applicant.needs[need] & large_enough & (u.needs[need] + 1 > cfg.share * after))
        # 002 l.2458–2460: «konsentrert bosetting av barnefamilier har medført konflikter»
        for group in cfg.household_groups:
            household_type = household_type | (p.applicant.groups[group] & large_enough
                                               & (u.groups[group] + 1 > cfg.share * after))
        return {"category": category, "household_type": household_type}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        s = ctx.stairwell
        after = s.households + 1
        if branch == "household_type":
            group = max((g for g in cfg.household_groups if in_group(ctx.applicant, g)),
                        key=lambda g: group_count(s, g))
            n = group_count(s, group) + 1
            return Scope.STAIRWELL, (
                f"Etter tildeling vil {n} av {after} husstander i oppgangen ({percent(n / after)}) være "
                f"{GROUP_WORDS[group]} – over {percent(cfg.share)}. Bydeler har erfart at konsentrert bosetting "
                "av én gruppe, også barnefamilier, har gitt konflikter.")
        worst = max((NeedCategory(c) for c in cfg.categories if NeedCategory(c) in ctx.applicant.needs),
                    key=lambda n: s.count(n))
        if ctx.masks(s.count(worst)):
            # «3 av 4» would give the neighbours' diagnosis count back: say only that the limit is passed
            return Scope.STAIRWELL, (
                f"Etter tildeling vil mer enn {percent(cfg.share)} av husstandene i oppgangen ha «{worst.label}». "
                "Ensartede oppganger gir erfaringsmessig eskalerende utfordringer.")
        share = (s.count(worst) + 1) / after
        return Scope.STAIRWELL, (
            f"Etter tildeling vil {s.count(worst) + 1} av {after} husstander i oppgangen ({percent(share)}) "
            f"ha «{worst.label}» – over {percent(cfg.share)}. Ensartede oppganger gir erfaringsmessig "
            "eskalerende utfordringer.")
