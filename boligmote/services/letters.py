"""Letters to the applicant after the meeting: one PDF per decided case, as the law has it.

- Allocation and refusal are enkeltvedtak (forvaltningsloven §§ 24–27; 004 l.1327–1345,
  1356–1361): the legal basis (hjemmel, § 25 first paragraph, from the settings [hjemmel]),
  the reasons *to the applicant*, the right to appeal within three weeks of receipt, where
  to send it and who decides it, the right to see the case documents (§ 18) and to ask for
  postponed implementation (§ 42); an allocation also gives the deadline to accept the
  offer and what declining means, the unit, the move-in deadline and the lease.
- A deferral is not a decision but a foreløpig svar (§ 11 a): the reason and the expected
  time to a decision; it says it cannot be appealed.
- A withdrawal is a short confirmation; no reasons are printed.

The wording is a template per outcome in resources/letters/ (a municipality's lawyer can
read and change it without reading code). Only `decision.reasons` goes into a letter, never
the meeting's internal notes, flags or weighings: those are about other tenants (DOMAIN.md §2,
issue 13). Every letter names the contact person and the office's address, and puts the
applicant's postal address in the window of the envelope; without it, or without the office
settings, the letter is refused with a message saying what is missing, never printed blank.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..domain import MeetingStatus, Outcome
from ..domain.meetings import Decision
from ..store import Database, RecordNotFound
from ..store.decisions import DecisionRepository
from .meeting_settings import MeetingSettings, load_meeting_settings
from .meetings import MeetingError, Meetings
from .meeting_record import AgendaCase, MeetingRecord, describe_place
from .document_text import T, current_language, document_language, table
from .document_text import label as domain_word
from .pdf_document import Flowable, PageFrame, build_pdf, content_width, day, escape, paragraph, text
from .screened import SCREENED_NOTE, screened_case, screened_record
from .letter_head import LetterHead, recipient_lines
from .letter_templates import render_template
from ..words import Listing, Phrase, message_of

# Only a decision is appealable; a deferral or a withdrawal is not one (forvaltningsloven § 28).
APPEALABLE = frozenset({Outcome.ALLOCATED, Outcome.REFUSED})
_HJEMMEL_KEY = {Outcome.ALLOCATED: "allocated", Outcome.REFUSED: "refused"}


def render_decision_letter(database: Database, decision_id: int, *, letter_date: date | None = None,
                           names: bool = True, created: datetime | None = None) -> bytes:
    """The letter for one decision; dated the day of the decision unless `letter_date` is given.

    names=False: a screened copy for a shared screen, with the case number in place of the
    applicant's name and address and the unit's number in place of its address
    (services/screened.py); never the letter that is sent, and never stored as issued.

    Raises MeetingError (a words.Phrase: bokmål as a str) when the letter cannot be sent as it stands: the applicant
    has no postal address, the office settings are missing, or no contact person is known.
    """
    meetings = Meetings(database)
    try:
        decision = DecisionRepository(database).get(decision_id)
    except RecordNotFound as error:
        raise MeetingError(message_of(error)) from None
    settings = load_meeting_settings(database)
    record = meetings.record(decision.meeting_id, to_print=True, settings=settings)
    case = next(c for c in record.cases if c.decision and c.decision.id == decision_id)
    return render_letter(record, case, settings, letter_date=letter_date, names=names, created=created)


def render_letter(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings, *,
                  letter_date: date | None = None, names: bool = True, created: datetime | None = None) -> bytes:
    """`created`: when the letter was made, for its PDF/A dates — the moment it is issued
    (services/issued_letters.py); a draft is dated by the decision, never by the clock, so
    that it renders to the same bytes every time. In the municipality's document language as
    set now: an issued letter is frozen, and keeps the language it was issued in."""
    with document_language(settings.document_language):
        return _render_letter(record, case, settings, letter_date=letter_date, names=names, created=created)


def _render_letter(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings, *,
                   letter_date: date | None, names: bool, created: datetime | None) -> bytes:
    decision = case.decision
    if decision is None:
        raise MeetingError(Phrase("errors.letter.undecided", case=case.proposal.case_no))
    check_letter_can_be_sent(case, settings)
    if decision.outcome in APPEALABLE and not decision.reasons.strip():
        # An enkeltvedtak without reasons is invalid (fvl § 24); better no letter than that one.
        raise MeetingError(Phrase("errors.letter.no_reasons", case=case.proposal.case_no))
    dated = letter_date or (decision.decided_at.date() if decision.decided_at else record.meeting.held_on)
    if not names:  # after the checks: a copy only of a letter that could be sent
        record, case = screened_record(record), screened_case(case)
    title, story = letter_story(record, case, settings, dated)
    frame = PageFrame(
        marking=settings.exempt_marking,
        header_right=record.municipality,
        footer_left=(f"{SCREENED_NOTE()} · " if not names else "")
        + f"{settings.office('name')} · {T('letter.our_ref_footer', case_no=case.proposal.case_no)}",
        title=f"{title} – {case.proposal.case_no}" + (T("letter.screened_title") if not names else ""),
        author=record.municipality,
        created=created or decision.decided_at or datetime.combine(dated, time.min),
    )
    return build_pdf(story, frame)


def check_letter_can_be_sent(case: AgendaCase, settings: MeetingSettings) -> None:
    """Refuse (a words.Phrase) a letter that would go out without an address or a contact."""
    case_no = case.proposal.case_no
    applicant = case.applicant
    if not applicant.has_postal_address:
        lacking = [Phrase(f"errors.letter.{key}") for value, key in ((applicant.postal_address, "postal_address"),
                                                                     (applicant.postal_code, "postal_code"),
                                                                     (applicant.postal_town, "postal_town"))
                   if not value.strip()]
        raise MeetingError(Phrase("errors.letter.no_address", case=case_no, missing=Listing(lacking)))
    if missing := settings.missing_office_settings():
        raise MeetingError(Phrase("errors.letter.no_office", case=case_no, missing=Listing(missing)))
    if not contact_person(case, settings):
        raise MeetingError(Phrase("errors.letter.no_contact", case=case_no))


def contact_person(case: AgendaCase, settings: MeetingSettings) -> str:
    """The case's contact; else the caseworker who prepared it; else the office's default."""
    proposal = case.proposal
    return (proposal.contact_person.strip() or proposal.prepared_by.strip()
            or settings.office("default_contact"))


# ---- the story --------------------------------------------------------------------------------

def _decided(case: AgendaCase) -> Decision:
    if case.decision is None:  # a letter is written for a decided case only
        raise MeetingError(Phrase("errors.letter.no_letter", case=case.number))
    return case.decision


def letter_story(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings,
                 dated: date) -> tuple[str, list[Flowable]]:
    """(title, flowables) of the letter: the address head, then the outcome's template."""
    decision = _decided(case)
    values = template_values(record, case, settings, dated)
    blocks = {"unit_table": _unit_table(record, decision, settings, dated)
              if decision.outcome is Outcome.ALLOCATED else None}
    title, body = render_template(decision.outcome.value, values, blocks)
    head = LetterHead(return_line=_return_line(settings),
                      recipient=recipient_lines(case.applicant, case.proposal.case_no),
                      sender=_sender_rows(record, case, settings, dated))
    return title, [head, *draft_mark(record), *body]


def draft_mark(record: MeetingRecord) -> list[Flowable]:
    """«UTKAST» under the head of a letter whose meeting is not signed: such a letter is not the one
    sent (that is issued and frozen at signing, services/issued_letters.py) and must not look it."""
    return [] if record.meeting.status is MeetingStatus.SIGNED else [paragraph(T("letter.draft"), "draft")]


def template_values(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings, dated: date) -> dict[str, str]:
    """Every $field a template may use, as paragraph markup (escaped); empty: not there."""
    decision = _decided(case)
    hjemmel = _HJEMMEL_KEY.get(decision.outcome)
    # Reasons to the applicant only: never internal_notes, flags or weighings. A withdrawal
    # prints none at all — what the meeting noted about why is not the applicant's letter.
    reasons = "" if decision.outcome is Outcome.WITHDRAWN else decision.reasons
    values = shared_values(record, settings, dated, case.proposal.case_no, contact_person(case, settings))
    values.update({
        "applicant_name": text(case.applicant.name),
        "reasons": text(reasons),
        "criteria": text(decision.criteria if decision.outcome in APPEALABLE else ""),
        "conditions": text(decision.conditions if decision.outcome is Outcome.ALLOCATED else ""),
        "move_in_date": text(day(decision.move_in_deadline)),
        "section": text(settings.hjemmel(hjemmel) if hjemmel else ""),
    })
    return values


def shared_values(record: MeetingRecord, settings: MeetingSettings, dated: date, case_no: str,
                  contact: str) -> dict[str, str]:
    """The $fields every letter of a meeting shares — dates, the office, the contact, the right to
    appeal, see the documents and ask for postponement — as paragraph markup (escaped). The
    allocation letters and the renewal letters (services/renewal_letters.py) both use these."""
    weeks = settings.appeal_weeks
    office_address = ", ".join(settings.office_address_lines[1:])
    send_to = settings.appeal_send_to.strip()
    if send_to.casefold() in {settings.office("name").casefold(), settings.letter_sender.strip().casefold()}:
        send_to = f"{send_to}, {office_address}"  # the office that decided, at its address (fvl § 32)
    values = {
        "meeting_date": day(record.meeting.held_on),
        "letter_date": day(dated),
        "case_no": case_no,
        "accept_date": day(dated + timedelta(days=settings.accept_days)),
        "accept_days": str(settings.accept_days),
        "declined": settings.declined_text,
        "regulation": settings.hjemmel("regulation"),
        "statute": settings.hjemmel("statute"),
        "appeal_weeks": f"{_number_word(weeks)} {T('letter.week') if weeks == 1 else T('letter.weeks')}",
        "appeal_law": settings.law("appeal"),
        "appeal_send_to": send_to,
        "appeal_body": settings.appeal_body,
        "access_law": settings.law("access"),
        "postpone_law": settings.law("postpone"),
        "preliminary_law": settings.law("preliminary"),
        "expected_date": day(dated + timedelta(weeks=settings.deferral_weeks)),
        "expected_weeks": str(settings.deferral_weeks),
        "contact_person": contact,
        "office_name": settings.office("name"),
        "office_address": office_address,
        "chair": record.chair.name if record.chair else "",
        "sender": settings.letter_sender,
    }
    values = {key: text(value) for key, value in values.items()}
    values["contact_ways"] = _contact_ways(settings)
    return values


def _contact_ways(settings: MeetingSettings) -> str:
    """« på telefon 000 00 000 eller e-post post@…» — markup, empty when neither is set."""
    ways = [T("letter.by_phone", phone=escape(settings.office("phone"))) if settings.office("phone") else "",
            T("letter.by_email", email=escape(settings.office("email"))) if settings.office("email") else ""]
    ways = [w for w in ways if w]
    if not ways:
        return ""
    joined = T("letter.or").join(ways)
    return " " + joined.replace(T("letter.or").strip() + " " + T("letter.by_email", email="").strip(),
                                T("letter.or_by_email"))


def _number_word(number: int) -> str:
    """«tre» (veker/uker): the numbers one to six in words, as a letter writes a deadline."""
    words = table(current_language())["letter"]["numbers"]
    return str(words[number]) if 0 < number < len(words) else str(number)


def _return_line(settings: MeetingSettings) -> str:
    # One line needs no «Returadresse:» keyword (Posten), and without it the line stays legible.
    return ", ".join(settings.office_address_lines)


def _sender_rows(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings,
                 dated: date) -> list[tuple[str, str]]:
    return sender_rows(record, settings, dated, case.proposal.case_no, contact_person(case, settings))


def sender_rows(record: MeetingRecord, settings: MeetingSettings, dated: date, case_no: str,
                contact: str) -> list[tuple[str, str]]:
    """The block right of the window: the office, how to reach it, and the references."""
    rows: list[tuple[str, str]] = [("", line) for line in settings.office_address_lines]
    if settings.office("phone"):
        rows.append((T("letter.phone"), settings.office("phone")))
    if settings.office("email"):
        rows.append((T("letter.email"), settings.office("email")))
    rows += [("", ""), (T("letter.date"), day(dated)), (T("letter.our_ref"), case_no),
             (T("letter.contact"), contact),
             (T("letter.meeting_date"), day(record.meeting.held_on))]
    return rows


def return_line(settings: MeetingSettings) -> str:
    return _return_line(settings)


def _unit_table(record: MeetingRecord, decision: Decision, settings: MeetingSettings, dated: date) -> Flowable:
    from .pdf_document import key_value_table

    place = record.places.get(decision.unit_id) if decision.unit_id else None
    rows = [(T("letter.unit"), text(describe_place(place) if place else decision.unit_id or "")),
            (T("letter.unit_number"), text(decision.unit_id or ""))]
    if place:
        unit = place.unit
        postal = f"{place.building.postcode} {place.building.town}".strip()
        rows += [(T("letter.address"), text(f"{place.building.address}, {postal}" if postal
                                            else place.building.address)),
                 (T("letter.size"), T("letter.size_text", rooms=unit.rooms, bedrooms=unit.bedrooms,
                                      area=f"{unit.area_m2:.0f}")),
                 (T("letter.rent"), T("letter.rent_text", rent=f"{unit.rent:,}".replace(",", "\u00a0")))]
    rows += [(T("letter.accept_by"), f"<b>{day(dated + timedelta(days=settings.accept_days))}</b>"),
             (T("letter.move_in"), f"<b>{day(decision.move_in_deadline)}</b>"),
             (T("letter.lease"), text(_lease(decision, settings)))]
    return key_value_table(rows, content_width())


def _lease(decision: Decision, settings: MeetingSettings) -> str:
    if decision.lease_type is None:
        return ""
    if decision.lease_years:
        return T("letter.lease_years", lease=domain_word(decision.lease_type).capitalize(), years=decision.lease_years,
                 law=settings.law("lease"))
    return domain_word(decision.lease_type).capitalize()


# ---- templates --------------------------------------------------------------------------------


# ---- the head of the first page: window address and sender block -------------------------------


