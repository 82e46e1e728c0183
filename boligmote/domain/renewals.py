"""Tenancies whose fixed-term lease runs out: what the meeting needs to decide a renewal.

Issue 17 item 1. Husleieloven § 9-3 makes three years the general minimum of a fixed-term
lease; a municipality may renew for longer where the household has children (Oslo's
regulation from 2024: five years for children aged 0–14 at renewal). The presets below are the
named sets of lengths a municipality chooses between in its settings. A renewal is decided
per tenancy; the list shows what the meeting weighs: time lived there, the household, the
incidents at the address and the follow-up services attached.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from .households import Applicant, ResidentHousehold


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


def age_on(born: date, day: date) -> int:
    """Whole years on `day`: a child born on 1 March 2012 is 15 on 1 March 2027 (the birthday
    counts, so a child whose 15th birthday is the lease's first day is no longer 0–14)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# Barnekonvensjonen art. 1: a child is a person under 18. Grunnloven § 104 second paragraph and art. 3
# no. 1: in decisions that concern children, their best interests are a fundamental consideration.
CHILD_AGE_LIMIT = 18


def children_under_18(household: ResidentHousehold, day: date, youngest_child_born: date | None = None) -> int:
    """How many children under 18 the household has on `day`: the ages as recorded (they carry no
    date); with the youngest child's birth date, its age on `day` decides — a youngest of 18 means
    none is under 18, a youngest under 18 means at least one is (the 18th birthday counts)."""
    recorded = sum(1 for age in household.children_ages if age < CHILD_AGE_LIMIT)
    if youngest_child_born is None:
        return recorded
    if age_on(youngest_child_born, day) >= CHILD_AGE_LIMIT:
        return 0
    return max(recorded, 1)


def has_child_under(household: Applicant | ResidentHousehold, age_below: int, *, starts: date | None = None,
                    youngest_child_born: date | None = None) -> bool:
    """Whether a child is aged 0 to age_below − 1 when the lease starts.

    The youngest child's birth date, when the meeting recorded it, decides on the start date
    itself; otherwise the ages as recorded for the household stand (they carry no date)."""
    if youngest_child_born is not None and starts is not None:
        return age_on(youngest_child_born, starts) < age_below
    return household.has_children_under(age_below)


def renewal_lease(household: ResidentHousehold, *, years: int, minimum_years: int, children_rule: bool,
                  children_years: int, children_age_below: int, law: str, source: str = "",
                  starts: date | None = None, youngest_child_born: date | None = None) -> RenewalLease:
    """The length a renewal suggests (the meeting may decide otherwise; below the minimum only
    on the § 11-1 basis, services/renewal_decisions.py).

    The rule reads «a child aged 0–14 when the renewed lease starts»: with the youngest child's
    birth date the age on `starts` decides; without it the ages as recorded, so a child recorded
    as 15 no longer counts."""
    where = f" ({source})" if source else " (kommunens valg)"
    if children_rule and has_child_under(household, children_age_below, starts=starts,
                                         youngest_child_born=youngest_child_born):
        length = max(children_years, minimum_years)
        return RenewalLease(length, f"{length} år: husstanden har barn i alderen 0–{children_age_below - 1} år "
                                    f"når leieavtalen starter{where}.")
    length = max(years, minimum_years)
    if length == minimum_years:
        return RenewalLease(length, f"{length} år: minstetid for tidsbestemt leie ({law}).")
    return RenewalLease(length, f"{length} år: kommunens standard ved fornyelse{where if source else ''}.")


# ---- lease-length presets -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LeasePreset:
    """A named set of lease lengths with the rule it comes from, applied to the meeting settings
    ([lease] for the first lease, [renewal] for a renewal) in one saved change."""

    key: str
    title: str  # bokmål, for the settings
    source: str  # bokmål: the rule the lengths come from, printed with a suggested length
    values: dict[str, dict[str, Any]]  # {section: {key: value}} over resources/meetings/defaults.toml

    def matches(self, value: Callable[[str, str], Any]) -> bool:
        """`value(section, key)` gives the settings' value: do they all equal this preset's?"""
        return all(value(section, key) == wanted for section, keys in self.values.items()
                   for key, wanted in keys.items())


# DOMAIN.md §2 «After allocation» and issue 17 item 1. Oslo's regulation from 1 January 2024: a first
# lease of 7 years for households with children aged 0–14, 5 years otherwise; at renewal 5 and 3 years.
# Husleieloven § 9-3 first paragraph: a fixed-term lease of a home runs at least three years.
LEASE_PRESETS: tuple[LeasePreset, ...] = (
    LeasePreset(
        "standard", "Tre år for alle (husleielovens minstetid)", "husleieloven § 9-3",
        {"lease": {"children_rule": False, "first_years": 3},
         "renewal": {"children_rule": False, "years": 3}}),
    LeasePreset(
        "oslo_2024", "Oslo kommune fra 2024: 7/5 år første gang, 5/3 år ved fornyelse",
        "Oslo kommunes forskrift om tildeling av kommunal bolig, fra 1. januar 2024",
        {"lease": {"children_rule": True, "children_years": 7, "children_age_below": 15, "first_years": 5},
         "renewal": {"children_rule": True, "children_years": 5, "years": 3}}),
)


def lease_preset(key: str) -> LeasePreset:
    for preset in LEASE_PRESETS:
        if preset.key == key:
            return preset
    raise KeyError(key)


def matching_preset(value: Callable[[str, str], Any]) -> LeasePreset | None:
    """The preset the settings' lengths follow, or None: the municipality's own values."""
    return next((p for p in LEASE_PRESETS if p.matches(value)), None)


# ---- a renewal in the meeting -------------------------------------------------------------------


class RenewalOutcome(StrEnum):
    """What the meeting decided on a lease that runs out (issue 17 item 1)."""

    RENEWED = "renewed"
    RENEWED_WITH_CONDITIONS = "renewed_conditions"
    NOT_RENEWED = "not_renewed"
    TRANSFER = "transfer"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def renews(self) -> bool:
        return self in (RenewalOutcome.RENEWED, RenewalOutcome.RENEWED_WITH_CONDITIONS)

    @property
    def against_household(self) -> bool:
        """The household loses its home: not renewed, or moved to another unit. A transfer the
        tenant asked for still moves the children, and the model does not record whose wish it
        was; both weigh the children's best interests in writing (m0014)."""
        return self in (RenewalOutcome.NOT_RENEWED, RenewalOutcome.TRANSFER)

    @property
    def needs_reasons(self) -> bool:
        """A refusal, and a move elsewhere, are reasoned to the tenant (forvaltningsloven §§ 24–25)."""
        return self in (RenewalOutcome.NOT_RENEWED, RenewalOutcome.TRANSFER)


_OUTCOME_LABELS = {
    RenewalOutcome.RENEWED: "fornyet",
    RenewalOutcome.RENEWED_WITH_CONDITIONS: "fornyet med vilkår",
    RenewalOutcome.NOT_RENEWED: "ikke fornyet",
    RenewalOutcome.TRANSFER: "bytte til annen bolig",
}


@dataclass(frozen=True, slots=True)
class AgendaRenewal:
    """A lease that runs out, on one meeting's agenda: a case of its own, with the office's case
    number and the tenant's name (a refusal is a letter to someone)."""

    id: int | None
    meeting_id: int
    tenancy_id: int
    case_no: str
    tenant_name: str
    lease_ends: date  # as it stood when the case was put on the agenda
    prepared_by: str = ""
    contact_person: str = ""
    notes: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class RenewalDecision:
    id: int | None
    meeting_id: int
    agenda_renewal_id: int
    tenancy_id: int
    outcome: RenewalOutcome
    reasons: str = ""
    lease_starts: date | None = None
    lease_years: int | None = None
    lease_ends: date | None = None
    lease_reason: str = ""  # why this length, as suggested (the rule and its source)
    youngest_child_born: date | None = None
    short_term_basis: str = ""  # husleieloven § 11-1: why a lease under the minimum is lawful
    tenant_informed_on: date | None = None  # … and when the tenant was told so in writing
    conditions: str = ""
    internal_notes: str = ""
    previous_lease_ends: date | None = None
    move_out_by: date | None = None  # not renewed: the day the tenant must have moved out by
    transfer_case_no: str | None = None
    meeting_settings_version: int = 0
    decided_at: datetime | None = None
    deciders: tuple[int, ...] = ()
    decider_names: tuple[str, ...] = ()
    disqualified: tuple[tuple[int, str, str], ...] = ()  # (participant id, name, ground)
    # Not renewed (m0013): forvaltningsloven § 16 — the advance notice, whether the tenant made a
    # statement and how it was considered, or the third paragraph's exception instead …
    notice_sent_on: date | None = None
    statement_received: bool | None = None
    tenant_statement: str = ""
    notice_exception: str = ""
    # … and the day the written demand to move (the letter) is sent (husleieloven § 9-2,
    # tvangsfullbyrdelsesloven § 13-2). None on refusals recorded before m0013.
    move_demand_on: date | None = None
    # Against the household (m0014): how many children under 18 it had on the meeting's day, as
    # counted when recorded (None before m0014), and the written weighing of their best interests
    # (Grunnloven § 104 second paragraph; barnekonvensjonen art. 3 no. 1; forvaltningsloven § 25).
    children_under_18: int | None = None
    children_weighing: str = ""


def lease_end(starts: date, years: int) -> date:
    """The last day of a lease of `years` from `starts` (a lease from 1 March ends on the last day of
    February; from 29 February, on 28 February)."""
    try:
        anniversary = starts.replace(year=starts.year + years)
    except ValueError:  # 29 February
        anniversary = starts.replace(year=starts.year + years, month=3, day=1)
    return anniversary - timedelta(days=1)
