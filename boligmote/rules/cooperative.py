"""A municipal unit held by a share in a borettslag or sameie: the house rules bind the municipality."""
from __future__ import annotations

import numpy as np

from ..domain import NeedCategory, Scope
from .features import PairColumns
from .rule import PairContext, Rule
from .settings import RuleConfig
from ..words import Phrase, Text


class CooperativeRules(Rule):
    """004 l.294–303: the municipality answers to the cooperative for its tenant keeping the
    house rules («ordensreglene») and can be forced to sell the share.

    Replaces MUNICIPAL_SHARE: the ten-percent rule (004 l.307–328) limits how many shares a
    municipality may *buy*; allocating a unit it already holds changes nothing, so the share
    is shown as building context in the composition pane, never as a pair flag.
    """

    id = "COOPERATIVE_RULES"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a = p.applicant
        return {"house_rules": p.unit.cooperative & (a.active_use | a.disturbance)}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        why = "active_use" if NeedCategory.ACTIVE_USE in ctx.applicant.needs else "disturbance"
        return Scope.BUILDING, Phrase(f"flags.COOPERATIVE_RULES.{why}")
