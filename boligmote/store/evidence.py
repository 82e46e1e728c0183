"""The rows the evidence on each rule counts (issue 17 item 6): placements, their flags at
decision time and the states their follow-up points recorded. Three queries, no per-row lookups:
the report on the norge file reads tens of thousands of placements (budget 2 s, bench/suite.py).
"""
from __future__ import annotations

from collections import defaultdict

from ..domain import TenancyState
from ..domain.evidence import Placement, RecordedState
from .codec import from_iso
from .database import Database

# An allocation that can no longer be undone: its meeting is closed or signed.
_PLACEMENTS = (
    "SELECT d.id, m.held_on, t.contract_start FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
    "JOIN tenancies t ON t.id = d.tenancy_id "
    "WHERE d.outcome = 'tildelt' AND m.status IN ('closed', 'signed')")


def placements(database: Database) -> list[Placement]:
    rows = database.query(_PLACEMENTS)
    rules: dict[int, set[str]] = defaultdict(set)
    for decision_id, rule in database.query(
            "SELECT f.decision_id, f.rule FROM decision_flags f JOIN decisions d ON d.id = f.decision_id "
            "JOIN meetings m ON m.id = d.meeting_id "
            "WHERE d.outcome = 'tildelt' AND d.tenancy_id IS NOT NULL AND m.status IN ('closed', 'signed')"):
        rules[decision_id].add(rule)
    states: dict[int, list[RecordedState]] = defaultdict(list)
    # Every done point on the placement's tenancy counts, also one added by hand: it is the office's
    # record of how that tenancy stands, whoever asked for the visit.
    state_of = {s.value: s for s in TenancyState}
    for decision_id, due_on, state, planned in database.query(
            "SELECT d.id, p.due_on, p.tenancy_state, p.move_planned FROM follow_up_points p "
            "JOIN decisions d ON d.tenancy_id = p.tenancy_id JOIN meetings m ON m.id = d.meeting_id "
            "WHERE p.done_on IS NOT NULL AND d.outcome = 'tildelt' AND m.status IN ('closed', 'signed')"):
        states[decision_id].append(RecordedState(from_iso(due_on), state_of[state],
                                                 None if planned is None else bool(planned)))
    result = []
    for decision_id, held_on, contract_start in rows:
        decided_on = from_iso(held_on)
        result.append(Placement(decision_id, decided_on, from_iso(contract_start) or decided_on,
                                frozenset(rules.get(decision_id, ())), tuple(states.get(decision_id, ()))))
    return result
