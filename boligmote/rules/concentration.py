"""How many of one kind a stairwell or building holds after the placement."""
from __future__ import annotations

import numpy as np

from ..domain import NeedCategory, Scope
from .features import PairColumns, group_count, in_group
from .rule import PairContext, Rule, percent
from .settings import RuleConfig
from ..words import Count, Phrase, Text


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

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        if branch == "stairwell":
            neighbours = ctx.stairwell.heavy_need_households
            if ctx.masks(neighbours):
                # «3 etter tildeling» would give the 2 neighbours away: mask the neighbours, not the sum
                return Scope.STAIRWELL, Phrase("flags.CONCENTRATION.stairwell_masked",
                                               households=ctx.households(neighbours), limit=cfg.stairwell_max)
            return Scope.STAIRWELL, Phrase("flags.CONCENTRATION.stairwell", households=Count(neighbours + 1, "household"),
                                           limit=cfg.stairwell_max)
        b = ctx.building
        share = (b.heavy_need_households + 1) / (b.households + 1)
        if ctx.masks(b.heavy_need_households):
            # the share and the total together would give the masked count back
            return Scope.BUILDING, Phrase("flags.CONCENTRATION.building_masked", limit=percent(cfg.building_share),
                                          households=ctx.households(b.heavy_need_households))
        return Scope.BUILDING, Phrase("flags.CONCENTRATION.building", share=percent(share),
                                      n=b.heavy_need_households + 1, total=b.households + 1,
                                      limit=percent(cfg.building_share))


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

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        s = ctx.stairwell
        after = s.households + 1
        if branch == "household_type":
            group = max((g for g in cfg.household_groups if in_group(ctx.applicant, g)),
                        key=lambda g: group_count(s, g))
            n = group_count(s, group) + 1
            return Scope.STAIRWELL, Phrase("flags.HOMOGENEOUS.household_type", n=n, after=after,
                                           share=percent(n / after), group=Phrase(f"groups.{group}"),
                                           limit=percent(cfg.share))
        worst = max((NeedCategory(c) for c in cfg.categories if NeedCategory(c) in ctx.applicant.needs),
                    key=lambda n: s.count(n))
        if ctx.masks(s.count(worst)):
            # «3 av 4» would give the neighbours' diagnosis count back: say only that the limit is passed
            return Scope.STAIRWELL, Phrase("flags.HOMOGENEOUS.category_masked", limit=percent(cfg.share), need=worst)
        share = (s.count(worst) + 1) / after
        return Scope.STAIRWELL, Phrase("flags.HOMOGENEOUS.category", n=s.count(worst) + 1, after=after,
                                       share=percent(share), need=worst, limit=percent(cfg.share))
