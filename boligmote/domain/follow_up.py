"""Follow-up points (oppfølgingspunkter, issue 17 item 2): what a decision promised after the key
was handed over, when it is due, and — once done — what was done and how the tenancy stands.

A meeting writes promises into its conditions («booppfølging i ett år») and its weighings
(«boligkontoret tar kontakt etter tre måneder»); booppfølging is today largely a service that
comes with the decision, sometimes a condition of the allocation (002 l.3619–3625), and the
needs are mapped before the unit is allocated (004 l.1542–1553). A point makes the promise
a date someone is reminded of.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import TenancyState
from .households import ResidentHousehold


@dataclass(frozen=True, slots=True)
class FollowUpPoint:
    id: int | None
    tenancy_id: int
    due_on: date
    promised: str  # the condition and/or written weighings the point follows up, as the meeting wrote them
    decision_id: int | None = None  # None: added by hand
    case_no: str = ""  # the tenant's own case number (from the decision), never a neighbour's
    created_at: datetime | None = None
    created_by: str = ""
    done_on: date | None = None
    done_by: str = ""
    done_what: str = ""
    state: TenancyState | None = None
    # Beside MOVED_OUT only: True planned (a home of its own, a private lease), False unplanned,
    # None not told (recorded before m0009). The evidence on each rule counts an unplanned move.
    move_planned: bool | None = None
    # The deadline of a measure decided for a tenancy at risk (m0012): not «added by hand».
    at_risk_decision_id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def overdue(self, today: date) -> bool:
        return not self.done and self.due_on < today


@dataclass(frozen=True, slots=True)
class FollowUpDue:
    """A point as the list shows it: the address and the household in words (no names)."""

    point: FollowUpPoint
    unit_id: str
    address: str
    stairwell_label: str
    district: str
    household: str  # in words, bokmål: «Enslig: 1 voksen»
    meeting_held_on: date | None = None
    # The household itself, so a document in nynorsk says it in its own words (minutes_sections).
    resident: ResidentHousehold | None = field(default=None, compare=False)


def add_months(start: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day (31 → 30)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def promised_text(conditions: str, weighings: list[tuple[str, str]]) -> str:
    """What a decision promised, one line each: its conditions and each written weighing
    (`weighings` as (rule title, text))."""
    lines = []
    if conditions.strip():
        lines.append(f"Vilkår: {conditions.strip()}")
    lines += [f"Avveining ({title}): {text.strip()}" for title, text in weighings if text.strip()]
    return "\n".join(lines)
