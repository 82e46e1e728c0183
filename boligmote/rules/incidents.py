"""Recent trouble at the address."""
from __future__ import annotations

import numpy as np

from ..domain import Scope
from .features import PairColumns
from .rule import PairContext, Rule
from .settings import RuleConfig
from ..words import Count, Phrase, Text


class RecentIncidents(Rule):
    """002 l.3289–3295: eskalerende uro etter uheldige tildelinger; 004 l.1409–1414."""

    id = "RECENT_INCIDENTS"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        u = p.unit
        stairwell = u.incidents_recent >= cfg.min_in_stairwell
        return {"stairwell": stairwell,
                "building": ~stairwell & (u.building_incidents_recent >= cfg.min_in_building)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        if branch == "stairwell":
            n = ctx.stairwell.incidents_in_last_months(cfg.window_months, ctx.today)
            return Scope.STAIRWELL, Phrase("flags.RECENT_INCIDENTS.stairwell", incidents=Count(n, "incident"),
                                           months=cfg.window_months, limit=cfg.min_in_stairwell)
        n = ctx.building.incidents_in_last_months(cfg.window_months, ctx.today)
        return Scope.BUILDING, Phrase("flags.RECENT_INCIDENTS.building", incidents=Count(n, "incident"),
                                      months=cfg.window_months, limit=cfg.min_in_building)
