"""A municipal unit held by a share in a borettslag or sameie: the house rules bind the municipality."""
from __future__ import annotations

import numpy as np

from ..domain import NeedCategory, Scope
from .features import PairColumns
from .rule import PairContext, Rule
from .settings import RuleConfig


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

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, str]:
        why = ("er i aktiv rus" if NeedCategory.ACTIVE_USE in ctx.applicant.needs
               else "er registrert med uro eller mange besøkende")
        return Scope.BUILDING, (
            f"Boligen er en kommunal andel i et borettslag eller sameie, og søkeren {why}. Kommunen svarer "
            "overfor borettslaget eller sameiet for at leieren følger ordensreglene, og kan bli tvunget til å "
            "selge andelen eller seksjonen om brudd ikke blir ordnet opp i.")
