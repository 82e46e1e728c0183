"""A screened copy of a meeting's documents: case numbers instead of names and addresses.

«Skjermet visning» hides names on screen while it is shared with a room or a video call
(DESIGN.md «Reliability and privacy»); a decision letter or the minutes opened then would
show them again. The documents are rendered from a screened copy of the record rather
than by editing a PDF afterwards: every place a name or an address is printed gets the
case number (the applicant's) or the unit's number (a dwelling) instead. The people of the
meeting (chair, secretary, members) keep their names: they are in the room. Free text the
meeting wrote (reasons, conditions) is printed as written; the copy says so.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain import Applicant, VacantUnit
from .document_text import T
from .meeting_record import AgendaCase, MeetingRecord

if TYPE_CHECKING:
    from .renewal_agenda import RenewalCase

def SCREENED_NOTE() -> str:  # noqa: N802 - was a constant; now in the document language
    """«Skjermet kopi: saksnummer i stedet for navn og adresser», in the document language."""
    return T("page.screened_note")


def screened_applicant(applicant: Applicant) -> Applicant:
    """Name and postal address become the case number; ID number and contact details go."""
    case_no = applicant.case_no
    return replace(applicant, name=T("page.screened_case", case_no=case_no), postal_address="", postal_code="",
                   postal_town="", national_id="", phone="", email="")


def screened_place(unit_id: str, place: VacantUnit) -> VacantUnit:
    """A dwelling by its number: with the case number beside it, its address says where a
    named household will live."""
    building = replace(place.building, address=T("page.screened_unit", unit_id=unit_id), postcode="", town="")
    return replace(place, building=building)


def screened_case(case: AgendaCase) -> AgendaCase:
    decision = case.decision
    if decision is not None and decision.passed_over:
        decision = replace(decision, passed_over=tuple(replace(p, name="") for p in decision.passed_over))
    return replace(case, applicant=screened_applicant(case.applicant), decision=decision)


def screened_renewal(case: RenewalCase) -> RenewalCase:
    """A renewal by its case number: the tenant's name and the unit's address go."""
    place = screened_place(case.unit_id, case.place) if case.place is not None else None
    return replace(case, item=replace(case.item, tenant_name=T("page.screened_case", case_no=case.item.case_no)), place=place)


def screened_record(record: MeetingRecord) -> MeetingRecord:
    return replace(record, cases=[screened_case(c) for c in record.cases],
                   renewals=[screened_renewal(r) for r in record.renewals],
                   places={unit_id: screened_place(unit_id, place) for unit_id, place in record.places.items()})
