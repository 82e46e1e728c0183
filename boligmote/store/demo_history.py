"""Writing the demo's synthetic history (services/demo_history.py) in bulk: past meetings with
their allocations, flags, deciders, tenancies and follow-up points.

Bulk because the norge demo gets tens of thousands of placements: rows go in with executemany and
explicit ids, inside the caller's one transaction. The meetings pass through «in progress» to
«closed» as the database's triggers require (decisions are made only in a running meeting); they
are not signed, because signing renders and stores each meeting's minutes (see the module that
calls this). Nothing here is used for real data.
"""
from __future__ import annotations

from typing import Any

from .database import Database


class HistoryWriter:
    def __init__(self, database: Database):
        self.database = database
        conn = database.conn
        self.next_meeting = (conn.execute("SELECT max(id) FROM meetings").fetchone()[0] or 0) + 1
        self.next_participant = (conn.execute("SELECT max(id) FROM participants").fetchone()[0] or 0) + 1
        self.next_decision = (conn.execute("SELECT max(id) FROM decisions").fetchone()[0] or 0) + 1
        self.next_tenancy = (conn.execute("SELECT max(id) FROM tenancies").fetchone()[0] or 0) + 1

    # -- reads for the generator --

    def current_tenancies(self) -> list[tuple[int, str, str]]:
        """(id, unit id, contract start) of every current tenancy with a start date."""
        return self.database.query("SELECT id, unit_id, contract_start FROM tenancies "
                                   "WHERE ended_on IS NULL AND contract_start IS NOT NULL ORDER BY id")

    def tenancies_with_points(self) -> set[int]:
        return {r[0] for r in self.database.query("SELECT DISTINCT tenancy_id FROM follow_up_points")}

    # -- writes (inside the caller's transaction) --

    def meeting(self, held_on: str, place: str, started_at: str,
                participants: list[tuple[str, str, str, int]]) -> tuple[int, list[int]]:
        """A meeting, running, with its participants (name, role, organisation, authority)."""
        conn = self.database.conn
        meeting_id, self.next_meeting = self.next_meeting, self.next_meeting + 1
        conn.execute("INSERT INTO meetings (id, held_on, place, title, status) VALUES (?, ?, ?, 'Tildelingsmøte', "
                     "'planned')", (meeting_id, held_on, place))
        ids = list(range(self.next_participant, self.next_participant + len(participants)))
        self.next_participant += len(participants)
        conn.executemany("INSERT INTO participants (id, meeting_id, name, role, organisation, has_decision_authority) "
                         "VALUES (?, ?, ?, ?, ?, ?)", [(i, meeting_id, *p) for i, p in zip(ids, participants)])
        conn.execute("UPDATE meetings SET status = 'in_progress', started_at = ? WHERE id = ?", (started_at, meeting_id))
        return meeting_id, ids

    def close(self, meeting_id: int, ended_at: str) -> None:
        self.database.conn.execute("UPDATE meetings SET status = 'closed', ended_at = ? WHERE id = ?",
                                   (ended_at, meeting_id))

    def applicants(self, rows: list[tuple[Any, ...]]) -> None:
        """(case_no, name, household_type, adults, children_ages, bedrooms_needed, situation, priority,
        decision_date, needs, follow_up, current_district, consent_to_share): allocated already."""
        self.database.conn.executemany(
            "INSERT INTO applicants (case_no, name, household_type, adults, children_ages, bedrooms_needed, "
            "situation, priority, decision_date, needs, follow_up, current_district, consent_to_share, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'allocated')", rows)

    def ended_tenancy(self, unit_id: str, household: tuple[Any, ...], start: str, end_of_lease: str, ended_on: str) -> int:
        """A tenancy that is over (household: household_type, adults, children_ages, needs, follow_up as JSON)."""
        tenancy_id, self.next_tenancy = self.next_tenancy, self.next_tenancy + 1
        self.database.conn.execute(
            "INSERT INTO tenancies (id, unit_id, household_type, adults, children_ages, needs, follow_up, "
            "contract_start, contract_end, ended_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (tenancy_id, unit_id, *household, start, end_of_lease, ended_on))
        return tenancy_id

    def decisions(self, rows: list[tuple[Any, ...]], flags: list[tuple[Any, ...]], deciders: list[tuple[Any, ...]], cases: list[tuple[Any, ...]]) -> int:
        """rows: (meeting_id, case_no, unit_id, move_in_deadline, lease_years, conditions, reasons, criteria,
        decided_at, tenancy_id, rule_defaults) → ids assigned in order; flags: (row index, rule, severity,
        message, scope, source, weighing, acknowledged); deciders: (row index, participant id);
        cases: (meeting_id, case_no, unit_id, prepared_by, notes, position). Returns the first decision's id."""
        conn = self.database.conn
        first = self.next_decision
        self.next_decision += len(rows)
        conn.executemany(
            "INSERT INTO proposals (meeting_id, case_no, unit_id, prepared_by, notes, position, contact_person) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [(*c, c[3]) for c in cases])
        conn.executemany(
            "INSERT INTO decisions (id, meeting_id, case_no, outcome, unit_id, move_in_deadline, lease_type, "
            "lease_years, conditions, reasons, criteria, decided_at, tenancy_id, consent_handling, rule_defaults) "
            "VALUES (?, ?, ?, 'tildelt', ?, ?, 'tidsbestemt', ?, ?, ?, ?, ?, ?, 'consent_given', ?)",
            [(first + i, *row) for i, row in enumerate(rows)])
        conn.executemany(
            "INSERT INTO decision_flags (decision_id, rule, severity, message, scope, source, weighing, acknowledged, "
            "message_masked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + f[0], *f[1:], f[3]) for f in flags])
        conn.executemany("INSERT INTO decision_members (decision_id, participant_id, part) VALUES (?, ?, 'decider')",
                         [(first + d[0], d[1]) for d in deciders])
        return first

    def follow_up_points(self, rows: list[tuple[Any, ...]]) -> None:
        """(tenancy_id, due_on, promised, decision_id, case_no, created_at, created_by, done_on, done_by,
        done_what, tenancy_state, move_planned); the open ones with the last five None."""
        self.database.conn.executemany(
            "INSERT INTO follow_up_points (tenancy_id, due_on, promised, decision_id, case_no, created_at, created_by, "
            "done_on, done_by, done_what, tenancy_state, move_planned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)
