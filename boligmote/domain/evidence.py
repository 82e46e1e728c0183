"""Evidence on each rule (issue 17 item 6): how placements the meeting made turned out, with and
without each flag. Pure Python: the store reads the rows, this module only counts.

**What a placement is.** An allocation (tildelt) in a meeting that is closed or signed — so it can
no longer be undone — with the tenancy it created, and the flags as they stood at decision time
(decision_flags, m0001). Placements decided less than 12 months before the report date are left
out: their first year is not over.

**The outcome** is read from the follow-up register (m0008), where the office records how a
tenancy stands at each follow-up point. The first year runs from move-in (the tenancy's start,
else the meeting date) to the same day 12 months later. A placement has

- a *poor* outcome when a point due within its first year recorded incidents (uro or complaints
  the office attributes to the household, not to the stairwell), rent arrears, eviction, or an
  unplanned move-out (m0009); or when the first point due one year or more after move-in records
  one of those;
- a *good* outcome when none of that happened in the first year and a point due one year or more
  after move-in has been recorded (stable, or moved on as planned, or transferred to another
  municipal unit);
- no outcome recorded otherwise (no point followed it past its first year, or a move-out with no
  word on whether it was planned). Such placements are not counted.

Incidents in the incident log (m0007) are about a stairwell or a building, not a household:
counting them would blame the newcomer for the neighbours, so they are not part of the outcome.

**The figures** per rule: the share of counted placements with a poor outcome among those that
had the flag and among those that did not, each with its Wilson 95 % score interval and a
warning when fewer than `MIN_PLACEMENTS` placements stand behind it. It shows association,
never cause, and only among placements that went ahead (see services/evidence_pdf.py's method
page).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from .enums import TenancyState
from .follow_up import add_months

FIRST_YEAR_MONTHS = 12
MIN_PLACEMENTS = 20
# The 97.5th percentile of the standard normal distribution: a two-sided 95 % interval.
Z_95 = 1.959963984540054

_POOR_STATES = frozenset({TenancyState.INCIDENTS, TenancyState.ARREARS, TenancyState.EVICTED})
# Placements share a few thousand dates (meetings, moves); the norge file has 50,000 placements.
_months_later = lru_cache(maxsize=16384)(add_months)


def wilson_interval(successes: int, total: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3):

        centre = (x + z²/2) / (n + z²)
        half   = z / (n + z²) · √(x(n − x)/n + z²/4)

    None when there is nothing to estimate (n = 0). Unlike the textbook p ± z·√(p(1−p)/n) it
    stays inside [0, 1] and does not collapse to a point at 0 of 10."""
    if total <= 0:
        return None
    if not 0 <= successes <= total:
        raise ValueError(f"{successes} av {total} er ikke en andel")
    n, x = float(total), float(successes)
    denominator = n + z * z
    centre = (x + z * z / 2) / denominator
    half = z / denominator * math.sqrt(x * (n - x) / n + z * z / 4)
    return max(0.0, centre - half), min(1.0, centre + half)


class RecordedState(NamedTuple):
    """One done follow-up point: when it was due and how the tenancy stood. A named tuple, not a
    dataclass: the norge file has 110,000 of them, and a tuple is made several times faster."""

    due_on: date
    state: TenancyState
    move_planned: bool | None = None

    @property
    def poor(self) -> bool:
        return self.state in _POOR_STATES or (self.state is TenancyState.MOVED_OUT and self.move_planned is False)

    @property
    def unclear(self) -> bool:
        """A move-out recorded without saying whether it was planned (before m0009)."""
        return self.state is TenancyState.MOVED_OUT and self.move_planned is None


class Placement(NamedTuple):
    decision_id: int
    decided_on: date  # the meeting's date
    moved_in: date
    rules: frozenset[str]  # the flags shown at decision time
    states: tuple[RecordedState, ...] = ()
    shown_at: frozenset[str] = frozenset()  # «RULE:severity»: each flag with the severity it was shown at


class Result(Enum):
    POOR = "poor"
    GOOD = "good"
    NOT_RECORDED = "not_recorded"


def placement_result(placement: Placement) -> Result:
    """Poor, good or not recorded, as the module docstring defines them."""
    year_end = _months_later(placement.moved_in, FIRST_YEAR_MONTHS)
    unclear = False
    next_after: RecordedState | None = None  # the first point due one year or more after move-in
    for state in placement.states:
        if state.due_on <= year_end:
            if state.poor:
                return Result.POOR
            unclear = unclear or state.unclear
        if state.due_on >= year_end and (next_after is None or state.due_on < next_after.due_on):
            next_after = state
    if unclear or next_after is None:
        return Result.NOT_RECORDED
    if next_after.poor:
        return Result.POOR
    return Result.NOT_RECORDED if next_after.unclear else Result.GOOD


def old_enough(placement: Placement, as_of: date) -> bool:
    """Decided at least 12 months before `as_of`."""
    return _months_later(placement.decided_on, FIRST_YEAR_MONTHS) <= as_of


@dataclass(frozen=True, slots=True)
class Share:
    """`poor` of `total` placements had a poor outcome."""

    poor: int
    total: int

    @property
    def proportion(self) -> float | None:
        return self.poor / self.total if self.total else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson_interval(self.poor, self.total)

    def figures(self) -> tuple[float, float, float]:
        """(proportion, low, high) of a share with placements in it; there are none without."""
        interval = self.interval
        if not self.total or interval is None:
            raise ValueError("a share of no placements has no proportion")
        return self.poor / self.total, interval[0], interval[1]

    @property
    def few(self) -> bool:
        """Fewer than MIN_PLACEMENTS stand behind the figure: the warning is shown."""
        return self.total < MIN_PLACEMENTS

    def disclosive(self, below: int) -> bool:
        """Printed, the figure could tell something about a household: between 1 and below − 1
        placements with a poor outcome or with a good one; or a small group (under MIN_PLACEMENTS)
        where all or none had a poor outcome — «5 av 5» tells anyone who knows that a household had
        the flag how it went for them."""
        uniform = 0 < self.total < MIN_PLACEMENTS and self.poor in (0, self.total)
        return uniform or 0 < self.poor < below or 0 < self.total - self.poor < below


SEVERITY_ORDER = ("critical", "warning", "info")


@dataclass(frozen=True, slots=True)
class RuleEvidence:
    rule: str
    flagged: Share
    not_flagged: Share
    # The flagged placements split by the severity the flag was shown at, most severe first: a
    # rule with a lesser branch (CHILDREN_ACTIVE_USE's other stairwells) or a municipality that
    # changed a rule's severity shows both. A placement shown a rule at two severities counts at
    # the higher.
    by_severity: tuple[tuple[str, Share], ...] = ()

    def disclosive(self, below: int) -> bool:
        """Some group (with/without, or a severity) is Share.disclosive; since with + without make
        the whole, one group hidden hides the rule's whole comparison."""
        shares = (self.flagged, self.not_flagged, *(share for _severity, share in self.by_severity))
        return any(share.disclosive(below) for share in shares)


@dataclass(frozen=True, slots=True)
class Evidence:
    as_of: date
    placements: int  # allocations with a tenancy in closed or signed meetings
    too_recent: int  # decided less than 12 months before as_of
    not_recorded: int  # old enough, but no outcome recorded
    overall: Share  # every counted placement
    rules: tuple[RuleEvidence, ...]

    @property
    def counted(self) -> int:
        return self.overall.total

    def rule(self, rule_id: str) -> RuleEvidence:
        for item in self.rules:
            if item.rule == rule_id:
                return item
        raise KeyError(rule_id)


def evidence(placements: Iterable[Placement], as_of: date, rule_ids: Sequence[str], younger: int = 0) -> Evidence:
    """Per rule in `rule_ids` (and after them any other rule seen in the placements' flags, such
    as one since retired), the share with a poor outcome with and without the flag. `younger`:
    placements the caller already knows are too recent, counted as such without being read."""
    total = too_recent = younger
    not_recorded = counted = all_poor = 0
    flagged: Counter[str] = Counter()  # per rule; one pass, not one per rule
    flagged_poor: Counter[str] = Counter()
    at_severity: Counter[tuple[str, str]] = Counter()  # (rule, severity) shown at
    at_severity_poor: Counter[tuple[str, str]] = Counter()
    for placement in placements:
        total += 1
        if not old_enough(placement, as_of):
            too_recent += 1
            continue
        result = placement_result(placement)
        if result is Result.NOT_RECORDED:
            not_recorded += 1
            continue
        counted += 1
        flagged.update(placement.rules)
        severities = _highest_severities(placement.shown_at)
        at_severity.update(severities)
        if result is Result.POOR:
            all_poor += 1
            flagged_poor.update(placement.rules)
            at_severity_poor.update(severities)
    seen = sorted(set(flagged) - set(rule_ids))
    rules = []
    for rule in (*rule_ids, *seen):
        with_flag = Share(flagged_poor[rule], flagged[rule])
        split = tuple((severity, Share(at_severity_poor[rule, severity], at_severity[rule, severity]))
                      for severity in SEVERITY_ORDER if at_severity[rule, severity])
        rules.append(RuleEvidence(rule, with_flag, Share(all_poor - with_flag.poor, counted - with_flag.total), split))
    return Evidence(as_of, total, too_recent, not_recorded, Share(all_poor, counted), tuple(rules))


@lru_cache(maxsize=4096)
def _highest_severities(shown_at: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each rule once, at the most severe level it was shown at."""
    best: dict[str, str] = {}
    for item in shown_at:
        rule, _, severity = item.partition(":")
        if severity in SEVERITY_ORDER and (rule not in best
                                           or SEVERITY_ORDER.index(severity) < SEVERITY_ORDER.index(best[rule])):
            best[rule] = severity
    return tuple(best.items())


def whole_percent(value: float) -> int:
    """Per cent rounded half up (12.5 → 13), as a reader rounds; Python's round() would give 12."""
    return math.floor(value * 100 + 0.5)


def percent(value: float) -> str:
    """«30 %», whole per cent, as Norwegian writes it (a space before the sign)."""
    return f"{whole_percent(value)} %"


def share_words(share: Share) -> str:
    """«12 av 40 dårlig utfall (30 %, 95 % KI 18–45 %)», with a plain warning under 20;
    «ingen plasseringer» when there are none."""
    if not share.total:
        return "ingen plasseringer"
    proportion, low, high = share.figures()
    text = (f"{share.poor} av {share.total} dårlig utfall ({percent(proportion)}, "
            f"95 % KI {whole_percent(low)}–{percent(high)})")
    if share.few:
        text += f" – færre enn {MIN_PLACEMENTS} plasseringer, tallet sier lite"
    return text


def rule_words(item: RuleEvidence) -> str:
    """The compact line the settings show beside a rule's thresholds."""
    return f"Med varselet: {share_words(item.flagged)} · uten: {share_words(item.not_flagged)}"
