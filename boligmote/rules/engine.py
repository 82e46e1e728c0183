"""Evaluating the rules: for one pair with explanations, or for every pair at once.

Both paths run the very same branch conditions (see rule.py); the matrix keeps, for each
applicant × vacant unit, a bit per fired rule, whether the hard requirements hold, and a
«burden» that orders pairs by fewest and least severe flags. Explanations are written
only for the pairs someone looks at.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, reduce
from typing import TypeAlias

import numpy as np

from ..domain import Applicant, Flag, Scope, Severity, UnitSurroundings
from .concentration import Concentration, Homogeneous
from .cooperative import CooperativeRules
from .features import PairColumns
from .fit import AccessMismatch, FollowUpMissing, SchoolChange, SizeMismatch
from .incidents import RecentIncidents
from .mix import ChildrenActiveUse, FamilyElderly, OnePersonTips, RecoveryNearUse, VulnerableExposed
from .rule import MITIGATION, PairContext, Rule
from .settings import RuleSettings
from .sources import readable
from ..words import Joined, Listing, Phrase, RuleTitle, Text

RISK_RULES: tuple[Rule, ...] = (
    ChildrenActiveUse(), RecoveryNearUse(), VulnerableExposed(), Concentration(), Homogeneous(),
    RecentIncidents(), OnePersonTips(), FamilyElderly(), CooperativeRules(), SizeMismatch(),
    AccessMismatch(), FollowUpMissing(), SchoolChange(),
)
# Beside these, on-site presence is a fact about the address and never softens them: some
# insecurity «ikke kan avhjelpes av booppfølging» (002 l.2535–2541). Nor does it soften a
# flag a municipality has made critical.
NEVER_SOFTENED = frozenset({"CHILDREN_ACTIVE_USE", "RECOVERY_NEAR_USE"})
# Bit k of a matrix cell is rule RULE_IDS[k].
RULE_IDS: tuple[str, ...] = tuple(r.id for r in RISK_RULES) + (MITIGATION,)
PROTECTIVE_RULE_IDS: tuple[str, ...] = tuple(r.id for r in RISK_RULES if r.protects_applicant)
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


def split_burden(burden: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A burden matrix back into its counts of critical, warning and info flags per pair (the
    agenda planner weighs them with its own severity weights)."""
    burden = burden.astype(np.int64)
    critical_weight, warning_weight = _BURDEN_WEIGHT[Severity.CRITICAL], _BURDEN_WEIGHT[Severity.WARNING]
    return burden // critical_weight, (burden % critical_weight) // warning_weight, burden % warning_weight


def rule_bit(rule_id: str) -> int:
    return _BIT[rule_id]


def has_critical(burden: np.ndarray) -> np.ndarray:
    """Where a pair has at least one critical flag."""
    return burden >= _BURDEN_WEIGHT[Severity.CRITICAL]


def _rule(rule_id: str) -> Rule:
    return next(r for r in RISK_RULES if r.id == rule_id)


def softened_by_presence(rule_id: str, severity: Severity, settings: RuleSettings) -> bool:
    """Whether on-site presence softens this flag (002 l.2462–2470), or is only a fact beside it."""
    return (rule_id in settings.rule(MITIGATION).softens and rule_id not in NEVER_SOFTENED
            and severity is not Severity.CRITICAL)


# (rule id, its branch masks, where it fired, where only in lesser branches, where presence softens it)
_RuleOutcome: TypeAlias = tuple[str, dict[str, np.ndarray], np.ndarray | None, np.ndarray | None, np.ndarray | None]


def _rule_outcomes(p: PairColumns, settings: RuleSettings) -> Iterator[_RuleOutcome]:
    """Each rule's branch masks, where it fired (None when switched off) and where it fired only
    in its lesser-severity branches (None when it has none), one rule at a time, then
    MITIGATION; a consumer that drops the masks keeps memory to a few matrices."""
    mitigation = settings.rule(MITIGATION)
    softened = None  # the pairs where a flag that presence softens fired
    never_softened = None  # the pairs where CHILDREN_ACTIVE_USE or RECOVERY_NEAR_USE fired
    for rule in RISK_RULES:
        cfg = settings.rule(rule.id)
        branches = rule.branches(p, cfg)
        fired = reduce(np.logical_or, branches.values()) if cfg.enabled else None
        lesser_only = None
        if fired is not None and rule.lesser_branches:
            major = [mask for name, mask in branches.items() if name not in rule.lesser_branches]
            lesser_only = fired & ~reduce(np.logical_or, major) if major else fired
        rule_softened = None
        if fired is not None and rule.id in NEVER_SOFTENED:
            never_softened = fired if never_softened is None else (never_softened | fired)
        elif fired is not None and softened_by_presence(rule.id, cfg.severity_level, settings):
            rule_softened = (reduce(np.logical_or, [branches[b] for b in rule.softened_branches])
                             if rule.softened_branches else fired)
            if rule.not_softened_beside_hard_mixes and never_softened is not None:
                rule_softened = rule_softened & ~never_softened
            softened = rule_softened if softened is None else (softened | rule_softened)
        yield rule.id, branches, fired, lesser_only, rule_softened
    # Shown only beside what it softens: a «+ Tiltak» chip next to a critical flag alone would
    # read as softening it, whatever its text says.
    if mitigation.enabled and softened is not None:
        yield MITIGATION, {}, p.unit.has_presence & softened, None, None


@dataclass
class _Outcome:
    """Branch masks of every rule for a few pairs (the single-pair path keeps them all)."""

    branches: dict[str, dict[str, np.ndarray]]
    fired: dict[str, np.ndarray]  # enabled rules only, incl. MITIGATION
    softened: dict[str, np.ndarray]  # where on-site presence softens the rule's flag

    @classmethod
    def compute(cls, p: PairColumns, settings: RuleSettings) -> _Outcome:
        branches, fired, softened = {}, {}, {}
        for rule_id, rule_branches, rule_fired, _, rule_softened in _rule_outcomes(p, settings):
            branches[rule_id] = rule_branches
            if rule_fired is not None:
                fired[rule_id] = rule_fired
            if rule_softened is not None:
                softened[rule_id] = rule_softened
        return cls(branches, fired, softened)

    def unmet_requirements(self) -> np.ndarray:
        return _unmet({(rule, branch): self.branches[rule][branch] for rule, branch in HARD_REQUIREMENTS})


def _lesser_severity(rule_id: str, settings: RuleSettings) -> Severity:
    rule = _rule(rule_id)
    return Severity(getattr(settings.rule(rule_id), rule.lesser_severity_key))


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
        message = Joined(text for _, text in described)
        masked = message
        if masked_context is not None:
            masked = Joined(rule.describe(name, masked_context, cfg)[1] for name in fired)
        flags.append(Flag(rule.id, rule.severity(fired, cfg), message, described[0][0], cfg.source,
                          masked_message=masked))
    if MITIGATION in outcome.fired and outcome.fired[MITIGATION].any():
        softened = {rule for rule, mask in outcome.softened.items() if mask.any()}
        flags.append(_mitigation_flag(flags, softened, target, settings))
    order = {rule_id: k for k, rule_id in enumerate(RULE_IDS)}
    flags.sort(key=lambda f: (-f.severity.weight, f.rule == MITIGATION, order[f.rule]))
    return flags


def _mitigation_flag(flags: list[Flag], softened_rules: set[str], target: UnitSurroundings,
                     settings: RuleSettings) -> Flag:
    """On-site presence: what it softens, and what it does not soften although it fired too."""
    cfg = settings.rule(MITIGATION)
    softened = tuple(f.rule for f in flags if f.rule in softened_rules)
    beside = tuple(f.rule for f in flags if f.rule not in softened
                   and (f.rule in NEVER_SOFTENED or f.rule in cfg.softens))
    presence = Listing(sorted(target.building.presence, key=lambda p: p.label))
    parts: list[Text] = [Phrase("flags.MITIGATION.presence", presence=presence)]
    if softened:
        parts.append(Phrase("flags.MITIGATION.softens", titles=_titles(softened, settings, "and")))
    if beside:
        parts.append(Phrase("flags.MITIGATION.not_softened", titles=_titles(beside, settings, "or"),
                            source=readable("002 l.2535–2541")))
    message = Joined(parts)
    return Flag(MITIGATION, cfg.severity_level, message, Scope.BUILDING, cfg.source, softens=softened)


def _titles(rules: tuple[str, ...], settings: RuleSettings, last: str) -> Listing:
    """«a», «a og b», «a, b eller c», each rule's title in quotes."""
    return Listing((Phrase("words.quoted", text=RuleTitle(settings, r)) for r in rules), last)


def unmet_requirements(applicant: Applicant, target: UnitSurroundings, settings: RuleSettings, today: date) -> list[str]:
    """The hard requirements this pair fails, as words.Text (empty: the unit is suitable)."""
    outcome = _Outcome.compute(PairColumns.build([applicant], [target], settings, today), settings)
    context = PairContext(applicant, target, settings, today)
    return [_rule(rule_id).describe(branch, context, settings.rule(rule_id))[1]
            for rule_id, branch in HARD_REQUIREMENTS if outcome.branches[rule_id][branch].any()]


class FlagMatrix:
    """All flags for every (queue applicant × vacant unit) pair, as bits."""

    def __init__(self, applicants: Sequence[Applicant], targets: Sequence[UnitSurroundings],
                 settings: RuleSettings, today: date, *, columns: PairColumns | None = None):
        """`columns`: the facts already in columns (the agenda planner evaluates the same
        applicants against many compositions and builds their side once)."""
        self.applicants = list(applicants)
        self.targets = list(targets)
        self.settings = settings
        self.today = today
        shape = (len(self.applicants), len(self.targets))
        if columns is None:
            columns = PairColumns.build(self.applicants, self.targets, settings, today)
        self.bits = np.zeros(shape, dtype=np.uint16)
        # a rule's bit here: it fired only in its lesser-severity branches (Rule.lesser_branches)
        self.lesser = np.zeros(shape, dtype=np.uint16)
        self.burden = np.zeros(shape, dtype=np.uint16)
        # a rule's bit here: it fired only in branches that protect the applicant (Rule.protects_applicant)
        self.protective = np.zeros(shape, dtype=np.uint16)
        requirements: dict[tuple[str, str], np.ndarray] = {}
        # Rule by rule, folding each into the bits at once: holding every rule's full-size
        # masks cost ~0.5 GB at national scale (12 million pairs).
        for rule_id, branches, fired, lesser_only, _ in _rule_outcomes(columns, settings):
            for rule, branch in HARD_REQUIREMENTS:
                if rule == rule_id:
                    requirements[rule, branch] = branches[branch]
            if fired is None:
                continue
            np.bitwise_or(self.bits, fired * np.uint16(_BIT[rule_id]), out=self.bits)
            if rule_id == MITIGATION:  # not a risk: it neither makes a pair worse nor better
                continue
            protects = _rule(rule_id).protects_applicant
            if protects:
                others = [mask for name, mask in branches.items() if name not in protects]
                only = fired & ~reduce(np.logical_or, others) if others else fired
                np.bitwise_or(self.protective, only * np.uint16(_BIT[rule_id]), out=self.protective)
            weight = np.uint16(_BURDEN_WEIGHT[settings.rule(rule_id).severity_level])
            if lesser_only is None:
                np.add(self.burden, fired * weight, out=self.burden)
                continue
            np.bitwise_or(self.lesser, lesser_only * np.uint16(_BIT[rule_id]), out=self.lesser)
            lesser_weight = np.uint16(_BURDEN_WEIGHT[_lesser_severity(rule_id, settings)])
            np.add(self.burden, (fired & ~lesser_only) * weight + lesser_only * lesser_weight, out=self.burden)
        self.suitable = np.broadcast_to(~_unmet(requirements), shape).copy()
        self._severity = {rule_id: settings.rule(rule_id).severity_level for rule_id in RULE_IDS}
        self._lesser_severity = {r.id: _lesser_severity(r.id, settings) for r in RISK_RULES if r.lesser_branches}

    # Sort keys for ranking (rules/ranking.py), computed once per matrix.
    @cached_property
    def waiting_days(self) -> np.ndarray:
        return np.fromiter(((self.today - a.decision_date).days for a in self.applicants), dtype=np.int64,
                           count=len(self.applicants))

    @cached_property
    def priority_ranks(self) -> np.ndarray:
        return np.fromiter((a.priority.rank for a in self.applicants), dtype=np.int8, count=len(self.applicants))

    @cached_property
    def bedrooms_needed(self) -> np.ndarray:
        return np.fromiter((a.bedrooms_needed for a in self.applicants), dtype=np.int64, count=len(self.applicants))

    @cached_property
    def unit_bedrooms(self) -> np.ndarray:
        return np.fromiter((t.vacant.unit.bedrooms for t in self.targets), dtype=np.int64, count=len(self.targets))

    @cached_property
    def vacant_from_ordinals(self) -> np.ndarray:
        return np.fromiter(((t.vacant.unit.vacant_from or self.today).toordinal() for t in self.targets),
                           dtype=np.int64, count=len(self.targets))

    @cached_property
    def burden_by_unit(self) -> np.ndarray:
        """The burden with a unit's candidates side by side in memory (ranking reads by unit)."""
        return np.ascontiguousarray(self.burden.T)

    def prepare_ranking(self) -> None:
        """Compute the ranking's keys now, where the matrix is built (the flags' worker): else
        the first unit chosen pays for them, a tenth to a third of a second on a national file."""
        for _keys in (self.burden_by_unit, self.waiting_days, self.priority_ranks, self.bedrooms_needed,
                      self.unit_bedrooms, self.vacant_from_ordinals):
            pass

    @property
    def shape(self) -> tuple[int, int]:
        return self.bits.shape

    def rule_severity(self, rule_id: str, lesser: bool = False) -> Severity:
        """A rule's severity where it fired (lesser: only in its lesser-severity branches)."""
        return self._lesser_severity[rule_id] if lesser and rule_id in self._lesser_severity else self._severity[rule_id]

    def rule_ids(self, row: int, column: int) -> list[str]:
        bits = int(self.bits[row, column])
        return [rule_id for rule_id in RULE_IDS if bits & _BIT[rule_id]]

    def severities(self, row: int, column: int) -> list[tuple[str, Severity]]:
        lesser = int(self.lesser[row, column])
        return [(r, self._lesser_severity[r] if lesser & _BIT[r] else self._severity[r])
                for r in self.rule_ids(row, column)]

    def flags(self, row: int, column: int, *, mask_below: int = 0) -> list[Flag]:
        """The explained flags of one pair; with mask_below, shared_message masks small counts."""
        return evaluate_pair(self.applicants[row], self.targets[column], self.settings, self.today,
                             mask_below=mask_below)

    def count_with(self, rule_id: str) -> int:
        return int(np.count_nonzero(self.bits & _BIT[rule_id]))
