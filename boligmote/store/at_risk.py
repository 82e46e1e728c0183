"""The landlord's ledger, cooperation plans and decisions on tenancies at risk (m0010).

The database keeps ledger keys, agreed plans and decided measures fixed (triggers in m0010);
this layer only reads and writes rows, inside the services' transactions.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from ..domain import AtRiskMeasure, LedgerEntryKind, NavBasis, PlanAgreement, PlanStatus
from ..domain.at_risk import AtRiskDecision, CooperationPlan, LedgerEntry
from .codec import Row, datetime_from_iso, enum_set, from_iso, iso_date, to_iso, to_json_list
from .database import Database
from ..words import Phrase
from .errors import RecordNotFound

_PLAN_COLUMNS = ("id, tenancy_id, parties, goals, measures, agreed_on, review_on, status, reviewed_on, created_at, "
                 "created_by, closed_on, closed_by, closing_note, tenant_party, tenant_agreed_on, tenant_agreement")
_PLAN_WIDTH = len(_PLAN_COLUMNS.split(", "))
_DECISION_COLUMNS = ("id, tenancy_id, decided_on, decided_by, measures, note, meeting_id, plan_id, arrears_amount, "
                     "arrears_on, warning, warning_on, recorded_at, recorded_by, nav_basis, owner, due_on")
_DECISION_WIDTH = len(_DECISION_COLUMNS.split(", "))


def _plan(row: Row) -> CooperationPlan:
    (id_, tenancy_id, parties, goals, measures, agreed_on, review_on, status, reviewed_on, created_at, created_by,
     closed_on, closed_by, closing_note, tenant_party, tenant_agreed_on, tenant_agreement) = row
    return CooperationPlan(id_, tenancy_id, tuple(json.loads(parties)), goals, measures, iso_date(agreed_on),
                           iso_date(review_on), PlanStatus(status), from_iso(reviewed_on),
                           datetime_from_iso(created_at), created_by, from_iso(closed_on), closed_by or "",
                           closing_note or "", tenant_party or "", from_iso(tenant_agreed_on),
                           PlanAgreement(tenant_agreement) if tenant_agreement else None)


def _decision(row: Row) -> AtRiskDecision:
    (id_, tenancy_id, decided_on, decided_by, measures, note, meeting_id, plan_id, arrears_amount, arrears_on,
     warning, warning_on, recorded_at, recorded_by, nav_basis, owner, due_on) = row
    return AtRiskDecision(id_, tenancy_id, iso_date(decided_on), decided_by, enum_set(AtRiskMeasure, measures), note,
                          meeting_id, plan_id, arrears_amount, from_iso(arrears_on),
                          LedgerEntryKind(warning) if warning else None, from_iso(warning_on),
                          datetime_from_iso(recorded_at), recorded_by, NavBasis(nav_basis) if nav_basis else None,
                          owner or "", from_iso(due_on))


class LedgerRepository:
    def __init__(self, database: Database):
        self.database = database

    def current_tenancies(self) -> dict[str, tuple[int, date | None, str | None]]:
        """unit id → (current tenancy id, contract start, contract number): how a ledger row
        without a contract number finds its tenancy."""
        return {unit_id: (tenancy_id, from_iso(start), lease_no) for tenancy_id, unit_id, start, lease_no in
                self.database.query("SELECT id, unit_id, contract_start, lease_no FROM tenancies WHERE ended_on IS NULL")}

    def by_lease_no(self) -> dict[str, tuple[int, str, date | None, bool]]:
        """contract number → (tenancy id, unit, contract start, still current), over every tenancy
        that has one, former ones too: a row about a former tenant is known as such (m0012)."""
        return {lease_no: (tenancy_id, unit_id, from_iso(start), ended is None)
                for tenancy_id, unit_id, start, ended, lease_no in self.database.query(
                    "SELECT id, unit_id, contract_start, ended_on, lease_no FROM tenancies WHERE lease_no IS NOT NULL")}

    def stored(self, tenancy_ids: Iterable[int]) -> dict[tuple[int, date, LedgerEntryKind], LedgerEntry]:
        """The entries of these tenancies by key (tenancy, day, kind)."""
        ids = sorted(set(tenancy_ids))
        found: dict[tuple[int, date, LedgerEntryKind], LedgerEntry] = {}
        for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
            chunk = ids[start:start + 900]
            for id_, tenancy_id, entry_on, kind, amount, reference in self.database.query(
                    "SELECT id, tenancy_id, entry_on, kind, amount, reference FROM ledger_entries "
                    f"WHERE tenancy_id IN ({', '.join('?' * len(chunk))})", tuple(chunk)):
                entry = LedgerEntry(id_, tenancy_id, iso_date(entry_on), LedgerEntryKind(kind), amount, reference)
                found[(tenancy_id, entry.entry_on, entry.kind)] = entry
        return found

    def save(self, entries: Iterable[LedgerEntry], imported_at: datetime) -> None:
        """Insert new entries and correct the amount or reference of stored ones (inside a transaction)."""
        stamp = imported_at.isoformat(timespec="seconds")
        self.database.conn.executemany(
            "INSERT INTO ledger_entries (tenancy_id, entry_on, kind, amount, reference, imported_at, lease_no) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenancy_id, entry_on, kind) DO UPDATE SET "
            "amount = excluded.amount, reference = excluded.reference, imported_at = excluded.imported_at, "
            "lease_no = excluded.lease_no",
            [(e.tenancy_id, to_iso(e.entry_on), e.kind.value, e.amount, e.reference, stamp, e.lease_no)
             for e in entries])

    def for_tenancy(self, tenancy_id: int) -> list[LedgerEntry]:
        return [LedgerEntry(id_, t, iso_date(d), LedgerEntryKind(k), a, r) for id_, t, d, k, a, r in self.database.query(
            "SELECT id, tenancy_id, entry_on, kind, amount, reference FROM ledger_entries WHERE tenancy_id = ? "
            "ORDER BY entry_on DESC, kind", (tenancy_id,))]

    def standing(self, tenancy_id: int, warnings_since: date) -> tuple[int | None, date | None, str | None, date | None]:
        """(latest arrears, its day, most serious warning since the day, its day) of one tenancy."""
        arrears = self.database.conn.execute(
            "SELECT amount, entry_on FROM ledger_entries WHERE tenancy_id = ? AND kind = 'restanse' "
            "ORDER BY entry_on DESC LIMIT 1", (tenancy_id,)).fetchone() or (None, None)
        warning = self.database.conn.execute(
            "SELECT kind, entry_on FROM ledger_entries WHERE tenancy_id = ? AND kind <> 'restanse' AND entry_on >= ? "
            "ORDER BY kind = 'begjaering_fravikelse' DESC, entry_on DESC LIMIT 1",
            (tenancy_id, to_iso(warnings_since))).fetchone() or (None, None)
        return arrears[0], from_iso(arrears[1]), warning[0], from_iso(warning[1])


class CooperationPlanRepository:
    def __init__(self, database: Database):
        self.database = database

    # -- writes (inside a transaction) --

    def add(self, plan: CooperationPlan, created_at: datetime, created_by: str) -> int:
        self.database.conn.execute(
            "INSERT INTO cooperation_plans (tenancy_id, parties, goals, measures, agreed_on, review_on, created_at, "
            "created_by, tenant_party, tenant_agreed_on, tenant_agreement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (plan.tenancy_id, json.dumps(list(plan.parties), ensure_ascii=False), plan.goals, plan.measures,
             to_iso(plan.agreed_on), to_iso(plan.review_on), created_at.isoformat(timespec="seconds"), created_by,
             plan.tenant_party or None, to_iso(plan.tenant_agreed_on),
             plan.tenant_agreement.value if plan.tenant_agreement else None))
        return int(self.database.scalar("SELECT last_insert_rowid()"))

    def reviewed(self, plan_id: int, reviewed_on: date, next_review_on: date) -> None:
        self._update_active(plan_id, "reviewed_on = ?, review_on = ?", (to_iso(reviewed_on), to_iso(next_review_on)))

    def close(self, plan_id: int, status: PlanStatus, closed_on: date, closed_by: str, note: str) -> None:
        self._update_active(plan_id, "status = ?, closed_on = ?, closed_by = ?, closing_note = ?",
                            (status.value, to_iso(closed_on), closed_by, note))

    def _update_active(self, plan_id: int, assignments: str, values: Row) -> None:
        cursor = self.database.conn.execute(
            f"UPDATE cooperation_plans SET {assignments} WHERE id = ? AND status = 'active'", (*values, plan_id))
        if cursor.rowcount != 1:
            raise RecordNotFound(Phrase("errors.store_records.plan_gone", plan=plan_id))

    def cite(self, decision_id: int, plan_id: int) -> None:
        self.database.conn.execute("INSERT OR IGNORE INTO decision_plans (decision_id, plan_id) VALUES (?, ?)",
                                   (decision_id, plan_id))

    # -- reads --

    def get(self, plan_id: int) -> CooperationPlan:
        row = self.database.conn.execute(f"SELECT {_PLAN_COLUMNS} FROM cooperation_plans WHERE id = ?",
                                         (plan_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store_records.no_plan", plan=plan_id))
        return _plan(row)

    def for_tenancy(self, tenancy_id: int) -> list[CooperationPlan]:
        """Every plan of the tenancy, the active one first, then the newest."""
        return [_plan(r) for r in self.database.query(
            f"SELECT {_PLAN_COLUMNS} FROM cooperation_plans WHERE tenancy_id = ? "
            "ORDER BY status <> 'active', agreed_on DESC, id DESC", (tenancy_id,))]

    def active(self) -> dict[int, CooperationPlan]:
        """tenancy id → its active plan, for the tenancies still current."""
        return {row[1]: _plan(row) for row in self.database.query(
            f"SELECT {', '.join('p.' + c for c in _PLAN_COLUMNS.split(', '))} FROM cooperation_plans p "
            "JOIN tenancies t ON t.id = p.tenancy_id WHERE p.status = 'active' AND t.ended_on IS NULL")}

    def cited_by(self, decision_id: int) -> list[CooperationPlan]:
        return [_plan(r) for r in self.database.query(
            f"SELECT {', '.join('p.' + c for c in _PLAN_COLUMNS.split(', '))} FROM decision_plans dp "
            "JOIN cooperation_plans p ON p.id = dp.plan_id WHERE dp.decision_id = ? ORDER BY p.id", (decision_id,))]

    def decision_tenancy(self, decision_id: int) -> tuple[bool, int | None]:
        """(whether the decision exists, the tenancy it concerns if any)."""
        row = self.database.conn.execute("SELECT tenancy_id FROM decisions WHERE id = ?", (decision_id,)).fetchone()
        return (row is not None, row[0] if row else None)


class AtRiskRepository:
    def __init__(self, database: Database):
        self.database = database

    # -- writes (inside a transaction) --

    def add_decision(self, decision: AtRiskDecision, recorded_at: datetime, recorded_by: str) -> int:
        self.database.conn.execute(
            f"INSERT INTO at_risk_decisions ({_DECISION_COLUMNS}) VALUES ({', '.join('?' * _DECISION_WIDTH)})",
            (None, decision.tenancy_id, to_iso(decision.decided_on), decision.decided_by,
             to_json_list(decision.measures), decision.note, decision.meeting_id, decision.plan_id,
             decision.arrears_amount, to_iso(decision.arrears_on),
             decision.warning.value if decision.warning else None, to_iso(decision.warning_on),
             recorded_at.isoformat(timespec="seconds"), recorded_by,
             decision.nav_basis.value if decision.nav_basis else None, decision.owner or None,
             to_iso(decision.due_on)))
        decision_id = int(self.database.scalar("SELECT last_insert_rowid()"))
        self.database.conn.executemany("INSERT INTO at_risk_deciders (decision_id, participant_id) VALUES (?, ?)",
                                       [(decision_id, p) for p in decision.decider_ids])
        return decision_id

    def deciders(self, meeting_id: int) -> list[tuple[int, str]]:
        """(participant id, name) of the meeting's members with decision authority who are present:
        those who may decide a measure in it (DOMAIN.md §1)."""
        return [(id_, name) for id_, name in self.database.query(
            "SELECT id, name FROM participants WHERE meeting_id = ? AND has_decision_authority = 1 "
            "AND attendance = 'present' ORDER BY id", (meeting_id,))]

    def meeting_day(self, meeting_id: int) -> tuple[str, date, datetime | None] | None:
        """(status, date, when it was started) of a meeting, or None when there is none."""
        row = self.database.conn.execute("SELECT status, held_on, started_at FROM meetings WHERE id = ?",
                                         (meeting_id,)).fetchone()
        return None if row is None else (str(row[0]), iso_date(row[1]), datetime_from_iso(row[2]))

    def tenancy_is_current(self, tenancy_id: int) -> bool:
        return bool(self.database.scalar("SELECT 1 FROM tenancies WHERE id = ? AND ended_on IS NULL", (tenancy_id,)))

    def attached_to(self, tenancy_id: int) -> str:
        """What the ledger, plans and measures hold for a tenancy, in bokmål («en samarbeidsplan»);
        empty when nothing."""
        found = []
        for table, words in (("cooperation_plans", "en samarbeidsplan"), ("ledger_entries", "poster fra leiereskontroen"),
                             ("at_risk_decisions", "beslutninger om tiltak")):
            if self.database.scalar(f"SELECT 1 FROM {table} WHERE tenancy_id = ? LIMIT 1", (tenancy_id,)):
                found.append(words)
        return " og ".join(found)

    def meeting_status(self, meeting_id: int) -> str | None:
        status = self.database.scalar("SELECT status FROM meetings WHERE id = ?", (meeting_id,))
        return None if status is None else str(status)

    # -- reads --

    def decision(self, decision_id: int) -> AtRiskDecision:
        row = self.database.conn.execute(f"SELECT {_DECISION_COLUMNS} FROM at_risk_decisions WHERE id = ?",
                                         (decision_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store_records.no_measure_decision", decision=decision_id))
        return self._with_deciders([_decision(row)])[0]

    def decisions_for(self, tenancy_id: int) -> list[AtRiskDecision]:
        """Newest first."""
        return self._with_deciders([_decision(r) for r in self.database.query(
            f"SELECT {_DECISION_COLUMNS} FROM at_risk_decisions WHERE tenancy_id = ? ORDER BY decided_on DESC, id DESC",
            (tenancy_id,))])

    def decisions_in_meeting(self, meeting_id: int) -> list[AtRiskDecision]:
        """For the minutes and the agenda (issue 17 item 7): what a meeting decided on tenancies at risk."""
        return self._with_deciders([_decision(r) for r in self.database.query(
            f"SELECT {_DECISION_COLUMNS} FROM at_risk_decisions WHERE meeting_id = ? ORDER BY id", (meeting_id,))])

    def cases_in_meeting(self, meeting_id: int) -> list[tuple[AtRiskDecision, str, str, str, str, int, str]]:
        """For the minutes: each measure the meeting decided, with (unit, address, stairwell,
        household type, adults, children's ages as JSON); one query, and one for the deciders
        when there are any."""
        decision_columns = ", ".join(f"d.{c}" for c in _DECISION_COLUMNS.split(", "))
        rows = self.database.query(
            f"SELECT {decision_columns}, t.unit_id, b.address, s.label, t.household_type, t.adults, t.children_ages "
            "FROM at_risk_decisions d JOIN tenancies t ON t.id = d.tenancy_id JOIN units u ON u.id = t.unit_id "
            "JOIN stairwells s ON s.id = u.stairwell_id JOIN buildings b ON b.id = s.building_id "
            "WHERE d.meeting_id = ? ORDER BY d.id", (meeting_id,))
        if not rows:
            return []
        decisions = self._with_deciders([_decision(r[:_DECISION_WIDTH]) for r in rows])
        return [(decision, *row[_DECISION_WIDTH:]) for decision, row in zip(decisions, rows, strict=True)]

    def _with_deciders(self, decisions: list[AtRiskDecision]) -> list[AtRiskDecision]:
        from dataclasses import replace

        ids = [d.id for d in decisions if d.id is not None and d.meeting_id is not None]
        if not ids:
            return decisions
        found: dict[int, list[int]] = {}
        for decision_id, participant_id in self.database.query(
                f"SELECT decision_id, participant_id FROM at_risk_deciders WHERE decision_id IN "
                f"({', '.join('?' * len(ids))}) ORDER BY participant_id", tuple(ids)):
            found.setdefault(decision_id, []).append(participant_id)
        return [replace(d, decider_ids=tuple(found.get(d.id, ()))) if d.id in found else d for d in decisions]

    def at_risk(self, arrears_from: int, warnings_since: date, today: date) -> list[Row]:
        """Current tenancies whose latest arrears balance on or before `today` is at least
        `arrears_from` kroner, or that had a warning between `warnings_since` and `today`; one
        query. The ledger after `today` is not read: `--today` shows the list as it stood. Each row:
        (tenancy id, unit, household type, adults, children's ages as JSON, address, stairwell,
        district, rent, arrears, its day, warning kind, its day, last decision as a row or None,
        active plan as a row or None, the balance before the latest or None).
        The household's needs are not read: the list never shows them."""
        since, until = to_iso(warnings_since), to_iso(today)
        decision_columns = ", ".join(f"d.{c}" for c in _DECISION_COLUMNS.split(", "))
        plan_columns = ", ".join(f"p.{c}" for c in _PLAN_COLUMNS.split(", "))
        rows = self.database.query(
            # the latest balance and the one before it (the trend), up to the day
            "WITH balances AS (SELECT tenancy_id, amount, entry_on, row_number() OVER (PARTITION BY tenancy_id "
            "                  ORDER BY entry_on DESC) AS n FROM ledger_entries "
            "                  WHERE kind = 'restanse' AND entry_on <= ?), "
            "     arrears AS (SELECT tenancy_id, amount, entry_on FROM balances WHERE n = 1), "
            "     previous AS (SELECT tenancy_id, amount FROM balances WHERE n = 2), "
            # the most serious warning between the days: a petition before a notice, then the latest
            "     warned AS (SELECT tenancy_id, kind, entry_on FROM ("
            "                 SELECT tenancy_id, kind, entry_on, row_number() OVER (PARTITION BY tenancy_id "
            "                        ORDER BY kind = 'begjaering_fravikelse' DESC, entry_on DESC) AS n "
            "                 FROM ledger_entries WHERE kind <> 'restanse' AND entry_on >= ? AND entry_on <= ?) "
            "                 WHERE n = 1), "
            "     flagged AS (SELECT tenancy_id FROM arrears WHERE amount >= ? "
            "                 UNION SELECT tenancy_id FROM warned), "
            "     latest AS (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY tenancy_id "
            "                                ORDER BY decided_on DESC, id DESC) AS n FROM at_risk_decisions "
            "                                WHERE tenancy_id IN (SELECT tenancy_id FROM flagged)) WHERE n = 1) "
            f"SELECT t.id, t.unit_id, t.household_type, t.adults, t.children_ages, b.address, s.label, b.district, "
            f"u.rent, a.amount, a.entry_on, w.kind, w.entry_on, {decision_columns}, {plan_columns}, pr.amount "
            "FROM flagged f JOIN tenancies t ON t.id = f.tenancy_id AND t.ended_on IS NULL "
            "JOIN units u ON u.id = t.unit_id JOIN stairwells s ON s.id = u.stairwell_id "
            "JOIN buildings b ON b.id = s.building_id "
            "LEFT JOIN arrears a ON a.tenancy_id = t.id LEFT JOIN warned w ON w.tenancy_id = t.id "
            "LEFT JOIN previous pr ON pr.tenancy_id = t.id "
            "LEFT JOIN at_risk_decisions d ON d.tenancy_id = t.id AND d.id IN (SELECT id FROM latest) "
            "LEFT JOIN cooperation_plans p ON p.tenancy_id = t.id AND p.status = 'active' "
            "ORDER BY b.address, s.label, t.unit_id",
            (until, since, until, arrears_from))
        result = []
        for row in rows:
            head = row[:13]
            decision_row = row[13:13 + _DECISION_WIDTH]
            plan_row = row[13 + _DECISION_WIDTH:13 + _DECISION_WIDTH + _PLAN_WIDTH]
            result.append((*head[:10], from_iso(head[10]), LedgerEntryKind(head[11]) if head[11] else None,
                           from_iso(head[12]), _decision(decision_row) if decision_row[0] is not None else None,
                           _plan(plan_row) if plan_row[0] is not None else None, row[-1]))
        return result

    def latest_arrears(self) -> dict[int, tuple[int | None, date]]:
        """tenancy id → (latest arrears, its day), for tenancies with any ledger entry: the renewal
        list shows arrears beside each lease."""
        return {tenancy_id: (amount, iso_date(entry_on)) for tenancy_id, amount, entry_on in self.database.query(
            "SELECT l.tenancy_id, l.amount, max(l.entry_on) FROM ledger_entries l "
            "JOIN tenancies t ON t.id = l.tenancy_id AND t.ended_on IS NULL WHERE l.kind = 'restanse' "
            "GROUP BY l.tenancy_id")}
