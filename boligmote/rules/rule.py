"""What a rule is: named branches (conditions over feature columns) and their explanation.

A rule may fire in several ways («branches»), e.g. a family into a stairwell with active
use, or a person in active use into a stairwell with children. The condition of each
branch is written once, over numpy columns; `describe` turns a fired branch into words
(resources/words/<language>.toml [flags]) with the counts behind it — counts only, never another tenant's name or diagnosis.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from ..domain import Applicant, Composition, Scope, Severity, UnitSurroundings
from ..words import Count, Text, masked
from .settings import RuleConfig, RuleSettings

if TYPE_CHECKING:  # numpy only in annotations: the window's start does not load it (issue 16 item 12)
    import numpy as np

    from .features import PairColumns

# On-site presence: not a risk, the fact that may soften one (engine.py).
MITIGATION = "MITIGATION"


@dataclass(frozen=True)
class PairContext:
    """One applicant and one vacant unit, for the words of an explanation."""

    applicant: Applicant
    target: UnitSurroundings
    settings: RuleSettings
    today: date
    # Counts of other households below this read «færre enn N …» (0: exact). Minutes and a
    # screen an adviser sees mask them: in a stairwell of 3–4 households «1 husstand i aktiv
    # rus» identifies the neighbour (issue 13 item 8).
    mask_below: int = 0

    def masks(self, n: int) -> bool:
        return masks(n, self.mask_below)

    def number(self, n: int) -> Text | int:
        """A count of other households as a number, or «færre enn N» when masked."""
        return masked(n, self.mask_below)

    def households(self, n: int, noun: str = "household") -> Count:
        """A count of other households (or their members; `noun` from the words' [nouns]),
        masked when small and not zero."""
        return Count(n, noun, self.mask_below)

    @property
    def stairwell(self) -> Composition:
        return self.target.stairwell_composition

    @property
    def building(self) -> Composition:
        return self.target.building_composition


class Rule(ABC):
    id: ClassVar[str]
    # Branches that fire at a lower severity than the rule's own, and the setting that holds
    # it: CHILDREN_ACTIVE_USE in another stairwell (warning), ACCESS_MISMATCH for an elderly
    # applicant without a recorded need (info). A pair where only these fired has that severity.
    lesser_branches: ClassVar[frozenset[str]] = frozenset()
    lesser_severity_key: ClassVar[str] = ""
    # Where on-site presence may soften the flag (MITIGATION): only these branches (empty: all),
    # and not at all beside CHILDREN_ACTIVE_USE or RECOVERY_NEAR_USE when the flag speaks of
    # the same exposure (002 l.2535–2541: some insecurity cannot be helped by follow-up).
    softened_branches: ClassVar[frozenset[str]] = frozenset()
    not_softened_beside_hard_mixes: ClassVar[bool] = False
    # Branches that speak of the applicant's own household's protection, and fire because of who
    # it is — children, age, disability, recovery: the children near active use, the elderly
    # exposed, the children's school. They may steer which unit the household gets, never
    # whether it is housed (the agenda planner, planning/problem.py; likestillings- og
    # diskrimineringsloven § 6: omsorgsoppgaver, alder, funksjonsnedsettelse).
    protects_applicant: ClassVar[frozenset[str]] = frozenset()

    def severity(self, fired_branches: Iterable[str], cfg: RuleConfig) -> Severity:
        """The severity of this rule at a pair where `fired_branches` fired."""
        if self.lesser_branches and all(b in self.lesser_branches for b in fired_branches):
            return Severity(getattr(cfg, self.lesser_severity_key))
        return cfg.severity_level

    @abstractmethod
    def branches(self, p: PairColumns, cfg: RuleConfig) -> dict[str, np.ndarray]:
        """Each branch's condition; arrays broadcast to applicants × units."""

    @abstractmethod
    def describe(self, branch: str, ctx: PairContext, cfg: RuleConfig) -> tuple[Scope, Text]:
        """The scope and the explanation of one fired branch (bokmål as a str; boligmote/words.py
        renders it in the reader's language)."""


def masks(n: int, below: int) -> bool:
    """Whether a count of other households is small enough to identify them (0 is never masked:
    «none» identifies nobody)."""
    return 0 < n < below


def masked_number(n: int, below: int) -> str:
    """A count of other households, or «færre enn N» when it is below `below` (issue 13 item 8)."""
    return f"færre enn {below}" if masks(n, below) else str(n)


def plural(n: int, singular: str, plural_form: str) -> str:
    return f"{n} {singular if n == 1 else plural_form}"


def percent(share: float) -> str:
    return f"{round(share * 100)} %"
