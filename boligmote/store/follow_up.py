"""Follow-up points (m0008): written inside the services' transactions, read for the list.

The database freezes a done point and what any point promised (triggers in m0008); this
layer only reads and writes rows.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from ..domain import TenancyState
from ..domain.follow_up import FollowUpPoint
from .codec import Row, from_iso, iso_date, iso_datetime, to_iso
from .database import Database
from ..words import Phrase
from .errors import RecordNotFound

_POINT_COLUMNS = ("id, tenancy_id, due_on, promised, decision_id, case_no, created_at, created_by, done_on, "
                  "done_by, done_what, tenancy_state, move_planned, at_risk_decision_id")
_PREFIXED = ", ".join(f"p.{c}" for c in _POINT_COLUMNS.split(", "))
_POINT_WIDTH = len(_POINT_COLUMNS.split(", "))


def _point(row: Row) -> FollowUpPoint:
    (id_, tenancy_id, due_on, promised, decision_id, case_no, created_at, created_by, done_on, done_by, done_what,
     state, move_planned, at_risk_decision_id) = row
    return FollowUpPoint(id_, tenancy_id, iso_date(due_on), promised, decision_id, case_no,
                         iso_datetime(created_at), created_by, from_iso(done_on), done_by or "", done_what or "",
                         TenancyState(state) if state else None, None if move_planned is None else bool(move_planned),
                         at_risk_decision_id)


class FollowUpRepository:
    def __init__(self, database: Database):
        self.database = database

    # -- writes (inside a transaction) --

    def add_many(self, points: Iterable[FollowUpPoint], created_at: datetime, created_by: str) -> None:
        self.database.conn.executemany(
            "INSERT INTO follow_up_points (tenancy_id, due_on, promised, decision_id, case_no, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(p.tenancy_id, to_iso(p.due_on), p.promised, p.decision_id, p.case_no,
              created_at.isoformat(timespec="seconds"), created_by) for p in points])

    def add_at_risk(self, point: FollowUpPoint, at_risk_decision_id: int, created_at: datetime,
                    created_by: str) -> int:
        """The deadline of a measure for a tenancy at risk (m0012), tied to its decision."""
        self.database.conn.execute(
            "INSERT INTO follow_up_points (tenancy_id, due_on, promised, case_no, created_at, created_by, "
            "at_risk_decision_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (point.tenancy_id, to_iso(point.due_on), point.promised, point.case_no,
             created_at.isoformat(timespec="seconds"), created_by, at_risk_decision_id))
        return int(self.database.scalar("SELECT last_insert_rowid()"))

    def add(self, point: FollowUpPoint, created_at: datetime, created_by: str) -> int:
        self.add_many([point], created_at, created_by)
        return int(self.database.scalar("SELECT last_insert_rowid()"))

    def tenancy_is_current(self, tenancy_id: int) -> bool:
        return bool(self.database.scalar("SELECT 1 FROM tenancies WHERE id = ? AND ended_on IS NULL", (tenancy_id,)))

    def delete_for_decision(self, decision_id: int) -> int:
        """Only for undoing the decision that created them; returns how many went."""
        return self.database.conn.execute("DELETE FROM follow_up_points WHERE decision_id = ?",
                                          (decision_id,)).rowcount

    def record_done(self, point_id: int, done_on: date, done_by: str, what: str, state: TenancyState,
                    move_planned: bool | None = None) -> None:
        cursor = self.database.conn.execute(
            "UPDATE follow_up_points SET done_on = ?, done_by = ?, done_what = ?, tenancy_state = ?, move_planned = ? "
            "WHERE id = ? AND done_on IS NULL",
            (to_iso(done_on), done_by, what, state.value, None if move_planned is None else int(move_planned),
             point_id))
        if cursor.rowcount != 1:
            raise RecordNotFound(Phrase("errors.store_records.follow_up_done", point=point_id))

    # -- reads --

    def get(self, point_id: int) -> FollowUpPoint:
        row = self.database.conn.execute(f"SELECT {_POINT_COLUMNS} FROM follow_up_points WHERE id = ?",
                                         (point_id,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store_records.no_follow_up", point=point_id))
        return _point(row)

    def for_decision(self, decision_id: int) -> list[FollowUpPoint]:
        return [_point(r) for r in self.database.query(
            f"SELECT {_POINT_COLUMNS} FROM follow_up_points WHERE decision_id = ? ORDER BY due_on, id",
            (decision_id,))]

    def for_decisions(self, decision_ids: Iterable[int]) -> dict[int, list[FollowUpPoint]]:
        ids = list(decision_ids)
        found: dict[int, list[FollowUpPoint]] = {i: [] for i in ids}
        if not ids:
            return found
        for row in self.database.query(
                f"SELECT {_POINT_COLUMNS} FROM follow_up_points WHERE decision_id IN ({', '.join('?' * len(ids))}) "
                "ORDER BY due_on, id", tuple(ids)):
            point = _point(row)
            assert point.decision_id is not None  # the query asked for these decisions' points
            found[point.decision_id].append(point)
        return found

    def open_until(self, until: date) -> list[Row]:
        """Points not done and due on or before `until` (overdue ones too), soonest first, with what
        the list shows of the tenancy: (point, unit, household type, adults, children's ages as
        JSON text, address, stairwell, district, held_on). One query; the household's needs are
        not read (the list never shows them)."""
        rows = self.database.query(
            f"SELECT {_PREFIXED}, t.unit_id, t.household_type, t.adults, t.children_ages, b.address, s.label, "
            "b.district, m.held_on "
            "FROM follow_up_points p JOIN tenancies t ON t.id = p.tenancy_id JOIN units u ON u.id = t.unit_id "
            "JOIN stairwells s ON s.id = u.stairwell_id JOIN buildings b ON b.id = s.building_id "
            "LEFT JOIN decisions d ON d.id = p.decision_id LEFT JOIN meetings m ON m.id = d.meeting_id "
            "WHERE p.done_on IS NULL AND p.due_on <= ? ORDER BY p.due_on, b.address, s.label, t.unit_id, p.id",
            (to_iso(until),))
        return [(_point(row[:_POINT_WIDTH]), *row[_POINT_WIDTH:-1], from_iso(row[-1])) for row in rows]
