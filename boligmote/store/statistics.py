"""The records the yearly figures count (issue 20 item 5; domain/statistics.py): cases, decisions,
units, renewals, measures for tenancies at risk, recorded evictions and petitions.

One query per kind of record, whatever the file's size (no query per case or unit): the norge file
has some 100,000 decisions and 110,000 units (bench/suite.py, budget 2 s). Renewal decisions and
transfers came with m0011; a file without them says so rather than counting nothing.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..domain.statistics import CaseRecord, DecisionRecord, MeasureRecord, Records, RenewalRecord, UnitRecord
from .database import Database

_FINAL = "m.status IN ('closed', 'signed')"
_DECISIONS = (
    f"SELECT d.case_no, d.outcome, m.held_on, substr(d.decided_at, 1, 10), {_FINAL}, d.unit_id, b.district, "
    "d.unit_vacant_from, d.lease_type, d.lease_years "
    "FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
    "LEFT JOIN units u ON u.id = d.unit_id LEFT JOIN stairwells s ON s.id = u.stairwell_id "
    "LEFT JOIN buildings b ON b.id = s.building_id")
_UNITS = ("SELECT u.id, u.unit_type, u.bedrooms, b.district, b.ownership, u.wheelchair_access, u.status, u.vacant_from "
          "FROM units u JOIN stairwells s ON s.id = u.stairwell_id JOIN buildings b ON b.id = s.building_id")
_RENEWALS = (f"SELECT r.outcome, m.held_on, substr(r.decided_at, 1, 10), {_FINAL} "
             "FROM renewal_decisions r JOIN meetings m ON m.id = r.meeting_id")


def statistics_records(database: Database, year_end: date) -> Records:
    """Everything the figures for the year ending `year_end` may count; cases qualified after it are
    left out here (nothing about them belongs to the year)."""
    day = lru_cache(maxsize=None)(date.fromisoformat)

    def optional(text: str | None) -> date | None:
        return day(text) if text else None

    transfers = _has_column(database, "applicants", "transferred_from_tenancy")
    transfer = "transferred_from_tenancy IS NOT NULL" if transfers else "0"
    cases = [CaseRecord(case_no, day(qualified), bool(moved), status) for case_no, qualified, moved, status in
             database.query(f"SELECT case_no, decision_date, {transfer}, status FROM applicants "
                            "WHERE decision_date <= ?", (year_end.isoformat(),))]
    decisions = [DecisionRecord(case_no, outcome, day(held), day(recorded), bool(final), unit_id, district or "",
                                optional(vacant), lease_type, lease_years)
                 for case_no, outcome, held, recorded, final, unit_id, district, vacant, lease_type, lease_years
                 in database.query(_DECISIONS)]
    units = [UnitRecord(unit_id, unit_type, bedrooms, district, ownership, bool(wheelchair), status, optional(vacant))
             for unit_id, unit_type, bedrooms, district, ownership, wheelchair, status, vacant
             in database.query(_UNITS)]
    renewals = None
    if _has_table(database, "renewal_decisions"):
        renewals = [RenewalRecord(outcome, day(held), day(recorded), bool(final))
                    for outcome, held, recorded, final in database.query(_RENEWALS)]
    measures = [MeasureRecord(tenancy, day(decided), day(recorded)) for tenancy, decided, recorded in database.query(
        "SELECT tenancy_id, decided_on, substr(recorded_at, 1, 10) FROM at_risk_decisions")]
    evictions = [(tenancy, day(done)) for tenancy, done in database.query(
        "SELECT tenancy_id, done_on FROM follow_up_points WHERE tenancy_state = 'evicted' AND done_on IS NOT NULL")]
    petitions = [(tenancy, day(on), day(imported)) for tenancy, on, imported in database.query(
        "SELECT tenancy_id, entry_on, substr(imported_at, 1, 10) FROM ledger_entries "
        "WHERE kind = 'begjaering_fravikelse'")]
    return Records(cases, decisions, units, renewals, measures, evictions, petitions, transfers)


def first_decision_year(database: Database) -> int | None:
    """The year of the earliest meeting with a decision: the first year the figures can say much about."""
    held = database.scalar("SELECT min(m.held_on) FROM decisions d JOIN meetings m ON m.id = d.meeting_id")
    return int(held[:4]) if held else None


def _has_table(database: Database, name: str) -> bool:
    return database.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None


def _has_column(database: Database, table: str, column: str) -> bool:
    return any(row[1] == column for row in database.query(f"PRAGMA table_info({table})"))
