"""The rows the evidence on each rule counts (issue 17 item 6): placements, their flags at
decision time and the states their follow-up points recorded.

One pass over the decisions, the flags and points gathered per placement by SQLite
(group_concat) rather than as a row each: the report on the norge file reads some 50,000
placements with 110,000 recorded points (budget 2 s, bench/suite.py), and building a Python
tuple per point cost more than the counting.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ..domain import TenancyState
from ..domain.evidence import FIRST_YEAR_MONTHS, Placement, RecordedState
from ..domain.follow_up import add_months
from .database import Database

# An allocation that can no longer be undone: its meeting is closed or signed. Every done point on
# the placement's tenancy counts, also one added by hand: it is the office's record of how that
# tenancy stands, whoever asked for the visit.
_FROM = ("FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN tenancies t ON t.id = d.tenancy_id "
         "WHERE d.outcome = 'tildelt' AND m.status IN ('closed', 'signed')")
# Placements decided on or before ? are read whole; the younger ones up to the report date are only
# counted. A point counts when it was done on or before the report date, so «per 31.12.2025» printed
# again in March reads what the register held for 2025, not the visits of January and February.
# Each flag comes with the severity it was shown at («RULE:critical»).
_PLACEMENTS = (
    "SELECT d.id, m.held_on, t.contract_start, "
    "(SELECT group_concat(f.rule || ':' || f.severity, ' ') FROM decision_flags f WHERE f.decision_id = d.id), "
    "(SELECT group_concat(p.due_on || ' ' || p.tenancy_state || ' ' || ifnull(p.move_planned, '-'), ' ') "
    " FROM follow_up_points p WHERE p.tenancy_id = d.tenancy_id AND p.done_on IS NOT NULL AND p.done_on <= ?) "
    f"{_FROM} AND m.held_on <= ?")
_YOUNGER = f"SELECT count(*) {_FROM} AND m.held_on > ? AND m.held_on <= ?"

_PLANNED = {"-": None, "0": False, "1": True}


def placements(database: Database, as_of: date | None = None) -> tuple[list[Placement], int]:
    """The placements with their flags and recorded states, and how many more were decided too
    recently to count: with `as_of`, those less than FIRST_YEAR_MONTHS before it are only counted
    (a third of the norge file's history; they need neither flags nor points)."""
    # A few days' margin: «12 months later» clips to the month's end (29.02 → 28.02);
    # domain/evidence.old_enough has the last word on those read.
    latest = (add_months(as_of, -FIRST_YEAR_MONTHS) + timedelta(days=3)).isoformat() if as_of else "9999-12-31"
    until = as_of.isoformat() if as_of else "9999-12-31"
    day = lru_cache(maxsize=None)(date.fromisoformat)  # a few thousand distinct dates among 150,000
    state_of = {s.value: s for s in TenancyState}
    rule_sets: dict[str | None, tuple[frozenset[str], frozenset[str]]] = {}
    result = []
    for decision_id, held_on, contract_start, rules, points in database.query(_PLACEMENTS, (until, latest)):
        known = rule_sets.get(rules)
        if known is None:
            shown = frozenset(rules.split(" ")) if rules else frozenset()
            known = rule_sets[rules] = (frozenset(item.partition(":")[0] for item in shown), shown)
        flags, shown_at = known
        states: tuple[RecordedState, ...] = ()
        if points:
            words = points.split(" ")
            states = tuple(RecordedState(day(words[i]), state_of[words[i + 1]], _PLANNED[words[i + 2]])
                           for i in range(0, len(words), 3))
        decided_on = day(held_on)
        result.append(Placement(decision_id, decided_on, day(contract_start) if contract_start else decided_on,
                                flags, states, shown_at))
    return result, database.scalar(_YOUNGER, (latest, until))
