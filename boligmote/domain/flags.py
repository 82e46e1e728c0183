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
