"""The letter for a lease not renewed: an enkeltvedtak, made as an allocation letter is made.

Not renewing a fixed-term lease is an enkeltvedtak like a refusal (forvaltningsloven §§ 24–27):
the legal basis, the reasons to the tenant, the day the lease runs out, the right to appeal within
three weeks (§§ 28–29), where to send it and who decides it, the right to see the documents (§ 18)
and to ask for postponed implementation (§ 42). The letter uses the allocation letters' machinery
(services/letters.py): the template in resources/letters/ikke_fornyet.md, the same shared fields,
the address in the envelope's window, the sender block, the page frame with its marking. Once the
meeting is signed the first print is frozen with its SHA-256 (m0011 issued_renewal_letters, as
m0004's issued_letters) and `verify` checks it.

Only the reasons to the tenant go into the letter, never the internal notes.
"""
from __future__ import annotations

from datetime import date, datetime

from ..domain import MeetingStatus
from ..domain.estate import Building
from ..domain.renewals import RenewalDecision, RenewalOutcome
from ..store import Database, RecordNotFound
from ..store.renewals import IssuedRenewalLetterRepository, RenewalDecisionRepository
from .issued_letters import freeze, frozen_problems
from .letters import draft_mark, return_line, sender_rows, shared_values
from .letter_head import Addressee, LetterHead, recipient_lines
from .letter_templates import render_template
from .document_text import T, document_language
from .meeting_settings import MeetingSettings, load_meeting_settings
from .meetings import MeetingError, Meetings
from .meeting_record import MeetingRecord
from .pdf_document import PageFrame, build_pdf, day, text
from .renewal_refusal import eviction_warning_applies
from .screened import SCREENED_NOTE, screened_record

TEMPLATE = "ikke_fornyet"


def render_renewal_letter(database: Database, decision_id: int, *, letter_date: date | None = None,
                          names: bool = True) -> bytes:
    """The letter for one renewal decision (a lease not renewed); dated the day of the decision.

    names=False: a screened copy (the case number for the tenant's name and address), never sent."""
    try:
        decision = RenewalDecisionRepository(database).get(decision_id)
    except RecordNotFound as error:
        raise MeetingError(str(error)) from None
    settings = load_meeting_settings(database)
    record = Meetings(database).record(decision.meeting_id, to_print=True, settings=settings)
    return render_renewal_record_letter(record, decision_id, settings, letter_date=letter_date, names=names)


def render_renewal_record_letter(record: MeetingRecord, decision_id: int, settings: MeetingSettings, *,
                                 letter_date: date | None = None, names: bool = True) -> bytes:
    case = next(r for r in record.renewals if r.decision and r.decision.id == decision_id)
    decision = case.decision
    assert decision is not None  # the case was found by its decision
    case_no = case.item.case_no
    if decision.outcome is not RenewalOutcome.NOT_RENEWED:
        raise MeetingError(f"Fornyelsessak {case_no} er {decision.outcome.label}; vedtaksbrev lages når "
                           "leieavtalen ikke fornyes.")
    if not decision.reasons.strip():  # the database refuses it too (m0011); never a letter without
        raise MeetingError(f"Brevet i fornyelsessak {case_no} kan ikke lages: vedtaket har ingen begrunnelse "
                           "(forvaltningsloven § 24).")
    building = case.place.building if case.place else None
    if building is None or not building.postcode.strip() or not building.town.strip():
        raise MeetingError(f"Brevet i fornyelsessak {case_no} kan ikke lages: boligens adresse mangler postnummer "
                           "eller poststed. Registrer det for bygningen (importer boligfilen med postnr og poststed) "
                           "og lag brevet på nytt.")
    if missing := settings.missing_office_settings():
        raise MeetingError(f"Brevet i fornyelsessak {case_no} kan ikke lages før kontorets adresse er fylt inn: "
                           f"{', '.join(missing)} mangler. Fyll det inn under Innstillinger og lag brevet på nytt.")
    contact = (case.item.contact_person or case.item.prepared_by or settings.office("default_contact")).strip()
    if not contact:
        raise MeetingError(f"Brevet i fornyelsessak {case_no} kan ikke lages: ingen kontaktperson er kjent. Før "
                           "kontaktperson for saken, eller fyll inn standard kontaktperson under Innstillinger.")
    # Dated the day the demand to move is sent, as the decision recorded it (m0013); before that, the
    # day of the decision.
    dated = (letter_date or decision.move_demand_on
             or (decision.decided_at.date() if decision.decided_at else record.meeting.held_on))
    # In the municipality's document language as set now; an issued letter is frozen in its own.
    with document_language(settings.document_language):
        return _render(record, decision_id, settings, dated, names, building, contact)


def _render(record: MeetingRecord, decision_id: int, settings: MeetingSettings, dated: date, names: bool,
            building: Building, contact: str) -> bytes:
    case = next(r for r in record.renewals if r.decision and r.decision.id == decision_id)
    decision = case.decision
    assert decision is not None  # the case was found by its decision
    case_no = case.item.case_no
    if not names:
        record = screened_record(record)
        case = next(r for r in record.renewals if r.decision and r.decision.id == decision_id)
        building = case.place.building if case.place else building
    address = f"{building.address}, {building.postcode} {building.town}".strip(", ")
    values = shared_values(record, settings, dated, case_no, contact)
    values.update({
        "applicant_name": text(case.item.tenant_name),
        "reasons": text(decision.reasons),
        "criteria": "", "conditions": "", "move_in_date": "",
        "section": text(settings.hjemmel("not_renewed")),
        "address": text(address if names else building.address),
        "lease_ends": text(day(decision.previous_lease_ends)),
        # A lease that ran out before the meeting «løp ut»: «løper ut 25.11.» in a letter about a meeting
        # in December tells the tenant of a day still to come.
        "lease_runs_out": (T("letter.ran_out") if decision.previous_lease_ends
                           and decision.previous_lease_ends < record.meeting.held_on else T("letter.runs_out")),
        "move_out": text(day(decision.move_out_by)),
        "lease_law": text(settings.law("lease")),
        "eviction_warning": text(_eviction_warning(decision.move_demand_on or dated, decision.previous_lease_ends)),
        "advance_notice": text(_advance_notice(decision)),
        "best_interests": text(_best_interests(decision)),
    })
    title, body = render_template(TEMPLATE, values, {})
    tenant = Addressee(name=case.item.tenant_name, postal_address=building.address,
                       postal_code=building.postcode, postal_town=building.town)
    head = LetterHead(return_line=return_line(settings), recipient=recipient_lines(tenant, case_no),
                      sender=sender_rows(record, settings, dated, case_no, contact))
    frame = PageFrame(
        marking=settings.exempt_marking,
        header_right=record.municipality,
        footer_left=(f"{SCREENED_NOTE()} · " if not names else "") + f"{settings.office('name')} · "
        + T("letter.our_ref_footer", case_no=case_no),
        title=f"{title} – {case_no}" + (T("letter.screened_title") if not names else ""),
        author=record.municipality,
    )
    return build_pdf([head, *draft_mark(record), *body], frame)


def issue_renewal_letter(database: Database, decision_id: int, *,
                         letter_date: date | None = None) -> tuple[bytes, bool]:
    """The letter and whether it is the issued (frozen) one: once the meeting is signed the first
    print is stored with its SHA-256 and every later call returns the same bytes."""
    repository = IssuedRenewalLetterRepository(database)
    stored = repository.get(decision_id)
    if stored is not None:
        return stored[0], True
    try:
        decision = RenewalDecisionRepository(database).get(decision_id)
    except RecordNotFound as error:
        raise MeetingError(str(error)) from None
    pdf = render_renewal_letter(database, decision_id, letter_date=letter_date)
    if Meetings(database).get(decision.meeting_id).status is not MeetingStatus.SIGNED or database.readonly:
        return pdf, False
    freeze(database, repository, "renewal_letter", decision_id, pdf, datetime.now().replace(microsecond=0))
    return pdf, True


def renewal_letter_problems(database: Database) -> list[str]:
    """Issued renewal letters whose bytes no longer match what the audit log recorded at issue."""
    return frozen_problems(database, "renewal_letter", IssuedRenewalLetterRepository(database).all(),
                           "brevet til fornyelsesvedtak")


def _eviction_warning(demand_on: date, lease_ends: date | None) -> str:
    """The warning of tvangsfullbyrdelsesloven § 13-2 third paragraph b holds only when the demand
    to move is sent at most three and at least one month before the lease ends; otherwise the letter
    is the demand to move (husleieloven § 9-2) and nothing more — never a promise the law does not keep."""
    if lease_ends is None:
        return ""
    return T("letter.eviction_warning") if eviction_warning_applies(demand_on, lease_ends) else ""


def _advance_notice(decision: RenewalDecision) -> str:
    """Forvaltningsloven § 16: when the tenant was warned and could comment, or why not (m0013).
    Empty for a refusal recorded before the notice was: the letter then leaves the part out."""
    if decision.notice_exception:
        return T("letter.notice_exception", reason=decision.notice_exception)
    if decision.notice_sent_on is None:
        return ""
    key = "letter.notice_statement" if decision.statement_received else "letter.notice_no_statement"
    return T(key, date=day(decision.notice_sent_on))


def _best_interests(decision: RenewalDecision) -> str:
    """Grunnloven § 104 second paragraph and barnekonvensjonen art. 3 no. 1: the children's best
    interests as the meeting weighed them (m0014). Empty when the household had no children under
    18, or for a refusal recorded before the weighing was: the letter then leaves the part out."""
    if not decision.children_weighing:
        return ""
    return T("letter.best_interests", weighing=decision.children_weighing)
