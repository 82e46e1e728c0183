"""The tenancies whose fixed-term lease ends by a date, with the incidents at their address."""
from __future__ import annotations

from dataclasses import replace
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from ..domain import saved_id
from ..domain.follow_up import FollowUpPoint
from ..domain.renewals import AgendaRenewal, RenewalDecision, RenewalDue, RenewalOutcome
from .codec import Row, datetime_from_iso, from_iso, iso_date, to_iso
from .database import Database, inserted_id
from ..words import Phrase
from .errors import RecordNotFound, StoreError
from .households import TENANCY_COLUMNS, tenancy_from_row

_PREFIXED = ", ".join(f"t.{c}" for c in TENANCY_COLUMNS.split(", "))


class RenewalRepository:
    def __init__(self, database: Database):
        self.database = database

    def due(self, until: date, today: date, include: Iterable[int] = ()) -> list[RenewalDue]:
        """Current tenancies with a lease end on or before `until` (also those already past),
        soonest first. `include`: tenancy ids listed whatever their lease end (a meeting's
        renewals, once renewed).

        The incidents are counted once per stairwell and building in two small queries and
        matched in Python: joined to the leases as subqueries they cost the oslo file more than
        the leases themselves. The leases come through the partial index on the current
        tenancies' lease end (m0011)."""
        since = to_iso(today - timedelta(days=365))
        stairwells: dict[int, int] = dict(self.database.query(
            "SELECT stairwell_id, count(*) FROM incidents WHERE occurred_on >= ? AND stairwell_id IS NOT NULL "
            "GROUP BY stairwell_id", (since,)))
        buildings: dict[str, int] = dict(self.database.query(
            "SELECT building_id, count(*) FROM incidents WHERE occurred_on >= ? GROUP BY building_id", (since,)))
        select = (f"SELECT {_PREFIXED}, b.address, s.label, b.district, s.id, b.id "
                  "FROM tenancies t JOIN units u ON u.id = t.unit_id JOIN stairwells s ON s.id = u.stairwell_id "
                  "JOIN buildings b ON b.id = s.building_id "
                  "WHERE t.ended_on IS NULL AND t.contract_end IS NOT NULL AND ")
        rows = self.database.query(select + "t.contract_end <= ?", (to_iso(until),))
        listed = {row[0] for row in rows}
        extra = sorted(set(include) - listed)
        if extra:
            rows += self.database.query(select + f"t.id IN ({', '.join('?' * len(extra))})", tuple(extra))
        width = len(TENANCY_COLUMNS.split(", "))
        found = [RenewalDue(tenancy_from_row(row[:width]), row[width], row[width + 1], row[width + 2],
                            stairwells.get(row[width + 3], 0), buildings.get(row[width + 4], 0)) for row in rows]
        found.sort(key=lambda d: (d.tenancy.contract_end, d.address, d.stairwell_label, d.tenancy.unit_id))
        return found


# ---- renewals in the meeting (m0011) --------------------------------------------------------------

_AGENDA_COLUMNS = ("id, meeting_id, tenancy_id, case_no, tenant_name, lease_ends, prepared_by, contact_person, "
                   "notes, position")
_DECISION_COLUMNS = ("id, meeting_id, agenda_renewal_id, tenancy_id, outcome, reasons, lease_starts, lease_years, "
                     "lease_ends, lease_reason, youngest_child_born, short_term_basis, tenant_informed_on, conditions, "
                     "internal_notes, previous_lease_ends, move_out_by, transfer_case_no, meeting_settings_version, decided_at, "
                     "notice_sent_on, statement_received, tenant_statement, notice_exception, move_demand_on, "
                     "children_under_18, children_weighing")


def _agenda_renewal(row: Row) -> AgendaRenewal:
    id_, meeting_id, tenancy_id, case_no, name, ends, prepared_by, contact, notes, position = row
    return AgendaRenewal(id_, meeting_id, tenancy_id, case_no, name, iso_date(ends), prepared_by, contact, notes,
                         position)


class RenewalAgendaRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, item: AgendaRenewal) -> AgendaRenewal:
        position = self.database.scalar("SELECT coalesce(max(position), 0) + 1 FROM agenda_renewals "
                                        "WHERE meeting_id = ?", (item.meeting_id,))
        cursor = self.database.conn.execute(
            "INSERT INTO agenda_renewals (meeting_id, tenancy_id, case_no, tenant_name, lease_ends, prepared_by, "
            "contact_person, notes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item.meeting_id, item.tenancy_id, item.case_no, item.tenant_name, to_iso(item.lease_ends),
             item.prepared_by, item.contact_person, item.notes, position))
        return self.get(inserted_id(cursor))

    def delete(self, item_id: int) -> None:
        self.database.conn.execute("DELETE FROM agenda_renewals WHERE id = ?", (item_id,))

    def get(self, item_id: int) -> AgendaRenewal:
        row = self.database.conn.execute(f"SELECT {_AGENDA_COLUMNS} FROM agenda_renewals WHERE id = ?",
                                         (item_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store.no_renewal", item=item_id))
        return _agenda_renewal(row)

    def for_meeting(self, meeting_id: int) -> list[AgendaRenewal]:
        return [_agenda_renewal(r) for r in self.database.query(
            f"SELECT {_AGENDA_COLUMNS} FROM agenda_renewals WHERE meeting_id = ? ORDER BY position, id",
            (meeting_id,))]

    def status_by_tenancy(self, tenancy_ids: Iterable[int]) -> dict[int, tuple[int, date, str, str | None]]:
        """For each tenancy, its latest renewal case: (meeting id, meeting date, meeting status,
        outcome or None while undecided). One query over the small renewal tables."""
        ids = set(tenancy_ids)
        found: dict[int, tuple[int, date, str, str | None]] = {}
        for tenancy_id, meeting_id, held_on, status, outcome in self.database.query(
                "SELECT a.tenancy_id, m.id, m.held_on, m.status, d.outcome FROM agenda_renewals a "
                "JOIN meetings m ON m.id = a.meeting_id LEFT JOIN renewal_decisions d ON d.agenda_renewal_id = a.id "
                "ORDER BY m.held_on, a.id"):
            if tenancy_id in ids:
                found[tenancy_id] = (meeting_id, iso_date(held_on), status, outcome)
        return found


def _decision(row: Row) -> RenewalDecision:
    (id_, meeting_id, agenda_id, tenancy_id, outcome, reasons, starts, years, ends, lease_reason, born, basis,
     informed, conditions, notes, previous, move_out_by, transfer, settings_version, decided_at, notice_sent_on,
     statement_received, statement, exception, move_demand_on, children, weighing) = row
    return RenewalDecision(id_, meeting_id, agenda_id, tenancy_id, RenewalOutcome(outcome), reasons, from_iso(starts),
                           years, from_iso(ends), lease_reason, from_iso(born), basis, from_iso(informed), conditions,
                           notes, from_iso(previous), from_iso(move_out_by), transfer, settings_version,
                           datetime_from_iso(decided_at), notice_sent_on=from_iso(notice_sent_on),
                           statement_received=None if statement_received is None else bool(statement_received),
                           tenant_statement=statement, notice_exception=exception,
                           move_demand_on=from_iso(move_demand_on), children_under_18=children,
                           children_weighing=weighing)


class RenewalDecisionRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, decision: RenewalDecision) -> int:
        d = decision
        assert d.decided_at is not None  # the service stamps a decision before it is stored
        cursor = self.database.conn.execute(
            f"INSERT INTO renewal_decisions ({_DECISION_COLUMNS.removeprefix('id, ')}) "
            f"VALUES ({', '.join('?' * 26)})",
            (d.meeting_id, d.agenda_renewal_id, d.tenancy_id, d.outcome.value, d.reasons, to_iso(d.lease_starts),
             d.lease_years, to_iso(d.lease_ends), d.lease_reason, to_iso(d.youngest_child_born), d.short_term_basis,
             to_iso(d.tenant_informed_on), d.conditions, d.internal_notes, to_iso(d.previous_lease_ends),
             to_iso(d.move_out_by), d.transfer_case_no, d.meeting_settings_version, d.decided_at.isoformat(timespec="seconds"),
             to_iso(d.notice_sent_on), None if d.statement_received is None else int(d.statement_received),
             d.tenant_statement, d.notice_exception, to_iso(d.move_demand_on), d.children_under_18,
             d.children_weighing))
        decision_id = inserted_id(cursor)
        rows = [(decision_id, p, "decider", "") for p in d.deciders]
        rows += [(decision_id, p, "disqualified", ground) for p, _name, ground in d.disqualified]
        self.database.conn.executemany(
            "INSERT INTO renewal_decision_members (renewal_decision_id, participant_id, part, note) "
            "VALUES (?, ?, ?, ?)", rows)
        return decision_id

    def delete(self, decision_id: int) -> None:
        self.database.conn.execute("DELETE FROM renewal_decision_members WHERE renewal_decision_id = ?",
                                   (decision_id,))
        self.database.conn.execute("DELETE FROM renewal_decisions WHERE id = ?", (decision_id,))

    def get(self, decision_id: int) -> RenewalDecision:
        found = self._load("d.id = ?", (decision_id,))
        if not found:
            raise RecordNotFound(Phrase("errors.store.no_renewal_decision", decision=decision_id))
        return found[0]

    def for_meeting(self, meeting_id: int) -> list[RenewalDecision]:
        return self._load("d.meeting_id = ?", (meeting_id,))

    def _load(self, where: str, params: Row) -> list[RenewalDecision]:
        columns = ", ".join(f"d.{c}" for c in _DECISION_COLUMNS.split(", "))
        decisions = [_decision(r) for r in self.database.query(
            f"SELECT {columns} FROM renewal_decisions d WHERE {where} ORDER BY d.id", params)]
        if not decisions:
            return []
        ids = [saved_id(d.id) for d in decisions]
        members: dict[int, list[tuple[int, str, str, str]]] = {i: [] for i in ids}
        for decision_id, participant_id, part, note, name in self.database.query(
                "SELECT x.renewal_decision_id, x.participant_id, x.part, x.note, p.name "
                "FROM renewal_decision_members x JOIN participants p ON p.id = x.participant_id "
                f"WHERE x.renewal_decision_id IN ({', '.join('?' * len(ids))}) ORDER BY p.id", tuple(ids)):
            members[decision_id].append((participant_id, part, note, name))
        return [replace(d, deciders=tuple(p for p, part, _, _ in members[saved_id(d.id)] if part == "decider"),
                        decider_names=tuple(n for _, part, _, n in members[saved_id(d.id)] if part == "decider"),
                        disqualified=tuple((p, n, note) for p, part, note, n in members[saved_id(d.id)]
                                           if part == "disqualified"))
                for d in decisions]

    def follow_up_due(self, meeting_id: int) -> dict[int, list[date]]:
        """decision id → the due days of the follow-up points its conditions created, soonest first."""
        due: dict[int, list[date]] = {}
        for decision_id, due_on in self.database.query(
                "SELECT p.renewal_decision_id, p.due_on FROM follow_up_points p JOIN renewal_decisions d "
                "ON d.id = p.renewal_decision_id WHERE d.meeting_id = ? ORDER BY p.due_on", (meeting_id,)):
            due.setdefault(decision_id, []).append(iso_date(due_on))
        return due

    # -- what a decision changes outside the meeting --

    def add_follow_up(self, points: Iterable[FollowUpPoint], decision_id: int, created_at: datetime) -> None:
        """The follow-up points a renewal's conditions promise, tied to its decision (m0011)."""
        self.database.conn.executemany(
            "INSERT INTO follow_up_points (tenancy_id, due_on, promised, renewal_decision_id, case_no, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(p.tenancy_id, to_iso(p.due_on), p.promised, decision_id, p.case_no,
              created_at.isoformat(timespec="seconds"), self.database.actor) for p in points])

    def follow_up_done(self, decision_id: int) -> bool:
        """Whether a follow-up point of this decision has been recorded as done."""
        return bool(self.database.scalar(
            "SELECT EXISTS (SELECT 1 FROM follow_up_points WHERE renewal_decision_id = ? AND done_on IS NOT NULL)",
            (decision_id,)))

    def delete_follow_up(self, decision_id: int) -> None:
        self.database.conn.execute("DELETE FROM follow_up_points WHERE renewal_decision_id = ?", (decision_id,))

    def set_lease_end(self, tenancy_id: int, ends: date, expected: date) -> None:
        """Move the tenancy's lease end; refused unless it still stands at `expected` (one step)."""
        cursor = self.database.conn.execute(
            "UPDATE tenancies SET contract_end = ? WHERE id = ? AND contract_end = ? AND ended_on IS NULL",
            (to_iso(ends), tenancy_id, to_iso(expected)))
        if cursor.rowcount != 1:
            raise StoreError(Phrase("errors.store.tenancy_changed", tenancy=tenancy_id))


class IssuedRenewalLetterRepository:
    """Letters for a renewal refused, as issued: the bytes and their SHA-256, once per decision."""

    def __init__(self, database: Database):
        self.database = database

    def add(self, decision_id: int, pdf: bytes, sha256: str, issued_at: datetime) -> None:
        self.database.conn.execute(
            "INSERT INTO issued_renewal_letters (renewal_decision_id, issued_at, issued_by, sha256, pdf) "
            "VALUES (?, ?, ?, ?, ?)", (decision_id, issued_at.isoformat(timespec="seconds"), self.database.actor,
                                       sha256, pdf))

    def get(self, decision_id: int) -> tuple[bytes, str] | None:
        row = self.database.conn.execute(
            "SELECT CAST(pdf AS BLOB), sha256 FROM issued_renewal_letters WHERE renewal_decision_id = ?",
            (decision_id,)).fetchone()
        return (bytes(row[0]), row[1]) if row else None

    def all(self) -> list[tuple[int, bytes, str]]:
        return [(d, bytes(p), h) for d, p, h in self.database.conn.execute(
            "SELECT renewal_decision_id, CAST(pdf AS BLOB), sha256 FROM issued_renewal_letters "
            "ORDER BY renewal_decision_id")]
