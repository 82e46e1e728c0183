"""Renewals on a meeting's agenda (issue 17 item 1): put on, taken off, listed with their decisions.

A lease that runs out goes on a meeting's agenda as a case of its own — the office's case number
and the tenant's name, since a refusal is a letter to someone (services/renewal_letters.py). How
the meeting decides it is services/renewal_decisions.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import MeetingStatus, saved_id
from ..domain.estate import VacantUnit
from ..domain.households import ResidentHousehold
from ..domain.limits import TextRefused, check_text
from ..domain.meetings import Meeting
from ..domain.renewals import AgendaRenewal, RenewalDecision
from ..store import Database, RecordNotFound
from ..store.households import HouseholdRepository
from ..store.meetings import MeetingRepository, unit_places
from ..store.renewals import RenewalAgendaRepository, RenewalDecisionRepository
from .meetings import MeetingError, MeetingStateError, require_writable


class RenewalDecisionError(MeetingError):
    """A renewal cannot be put on the agenda or decided as asked; the message is for the user."""


@dataclass(frozen=True)
class RenewalCase:
    """A renewal on the agenda with its tenancy, unit and, once decided, the decision."""

    number: int  # «Sak n», continuing after the allocation cases
    item: AgendaRenewal
    tenancy: ResidentHousehold
    place: VacantUnit | None  # the unit with its building (the letter's address)
    decision: RenewalDecision | None
    follow_up_due: tuple[date, ...] = ()  # the points its conditions created (operational, not signed)

    @property
    def unit_id(self) -> str:
        return self.tenancy.unit_id



def tenancy_of(database: Database, tenancy_id: int) -> tuple[ResidentHousehold, date | None]:
    """The tenancy a renewal case is about, and the day it ended (None while it runs)."""
    found = HouseholdRepository(database).tenancy_by_id(tenancy_id)
    if found is None:
        raise RenewalDecisionError(f"Leieforhold nr. {tenancy_id} finnes ikke.")
    return found


def renewal_cases(database: Database, meeting_id: int, first_number: int = 1) -> list[RenewalCase]:
    """The meeting's renewals in agenda order, numbered from `first_number`."""
    items = RenewalAgendaRepository(database).for_meeting(meeting_id)
    if not items:
        return []
    decisions = {d.agenda_renewal_id: d for d in RenewalDecisionRepository(database).for_meeting(meeting_id)}
    tenancies = HouseholdRepository(database).tenancies_by_id(item.tenancy_id for item in items)  # one read
    places = unit_places(database, {t.unit_id for t in tenancies.values()})
    due = RenewalDecisionRepository(database).follow_up_due(meeting_id)
    cases = []
    for n, item in enumerate(items, start=first_number):
        decision = decisions.get(saved_id(item.id))
        tenancy = tenancies[item.tenancy_id]
        cases.append(RenewalCase(n, item, tenancy, places.get(tenancy.unit_id), decision,
                                 tuple(due.get(saved_id(decision.id), ())) if decision else ()))
    return cases


# ---- the agenda -------------------------------------------------------------------------------------


def put_on_agenda(database: Database, meeting_id: int, unit_id: str, case_no: str, tenant_name: str, *,
                  prepared_by: str = "", contact_person: str = "", notes: str = "") -> AgendaRenewal:
    """The current tenancy in `unit_id` goes on the meeting's agenda as a renewal (one audited change)."""
    require_writable(database)
    meeting = meeting_of(database, meeting_id)
    if meeting.status in (MeetingStatus.CLOSED, MeetingStatus.SIGNED):
        raise MeetingStateError(f"Kan ikke endre sakslisten: møtet er {meeting.status.label}.")
    tenancy = HouseholdRepository(database).tenancy_in(unit_id.strip())
    if tenancy is None:
        raise RenewalDecisionError(f"Ingen bor i bolig {unit_id} nå; det er ingen leieavtale å fornye.")
    if tenancy.contract_end is None:
        raise RenewalDecisionError(f"Leieavtalen i bolig {unit_id} har ingen sluttdato (tidsubestemt); "
                                   "den fornyes ikke.")
    case_no, tenant_name = case_no.strip(), " ".join(tenant_name.split())
    problems = []
    if not case_no:
        problems.append("Oppgi saksnummeret for fornyelsessaken.")
    if not tenant_name:
        problems.append("Oppgi leietakerens navn: et vedtak om ikke å fornye sendes til leietakeren.")
    for field_name, value in (("case_no", case_no), ("name", tenant_name), ("notes", notes)):
        try:
            check_text(field_name, value)
        except TextRefused as refused:
            problems.append(f"{str(refused)[:1].upper()}{str(refused)[1:]}.")
    agenda = RenewalAgendaRepository(database)
    for other in agenda.for_meeting(meeting_id):
        if other.tenancy_id == tenancy.id:
            problems.append(f"Leieavtalen i bolig {unit_id} står allerede på sakslisten (sak {other.case_no}).")
        elif other.case_no == case_no:
            problems.append(f"Saksnummeret {case_no} er allerede brukt for en annen fornyelse i møtet.")
    if problems:
        raise RenewalDecisionError(" ".join(problems))
    item = AgendaRenewal(None, meeting_id, saved_id(tenancy.id), case_no, tenant_name, tenancy.contract_end,
                         prepared_by.strip(), contact_person.strip(), notes.strip())
    with database.transaction("add", "agenda_renewal", f"{meeting_id}/{case_no}",
                              {"unit_id": tenancy.unit_id, "tenancy_id": tenancy.id,
                               "lease_ends": tenancy.contract_end.isoformat()}):
        return agenda.add(item)


def remove_from_agenda(database: Database, agenda_renewal_id: int) -> None:
    require_writable(database)
    agenda = RenewalAgendaRepository(database)
    item = agenda_item(agenda, agenda_renewal_id)
    meeting = meeting_of(database, item.meeting_id)
    if meeting.status in (MeetingStatus.CLOSED, MeetingStatus.SIGNED):
        raise MeetingStateError(f"Kan ikke endre sakslisten: møtet er {meeting.status.label}.")
    if any(d.agenda_renewal_id == item.id for d in RenewalDecisionRepository(database).for_meeting(item.meeting_id)):
        raise RenewalDecisionError(f"Fornyelsessak {item.case_no} er avgjort; angre vedtaket før saken fjernes.")
    with database.transaction("remove", "agenda_renewal", f"{item.meeting_id}/{item.case_no}"):
        agenda.delete(saved_id(item.id))


def agenda_item(agenda: RenewalAgendaRepository, agenda_renewal_id: int) -> AgendaRenewal:
    try:
        return agenda.get(agenda_renewal_id)
    except RecordNotFound as error:
        raise RenewalDecisionError(str(error)) from None


def meeting_of(database: Database, meeting_id: int) -> Meeting:
    try:
        return MeetingRepository(database).get(meeting_id)
    except RecordNotFound as error:
        raise MeetingError(str(error)) from None
