"""The allocation meeting: planning, participants, agenda and its lifecycle.

planned → in progress → closed → signed. A meeting is prepared (participants, agenda
cases with a prepared proposal, vacant units) while planned; decisions are recorded
while it is in progress (services/decisions.py); a closed meeting can be reopened until
it is signed (services/signing.py), after which only dated addenda are possible.

Every change is one audited transaction. Errors raised here carry a words.Phrase: its code and
fields, bokmål as a str for the CLI and the log (`str(error)`); the GUI shows `error_text(error)`
in the window's language and never a traceback.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import wraps
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ..domain import (
    Applicant,
    ApplicantStatus,
    Attendance,
    MeetingStatus,
    ParticipantRole,
    UnitStatus,
    saved_id,
)
from ..domain.follow_up import FollowUpDue
from ..domain.meetings import AgendaUnit, Meeting, Participant, Proposal
from ..store import Database, RecordNotFound
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository
from ..store.meetings import AgendaRepository, MeetingRepository, ParticipantRepository
from ..store.decisions import DecisionRepository
from ..store.allocation import unit_places
from ..store.fingerprint import sign_entry
from ..store.meeting_rows import read_meeting_rows
from ..store.at_risk import AtRiskRepository
from ..store.renewals import RenewalDecisionRepository
from .meeting_settings import MeetingSettings, load_meeting_settings
from ..words import Phrase, message_of
# Moved to services/meeting_record.py (issue 19 item 6); named here for code written against the old
# place (branches in flight). New code imports from meeting_record.
from .meeting_record import AgendaCase as AgendaCase, MeetingRecord as MeetingRecord
from .meeting_record import describe_place as describe_place, is_outside_adviser as is_outside_adviser
from .meeting_record import outside_organisations as outside_organisations

if TYPE_CHECKING:
    from ..domain.at_risk import AtRiskCase
    from .renewal_agenda import RenewalCase


class MeetingError(Exception):
    """Something the user asked for cannot be done; `str(error)` says why in bokmål, and
    `words.error_text(error)` in the reader's language."""


def meeting_state(status: MeetingStatus) -> Phrase:
    """MeetingStatus.state in the reader's language: «møtet pågår», «møtet er avsluttet»."""
    return Phrase(f"errors.meeting.state.{status.value}")


class MeetingStateError(MeetingError):
    """The meeting's status does not allow this (e.g. a decision in a planned meeting)."""


class ReadOnlyMeetingFile(MeetingError):
    """The file is open read-only (another session has it, or it is write-protected)."""


def require_writable(database: Database) -> None:
    """Refuse a change on a read-only file before anything is checked or asked, in words the
    user can act on; the store would refuse it too, but only at the final commit and as a
    StoreError the meeting dialogs do not expect (issue 16 item 7)."""
    if database.readonly:
        raise ReadOnlyMeetingFile(Phrase("errors.meeting.read_only", name=database.path.name))


def _writes(method: Callable[Concatenate[Meetings, _P], _R]) -> Callable[Concatenate[Meetings, _P], _R]:
    """A Meetings method that changes the file: refused at once on a read-only file."""
    @wraps(method)
    def checked(self: Meetings, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        require_writable(self.database)
        return method(self, *args, **kwargs)
    return checked


_P = ParamSpec("_P")
_R = TypeVar("_R")
_UNSET: Any = object()


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the meeting list."""

    meeting: Meeting
    cases: int
    decisions: int


# «kan bli pågår» was no sentence: what each move of a meeting does, as a verb
# ([errors.meeting.verb]: «startes», «avsluttes», «åpnes igjen»).


class Meetings:
    """Planning and running meetings on one open database."""

    def __init__(self, database: Database):
        self.database = database
        self._meetings = MeetingRepository(database)
        self._participants = ParticipantRepository(database)
        self._agenda = AgendaRepository(database)

    # ---- reading -----------------------------------------------------------------------

    def all(self) -> list[MeetingSummary]:
        """Every meeting, newest first, with its number of cases and decisions."""
        counts = self._meetings.counts()
        return [MeetingSummary(m, counts[saved_id(m.id)].cases, counts[saved_id(m.id)].decisions)
                for m in self._meetings.all()]

    def get(self, meeting_id: int) -> Meeting:
        try:
            return self._meetings.get(meeting_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None

    def participants(self, meeting_id: int) -> list[Participant]:
        return self._participants.for_meeting(meeting_id)

    def advisers_in_running_meetings(self) -> list[Participant]:
        """The participants without decision authority present in a meeting in progress. While
        there are any, the window shows small neighbour counts as «færre enn N» whichever
        meeting it shows: looking up last month's minutes does not send the landlord out of
        the room (issue 13 item 8)."""
        settings = load_meeting_settings(self.database)
        return [p for m in self._meetings.all() if m.status is MeetingStatus.IN_PROGRESS
                for p in self._participants.for_meeting(saved_id(m.id)) if is_outside_adviser(p, settings)]

    def cases(self, meeting_id: int) -> list[Proposal]:
        return self._agenda.cases(meeting_id)

    def record(self, meeting_id: int, *, with_follow_ups_due: bool = True, with_other_cases: bool = True,
               to_print: bool = False, settings: MeetingSettings | None = None) -> MeetingRecord:
        """Everything the meeting holds, as the minutes print it, each thing read once (issue 19
        item 2). with_follow_ups_due=False leaves out the follow-up points due, which only the
        minutes print: on a national file reading them costs half a second, and the window's
        meeting pane reads the record at every start and after every decision (issue 16 item 12).

        to_print: the record a document is printed from (minutes, letters, the archive): a signed
        meeting whose rows no longer match what was signed is refused (services/signing.py
        refuse_if_tampered), checked against the meeting row and `sign` entry read here.
        `settings`: the meeting settings, when the caller has read them already.
        with_other_cases=False leaves out the renewals and the tenancies at risk on the agenda:
        the meeting pane lists the allocation cases, and reading the others (and loading their
        services) was a tenth of the window's start on a national file (issue 16)."""

        rows = read_meeting_rows(self.database, meeting_id)  # the record's tables in one statement
        meeting = rows.meeting()
        signing = sign_entry(self.database, meeting_id) if meeting.status is MeetingStatus.SIGNED else None
        if to_print:
            from .signing import refuse_if_tampered  # it imports this module

            refuse_if_tampered(self.database, meeting_id, (meeting, signing), rows)
        signing = signing or {}
        decisions = {d.case_no: d for d in rows.decisions()}
        proposals = rows.proposals()
        applicants = HouseholdRepository(self.database).applicants_by_case({p.case_no for p in proposals})
        cases = [AgendaCase(n, p, applicants[p.case_no], decisions.get(p.case_no))
                 for n, p in enumerate(proposals, start=1)]
        agenda_units = rows.agenda_units()
        unit_ids = {u.unit_id for u in agenda_units} | {c.proposal.unit_id for c in cases if c.proposal.unit_id}
        unit_ids |= {d.unit_id for d in decisions.values() if d.unit_id}
        if with_follow_ups_due:
            from .follow_up import follow_ups_due  # it imports this module

            days = (settings or load_meeting_settings(self.database)).follow_up_days
            due: Sequence[FollowUpDue] = follow_ups_due(self.database, meeting.held_on, days).items
        else:
            due = ()
        return MeetingRecord(
            meeting=meeting,
            participants=rows.participants(),
            cases=cases,
            agenda_units=agenda_units,
            addenda=rows.addenda(),
            places=unit_places(self.database, unit_ids),
            municipality=rows.municipality(),
            signed_by=rows.signers(),
            fingerprint=signing.get("fingerprint", ""),
            confirmed_each=bool(signing.get("confirmed_each")),
            fingerprint_version=signing.get("fingerprint_version", 1) if signing.get("fingerprint") else 0,
            follow_ups=rows.follow_up_dates(),
            follow_ups_due=due,
            renewals=self._renewals(meeting_id, first_number=len(cases) + 1) if with_other_cases else (),
            at_risk=self._at_risk(meeting_id) if with_other_cases else (),
        )

    def _renewals(self, meeting_id: int, first_number: int) -> Sequence[RenewalCase]:
        from .renewal_agenda import renewal_cases  # it imports this module

        return renewal_cases(self.database, meeting_id, first_number=first_number)

    def _at_risk(self, meeting_id: int) -> Sequence[AtRiskCase]:
        from .at_risk import cases_in_meeting  # it imports this module

        return cases_in_meeting(self.database, meeting_id)

    # ---- the meeting itself --------------------------------------------------------------

    @_writes
    def create(self, held_on: date, place: str, title: str = "Tildelingsmøte", *,
               all_members_sign: bool = False) -> Meeting:
        title = title.strip() or "Tildelingsmøte"
        meeting = Meeting(None, held_on, place.strip(), MeetingStatus.PLANNED, title,
                          all_members_sign=all_members_sign)
        with self.database.transaction("create", "meeting", held_on.isoformat(),
                                       {"place": meeting.place, "title": title}):
            return self._meetings.add(meeting)

    @_writes
    def change(self, meeting_id: int, *, held_on: date | None = None, place: str | None = None,
               title: str | None = None, all_members_sign: bool | None = None) -> Meeting:
        """Date, place, title, who signs: until the minutes are signed."""
        meeting = self._editable(meeting_id, "change_meeting")
        if held_on is not None and held_on != meeting.held_on and (
                self._meetings.counts()[meeting_id].decisions
                or RenewalDecisionRepository(self.database).for_meeting(meeting_id)
                or AtRiskRepository(self.database).decisions_in_meeting(meeting_id)):
            # decisions, flags and new tenancies are dated by the meeting day; a renewal or a measure
            # decided in it would otherwise predate the day it moved to
            raise MeetingStateError(Phrase("errors.meeting.date_after_decisions"))
        changed = replace(
            meeting,
            held_on=held_on if held_on is not None else meeting.held_on,
            place=place.strip() if place is not None else meeting.place,
            title=(title.strip() or meeting.title) if title is not None else meeting.title,
            all_members_sign=meeting.all_members_sign if all_members_sign is None else all_members_sign,
        )
        with self.database.transaction("change", "meeting", str(meeting_id),
                                       {"held_on": changed.held_on, "place": changed.place, "title": changed.title,
                                        "all_members_sign": changed.all_members_sign}):
            self._meetings.update(changed)
        return self.get(meeting_id)

    @_writes
    def delete(self, meeting_id: int) -> None:
        """A planned meeting that was never held, with its participants and agenda."""
        meeting = self.get(meeting_id)
        if meeting.status is not MeetingStatus.PLANNED:
            raise MeetingStateError(Phrase("errors.meeting.delete_planned", state=meeting_state(meeting.status)))
        with self.database.transaction("delete", "meeting", str(meeting_id), {"held_on": meeting.held_on}):
            self._meetings.delete(meeting_id)

    # ---- participants ---------------------------------------------------------------------

    @_writes
    def add_participant(self, meeting_id: int, name: str, role: ParticipantRole, organisation: str = "",
                        has_decision_authority: bool | None = None,
                        attendance: Attendance = Attendance.PRESENT) -> Participant:
        """A participant; decision authority defaults to yes for chair and members, no otherwise."""
        self._editable(meeting_id, "add_participants")
        if has_decision_authority is None:
            has_decision_authority = role in (ParticipantRole.CHAIR, ParticipantRole.MEMBER)
        participant = Participant(None, meeting_id, name.strip(), role, organisation.strip(), has_decision_authority,
                                  attendance)
        self._check_participant(participant)
        with self.database.transaction("add", "participant", str(meeting_id),
                                       {"name": participant.name, "role": role.value,
                                        "decides": has_decision_authority, "attendance": attendance.value}):
            return self._participants.add(participant)

    @_writes
    def change_participant(self, participant: Participant) -> Participant:
        self._editable(participant.meeting_id, "change_participants")
        before = self._participant(saved_id(participant.id))
        participant = replace(participant, name=participant.name.strip(), organisation=participant.organisation.strip())
        self._check_participant(participant)
        if (participant.has_decision_authority, participant.role, participant.attendance, participant.meeting_id) != (
                before.has_decision_authority, before.role, before.attendance, before.meeting_id) \
                and self._participants.took_part_in_decision(saved_id(participant.id)):
            # The record says who decided each case; it must stay true (issue 13 item 5).
            raise MeetingError(Phrase("errors.meeting.took_part", name=before.name))
        with self.database.transaction("change", "participant", str(participant.id),
                                       {"name": participant.name, "role": participant.role.value,
                                        "decides": participant.has_decision_authority,
                                        "attendance": participant.attendance.value}):
            self._participants.update(participant)
        return self._participants.get(saved_id(participant.id))

    @_writes
    def set_attendance(self, participant_id: int, attendance: Attendance) -> Participant:
        """Present, or sent apologies (forfall)."""
        return self.change_participant(replace(self._participant(participant_id), attendance=attendance))

    @_writes
    def remove_participant(self, participant_id: int) -> None:
        participant = self._participant(participant_id)
        self._editable(participant.meeting_id, "remove_participants")
        if self._participants.took_part_in_decision(participant_id):
            raise MeetingError(Phrase("errors.meeting.remove_took_part", name=participant.name))
        with self.database.transaction("remove", "participant", str(participant_id), {"name": participant.name}):
            self._participants.delete(participant_id)

    def _participant(self, participant_id: int) -> Participant:
        try:
            return self._participants.get(participant_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None

    def _check_participant(self, participant: Participant) -> None:
        if not participant.name:
            raise MeetingError(Phrase("errors.meeting.no_name"))
        if participant.role is ParticipantRole.CHAIR and not participant.has_decision_authority:
            raise MeetingError(Phrase("errors.meeting.chair_authority"))
        if participant.role is ParticipantRole.ADVISOR and participant.has_decision_authority:
            # Decision authority and property management are kept apart (004 l.1394–1404).
            raise MeetingError(Phrase("errors.meeting.advisor_authority"))
        if participant.role in (ParticipantRole.CHAIR, ParticipantRole.SECRETARY):
            for other in self._participants.for_meeting(participant.meeting_id):
                if other.role is participant.role and other.id != participant.id:
                    raise MeetingError(Phrase("errors.meeting.role_taken", role=participant.role, name=other.name))

    # ---- the agenda: cases ------------------------------------------------------------------

    def consent_warning(self, meeting_id: int, case_no: str) -> str:
        """A warning (a words.Phrase: bokmål as a str) when the applicant has not consented to sharing information with
        the outside organisations present in the meeting (004 l.1816–1839); empty otherwise."""
        try:
            applicant = HouseholdRepository(self.database).applicant(case_no.strip())
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None
        if applicant.consent_to_share:
            return ""
        organisations = outside_organisations(self._participants.for_meeting(meeting_id),
                                              load_meeting_settings(self.database))
        if not organisations:
            return ""
        return Phrase("errors.meeting.consent", case=applicant.case_no, names=", ".join(organisations))

    @_writes
    def add_case(self, meeting_id: int, case_no: str, unit_id: str | None = None, prepared_by: str = "",
                 notes: str = "", contact_person: str = "") -> Proposal:
        """An applicant's case, optionally with a unit prepared for it (forslag)."""
        meeting = self._editable(meeting_id, "change_agenda", allow_closed=False)
        case_no = case_no.strip()
        applicant = self._waiting_applicant(case_no)
        if self._agenda.case_for(meeting_id, case_no) is not None:
            raise MeetingError(Phrase("errors.meeting.case_on_agenda", case=case_no))
        if unit_id:
            self._vacant_unit(unit_id)
        proposal = Proposal(None, saved_id(meeting.id), applicant.case_no, unit_id or None, prepared_by.strip(), notes.strip(),
                            contact_person=contact_person.strip())
        with self.database.transaction("add", "agenda_case", f"{meeting_id}/{case_no}",
                                       {"unit_id": proposal.unit_id, "prepared_by": proposal.prepared_by}):
            return self._agenda.add_case(proposal)

    @_writes
    def change_case(self, proposal_id: int, *, unit_id: str | None = _UNSET, prepared_by: str | None = None,
                    notes: str | None = None, contact_person: str | None = None) -> Proposal:
        """Change the prepared unit (None: no unit), who prepared it, or the notes."""
        proposal = self._case(proposal_id)
        self._editable(proposal.meeting_id, "change_agenda", allow_closed=False)
        if unit_id is not _UNSET and unit_id:
            self._vacant_unit(unit_id)
        changed = replace(
            proposal,
            unit_id=proposal.unit_id if unit_id is _UNSET else (unit_id or None),
            prepared_by=proposal.prepared_by if prepared_by is None else prepared_by.strip(),
            notes=proposal.notes if notes is None else notes.strip(),
            contact_person=proposal.contact_person if contact_person is None else contact_person.strip(),
        )
        with self.database.transaction("change", "agenda_case", f"{proposal.meeting_id}/{proposal.case_no}",
                                       {"unit_id": changed.unit_id, "prepared_by": changed.prepared_by}):
            self._agenda.update_case(changed)
        return self._agenda.case(proposal_id)

    @_writes
    def remove_case(self, proposal_id: int) -> None:
        proposal = self._case(proposal_id)
        self._editable(proposal.meeting_id, "change_agenda", allow_closed=False)
        if any(d.case_no == proposal.case_no for d in DecisionRepository(self.database).for_meeting(proposal.meeting_id)):
            raise MeetingError(Phrase("errors.meeting.case_decided", case=proposal.case_no))
        with self.database.transaction("remove", "agenda_case", f"{proposal.meeting_id}/{proposal.case_no}"):
            self._agenda.delete_case(proposal_id)

    @_writes
    def reorder_cases(self, meeting_id: int, proposal_ids: Sequence[int]) -> list[Proposal]:
        """Put the agenda's cases in this order (every case exactly once)."""
        self._editable(meeting_id, "change_agenda", allow_closed=False)
        current = {saved_id(p.id) for p in self._agenda.cases(meeting_id)}
        if sorted(proposal_ids) != sorted(current):
            raise MeetingError(Phrase("errors.meeting.order"))
        with self.database.transaction("reorder", "agenda", str(meeting_id), {"order": list(proposal_ids)}):
            self._agenda.set_case_order(list(proposal_ids))
        return self._agenda.cases(meeting_id)

    def _case(self, proposal_id: int) -> Proposal:
        try:
            return self._agenda.case(proposal_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None

    # ---- the agenda: vacant units -------------------------------------------------------------

    @_writes
    def add_agenda_unit(self, meeting_id: int, unit_id: str, note: str = "") -> AgendaUnit:
        self._editable(meeting_id, "change_agenda", allow_closed=False)
        self._vacant_unit(unit_id)
        if any(u.unit_id == unit_id for u in self._agenda.units(meeting_id)):
            raise MeetingError(Phrase("errors.meeting.unit_on_agenda", unit=unit_id))
        with self.database.transaction("add", "agenda_unit", f"{meeting_id}/{unit_id}"):
            return self._agenda.add_unit(AgendaUnit(None, meeting_id, unit_id, note.strip()))

    # ---- lifecycle ------------------------------------------------------------------------------

    def start(self, meeting_id: int, at: datetime | None = None) -> Meeting:
        """planned → in progress: decisions can now be recorded. The minutes print the start time."""
        return self._move(meeting_id, MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS, "start", at)

    def close(self, meeting_id: int, at: datetime | None = None) -> Meeting:
        """in progress → closed: no more decisions; the minutes can be signed. They print the end time."""
        return self._move(meeting_id, MeetingStatus.IN_PROGRESS, MeetingStatus.CLOSED, "close", at)

    def reopen(self, meeting_id: int) -> Meeting:
        """closed → in progress, for a decision forgotten or to be undone before signing."""
        return self._move(meeting_id, MeetingStatus.CLOSED, MeetingStatus.IN_PROGRESS, "reopen")

    @_writes
    def _move(self, meeting_id: int, source: MeetingStatus, target: MeetingStatus, action: str,
              at: datetime | None = None) -> Meeting:
        meeting = self.get(meeting_id)
        if meeting.status is not source:
            raise MeetingStateError(Phrase("errors.meeting.move", state=meeting_state(meeting.status),
                                           source=meeting_state(source), verb=Phrase(f"errors.meeting.verb.{action}")))
        at = (at or datetime.now()).replace(microsecond=0)
        with self.database.transaction(action, "meeting", str(meeting_id),
                                       {"from": source.value, "to": target.value, "at": at.isoformat()}):
            self._meetings.set_status(meeting_id, target, at)
        return self.get(meeting_id)

    # ---- checks ------------------------------------------------------------------------------------

    def _editable(self, meeting_id: int, what: str, allow_closed: bool = True) -> Meeting:
        """`what`: the change asked for, a key of [errors.meeting.what] («endre sakslisten»)."""
        meeting = self.get(meeting_id)
        if meeting.status is MeetingStatus.SIGNED:
            raise MeetingStateError(Phrase("errors.meeting.signed", what=Phrase(f"errors.meeting.what.{what}")))
        if meeting.status is MeetingStatus.CLOSED and not allow_closed:
            raise MeetingStateError(Phrase("errors.meeting.closed", what=Phrase(f"errors.meeting.what.{what}")))
        return meeting

    def _waiting_applicant(self, case_no: str) -> Applicant:
        try:
            applicant = HouseholdRepository(self.database).applicant(case_no)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None
        if applicant.status is not ApplicantStatus.WAITING:
            raise MeetingError(Phrase("errors.meeting.not_waiting", case=case_no, status=applicant.status))
        return applicant

    def _vacant_unit(self, unit_id: str) -> None:
        try:
            unit = EstateRepository(self.database).unit(unit_id)
        except RecordNotFound as error:
            raise MeetingError(message_of(error)) from None
        if unit.status is not UnitStatus.VACANT:
            raise MeetingError(Phrase("errors.meeting.not_vacant", unit=unit_id, status=unit.status))


