"""The records the yearly figures count (domain/statistics.py), as store/statistics.py reads them:
cases, decisions, the unit register in groups, vacant units, renewals, measures for tenancies at
risk, recorded evictions and petitions."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

FINAL_OUTCOMES = ("tildelt", "avslag", "trukket")  # a case leaves the queue with these; «utsatt» keeps it there


class CaseRecord(NamedTuple):  # a tuple: some 75,000 of them on the norge file
    """An applicant's case: qualified on a day; a transfer when the app created it from a municipal
    tenancy (a renewal decided as «overføring»); its status now; and how it left the queue as the
    year's end sees it (store/statistics.py reads it for the year asked for)."""
    case_no: str
    qualified_on: date
    transfer: bool
    status: str  # waiting, allocated, refused, withdrawn
    # the first final decision (FINAL_OUTCOMES) made by 31.12 in a closed or signed meeting, entered by then
    left_on: date | None = None
    decided_later: bool = False  # a final decision made after 31.12 (or not yet final): waiting on 31.12


class DecisionRecord(NamedTuple):
    case_no: str
    outcome: str  # tildelt, avslag, utsatt, trukket
    decided_on: date  # the meeting's date: the day the decision was made
    recorded_on: date  # the day it was entered (decided_at)
    final: bool  # its meeting is closed or signed: the decision can no longer be undone
    unit_id: str | None
    district: str  # the allocated unit's district ('' without a unit)
    vacant_from: date | None  # the unit's vacancy date as the allocation found it
    lease_type: str | None
    lease_years: int | None


@dataclass(frozen=True)
class UnitGroup:
    """Units alike in what the report counts: the register as it stands (STOCK_NOTE), counted by SQLite."""
    unit_type: str  # UnitType's value
    bedrooms: int
    district: str
    ownership: str  # Ownership's value
    wheelchair: bool
    count: int


@dataclass(frozen=True)
class VacantUnit:
    """A unit vacant now (not under refurbishment) since a day on or before 31.12."""
    unit_id: str
    district: str
    vacant_from: date


@dataclass(frozen=True)
class RenewalRecord:
    outcome: str  # renewed, renewed_conditions, not_renewed, transfer
    decided_on: date
    recorded_on: date
    final: bool
    lease_years: int | None = None  # the renewed lease's length (None: not renewed)


@dataclass(frozen=True)
class MeasureRecord:
    """A measure the meeting or the office decided for a tenancy at risk (at_risk_decisions)."""
    tenancy_id: int
    decided_on: date
    recorded_on: date


@dataclass(frozen=True)
class Records:
    cases: Sequence[CaseRecord]
    decisions: Sequence[DecisionRecord]
    units: Sequence[UnitGroup]
    vacant: Sequence[VacantUnit]
    renewals: Sequence[RenewalRecord] | None  # None: the file has no renewal decisions (older schema)
    measures: Sequence[MeasureRecord]
    evictions: Sequence[tuple[int, date]]  # (tenancy id, day a follow-up point recorded «utkastet»)
    petitions: Sequence[tuple[int, date, date]]  # ledger «begjæring om fravikelse»: (tenancy, entry day, imported)
    transfers_known: bool = True  # the file records which cases are transfers
