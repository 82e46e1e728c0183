"""Evaluating the rules: for one pair with explanations, or for every pair at once.

Both paths run the very same branch conditions (see rule.py); the matrix keeps, for each
applicant × vacant unit, a bit per fired rule, whether the hard requirements hold, and a
«burden» that orders pairs by fewest and least severe flags. Explanations are written
only for the pairs someone looks at.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, reduce

import numpy as np

from ..domain import Applicant, Flag, Scope, Severity, UnitSurroundings
from .concentration import Concentration, Homogeneous, MunicipalShare
from .features import PairColumns
from .fit import AccessMismatch, FollowUpMissing, SchoolChange, SizeMismatch
from .incidents import RecentIncidents
from .mix import ChildrenActiveUse, FamilyElderly, OnePersonTips, RecoveryNearUse, VulnerableExposed
from .rule import PairContext, Rule
from .settings import RuleSettings

RISK_RULES: tuple[Rule, ...] = (
    ChildrenActiveUse(), RecoveryNearUse(), VulnerableExposed(), Concentration(), Homogeneous(),
    RecentIncidents(), OnePersonTips(), FamilyElderly(), MunicipalShare(), SizeMismatch(),
    AccessMismatch(), FollowUpMissing(), SchoolChange(),
)
MITIGATION = "MITIGATION"
# Bit k of a matrix cell is rule RULE_IDS[k].
RULE_IDS: tuple[str, ...] = tuple(r.id for r in RISK_RULES) + (MITIGATION,)
_BIT = {rule_id: 1 << k for k, rule_id in enumerate(RULE_IDS)}
assert len(RULE_IDS) <= 16, "the matrix keeps one bit per rule in a uint16"

# Hard requirements: a pair failing one is «not suitable» and left out of candidate lists
# (it can still be looked at, and then its flags say why). They reuse rule branches so the
# condition is stated once; they hold whether or not the flag itself is switched on.
HARD_REQUIREMENTS: tuple[tuple[str, str], ...] = (
    ("SIZE_MISMATCH", "overcrowded"),
    ("ACCESS_MISMATCH", "wheelchair"),
    ("ACCESS_MISMATCH", "step_free"),
    ("RECOVERY_NEAR_USE", "avoid"),
)

# Lexicographic (critical, warning, info) in one integer: each count stays below 15.
_BURDEN_WEIGHT = {Severity.CRITICAL: 225, Severity.WARNING: 15, Severity.INFO: 1}


def _rule(rule_id: str) -> Rule:
    return next(r for r in RISK_RULES if r.id == rule_id)


def _rule_outcomes(p: PairColumns, settings: RuleSettings):
    """Each rule's branch masks and whether it fired (None when switched off), one rule at a
    time, then MITIGATION; a consumer that drops the masks keeps memory to a few matrices."""
    mitigation = settings.rule(MITIGATION)
    softened = None
    for rule in RISK_RULES:
        cfg = settings.rule(rule.id)
        branches = rule.branches(p, cfg)
        fired = reduce(np.logical_or, branches.values()) if cfg.enabled else None
        if fired is not None and rule.id in mitigation.softens:
            softened = fired if softened is None else (softened | fired)
        yield rule.id, branches, fired
    if mitigation.enabled and softened is not None:
        yield MITIGATION, {}, p.unit.has_presence & softened


@dataclass
class _Outcome:
    """Branch masks of every rule for a few pairs (the single-pair path keeps them all)."""

    branches: dict[str, dict[str, np.ndarray]]
    fired: dict[str, np.ndarray]  # enabled rules only, incl. MITIGATION

    @classmethod
    def compute(cls, p: PairColumns, settings: RuleSettings) -> "_Outcome":
        branches, fired = {}, {}
        for rule_id, rule_branches, rule_fired in _rule_outcomes(p, settings):
            branches[rule_id] = rule_branches
            if rule_fired is not None:
                fired[rule_id] = rule_fired
        return cls(branches, fired)

    def unmet_requirements(self) -> np.ndarray:
        return _unmet({(rule, branch): self.branches[rule][branch] for rule, branch in HARD_REQUIREMENTS})


def _unmet(requirement_masks: dict[tuple[str, str], np.ndarray]) -> np.ndarray:
    return reduce(np.logical_or, requirement_masks.values())


def evaluate_pair(applicant: Applicant, target: UnitSurroundings, settings: RuleSettings, today: date,
                  *, mask_below: int = 0) -> list[Flag]:
    """Every flag for placing `applicant` in `target`, explained, most severe first.

    With mask_below, each flag also carries its text with counts of other households below
    that number masked (Flag.masked_message), for readers outside the housing office."""
    outcome = _Outcome.compute(PairColumns.build([applicant], [target], settings, today), settings)
    context = PairContext(applicant, target, settings, today)
    masked_context = PairContext(applicant, target, settings, today, mask_below) if mask_below > 0 else None
    flags = []
    for rule in RISK_RULES:
        if rule.id not in outcome.fired or not outcome.fired[rule.id].any():
            continue
        cfg = settings.rule(rule.id)
        fired = [name for name, mask in outcome.branches[rule.id].items() if mask.any()]
        described = [rule.describe(name, context, cfg) for name in fired]
        message = " ".join(text for _, text in described)
        masked = message
        if masked_context is not None:
            masked = " ".join(rule.describe(name, masked_context, cfg)[1] for name in fired)
        flags.append(Flag(rule.id, cfg.severity_level, message, described[0][0], cfg.source,
                          masked_message=masked))
    if MITIGATION in outcome.fired and outcome.fired[MITIGATION].any():
        flags.append(_mitigation_flag(flags, target, settings))
    order = {rule_id: k for k, rule_id in enumerate(RULE_IDS)}
    flags.sort(key=lambda f: (-f.severity.weight, f.rule == MITIGATION, order[f.rule]))
    return flags


def _mitigation_flag(flags: list[Flag], target: UnitSurroundings, settings: RuleSettings) -> Flag:
    cfg = settings.rule(MITIGATION)
    softened = tuple(f.rule for f in flags if f.rule in cfg.softens)
    titles = ", ".join(settings.rule(r).title.lower() for r in softened)
    presence = ", ".join(sorted(p.label for p in target.building.presence))
    return Flag(MITIGATION, cfg.severity_level,
                f"Adressen har {presence} på stedet. Det demper: {titles}.",
                Scope.BUILDING, cfg.source, softens=softened)


def unmet_requirements(applicant: Applicant, target: UnitSurroundings, settings: RuleSettings, today: date) -> list[str]:
    """The hard requirements this pair fails, in bokmål (empty: the unit is suitable)."""
    outcome = _Outcome.compute(PairColumns.build([applicant], [target], settings, today), settings)
    context = PairContext(applicant, target, settings, today)
    return [_rule(rule_id).describe(branch, context, settings.rule(rule_id))[1]
            for rule_id, branch in HARD_REQUIREMENTS if outcome.branches[rule_id][branch].any()]


class FlagMatrix:
    """All flags for every (queue applicant × vacant unit) pair, as bits."""

    def __init__(self, applicants: Sequence[Applicant], targets: Sequence[UnitSurroundings],
                 settings: RuleSettings, today: date):
        self.applicants = list(applicants)
        self.targets = list(targets)
        self.settings = settings
        self.today = today
        shape = (len(self.applicants), len(self.targets))
        columns = PairColumns.build(self.applicants, self.targets, settings, today)
        self.bits = np.zeros(shape, dtype=np.uint16)
        self.burden = np.zeros(shape, dtype=np.uint16)
        requirements: dict[tuple[str, str], np.ndarray] = {}
        # Rule by rule, folding each into the bits at once: holding every rule's full-size
        # masks cost ~0.5 GB at national scale (12 million pairs).
        for rule_id, branches, fired in _rule_outcomes(columns, settings):
            for rule, branch in HARD_REQUIREMENTS:
                if rule == rule_id:
                    requirements[rule, branch] = branches[branch]
            if fired is None:
                continue
            np.bitwise_or(self.bits, fired * np.uint16(_BIT[rule_id]), out=self.bits)
            if rule_id != MITIGATION:  # not a risk: it does not make a pair worse
                weight = np.uint16(_BURDEN_WEIGHT[settings.rule(rule_id).severity_level])
                np.add(self.burden, fired * weight, out=self.burden)
        self.suitable = np.broadcast_to(~_unmet(requirements), shape).copy()
        self._severity = {rule_id: settings.rule(rule_id).severity_level for rule_id in RULE_IDS}

    # Sort keys for ranking (rules/ranking.py), computed once per matrix.
    @cached_property
    def waiting_days(self) -> np.ndarray:
        return np.fromiter(((self.today - a.decision_date).days for a in self.applicants), dtype=np.int64,
                           count=len(self.applicants))

    @cached_property
    def priority_ranks(self) -> np.ndarray:
        return np.fromiter((a.priority.rank for a in self.applicants), dtype=np.int8, count=len(self.applicants))

    @cached_property
    def vacant_from_ordinals(self) -> np.ndarray:
        return np.fromiter(((t.vacant.unit.vacant_from or self.today).toordinal() for t in self.targets),
                           dtype=np.int64, count=len(self.targets))

    @property
    def shape(self) -> tuple[int, int]:
        return self.bits.shape

    def rule_ids(self, row: int, column: int) -> list[str]:
        bits = int(self.bits[row, column])
        return [rule_id for rule_id in RULE_IDS if bits & _BIT[rule_id]]

    def severities(self, row: int, column: int) -> list[tuple[str, Severity]]:
        return [(r, self._severity[r]) for r in self.rule_ids(row, column)]

    def flags(self, row: int, column: int, *, mask_below: int = 0) -> list[Flag]:
        """The explained flags of one pair; with mask_below, shared_message masks small counts."""
        return evaluate_pair(self.applicants[row], self.targets[column], self.settings, self.today,
                             mask_below=mask_below)

    def count_with(self, rule_id: str) -> int:
        return int(np.count_nonzero(self.bits & _BIT[rule_id]))
