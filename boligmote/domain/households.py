"""Households: those who live in a unit now (tenancies) and those who apply for one."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import (
    HEAVY_NEEDS,
    MENTAL_HEALTH_SERVICES,
    RECOVERY_NEEDS,
    ApplicantStatus,
    FollowUpService,
    HouseholdType,
    NeedCategory,
    Priority,
    Situation,
)


class _HouseholdFacts:
    """Facts derived the same way for residents and applicants."""

    __slots__ = ()
    household_type: HouseholdType
    adults: int
    children_ages: tuple[int, ...]
    needs: frozenset[NeedCategory]
    follow_up: frozenset[FollowUpService]

    @property
    def size(self) -> int:
        return self.adults + len(self.children_ages)

    @property
    def has_children(self) -> bool:
        return bool(self.children_ages)

    def has_children_under(self, age: int) -> bool:
        return any(a < age for a in self.children_ages)

    @property
    def is_heavy_need(self) -> bool:
        return not self.needs.isdisjoint(HEAVY_NEEDS)

    @property
    def in_recovery(self) -> bool:
        return not self.needs.isdisjoint(RECOVERY_NEEDS)

    @property
    def is_elderly(self) -> bool:
        return self.household_type is HouseholdType.ELDERLY or NeedCategory.ELDERLY in self.needs

    @property
    def has_untreated_severe_mental_illness(self) -> bool:
        """Severe mental illness with no mental-health follow-up attached (002 l.384, 2411)."""
        return NeedCategory.SEVERE_MENTAL_ILLNESS in self.needs and self.follow_up.isdisjoint(MENTAL_HEALTH_SERVICES)


@dataclass(frozen=True, slots=True)
class ResidentHousehold(_HouseholdFacts):
    """A current tenancy. Shown to the meeting only as counts, never by name."""

    id: int | None
    unit_id: str
    household_type: HouseholdType
    adults: int
    children_ages: tuple[int, ...] = ()
    needs: frozenset[NeedCategory] = frozenset()
    follow_up: frozenset[FollowUpService] = frozenset()
    contract_start: date | None = None
    contract_end: date | None = None


@dataclass(frozen=True, slots=True)
class Applicant(_HouseholdFacts):
    case_no: str
    name: str
    household_type: HouseholdType
    adults: int
    priority: Priority
    decision_date: date  # date found qualified; waiting time counts from here
    children_ages: tuple[int, ...] = ()
    bedrooms_needed: int = 1
    wheelchair_needed: bool = False
    step_free_needed: bool = False
    situation: Situation = Situation.UNSUITABLE
    needs: frozenset[NeedCategory] = frozenset()
    follow_up: frozenset[FollowUpService] = frozenset()
    # Buildings, streets or bydeler the applicant wants to avoid (domain/places.py).
    avoid_places: frozenset[str] = frozenset()
    school_district: str = ""
    current_district: str = ""
    wishes: str = ""
    consent_to_share: bool = False
    lost_home_before: bool = False
    national_id: str = ""
    status: ApplicantStatus = ApplicantStatus.WAITING
    # Where letters go (c/o allowed in postal_address), and how to reach the applicant.
    postal_address: str = ""
    postal_code: str = ""
    postal_town: str = ""
    phone: str = ""
    email: str = ""
    # For the meeting's note that an interpreter is needed; letters follow the
    # municipality's written language.
    interpreter_language: str = ""

    @property
    def has_postal_address(self) -> bool:
        return bool(self.postal_address.strip() and self.postal_code.strip() and self.postal_town.strip())

    def waiting_days(self, today: date) -> int:
        return max(0, (today - self.decision_date).days)


def default_bedrooms_needed(adults: int, children_ages: tuple[int, ...] = ()) -> int:
    """Bedrooms a household needs when the case does not say (issue 15; 002 l.2281, 2293).

    A single adult or a couple without children can live in a studio (0 bedrooms). Otherwise
    the adults have a bedroom, children share two to a room, and any adult beyond two has a
    room of their own; a single parent with one child needs only the child's room (two rooms
    for two persons is not crowded by SSB's measure). Needing 1 by default shut single people
    out of studios as a hard requirement."""
    if not children_ages and adults <= 2:
        return 0
    if adults == 1 and len(children_ages) == 1:
        return 1
    return 1 + (len(children_ages) + 1) // 2 + max(0, adults - 2)


def household_moving_in(applicant: Applicant, unit_id: str, start: date,
                        fixed_years: int | None = None) -> ResidentHousehold:
    """The tenancy an allocation creates: the applicant's household as a resident; with
    `fixed_years`, a fixed-term contract that ends that many years after `start`."""
    return ResidentHousehold(
        id=None, unit_id=unit_id, household_type=applicant.household_type, adults=applicant.adults,
        children_ages=applicant.children_ages, needs=applicant.needs, follow_up=applicant.follow_up,
        contract_start=start, contract_end=fixed_term_end(start, fixed_years) if fixed_years is not None else None,
    )


def fixed_term_end(start: date, years: int) -> date:
    """The contract end of a fixed-term tenancy: the same day `years` later (28 February for a
    start on 29 February)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)
