"""Decision letters: one PDF per applicant decision (enkeltvedtak).

A decision on municipal housing is written, gives its reasons, names the unit and the
move-in deadline, and tells the applicant how to appeal and to whom (004 l.1327–1345,
1356–1361; forvaltningsloven §§ 24–29). The letter names the applicant; it never shows the
meeting's flags or weighings, which are about other tenants (DOMAIN.md §2).
"""
from __future__ import annotations

from datetime import date

from ..domain import Outcome
from ..domain.meetings import Decision
from ..store import Database, RecordNotFound
from ..store.meetings import DecisionRepository
from .meeting_settings import MeetingSettings, load_meeting_settings
from .meetings import AgendaCase, MeetingError, MeetingRecord, Meetings, describe_place
from .pdf_document import PageFrame, build_pdf, content_width, day, text

TITLES = {
    Outcome.ALLOCATED: "Vedtak om tildeling av kommunal bolig",
    Outcome.REFUSED: "Vedtak om avslag på søknad om kommunal bolig",
    Outcome.DEFERRED: "Melding om utsatt behandling av søknad om kommunal bolig",
    Outcome.WITHDRAWN: "Bekreftelse: søknaden om kommunal bolig er trukket",
}
# Only a decision is appealable; a deferral or a withdrawal is not one (forvaltningsloven § 28).
APPEALABLE = frozenset({Outcome.ALLOCATED, Outcome.REFUSED})
_NUMBER_WORDS = {1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks"}


def render_decision_letter(database: Database, decision_id: int, *, letter_date: date | None = None) -> bytes:
    """The letter for one decision; dated the day of the decision unless `letter_date` is given."""
    meetings = Meetings(database)
    try:
        decision = DecisionRepository(database).get(decision_id)
    except RecordNotFound as error:
        raise MeetingError(str(error)) from None
    from .signing import refuse_if_tampered

    refuse_if_tampered(database, decision.meeting_id)
    record = meetings.record(decision.meeting_id)
    case = next(c for c in record.cases if c.decision and c.decision.id == decision_id)
    return render_letter(record, case, load_meeting_settings(database), letter_date=letter_date)


def render_letter(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings, *,
                  letter_date: date | None = None) -> bytes:
    decision = case.decision
    if decision is None:
        raise MeetingError(f"Sak {case.proposal.case_no} er ikke avgjort; det finnes ikke noe vedtak å sende.")
    dated = letter_date or (decision.decided_at.date() if decision.decided_at else record.meeting.held_on)
    frame = PageFrame(
        marking=settings.exempt_marking,
        header_right=record.municipality,
        footer_left=f"{settings.letter_sender} · vår ref. {case.proposal.case_no}",
        title=f"{TITLES[decision.outcome]} – {case.proposal.case_no}",
        author=record.municipality,
    )
    return build_pdf(letter_story(record, case, settings, dated), frame)


def letter_story(record: MeetingRecord, case: AgendaCase, settings: MeetingSettings, dated: date) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    from .pdf_document import key_value_table, paragraph

    decision: Decision = case.decision
    applicant = case.applicant
    width = content_width()
    sender = paragraph(f"<b>{text(record.municipality)}</b><br/>{text(settings.letter_sender)}", "cell")
    reference = paragraph(f"Dato: {day(dated)}<br/>Vår ref.: {text(case.proposal.case_no)}<br/>"
                          f"Behandlet i møte: {day(record.meeting.held_on)}", "cell")
    head = Table([[sender, reference]], colWidths=[width * 0.6, width * 0.4])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [head, Spacer(1, 14), paragraph(f"Til: <b>{text(applicant.name)}</b>", "body"), Spacer(1, 10),
             paragraph(TITLES[decision.outcome], "title"), Spacer(1, 6)]
    meeting_day = day(record.meeting.held_on)

    if decision.outcome is Outcome.ALLOCATED:
        place = record.places.get(decision.unit_id)
        story.append(paragraph(
            f"Tildelingsmøtet behandlet saken din {meeting_day} og har gjort dette vedtaket:", "body"))
        where = describe_place(place) if place else decision.unit_id
        story.append(paragraph(f"<b>Du er tildelt kommunal bolig i {text(where)}.</b>", "body"))
        rows = [("Bolig", text(decision.unit_id or ""))]
        if place:
            unit = place.unit
            postal = f"{place.building.postcode} {place.building.town}".strip()
            rows += [("Adresse", text(f"{place.building.address}, {postal}" if postal else place.building.address)),
                     ("Størrelse", f"{unit.rooms} rom, {unit.bedrooms} soverom, {unit.area_m2:.0f} m²"),
                     ("Husleie", f"{unit.rent:,} kr per måned".replace(",", "\u00a0"))]
        rows += [("Innflyttingsfrist", f"<b>{day(decision.move_in_deadline)}</b>"),
                 ("Leieavtale", text(_lease(decision, settings)))]
        story += [Spacer(1, 4), key_value_table(rows, width), Spacer(1, 6)]
        story.append(paragraph(
            "Boligen må tas i bruk innen innflyttingsfristen. Når leieavtalen er inngått, gjelder husleieloven "
            "for leieforholdet.", "body"))
        if decision.conditions:
            story += [paragraph("Vilkår", "h2"), paragraph(text(decision.conditions), "body")]
    elif decision.outcome is Outcome.REFUSED:
        story.append(paragraph(
            f"Tildelingsmøtet behandlet saken din {meeting_day}. <b>Søknaden din om kommunal bolig er avslått.</b>",
            "body"))
    elif decision.outcome is Outcome.DEFERRED:
        story.append(paragraph(
            f"Tildelingsmøtet behandlet saken din {meeting_day} og har <b>utsatt</b> saken. Du står fortsatt på "
            "ventelisten.", "body"))
    else:
        story.append(paragraph(
            f"Vi bekrefter at søknaden din om kommunal bolig er <b>trukket</b>, slik det ble registrert i "
            f"tildelingsmøtet {meeting_day}.", "body"))

    story += [paragraph("Begrunnelse", "h2"), paragraph(text(decision.reasons), "body")]
    if decision.criteria:
        story.append(paragraph(f"Vi har lagt vekt på: {text(decision.criteria)}", "body"))
    if decision.outcome in APPEALABLE:
        story += [paragraph("Klageadgang", "h2"), *[paragraph(p, "body") for p in appeal_paragraphs(decision, settings)]]
    elif decision.outcome is Outcome.DEFERRED:
        story.append(paragraph("Dette er ikke et vedtak, og det kan ikke klages på. Du får et vedtak når saken "
                               "er avgjort.", "body"))

    chair = next((p for p in record.participants if p.role.value == "chair"), None)
    story += [Spacer(1, 12), paragraph("Med hilsen", "body")]
    if chair is not None:
        story.append(paragraph(f"<b>{text(chair.name)}</b><br/>møteleder, tildelingsmøtet", "body"))
    story += [paragraph(text(settings.letter_sender), "body"),
              paragraph("Brevet er godkjent elektronisk og har derfor ingen håndskrevet signatur.", "small")]
    return story


def appeal_paragraphs(decision: Decision, settings: MeetingSettings) -> list[str]:
    """Klageadgang: deadline, where to send it, who decides, access to the documents."""
    weeks = settings.appeal_weeks
    weeks_text = f"{_NUMBER_WORDS.get(weeks, str(weeks))} {'uke' if weeks == 1 else 'uker'}"
    paragraphs = [
        f"Du kan klage på vedtaket. Klagefristen er <b>{weeks_text}</b> fra du mottok dette brevet "
        f"({text(settings.law('appeal'))}). Klagen sendes til {text(settings.appeal_send_to)}. Skriv hvilket "
        "vedtak du klager på, hvorfor du klager, og hvilken endring du ønsker. Klagen må være underskrevet.",
        f"Blir vedtaket ikke endret, sendes klagen til <b>{text(settings.appeal_body)}</b>, som avgjør saken. "
        f"Du har rett til å se dokumentene i saken din ({text(settings.law('access'))}).",
    ]
    if decision.outcome is Outcome.ALLOCATED:
        # Normally only a refusal is appealable, not the unit offered, unless plainly unsuitable (DOMAIN.md §1).
        paragraphs.insert(1, "Du kan normalt ikke klage fordi du ønsker en annen bolig, men du kan klage dersom "
                             "du mener boligen er åpenbart uegnet for deg eller husstanden din – for eksempel om "
                             "du bruker rullestol og boligen ikke er tilgjengelig.")
    return paragraphs


def _lease(decision: Decision, settings: MeetingSettings) -> str:
    if decision.lease_type is None:
        return ""
    if decision.lease_years:
        return f"{decision.lease_type.label.capitalize()}, {decision.lease_years} år ({settings.law('lease')})"
    return decision.lease_type.label.capitalize()
