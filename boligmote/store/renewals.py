"""The tenancies whose fixed-term lease ends by a date, with the incidents at their address."""
from __future__ import annotations

from datetime import date, timedelta

from ..domain.renewals import RenewalDue
from .codec import to_iso
from .database import Database
from .households import _TENANCY_COLUMNS, _tenancy

_PREFIXED = ", ".join(f"t.{c}" for c in _TENANCY_COLUMNS.split(", "))


class RenewalRepository:
    def __init__(self, database: Database):
        self.database = database

    def due(self, until: date, today: date) -> list[RenewalDue]:
        """Current tenancies with a lease end on or before `until` (also those already past),
        soonest first; one query (incidents counted once per stairwell and building, not per row)."""
        since = to_iso(today - timedelta(days=365))
        rows = self.database.query(
            f"SELECT {_PREFIXED}, b.address, s.label, b.district, coalesce(si.n, 0), coalesce(bi.n, 0) "
            "FROM tenancies t JOIN units u ON u.id = t.unit_id JOIN stairwells s ON s.id = u.stairwell_id "
            "JOIN buildings b ON b.id = s.building_id "
            "LEFT JOIN (SELECT stairwell_id, count(*) AS n FROM incidents WHERE occurred_on >= ? "
            "           AND stairwell_id IS NOT NULL GROUP BY stairwell_id) si ON si.stairwell_id = s.id "
            "LEFT JOIN (SELECT building_id, count(*) AS n FROM incidents WHERE occurred_on >= ? "
            "           GROUP BY building_id) bi ON bi.building_id = b.id "
            "WHERE t.ended_on IS NULL AND t.contract_end IS NOT NULL AND t.contract_end <= ? "
            "ORDER BY t.contract_end, b.address, s.label, t.unit_id",
            (since, since, to_iso(until)))
        width = len(_TENANCY_COLUMNS.split(", "))
        return [RenewalDue(_tenancy(row[:width]), *row[width:]) for row in rows]
