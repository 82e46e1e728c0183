"""The allocation meeting (tildelingsmøte), its participants, proposals and decisions."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from .enums import Attendance, ConsentHandling, LeaseType, MeetingStatus, Outcome, ParticipantRole, Severity, Scope
from ..words import Phrase


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
    started_at: datetime | None = None  # set when the meeting is started
    ended_at: datetime | None = None  # set when it is closed

    def too_early(self, moment: datetime) -> Phrase | None:
        """Why a decision stamped `moment` cannot be one of this meeting's: it lies before the
        meeting's day, or before the meeting was started; None when it can. The minutes say the
        meeting decided it: a decision made before the meeting is not the meeting's decision, and the
        window's question («møtet er ikke i dag») is no check the service can rely on."""
        return decided_too_early(self.held_on, self.started_at, moment)


def decided_too_early(held_on: date, started_at: datetime | None, moment: datetime, *,
                      kind: str = "decision") -> Phrase | None:
    """Meeting.too_early for a meeting known by its day and start; `kind` «measure» words it for an
    internal decision (beslutning) on a tenancy at risk rather than a vedtak."""
    decided = f"{moment:%d.%m.%Y %H:%M}"
    if moment.date() < held_on:
        return Phrase(f"errors.before_start.{kind}_day", date=f"{held_on:%d.%m.%Y}", decided=decided)
    if started_at is not None and moment < started_at:
        return Phrase(f"errors.before_start.{kind}_started", started=f"{started_at:%d.%m.%Y %H:%M}", decided=decided)
    return None


@dataclass(frozen=True, slots=True)
class Participant:
    id: int | None
    meeting_id: int
    name: str
    role: ParticipantRole
    organisation: str
    # Only members with vedtaksmyndighet decide; the landlord advises (004 l.1394–1404).
    has_decision_authority: bool
    attendance: Attendance = Attendance.PRESENT

    @property
    def present(self) -> bool:
        return self.attendance is Attendance.PRESENT


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
    contact_person: str = ""  # the applicant's contact at the office; default: who prepared it


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
    masked_message: str = ""  # small neighbour counts masked: what the minutes print

    @property
    def shared_message(self) -> str:
        return self.masked_message or self.message


@dataclass(frozen=True, slots=True)
class Disqualification:
    """A member who stepped aside from one case as disqualified (inhabil, fvl § 6)."""

    participant_id: int
    name: str = ""
    ground: str = ""


@dataclass(frozen=True, slots=True)
class PassedOver:
    """A higher-ranked candidate for the same unit the meeting did not choose, and why."""

    case_no: str
    rank: int
    reason: str
    name: str = ""


@dataclass(frozen=True)
class DecisionTerms:
    """What the meeting decides on one case, in its own words: the same before it is saved (the
    service's DecisionDraft) and after (Decision). `reasons` go to the applicant in the letter;
    `internal_notes` only into the minutes."""

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
    internal_notes: str = ""
    consent_handling: ConsentHandling | None = None
    consent_note: str = ""
    passed_over_reason: str = ""

    def terms(self) -> dict[str, object]:
        """The terms alone, to carry into another record of the same decision (redo)."""
        return {item.name: getattr(self, item.name) for item in fields(DecisionTerms)}


@dataclass(frozen=True, kw_only=True)
class Decision(DecisionTerms):
    """A decision as recorded: the terms, and what the record adds to them."""

    id: int | None
    meeting_id: int
    dissent: str = ""
    settings_version: int = 0
    decided_at: datetime | None = None
    flags: tuple[WeighedFlag, ...] = ()
    dissents: tuple[Dissent, ...] = ()
    # Members with decision authority, present and not disqualified, who decided the case.
    deciders: tuple[int, ...] = ()
    decider_names: tuple[str, ...] = ()
    disqualified: tuple[Disqualification, ...] = ()
    passed_over: tuple[PassedOver, ...] = ()

    @property
    def is_decision(self) -> bool:
        """Tildelt and avslag are enkeltvedtak; utsatt and trukket are not (fvl § 2)."""
        return self.outcome in (Outcome.ALLOCATED, Outcome.REFUSED)


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


@dataclass(frozen=True, slots=True)
class MinutesSigner:
    """A member who signed the minutes, as what, and when."""

    participant_id: int
    name: str
    signed_as: ParticipantRole
    signed_at: datetime
