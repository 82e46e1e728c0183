"""A meeting's record as the meeting view, the minutes and the letters read it: the meeting, its
participants, the agenda's cases with their applicants and decisions, the places they name, and
who signed; and who in the room is an outside adviser (small neighbour counts are masked for them,
and the applicant's consent to share must cover their organisations).

services/meetings.py reads it (`Meetings.record`).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..domain import (
    Applicant,
    Outcome,
    ParticipantRole,
    VacantUnit,
)
from ..domain.at_risk import AtRiskCase
from ..domain.follow_up import FollowUpDue
from ..domain.meetings import Addendum, AgendaUnit, Decision, Meeting, MinutesSigner, Participant, Proposal
from .document_text import T
from .meeting_settings import MeetingSettings

if TYPE_CHECKING:
    from .renewal_agenda import RenewalCase


@dataclass(frozen=True)
class AgendaCase:
    """A case on the agenda with its applicant and, once decided, the decision."""

    number: int  # «Sak 1, 2, …» in agenda order
    proposal: Proposal
    applicant: Applicant
    decision: Decision | None


@dataclass(frozen=True)
class MeetingRecord:
    """Everything about one meeting, as the meeting view and the minutes show it."""

    meeting: Meeting
    participants: list[Participant]
    cases: list[AgendaCase]
    agenda_units: list[AgendaUnit]
    addenda: list[Addendum]
    places: dict[str, VacantUnit]  # every unit the agenda or a decision names, with its building
    municipality: str
    signed_by: Sequence[MinutesSigner] = ()  # who signed, once the minutes are signed
    fingerprint: str = ""  # SHA-256 of the record as signed (store/fingerprint.py); "" before signing
    # Whether each signer confirmed for themselves when the minutes were signed (issue 16): the
    # minutes say so only when it is what the app recorded.
    confirmed_each: bool = False
    # Due dates of the follow-up points each decision created, by decision id (issue 17 item 2).
    # Printed in the minutes, but operational: the record fingerprint does not cover them.
    follow_ups: Mapping[int, tuple[date, ...]] = field(default_factory=dict)
    # Follow-up points open and due by the meeting date plus the list's days (issue 17 item 7):
    # the minutes give them their own section, so the meeting sees what earlier decisions promised.
    follow_ups_due: Sequence[FollowUpDue] = ()
    # Renewals on the agenda (issue 17 items 1 and 7), numbered after the allocation cases: the
    # agenda and the minutes give them their own section (services/minutes_sections.py).
    renewals: Sequence[RenewalCase] = ()
    fingerprint_version: int = 0  # the version of the fingerprint made at signing (store/fingerprint.py)
    # Measures decided in the meeting for tenancies at risk (the municipal lawyer's review): in the
    # minutes' «Leieforhold i risiko»; internal decisions, not covered by the fingerprint.
    at_risk: Sequence[AtRiskCase] = ()

    @property
    def chair(self) -> Participant | None:
        return next((p for p in self.participants if p.role is ParticipantRole.CHAIR), None)

    @property
    def secretary(self) -> Participant | None:
        return next((p for p in self.participants if p.role is ParticipantRole.SECRETARY), None)

    @property
    def deciders(self) -> list[Participant]:
        return [p for p in self.participants if p.has_decision_authority]

    @property
    def present(self) -> list[Participant]:
        return [p for p in self.participants if p.present]

    @property
    def apologies(self) -> list[Participant]:
        """Members who sent apologies (forfall)."""
        return [p for p in self.participants if not p.present]

    @property
    def advisers_present(self) -> bool:
        """An adviser from outside the housing office (e.g. the landlord) is in the room: small
        neighbour counts are masked on anything shown (issue 13 item 8)."""
        return any(is_outside_adviser(p) for p in self.participants)

    @property
    def unallocated_units(self) -> list[AgendaUnit]:
        """The agenda's vacant units that no decision of this meeting allocated."""
        allocated = {d.unit_id for d in self.decisions if d.outcome is Outcome.ALLOCATED}
        return [u for u in self.agenda_units if u.unit_id not in allocated]

    @property
    def signers(self) -> list[Participant]:
        """Chair and secretary; with all_members_sign, every member with decision authority too."""
        chosen = [p for p in (self.chair, self.secretary) if p is not None]
        if self.meeting.all_members_sign:
            chosen += [p for p in self.deciders if p not in chosen]
        return chosen

    @property
    def decisions(self) -> list[Decision]:
        return [c.decision for c in self.cases if c.decision is not None]

    def case_number_of(self, decision_id: int) -> int | None:
        return next((c.number for c in self.cases if c.decision and c.decision.id == decision_id), None)


def describe_place(place: VacantUnit) -> str:
    """«Blåbærveien 12, oppgang A, 2. etasje, 3 rom (64 m²)» — for minutes and letters."""
    # in the document language of the minutes or letter being made (services/document_text.py)
    unit = place.unit
    floor = (T("page.floor", floor=unit.floor) if unit.floor >= 1
             else T("page.ground_floor") if unit.floor == 0 else T("page.basement"))
    return T("page.place", address=place.building.address, stairwell=place.stairwell_label, floor=floor,
             rooms=unit.rooms, area=f"{unit.area_m2:.0f}")


def is_outside_adviser(participant: Participant, settings: MeetingSettings | None = None) -> bool:
    """Present, without decision authority, and not housing-office staff: an adviser such as the
    landlord, for whom small neighbour counts are masked. The office's own secretary is not one."""
    if not participant.present or participant.has_decision_authority:
        return False
    return participant.role is ParticipantRole.ADVISOR or not _is_housing_office(participant.organisation, settings)


def _is_housing_office(organisation: str, settings: MeetingSettings | None) -> bool:
    folded = organisation.strip().casefold()
    own = {"boligkontoret"}
    if settings is not None:
        own |= {settings.office("name").casefold(), settings.letter_sender.strip().casefold()}
    return not folded or folded in own or "boligkontor" in folded


def outside_organisations(participants: Iterable[Participant], settings: MeetingSettings) -> tuple[str, ...]:
    """The organisations present besides the housing office itself (NAV, health services, the
    landlord …): those an applicant's consent to share must cover (004 l.1816–1839)."""
    found: list[str] = []
    for participant in participants:
        organisation = participant.organisation.strip()
        if not participant.present or not organisation:
            continue
        folded = organisation.casefold()
        if _is_housing_office(organisation, settings):
            continue
        if folded not in {f.casefold() for f in found}:
            found.append(organisation)
    return tuple(found)
