"""Fornyelser (issue 17 item 1): the leases that run out soon, each with the suggested renewal."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.follow_up import add_months
from ..domain.renewals import RenewalDue, RenewalLease, renewal_lease
from ..store import Database
from ..store.renewals import RenewalRepository
from .meeting_settings import MeetingSettings, load_meeting_settings


@dataclass(frozen=True)
class RenewalItem:
    due: RenewalDue
    suggestion: RenewalLease


def renewal_rules(settings: MeetingSettings) -> dict[str, Any]:
    """The settings a renewal's suggested length reads, looked up once for a whole list."""
    return dict(years=settings.value("renewal", "years"), minimum_years=settings.minimum_years,
                children_rule=settings.value("renewal", "children_rule"),
                children_years=settings.value("renewal", "children_years"),
                children_age_below=settings.value("lease", "children_age_below"), law=settings.law("lease"),
                source=settings.lease_source)


def suggest_renewal(settings: MeetingSettings, due: RenewalDue, rules: dict[str, Any] | None = None) -> RenewalLease:
    """The length suggested in the list (by the ages recorded; the meeting may give the youngest
    child's birth date when it decides, services/renewal_decisions.py)."""
    return renewal_lease(due.tenancy, **(rules or renewal_rules(settings)))


@dataclass(frozen=True)
class Renewals:
    until: date  # leases ending on or before this day are listed (and any already past)
    items: list[RenewalItem]


def renewals_due(database: Database, today: date, months: int | None = None,
                 include: Iterable[int] = ()) -> Renewals:
    """Tenancies whose lease ends within `months` (the setting when None), soonest first, so
    a lease already run out stands at the top. `include`: tenancy ids listed whatever their
    lease end (a meeting's renewal cases stay in the list once renewed)."""
    settings = load_meeting_settings(database)
    until = add_months(today, settings.value("renewal", "months_ahead") if months is None else months)
    rules = renewal_rules(settings)  # once, not per lease: the oslo file lists 1,500
    # The suggestion depends only on the children's ages: one per distinct set of ages.
    suggestions: dict[tuple[int, ...], RenewalLease] = {}
    items = []
    for due in RenewalRepository(database).due(until, today, include):
        ages = due.tenancy.children_ages
        if ages not in suggestions:
            suggestions[ages] = renewal_lease(due.tenancy, **rules)
        items.append(RenewalItem(due, suggestions[ages]))
    return Renewals(until, items)
