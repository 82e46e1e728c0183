"""Domain objects: plain Python dataclasses and enums, no Qt and no SQL."""
from .composition import Composition, CompositionIndex, UnitSurroundings, months_before
from .enums import (
    HEAVY_NEEDS,
    MENTAL_HEALTH_SERVICES,
    OUTSIDER_INCIDENTS,
    RECOVERY_NEEDS,
    ApplicantStatus,
    Attendance,
    BuildingType,
    ConsentHandling,
    FollowUpService,
    HouseholdType,
    IncidentType,
    LeaseType,
    MeetingStatus,
    NeedCategory,
    Outcome,
    Ownership,
    ParticipantRole,
    Presence,
    Priority,
    Scope,
    Security,
    Severity,
    Situation,
    TenancyState,
    UnitStatus,
    UnitType,
)
from .estate import Building, Estate, Stairwell, Unit, VacantUnit
from .flags import Flag
from .households import Applicant, ResidentHousehold, Tenancy, household_moving_in
from .incidents import Incident
from .meetings import Decision, Meeting, Participant, Proposal, WeighedFlag

__all__ = [name for name in dir() if not name.startswith("_")]
