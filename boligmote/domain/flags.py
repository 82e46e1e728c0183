"""A risk flag (risikovarsel): advice with an explanation, never an automatic refusal."""
from __future__ import annotations

from dataclasses import dataclass

from .enums import Scope, Severity


@dataclass(frozen=True, slots=True)
class Flag:
    rule: str  # rule id, e.g. "CHILDREN_ACTIVE_USE"
    severity: Severity
    message: str  # bokmål, with the counts that triggered it; never another tenant's name
    scope: Scope
    source: str  # research reference, e.g. "002 l.384, 2411"
    softens: tuple[str, ...] = ()  # for MITIGATION: the rule ids it softens
    # The same text with counts of other households below the privacy setting masked
    # («færre enn 3»): what minutes and a screen an adviser can see print. In a stairwell
    # of three or four households an exact «1» identifies the neighbour (issue 13 item 8).
    masked_message: str = ""

    @property
    def shared_message(self) -> str:
        """The text for readers outside the housing office."""
        return self.masked_message or self.message
