"""The allocation meeting (tildelingsmøte), its participants, proposals and decisions."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import LeaseType, MeetingStatus, Outcome, ParticipantRole, Severity, Scope


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int | None
    held_on: date
    place: str
    status: MeetingStatus = MeetingStatus.PLANNED
    title: str = "Tildelingsmøte"
    signed_at: datetime | None = None
    minutes_sha256: str = ""
    # Chair and secretary always sign; with this, every member with decision authority too.
    all_members_sign: bool = False


@dataclass(frozen=True, slots=True)
class Participant:
    id: int | None
    meeting_id: int
    name: str
    role: ParticipantRole
    organisation: str
    # Only members with vedtaksmyndighet decide; the landlord advises (004 l.1394–1404).
    has_decision_authority: bool


@dataclass(frozen=True, slots=True)
class Proposal:
    """A case on the agenda: an applicant, possibly with a unit proposed in advance."""

    id: int | None
    meeting_id: int
    case_no: str
    unit_id: str | None = None
    prepared_by: str = ""
    notes: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class AgendaUnit:
    """A vacant unit the meeting is to allocate."""

    id: int | None
    meeting_id: int
    unit_id: str
    note: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class Dissent:
    """A member with decision authority who disagreed with a decision, and why (dissens)."""

    participant_id: int
    name: str
    opinion: str


@dataclass(frozen=True, slots=True)
class WeighedFlag:
    """A flag as it stood at decision time, with how the meeting weighed it (avveining)."""

    rule: str
    severity: Severity
    message: str
    scope: Scope
    source: str
    weighing: str = ""
    acknowledged: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    id: int | None
    meeting_id: int
    case_no: str
    outcome: Outcome
    reasons: str
    unit_id: str | None = None
    move_in_deadline: date | None = None
    lease_type: LeaseType | None = None
    lease_years: int | None = None
    conditions: str = ""
    criteria: str = ""
    alternatives: str = ""
    dissent: str = ""
    settings_version: int = 0
    decided_at: datetime | None = None
    flags: tuple[WeighedFlag, ...] = field(default=())
    dissents: tuple[Dissent, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Addendum:
    """A dated correction to signed minutes (tillegg), with its own signed page."""

    id: int | None
    meeting_id: int
    dated: date
    author: str
    text: str
    decision_id: int | None = None
    created_at: datetime | None = None
    sha256: str = ""
