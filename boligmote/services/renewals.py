"""Fornyelser (issue 17 item 1): the leases that run out soon, each with the suggested renewal."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from ..domain.renewals import RenewalDue, RenewalLease, renewal_lease
from ..store import Database
from ..store.renewals import RenewalRepository
from .meeting_settings import MeetingSettings, load_meeting_settings


@dataclass(frozen=True)
class RenewalItem:
    due: RenewalDue
    suggestion: RenewalLease


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def suggest_renewal(settings: MeetingSettings, due: RenewalDue) -> RenewalLease:
    return renewal_lease(
        due.tenancy, years=settings.value("renewal", "years"), minimum_years=settings.minimum_years,
        children_rule=settings.value("renewal", "children_rule"),
        children_years=settings.value("renewal", "children_years"),
        children_age_below=settings.value("lease", "children_age_below"), law=settings.law("lease"))


@dataclass(frozen=True)
class Renewals:
    until: date  # leases ending on or before this day are listed (and any already past)
    items: list[RenewalItem]


def renewals_due(database: Database, today: date, months: int | None = None) -> Renewals:
    """Tenancies whose lease ends within `months` (the setting when None), soonest first, so
    a lease already run out stands at the top."""
    settings = load_meeting_settings(database)
    until = add_months(today, settings.value("renewal", "months_ahead") if months is None else months)
    return Renewals(until, [RenewalItem(due, suggest_renewal(settings, due))
                            for due in RenewalRepository(database).due(until, today)])
