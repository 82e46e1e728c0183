"""The records the yearly figures count (issue 20 item 5; domain/statistics.py): cases, decisions,
units, renewals, measures for tenancies at risk, recorded evictions and petitions.

One query per kind of record, whatever the file's size (no query per case or unit), and SQLite does
the grouping where the report needs only counts: the norge file has some 70,000 decisions and
110,000 units (bench/suite.py, budget 2 s). Renewal decisions and
transfers came with m0011; a file without them says so rather than counting nothing.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache

from ..domain.statistics_records import (
    FINAL_OUTCOMES,
    CaseRecord,
    DecisionRecord,
    MeasureRecord,
    Records,
    RenewalRecord,
    UnitGroup,
    VacantUnit,
)
from .database import Database

_FINAL = "m.status IN ('closed', 'signed')"
_OUTCOMES = ", ".join(f"'{o}'" for o in FINAL_OUTCOMES)
# Per case, how it left the queue as 31.12 (:end) sees it: the first final decision made by then in a closed or
# signed meeting and entered by then (domain/statistics.CaseRecord.left_on), and whether it has one made
# later or not yet final. Aggregated by SQLite: one row per case, not one per decision.
_EXITS = (
    f"SELECT d.case_no, min(CASE WHEN {_FINAL} AND m.held_on <= :end AND substr(d.decided_at, 1, 10) <= :end "
    "THEN m.held_on END) AS left_on, "
    f"max(NOT ({_FINAL} AND m.held_on <= :end AND substr(d.decided_at, 1, 10) <= :end)) AS later, "
    "max(m.held_on) AS last_on "
    f"FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.outcome IN ({_OUTCOMES}) GROUP BY d.case_no")
# The decisions of the year, and the allocations after it of units vacant on 31.12 (vacant at the year's end).
_DECISIONS = (
    f"SELECT d.case_no, d.outcome, m.held_on, substr(d.decided_at, 1, 10), {_FINAL}, d.unit_id, b.district, "
    "d.unit_vacant_from, d.lease_type, d.lease_years "
    "FROM decisions d JOIN meetings m ON m.id = d.meeting_id "
    "LEFT JOIN units u ON u.id = d.unit_id LEFT JOIN stairwells s ON s.id = u.stairwell_id "
    "LEFT JOIN buildings b ON b.id = s.building_id "
    "WHERE m.held_on BETWEEN :start AND :end "
    "OR (d.outcome = 'tildelt' AND m.held_on > :end AND d.unit_vacant_from <= :end)")
# The register counted by SQLite: a few hundred groups instead of 110,000 rows on the norge file.
# The register is counted in Python (collections.Counter over small tuples): half the time of SQLite's
# GROUP BY on the norge file's 110,000 units; each stairwell's building gives district and ownership.
_UNITS = "SELECT stairwell_id, unit_type, min(bedrooms, 4), wheelchair_access FROM units"
_STAIRWELLS = "SELECT s.id, b.district, b.ownership FROM stairwells s JOIN buildings b ON b.id = s.building_id"
_VACANT = ("SELECT u.id, b.district, u.vacant_from FROM units u JOIN stairwells s ON s.id = u.stairwell_id "
           "JOIN buildings b ON b.id = s.building_id "
           "WHERE u.status = 'vacant' AND u.vacant_from IS NOT NULL AND u.vacant_from <= :end")
_RENEWALS = (f"SELECT r.outcome, m.held_on, substr(r.decided_at, 1, 10), {_FINAL}, r.lease_years "
             "FROM renewal_decisions r JOIN meetings m ON m.id = r.meeting_id WHERE m.held_on BETWEEN :start AND :end")


def statistics_records(database: Database, year_end: date) -> Records:
    """Everything the figures for the year ending `year_end` may count; cases qualified after it are
    left out here (nothing about them belongs to the year)."""
    day = lru_cache(maxsize=None)(date.fromisoformat)
    dates = {"start": year_end.replace(month=1, day=1).isoformat(), "end": year_end.isoformat()}

    def optional(text: str | None) -> date | None:
        return day(text) if text else None

    transfers = _has_column(database, "applicants", "transferred_from_tenancy")
    transfer = "a.transferred_from_tenancy IS NOT NULL" if transfers else "0"
    cases = [CaseRecord(case_no, day(qualified), bool(moved), status, optional(left_on), bool(later))
             for case_no, qualified, moved, status, left_on, later in database.query(
                 f"SELECT a.case_no, a.decision_date, {transfer}, a.status, x.left_on, x.later FROM applicants a "
                 f"LEFT JOIN ({_EXITS}) x ON x.case_no = a.case_no WHERE a.decision_date <= :end "
                 # not the cases that had left the queue before the year began (most of a long history): they
                 # are neither registered in the year, nor waiting at its end, nor decided in it
                 "AND (a.decision_date >= :start OR x.left_on IS NULL OR x.last_on >= :start)", dates)]
    decisions = [DecisionRecord(case_no, outcome, day(held), day(recorded), bool(final), unit_id, district or "",
                                optional(vacant), lease_type, lease_years)
                 for case_no, outcome, held, recorded, final, unit_id, district, vacant, lease_type, lease_years
                 in database.query(_DECISIONS, dates)]
    place = {stairwell: (district, ownership) for stairwell, district, ownership in database.query(_STAIRWELLS)}
    groups: Counter[tuple[str, int, str, str, bool]] = Counter()
    for (stairwell, unit_type, bedrooms, wheelchair), count in Counter(database.query(_UNITS)).items():
        district, ownership = place[stairwell]
        groups[(unit_type, bedrooms, district, ownership, bool(wheelchair))] += count
    units = [UnitGroup(*key, count) for key, count in groups.items()]
    vacant = [VacantUnit(unit_id, district, day(since)) for unit_id, district, since in database.query(_VACANT, dates)]
    renewals = None
    if _has_table(database, "renewal_decisions"):
        renewals = [RenewalRecord(outcome, day(held), day(recorded), bool(final), years)
                    for outcome, held, recorded, final, years in database.query(_RENEWALS, dates)]
    measures = [MeasureRecord(tenancy, day(decided), day(recorded)) for tenancy, decided, recorded in database.query(
        "SELECT tenancy_id, decided_on, substr(recorded_at, 1, 10) FROM at_risk_decisions")]
    # only tenancies with a measure matter (evictions prevented): by the points' tenancy index, not a scan
    evictions = [(tenancy, day(done)) for tenancy, done in database.query(
        "SELECT tenancy_id, done_on FROM follow_up_points WHERE tenancy_id IN (SELECT tenancy_id FROM at_risk_decisions) "
        "AND tenancy_state = 'evicted' AND done_on IS NOT NULL")]
    petitions = [(tenancy, day(on), day(imported)) for tenancy, on, imported in database.query(
        "SELECT tenancy_id, entry_on, substr(imported_at, 1, 10) FROM ledger_entries "
        "WHERE kind = 'begjaering_fravikelse'")]
    return Records(cases, decisions, units, vacant, renewals, measures, evictions, petitions, transfers)


def first_decision_year(database: Database) -> int | None:
    """The year of the earliest meeting with a decision: the first year the figures can say much about."""
    held = database.scalar("SELECT min(m.held_on) FROM decisions d JOIN meetings m ON m.id = d.meeting_id")
    return int(held[:4]) if held else None


def _has_table(database: Database, name: str) -> bool:
    return database.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None


def _has_column(database: Database, table: str, column: str) -> bool:
    return any(row[1] == column for row in database.query(f"PRAGMA table_info({table})"))
