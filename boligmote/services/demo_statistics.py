"""What the demo's synthetic history adds so that «Årsstatistikk» (issue 20 item 5) is filled for
the demo's last full year: refusals, withdrawals and deferrals beside the allocations in each past
meeting, the day each allocated unit had become vacant, and measures for tenancies at risk with
the evictions and petitions that followed some of them.

**INVENTED**, like the rest of services/demo_history.py: the rates below are picked so the report
has something to show on the small demo and grows with the large ones; nothing is measured. A
random stream of its own (not demo_history's), so the allocations, flags and outcomes the evidence
report counts stay exactly as they were.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain.follow_up import add_months
from ..domain import ApplicantStatus, HouseholdType, ResidentHousehold
from ..domain.renewals import RenewalLease, lease_preset, renewal_lease
from ..store.demo_history import HistoryWriter
from ..store.allocation import AllocationRepository

# INVENTED: per past meeting, relative to its allocations
_REFUSED_SHARE = 0.25
_WITHDRAWN_SHARE = 0.10
_DEFERRED_SHARE = 0.12
# INVENTED: how long an allocated unit had stood vacant before the meeting (days)
_VACANT_DAYS = (7, 150)
# INVENTED: measures for tenancies at risk and the petitions before an eviction
_MEASURED_EVICTION_SHARE = 0.7
_MEASURED_ARREARS_SHARE = 0.8
_PETITION_SHARE = 0.6

_REASONS = {
    "avslag": "Søkeren fyller ikke vilkårene for kommunal bolig etter de lokale retningslinjene (demohistorikk).",
    "trukket": "Søkeren har meldt at hen ikke lenger ønsker kommunal bolig (demohistorikk).",
    "utsatt": "Saken utsettes til neste møte; boligkontoret innhenter opplysninger fra NAV (demohistorikk).",
}
_HOUSEHOLDS = (("single", 1, 0), ("single", 1, 1), ("couple", 2, 1), ("single_parent", 1, 2), ("family", 2, 2),
               ("elderly", 1, 1))
# INVENTED: the share of renewals decided with conditions. A renewal is written for a current tenancy
# whose lease, a renewal's length before its present end, ran out two to ten weeks after a past meeting:
# its end today is that renewal's end, so the register and the decisions agree. The length is the one
# the demo's lease preset gives (services/demo_meetings.py DEMO_LEASE_PRESET: Oslo's regulation from
# 2024, five years with a child aged 0–14 when the renewed lease starts, three otherwise).
_CONDITIONS_SHARE = 0.2
_MEASURES = (["kontakt", "nav"], ["kontakt", "gjeldsradgivning"], ["kontakt", "oppfolgingstjeneste"], ["nav"])


class PastCases:
    """The cases of each past meeting that were not allocations (refused, withdrawn, deferred); a
    deferred case comes back at the next meeting and is refused or withdrawn there."""

    def __init__(self, seed: int, writer: HistoryWriter, names: Callable[[], str], today: date):
        self.rng = random.Random(seed * 7919 + 13)
        self.writer = writer
        self.names = names
        self.number = 0
        self.deferred: list[tuple[str, str]] = []  # (case number, district) to decide at the next meeting
        self.leases = [lease for t, start, end, ages in writer.current_leases()
                       if (lease := _renewed_lease(t, date.fromisoformat(start), end, json.loads(ages), today))]
        self.renewed: set[int] = set()

    def vacant_from(self, held_on: date) -> str:
        return (held_on - timedelta(days=self.rng.randint(*_VACANT_DAYS))).isoformat()

    def add(self, meeting_id: int, held_on: date, allocations: int, deciders: list[int], secretary: str,
            districts: list[str], last: bool) -> None:
        rng = self.rng
        applicants: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        position = allocations
        at = datetime.combine(held_on, time(11))

        def decide(case_no: str, outcome: str) -> None:
            nonlocal position
            rows.append((meeting_id, case_no, outcome, _REASONS[outcome],
                         (at + timedelta(minutes=5 * len(rows))).isoformat(timespec="seconds"), secretary, position))
            position += 1

        for case_no, _district in self.deferred:  # back from the last meeting
            outcome = "avslag" if rng.random() < 0.6 else "trukket"
            decide(case_no, outcome)
            AllocationRepository(self.writer.database).set_applicant_status(
                case_no, ApplicantStatus.REFUSED if outcome == "avslag" else ApplicantStatus.WITHDRAWN)
        self.deferred = []
        plan = (["avslag"] * _count(rng, allocations * _REFUSED_SHARE)
                + ["trukket"] * _count(rng, allocations * _WITHDRAWN_SHARE)
                + ([] if last else ["utsatt"] * _count(rng, allocations * _DEFERRED_SHARE)))
        for outcome in plan:
            self.number += 1
            case_no = past_case_number(held_on.year, self.number)
            household, adults, bedrooms = rng.choice(_HOUSEHOLDS)
            district = rng.choice(districts)
            status = {"avslag": "refused", "trukket": "withdrawn", "utsatt": "waiting"}[outcome]
            applicants.append((case_no, self.names(), household, adults, bedrooms,
                               rng.choice(["homeless", "at_risk", "unsuitable"]),
                               (held_on - timedelta(days=rng.randint(20, 420))).isoformat(), district, status))
            decide(case_no, outcome)
            if outcome == "utsatt":
                self.deferred.append((case_no, district))
        self.writer.other_cases(applicants, rows, deciders)
        self._renewals(meeting_id, held_on, position, deciders, secretary)

    def _renewals(self, meeting_id: int, held_on: date, position: int, deciders: list[int], secretary: str) -> None:
        rows: list[tuple[Any, ...]] = []
        at = datetime.combine(held_on, time(11, 45))
        for tenancy, start, previous, end, renewal in self.leases:
            if tenancy in self.renewed or not held_on + timedelta(days=14) <= previous <= held_on + timedelta(days=75):
                continue
            if start > previous - timedelta(days=365):
                continue
            self.renewed.add(tenancy)
            self.number += 1
            conditions = ("Leietakeren tar imot booppfølging det første året (demohistorikk)."
                          if self.rng.random() < _CONDITIONS_SHARE else "")
            rows.append((meeting_id, tenancy, f"{held_on.year}/F{90000 + self.number}", self.names(),
                         previous.isoformat(), secretary, position + len(rows),
                         "renewed_conditions" if conditions else "renewed", (previous + timedelta(days=1)).isoformat(),
                         renewal.years, end, f"{renewal.reason.rstrip('.')} (demohistorikk).", conditions,
                         (at + timedelta(minutes=4 * len(rows))).isoformat(timespec="seconds")))
        self.writer.renewals(rows, deciders)


def _renewed_lease(tenancy: int, start: date, end: str, ages_now: list[int], today: date
                   ) -> tuple[int, date, date, str, RenewalLease] | None:
    """(tenancy, start, the previous lease's end, end, the renewal) for a lease renewed by the preset's
    rule: the length follows the children's ages on the renewed lease's first day (their ages as
    recorded today, less the years since). None when no length fits (a child born in between)."""
    from .demo_meetings import DEMO_LEASE_PRESET  # it imports the history through demo_file

    preset = lease_preset(DEMO_LEASE_PRESET)
    rules, below = preset.values["renewal"], preset.values["lease"]["children_age_below"]
    for years in sorted({rules["children_years"], rules["years"]}, reverse=True):
        previous = add_months(date.fromisoformat(end), -12 * years)
        then = tuple(age - years_between(previous, today) for age in ages_now)
        household = ResidentHousehold(None, "", HouseholdType.FAMILY, 1, tuple(a for a in then if a >= 0))
        renewal = renewal_lease(household, years=rules["years"], minimum_years=3, children_rule=rules["children_rule"],
                                children_years=rules["children_years"], children_age_below=below,
                                law="husleieloven § 9-3", source=preset.source)
        if renewal.years == years:
            return tenancy, start, previous, end, renewal
    return None


def years_between(earlier: date, later: date) -> int:
    """Whole years from one day to another."""
    return later.year - earlier.year - ((later.month, later.day) < (earlier.month, earlier.day))


def past_case_number(year: int, number: int) -> str:
    """Seven digits after the year: the allocations' cases are «ÅÅÅÅ/70000 + n» (demo_history.py), which
    on the norge file's 50,000 placements run past 80000 and would meet a five-digit range here."""
    return f"{year}/{9_000_000 + number}"


def _count(rng: random.Random, expected: float) -> int:
    """A whole number with the expected value (the fraction drawn)."""
    whole = int(expected)
    return whole + (rng.random() < expected - whole)


def add_at_risk_history(writer: HistoryWriter, seed: int, today: date) -> tuple[int, int]:
    """Measures for past tenancies at risk: most evicted tenancies had one a few months before the
    eviction was recorded (and a petition before that), most tenancies with recorded arrears had one
    soon after. Returns (measures, petitions)."""
    rng = random.Random(seed * 6151 + 5)
    measures: list[tuple[Any, ...]] = []
    petitions: list[tuple[Any, ...]] = []
    measured: set[int] = set()
    for tenancy, recorded, state in writer.evicted_and_arrears():
        if tenancy in measured:
            continue
        on = date.fromisoformat(recorded)
        if state == "evicted":
            if rng.random() >= _MEASURED_EVICTION_SHARE:
                continue
            decided = on - timedelta(days=rng.randint(40, 170))
            if rng.random() < _PETITION_SHARE:
                day = on - timedelta(days=rng.randint(10, 35))
                petitions.append((tenancy, day.isoformat(), rng.choice((18_000, 24_000, 31_000)), f"DEMO-F-{tenancy}",
                                  datetime.combine(day + timedelta(days=2), time(7)).isoformat(timespec="seconds")))
        else:
            if rng.random() >= _MEASURED_ARREARS_SHARE:
                continue
            decided = min(today, on + timedelta(days=rng.randint(1, 20)))
        measured.add(tenancy)
        chosen = rng.choice(_MEASURES)
        # who carries the measures out and by when; NAV is told only with the tenant's consent (m0012, 004 l.1822–1839)
        measures.append((tenancy, decided.isoformat(), "Boligkontoret (demo)", json.dumps(chosen),
                         "Leietakeren kalles inn til samtale; NAV og booppfølgingen kontaktes (demohistorikk).",
                         datetime.combine(decided, time(14)).isoformat(timespec="seconds"), "demo",
                         "Boligkontoret (demo)", (decided + timedelta(days=30)).isoformat(),
                         "samtykke" if "nav" in chosen else None))
    writer.at_risk_history(measures, petitions)
    return len(measures), len(petitions)
