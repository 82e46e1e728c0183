"""Tenancies whose fixed-term lease runs out: what the meeting needs to decide a renewal.

Issue 17 item 1. Husleieloven § 9-3 makes three years the general minimum of a fixed-term
lease; a municipality may renew for longer where the household has children (Oslo's
regulation from 2024: five years for children aged 0–14 at renewal). A renewal is decided
per tenancy; the list shows what the meeting weighs: time lived there, the household, the
incidents at the address and the follow-up services attached.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .households import ResidentHousehold


@dataclass(frozen=True, slots=True)
class RenewalDue:
    tenancy: ResidentHousehold
    address: str
    stairwell_label: str
    district: str
    # incidents at the address in the last 12 months: in the stairwell and in the building
    incidents_stairwell: int
    incidents_building: int

    @property
    def lease_ends(self) -> date:
        assert self.tenancy.contract_end is not None
        return self.tenancy.contract_end

    def lived_there(self, today: date) -> tuple[int, int]:
        """(years, months) since the tenancy began; (0, 0) when the start is not recorded."""
        start = self.tenancy.contract_start
        if start is None or start > today:
            return 0, 0
        months = (today.year - start.year) * 12 + today.month - start.month - (today.day < start.day)
        return divmod(months, 12)

    def overdue(self, today: date) -> bool:
        return self.lease_ends < today


@dataclass(frozen=True, slots=True)
class RenewalLease:
    years: int
    reason: str  # bokmål: why this length


def renewal_lease(household: ResidentHousehold, *, years: int, minimum_years: int, children_rule: bool,
                  children_years: int, children_age_below: int, law: str) -> RenewalLease:
    """The length a renewal suggests (the meeting may decide otherwise, never below the minimum).

    The children's ages are as recorded for the household: the rule reads «a child aged 0–14
    when the renewed lease starts», so a child recorded as 15 no longer counts."""
    if children_rule and household.has_children_under(children_age_below):
        length = max(children_years, minimum_years)
        return RenewalLease(length, f"{length} år: husstanden har barn i alderen 0–{children_age_below - 1} år "
                                    "(kommunens valg).")
    length = max(years, minimum_years)
    if length == minimum_years:
        return RenewalLease(length, f"{length} år: minstetid for tidsbestemt leie ({law}).")
    return RenewalLease(length, f"{length} år: kommunens standard ved fornyelse.")
