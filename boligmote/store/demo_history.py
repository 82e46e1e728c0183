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
        decided_at, tenancy_id, rule_defaults[, unit_vacant_from]) → ids assigned in order; flags: (row index, rule, severity,
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
            "lease_years, conditions, reasons, criteria, decided_at, tenancy_id, consent_handling, rule_defaults, "
            "unit_vacant_from) VALUES (?, ?, ?, 'tildelt', ?, ?, 'tidsbestemt', ?, ?, ?, ?, ?, ?, 'consent_given', ?, ?)",
            [(first + i, *row, *((None,) if len(row) == 11 else ())) for i, row in enumerate(rows)])
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

    def other_cases(self, applicants: list[tuple[Any, ...]], rows: list[tuple[Any, ...]],
                    deciders: list[int]) -> None:
        """Cases decided otherwise than by allocation (services/demo_statistics.py). applicants:
        (case_no, name, household_type, adults, bedrooms_needed, situation, decision_date, current_district,
        status); rows: (meeting_id, case_no, outcome, reasons, decided_at, prepared_by, position)."""
        conn = self.database.conn
        conn.executemany(
            "INSERT INTO applicants (case_no, name, household_type, adults, bedrooms_needed, situation, priority, "
            "decision_date, current_district, consent_to_share, status) VALUES (?, ?, ?, ?, ?, ?, 'prioritert', ?, ?, 1, ?)",
            applicants)
        conn.executemany(
            "INSERT INTO proposals (meeting_id, case_no, prepared_by, notes, position, contact_person) "
            "VALUES (?, ?, ?, 'Demohistorikk.', ?, ?)", [(r[0], r[1], r[5], r[6], r[5]) for r in rows])
        first = self.next_decision
        self.next_decision += len(rows)
        conn.executemany(
            "INSERT INTO decisions (id, meeting_id, case_no, outcome, reasons, decided_at, consent_handling) "
            "VALUES (?, ?, ?, ?, ?, ?, 'consent_given')", [(first + i, *r[:5]) for i, r in enumerate(rows)])
        conn.executemany("INSERT INTO decision_members (decision_id, participant_id, part) VALUES (?, ?, 'decider')",
                         [(first + i, p) for i in range(len(rows)) for p in deciders])

    def evicted_and_arrears(self) -> list[tuple[int, str, str]]:
        """(tenancy id, first day a follow-up point recorded it, state) for evictions and arrears."""
        return self.database.query(
            "SELECT tenancy_id, min(done_on), tenancy_state FROM follow_up_points "
            "WHERE tenancy_state IN ('evicted', 'arrears') AND done_on IS NOT NULL GROUP BY tenancy_id, tenancy_state "
            "ORDER BY tenancy_id, tenancy_state")

    def at_risk_history(self, measures: list[tuple[Any, ...]], petitions: list[tuple[Any, ...]]) -> None:
        """measures: (tenancy_id, decided_on, decided_by, measures JSON, note, recorded_at, recorded_by, owner,
        due_on, nav_basis); petitions: (tenancy_id, entry_on, amount, reference, imported_at). A file before
        m0012 has no owner, deadline or NAV basis for a measure: those three are left out there."""
        conn = self.database.conn
        columns = "tenancy_id, decided_on, decided_by, measures, note, recorded_at, recorded_by"
        if any(row[1] == "owner" for row in self.database.query("PRAGMA table_info(at_risk_decisions)")):
            columns += ", owner, due_on, nav_basis"
        else:
            measures = [row[:7] for row in measures]
        width = len(columns.split(", "))
        conn.executemany(f"INSERT INTO at_risk_decisions ({columns}) VALUES ({', '.join('?' * width)})", measures)
        conn.executemany(
            "INSERT INTO ledger_entries (tenancy_id, entry_on, kind, amount, reference, imported_at) "
            "VALUES (?, ?, 'begjaering_fravikelse', ?, ?, ?)", petitions)

    def current_leases(self) -> list[tuple[int, str, str, str]]:
        """(id, contract start, contract end, children's ages as JSON) of every current tenancy with both dates."""
        return self.database.query("SELECT id, contract_start, contract_end, children_ages FROM tenancies "
                                   "WHERE ended_on IS NULL AND contract_start IS NOT NULL AND contract_end IS NOT NULL "
                                   "ORDER BY id")

    def renewals(self, rows: list[tuple[Any, ...]], deciders: list[int]) -> None:
        """Renewals decided in a running meeting. rows: (meeting_id, tenancy_id, case_no, tenant_name,
        previous_lease_ends, prepared_by, position, outcome, lease_starts, lease_years, lease_ends, lease_reason,
        conditions, decided_at)."""
        conn = self.database.conn
        for (meeting_id, tenancy_id, case_no, tenant, previous, prepared_by, position, outcome, starts, years, ends,
             reason, conditions, decided_at) in rows:
            agenda = conn.execute(
                "INSERT INTO agenda_renewals (meeting_id, tenancy_id, case_no, tenant_name, lease_ends, prepared_by, "
                "contact_person, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, 'Demohistorikk.', ?)",
                (meeting_id, tenancy_id, case_no, tenant, previous, prepared_by, prepared_by, position)).lastrowid
            decision = conn.execute(
                "INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, lease_starts, "
                "lease_years, lease_ends, lease_reason, conditions, previous_lease_ends, decided_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (meeting_id, agenda, tenancy_id, outcome, starts, years, ends, reason, conditions, previous,
                 decided_at)).lastrowid
            conn.executemany("INSERT INTO renewal_decision_members (renewal_decision_id, participant_id, part) "
                             "VALUES (?, ?, 'decider')", [(decision, p) for p in deciders])
