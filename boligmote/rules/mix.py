"""Who should not be placed next to whom: the mixes the research warns against."""
from __future__ import annotations

import numpy as np

from ..domain import OUTSIDER_INCIDENTS, Applicant, IncidentType, NeedCategory, Ownership, Scope, months_before
from ..domain.places import avoided_place
from .features import PairColumns
from .rule import PairContext, Rule
from .settings import RuleConfig
from .sources import readable
from ..words import Count, Joined, Listing, Phrase, Text


def known_only(ctx: PairContext) -> Text | str:
    """In a borettslag or sameie only the municipality's own households are registered."""
    if ctx.target.building.ownership is Ownership.COOPERATIVE_SHARE:
        return Phrase("flags.known_only")
    return ""


class ChildrenActiveUse(Rule):
    """002 l.384, 2411: «barn ikke bør bo sammen med rusavhengige og personer med psykiske lidelser»;
    001 l.2459–2476: in the building's other stairwells too (storage rooms, needles where children play)."""

    id = "CHILDREN_ACTIVE_USE"
    protects_applicant = frozenset({"family", "building"})  # not "reverse": that protects the residents
    lesser_branches = frozenset({"building"})
    lesser_severity_key = "building_severity"

    @staticmethod
    def _troubled_in_stairwell(p: PairColumns, cfg: RuleConfig) -> np.ndarray:
        troubled = p.unit.active_use
        if cfg.count_untreated_mental_illness:
            troubled = troubled + p.unit.untreated_severe_mental
        return troubled

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a = p.applicant
        troubled_applicant = a.active_use | (a.untreated_severe_mental & cfg.count_untreated_mental_illness)
        here = self._troubled_in_stairwell(p, cfg)
        # 001 l.2459–2476 tells of drug use spilling over (dealing, storage-room break-ins, needles
        # where children play): the building branch counts households in active use only.
        in_use_elsewhere = p.unit.building_active_use - p.unit.active_use
        return {
            "family": a.has_children & (here >= cfg.min_households),
            "building": a.has_children & (here < cfg.min_households) & (in_use_elsewhere >= cfg.min_in_other_stairwells),
            "reverse": troubled_applicant & (p.unit.households_with_children >= cfg.min_households),
        }

    @staticmethod
    def _troubled_words(ctx: PairContext, cfg: RuleConfig, active_use: int, untreated: int) -> Text:
        parts = []
        if active_use:
            parts.append(Phrase("flags.in_active_use", households=ctx.households(active_use)))
        if cfg.count_untreated_mental_illness and untreated:
            # «untreated» here means no mental-health follow-up registered by the municipality
            parts.append(Phrase("flags.untreated", households=ctx.households(untreated)))
        return Listing(parts)

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        s, b = ctx.stairwell, ctx.building
        if branch == "family":
            troubled = self._troubled_words(ctx, cfg, s.count(NeedCategory.ACTIVE_USE), s.untreated_severe_mental)
            return Scope.STAIRWELL, Phrase("flags.CHILDREN_ACTIVE_USE.family", troubled=troubled)
        if branch == "building":
            elsewhere = b.count(NeedCategory.ACTIVE_USE) - s.count(NeedCategory.ACTIVE_USE)
            return Scope.BUILDING, Phrase("flags.CHILDREN_ACTIVE_USE.building", known_only=known_only(ctx),
                                          households=ctx.households(elsewhere), source=readable("001 l.2459–2476"))
        key = "reverse_active_use" if NeedCategory.ACTIVE_USE in ctx.applicant.needs else "reverse_untreated"
        families = ctx.households(s.households_with_children, "family_with_children")
        children = "" if ctx.masks(s.households_with_children) else \
            Phrase("words.in_brackets", text=Count(s.children, "child"))
        return Scope.STAIRWELL, Phrase(f"flags.CHILDREN_ACTIVE_USE.{key}", families=families, children=children)


class RecoveryNearUse(Rule):
    """000 l.5608–5620: «holde atskilt … aktive rusmisbrukere og … personer i rehabilitering»."""

    id = "RECOVERY_NEAR_USE"
    protects_applicant = frozenset({"stairwell", "building", "incidents"})

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        return {
            "stairwell": a.in_recovery & (u.active_use >= cfg.min_in_stairwell),
            "building": a.in_recovery & (u.active_use < cfg.min_in_stairwell)
                        & (u.building_active_use >= cfg.min_in_building),
            "reverse": a.active_use & (u.in_recovery >= 1),
            "incidents": a.in_recovery & (u.active_use < cfg.min_in_stairwell)
                         & (u.drug_incidents >= cfg.min_drug_incidents),
            "avoid": p.avoided,
        }

    @staticmethod
    def _recovering(ctx: PairContext) -> Text:
        if NeedCategory.IN_TREATMENT in ctx.applicant.needs:
            return Phrase("flags.RECOVERY_NEAR_USE.in_treatment")
        return Phrase("flags.RECOVERY_NEAR_USE.former_use")

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        s, b = ctx.stairwell, ctx.building
        if branch == "stairwell":
            return Scope.STAIRWELL, Phrase("flags.RECOVERY_NEAR_USE.stairwell", recovering=self._recovering(ctx),
                                           households=ctx.households(s.count(NeedCategory.ACTIVE_USE)))
        if branch == "building":
            return Scope.BUILDING, Phrase("flags.RECOVERY_NEAR_USE.building", recovering=self._recovering(ctx),
                                          households=ctx.households(b.count(NeedCategory.ACTIVE_USE)),
                                          source=readable("000 l.5608–5616"))
        if branch == "reverse":
            return Scope.STAIRWELL, Phrase("flags.RECOVERY_NEAR_USE.reverse",
                                           households=ctx.households(s.in_recovery_households))
        if branch == "incidents":
            counts = ctx.stairwell.incidents_of_kinds_since(
                [IncidentType(k) for k in cfg.drug_incident_kinds],
                months_before(ctx.today, cfg.drug_incident_window_months))
            listed = Joined((Phrase("flags.incidents_with", incidents=Count(n, "incident"), kind=kind)
                             for kind, n in counts.items()), ", ")
            return Scope.STAIRWELL, Phrase("flags.RECOVERY_NEAR_USE.incidents", recovering=self._recovering(ctx),
                                           listed=listed, months=cfg.drug_incident_window_months)
        place = avoided_place(ctx.applicant.avoid_places, ctx.target.building) or Phrase("words.the_address")
        # Neutral: a family may avoid a place for reasons that are not about drugs at all
        return Scope.APPLICANT, Phrase("flags.RECOVERY_NEAR_USE.avoid", place=place)


class VulnerableExposed(Rule):
    """002 l.2429–2433: eldre og utviklingshemmede sårbare overfor rusavhengige og innbrudd;
    000 l.5601–5604: the number of active users is the strongest factor, for everyone."""

    id = "VULNERABLE_EXPOSED"
    protects_applicant = frozenset({"active_use", "outsiders"})
    # Presence may help against outsiders, not against active users in the stairwell, nor
    # beside the hard mixes that speak of the same exposure (002 l.2535–2541).
    softened_branches = frozenset({"outsiders"})
    not_softened_beside_hard_mixes = True

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        a, u = p.applicant, p.unit
        return {
            "active_use": a.vulnerable_to_active_use & (u.active_use >= cfg.min_active_use_in_stairwell),
            "outsiders": a.vulnerable & (u.building_outsider_incidents >= cfg.min_outsider_incidents),
        }

    @staticmethod
    def _who(applicant: Applicant) -> str:
        """Which vulnerable group the applicant belongs to (a key of the words' [flags.VULNERABLE_EXPOSED])."""
        if applicant.is_elderly:
            return "elderly"
        if NeedCategory.INTELLECTUAL_DISABILITY in applicant.needs:
            return "disability"
        if NeedCategory.YOUNG_HOMELESS in applicant.needs:
            return "young"
        return "family"

    @classmethod
    def _active_use_speaks(cls, ctx: PairContext, cfg: RuleConfig) -> bool:
        """Whether the active-use branch fires too (then it has said who the applicant is)."""
        a = ctx.applicant
        exposed = cls._who(a) != "family" or not ctx.settings.rule("CHILDREN_ACTIVE_USE").enabled
        return exposed and ctx.stairwell.count(NeedCategory.ACTIVE_USE) >= cfg.min_active_use_in_stairwell

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        who = Phrase(f"flags.VULNERABLE_EXPOSED.{self._who(ctx.applicant)}")
        if branch == "active_use":
            n = ctx.stairwell.count(NeedCategory.ACTIVE_USE)
            return Scope.STAIRWELL, Phrase("flags.VULNERABLE_EXPOSED.active_use", who=who,
                                           households=ctx.households(n))
        kinds = [kind for kind in IncidentType if kind in OUTSIDER_INCIDENTS]
        counts = ctx.building.incidents_of_kinds_since(kinds, months_before(ctx.today, cfg.window_months))
        listed = Joined((Phrase("flags.kind_count", kind=kind, n=n) for kind, n in counts.items()), ", ")
        text: Text = Phrase("flags.VULNERABLE_EXPOSED.outsiders", incidents=Count(sum(counts.values()), "incident"),
                            months=cfg.window_months, listed=listed)
        if not self._active_use_speaks(ctx, cfg):
            text = Joined([Phrase("flags.VULNERABLE_EXPOSED.who", who=who), text])
        return Scope.BUILDING, text


class OnePersonTips(Rule):
    """002 l.2470–2474: «Én person kan skape utrygghet for et helt bomiljø»."""

    id = "ONE_PERSON_TIPS"

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        return {
            "resident": p.unit.disturbance >= cfg.min_households,
            "applicant": p.applicant.disturbance & (p.unit.households >= 1),
        }

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        if branch == "resident":
            n = ctx.stairwell.count(NeedCategory.DISTURBANCE)
            return Scope.STAIRWELL, Phrase("flags.ONE_PERSON_TIPS.resident", residents=ctx.households(n, "resident"))
        return Scope.APPLICANT, Phrase("flags.ONE_PERSON_TIPS.applicant",
                                       households=Count(ctx.stairwell.households, "household"))


class FamilyElderly(Rule):
    """002 l.2433–2435: «Barnefamilier kan få klager fra eldre, som ønsker seg mer ro»."""

    id = "FAMILY_ELDERLY"
    protects_applicant = frozenset({"family"})  # fires only because the household has young children

    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        u = p.unit
        mostly_elderly = (u.households >= cfg.min_households) & (u.elderly > cfg.elderly_share * u.households)
        return {"family": p.applicant.has_young_children & mostly_elderly}

    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        s = ctx.stairwell
        if ctx.masks(s.elderly_households):
            # «2 av 3 er eldre» names the neighbours' age group in a small stairwell
            return Scope.STAIRWELL, Phrase("flags.FAMILY_ELDERLY.family_masked")
        return Scope.STAIRWELL, Phrase("flags.FAMILY_ELDERLY.family", elderly=s.elderly_households,
                                       households=s.households)
