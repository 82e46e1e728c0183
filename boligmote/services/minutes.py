"""The minutes (protokoll) of a meeting as a PDF.

Marked «Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13» on every page; meeting data,
participants, the agenda, one section per case (decision, reasons, conditions, lease,
the flags and how each was weighed, dissent), a signature block, and after signing one
dated page per addendum (DOMAIN.md §2 «Minutes»). Flags are printed as the rules wrote
them: composition counts only, never another tenant's details.

The same record renders to the same bytes (see pdf_document), so the PDF previewed is
the PDF signed. reportlab is imported lazily, inside pdf_document's functions.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time

from ..domain import Outcome, Participant, ParticipantRole, Severity
from ..domain.meetings import Addendum, Decision, WeighedFlag
from ..rules.sources import readable
from ..store import Database
from .meeting_settings import MeetingSettings, load_meeting_settings
from .meetings import AgendaCase, MeetingRecord, Meetings, describe_place
from .minutes_sections import agenda_story, case_count, sections_story
from .pdf_document import Flowable, PageFrame, build_pdf, clock, content_width, day, moment, text
from ..rules.settings import RETIRED_TITLES
from .rule_settings import load_rule_settings
from .screened import SCREENED_NOTE, screened_record

OUTCOME_HEADLINE = {
    Outcome.ALLOCATED: "Tildelt",
    Outcome.REFUSED: "Avslag",
    Outcome.DEFERRED: "Utsatt",
    Outcome.WITHDRAWN: "Trukket",
}
# What each outcome is in law: only tildelt and avslag are enkeltvedtak (fvl § 2).
OUTCOME_MEANING = {
    Outcome.ALLOCATED: "vedtak om tildeling (enkeltvedtak)",
    Outcome.REFUSED: "vedtak om avslag (enkeltvedtak)",
    Outcome.DEFERRED: "saken er utsatt; ikke et vedtak (foreløpig svar sendes)",
    Outcome.WITHDRAWN: "søknaden er trukket; saken er avsluttet uten vedtak",
}
MM = 2.8346


def render_minutes(database: Database, meeting_id: int, *, names: bool = True,
                   include_addenda: bool = True) -> bytes:
    # Neighbour counts are always masked here: advisers and the landlord read the minutes
    # (issue 13 item 8); the flags were stored with their masked text at decision time.
    """The minutes of one meeting as PDF bytes.

    names=False prints case numbers only (for showing on a shared screen): a screened copy,
    names and addresses replaced (services/screened.py) and marked as such. A meeting not
    yet closed is marked as a draft. With include_addenda, a signed meeting's addenda
    follow, each on its own dated page.
    """
    from .signing import refuse_if_tampered

    refuse_if_tampered(database, meeting_id)
    record = Meetings(database).record(meeting_id)
    return render_record(record, load_meeting_settings(database), rule_titles(database),
                         names=names, include_addenda=include_addenda)


def rule_titles(database: Database) -> Callable[[str], str]:
    settings = load_rule_settings(database)
    known = set(settings.rule_ids())
    return lambda rule_id: settings.rule(rule_id).title if rule_id in known else RETIRED_TITLES.get(rule_id, rule_id)


def render_record(record: MeetingRecord, settings: MeetingSettings, title_of: Callable[[str], str], *,
                  names: bool = True, include_addenda: bool = True) -> bytes:
    if not names:
        record = screened_record(record)
    story = minutes_story(record, title_of, names=names, settings=settings)
    if include_addenda:
        from reportlab.platypus import PageBreak

        for addendum in record.addenda:
            story += [PageBreak(), *addendum_story(record, addendum, names=names)]
    frame = _frame(record, settings, screened=not names)
    if include_addenda and record.addenda:
        latest = max((a.created_at for a in record.addenda if a.created_at), default=None)
        frame = replace(frame, modified=latest)
    return build_pdf(story, frame)


def render_addendum(record: MeetingRecord, addendum: Addendum, settings: MeetingSettings, *,
                    names: bool = True) -> bytes:
    """One addendum as a document of its own (stored, hashed, when it is added)."""
    if not names:
        record = screened_record(record)
    frame = replace(_frame(record, settings, screened=not names), created=addendum.created_at or made_at(record))
    return build_pdf(addendum_story(record, addendum, names=names), frame)


def made_at(record: MeetingRecord) -> datetime:
    """When the minutes were made, from the record (PDF/A's creation date; services/pdfa.py):
    signed minutes at the moment of signing, minutes not yet signed when the meeting ended —
    or, still running, when it started or was decided in last — so that the preview and the
    minutes signed from it are the same bytes."""
    meeting = record.meeting
    signed = [s.signed_at for s in record.signed_by if s.signed_at]
    if signed:
        return max(signed)
    if meeting.signed_at:
        return meeting.signed_at
    if meeting.ended_at:
        return meeting.ended_at
    decided = [d.decided_at for d in record.decisions if d.decided_at]
    moments = decided + ([meeting.started_at] if meeting.started_at else [])
    return max(moments) if moments else datetime.combine(meeting.held_on, time.min)


def _frame(record: MeetingRecord, settings: MeetingSettings, *, screened: bool = False) -> PageFrame:
    meeting = record.meeting
    footer = f"Protokoll, {meeting.title.lower()} {day(meeting.held_on)} (møte nr. {meeting.id})"
    if screened:  # on every page: a screened copy is never taken for the minutes themselves
        footer = f"{SCREENED_NOTE} · {footer}"
    if record.fingerprint:
        # on every page, so any page of the paper copy ties to the record (issue 14)
        footer += f" · Kontrollsum: {record.fingerprint[:16]}"
    return PageFrame(
        marking=settings.exempt_marking,
        header_right=record.municipality,
        footer_left=footer,
        title=f"Protokoll – {meeting.title} {day(meeting.held_on)}",
        author=record.municipality,
        created=made_at(record),
    )


# ---- the story -------------------------------------------------------------------------------

def minutes_story(record: MeetingRecord, title_of: Callable[[str], str], *, names: bool = True,
                  settings: MeetingSettings | None = None) -> list[Flowable]:
    from .pdf_document import grid_table, key_value_table, paragraph, signature_block

    meeting = record.meeting
    width = content_width()
    story = [
        paragraph("Protokoll", "title"),
        paragraph(f"{text(meeting.title)} {day(meeting.held_on)}", "subtitle"),
    ]
    if meeting.status.value in ("planned", "in_progress"):
        story.append(paragraph(f"UTKAST – møtet er {meeting.status.label} og protokollen er ikke avsluttet.",
                               "draft"))
    decided = record.decisions
    versions = sorted({d.settings_version for d in decided})
    story.append(key_value_table([
        ("Møtedato", day(meeting.held_on)),
        ("Sted", text(meeting.place)),
        ("Møtet startet", clock(meeting.started_at)),
        ("Møtet hevet", clock(meeting.ended_at)),
        ("Møte nr.", str(meeting.id)),
        ("Saker", "{} på sakslisten, {} avgjort".format(*case_count(record))),
        ("Regelinnstillinger", ", ".join(f"versjon {v}" for v in versions) if versions else ""),
    ], width))

    story.append(paragraph("Deltakere", "h1"))
    story.append(grid_table(
        ["Navn", "Rolle", "Organisasjon", "Vedtaksmyndighet", "Oppmøte"],
        [[text(p.name), p.role.label, text(p.organisation), _authority(p), p.attendance.label]
         for p in record.participants] or [["Ingen deltakere registrert.", "", "", "", ""]],
        [width * 0.25, width * 0.13, width * 0.27, width * 0.22, width * 0.13]))
    apologies = record.apologies
    story.append(paragraph("<b>Forfall:</b> " + (", ".join(f"{text(p.name)} ({p.role.label})" for p in apologies)
                                                if apologies else "Ingen."), "body"))

    open_meeting = meeting.status.value in ("planned", "in_progress")
    pending = "til behandling" if open_meeting else "ikke behandlet"
    story.append(paragraph("Saksliste", "h1"))
    story.append(grid_table(
        ["Sak", "Saksnr.", "Søker", "Bolig", "Vedtak"],
        [[str(c.number), text(c.proposal.case_no), _applicant_name(c, names),
          _unit_cell(record, c.decision.unit_id if c.decision else c.proposal.unit_id, names),
          OUTCOME_HEADLINE[c.decision.outcome] if c.decision else pending]
         for c in record.cases] or [["", "", "Ingen saker på sakslisten.", "", ""]],
        [width * 0.07, width * 0.15, width * 0.33, width * 0.27, width * 0.18]))
    if record.agenda_units:
        story.append(paragraph("Ledige boliger til fordeling", "h2"))
        story.append(grid_table(
            ["Adresse", "Bolig", "Merknad"],
            [[text(describe_place(record.places[u.unit_id])) if u.unit_id in record.places else "",
              text(u.unit_id), text(u.note)] for u in record.agenda_units],
            [width * 0.50, width * 0.22, width * 0.28]))
    # Renewals, tenancies at risk and follow-up have their own part of the agenda, after the allocations.
    story += agenda_story(record, names, width)

    for case in record.cases:
        story += _case_story(record, case, title_of, names, width)

    story += _unallocated_story(record, open_meeting, width)
    story += sections_story(record, names, width)

    from reportlab.platypus import KeepTogether

    signatures = _signatures(record)
    if signatures:
        story.append(KeepTogether([paragraph("Underskrifter", "h1"),
                                   paragraph(_approval_text(record), "body"),
                                   signature_block(signatures, width)]))
    else:
        story += [paragraph("Underskrifter", "h1"),
                  paragraph("Møtet har ingen møteleder eller referent registrert.", "body")]
    if record.fingerprint:
        story += [paragraph("Kontrollsum", "h2"), paragraph(
            f"SHA-256 over alt møtet vedtok (versjon {record.fingerprint_version or 1}): <b>"
            + " ".join(record.fingerprint[i:i + 16] for i in range(0, 64, 16)) + "</b>. "
            "Kommandoen «boligmote verify» regner den ut på nytt fra databasen; er noe endret etter "
            "signering, stemmer den ikke.", "small")]
    return story


def _unallocated_story(record: MeetingRecord, open_meeting: bool, width: float) -> list[Flowable]:
    """«Ledige boliger som ikke ble fordelt»: what the meeting left vacant, for the next one."""
    from .pdf_document import grid_table, paragraph

    if not record.agenda_units:
        return []
    left = record.unallocated_units
    heading = "Ledige boliger som ikke er fordelt ennå" if open_meeting else "Ledige boliger som ikke ble fordelt"
    if not left:
        return [paragraph(heading, "h1"), paragraph("Alle ledige boliger på sakslisten ble fordelt.", "body")]
    return [paragraph(heading, "h1"), grid_table(
        ["Adresse", "Bolig", "Merknad"],
        [[text(describe_place(record.places[u.unit_id])) if u.unit_id in record.places else "",
          text(u.unit_id), text(u.note)] for u in left],
        [width * 0.50, width * 0.22, width * 0.28])]


def _approval_text(record: MeetingRecord) -> str:
    """What the app recorded, said as it is: who approved the minutes and when, and whether
    each confirmed for themselves. The app holds no signature; the signatures are on paper
    (issue 16: «Signert av» under both lines after one operator's single tick overstated it)."""
    if not record.signed_by:
        return "Protokollen er lest og godkjent."
    names = [f"{text(s.name)} ({s.signed_as.label})" for s in record.signed_by]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]
    when = moment(record.signed_by[0].signed_at)
    if record.confirmed_each:
        approved = (f"Protokollen er godkjent av {who}. Hver av dem bekreftet godkjenningen selv i Boligmøte "
                    f"{when} med navnet eller initialene sine.")
    else:
        approved = f"Boligmøte registrerte {when} at protokollen er godkjent av {who}."
    return approved + " Underskriftene står på den utskrevne protokollen."


def _signatures(record: MeetingRecord) -> list[tuple[str, str, str]]:
    """(name, role line, «Godkjent i Boligmøte …» or "") per signature line: the recorded
    signers once signed, else the chair and secretary (and members) who are to sign. The line
    stays for the wet signature either way."""
    if record.signed_by:
        by_id = {p.id: p for p in record.participants}
        said = "Godkjent i Boligmøte" if record.confirmed_each else "Registrert som godkjent"
        return [(s.name, _role_line(by_id[s.participant_id], s.signed_as),
                 f"{said} {moment(s.signed_at)}".replace("kl. ", "kl.\u00a0"))
                for s in record.signed_by]
    return [(p.name, _role_line(p), "") for p in record.signers]


def _case_story(record: MeetingRecord, case: AgendaCase, title_of: Callable[[str], str], names: bool,
                width: float) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak, KeepTogether

    from .pdf_document import key_value_table, paragraph

    applicant = case.applicant
    heading = paragraph(f"Sak {case.number}: {text(case.proposal.case_no)} – {_applicant_name(case, names)}", "h1")
    household = f"{applicant.household_type.label}, {applicant.size} " + ("person" if applicant.size == 1 else "personer")
    if applicant.children_ages:
        household += f" (barn {', '.join(str(a) for a in applicant.children_ages)} år)"
    household += f"; {applicant.priority.label}; situasjon: {applicant.situation.label}"
    rows = [("Husstand", text(household))]
    if case.proposal.unit_id or case.proposal.prepared_by or case.proposal.notes:
        prepared = (_unit_cell(record, case.proposal.unit_id, names, full=True) if case.proposal.unit_id
                    else "ingen bolig foreslått")
        if case.proposal.prepared_by:
            by = f"; forberedt av {text(case.proposal.prepared_by)}"
            head, _, number = prepared.partition("<br/>")  # the small unit number stays last
            prepared = head + by + (f"<br/>{number}" if number else "")
        rows.append(("Forslag", prepared))
        rows.append(("Merknad", text(case.proposal.notes)))
    decision = case.decision
    if decision is None:
        return [KeepTogether([heading, key_value_table(rows + [("Vedtak", "Ikke behandlet i møtet.")], width)])]
    rows += _decision_rows(record, decision, names)
    parts = [KeepTogether([heading, key_value_table(rows, width)])]
    if decision.flags:
        # The flag table may run over a page (its header repeats); the heading is not left alone
        # at the foot of a page.
        parts += [CondPageBreak(55 * MM), paragraph(f"Risikovarsler og avveining, sak {case.number}", "h2"),
                  _flag_table(decision.flags, title_of, width)]
    return parts


def _decision_rows(record: MeetingRecord, decision: Decision, names: bool) -> list[tuple[str, str]]:
    rows = [("Utfall", f"<b>{OUTCOME_HEADLINE[decision.outcome]}</b> – {OUTCOME_MEANING[decision.outcome]}")]
    if decision.unit_id:
        place = record.places.get(decision.unit_id)
        where = f"{decision.unit_id}, {describe_place(place)}" if place else decision.unit_id
        label = "Bolig" if decision.outcome is Outcome.ALLOCATED else "Vurdert bolig"
        rows.append((label, text(where)))
    rows.append(("Innflyttingsfrist", day(decision.move_in_deadline)))
    if decision.lease_type:
        lease = decision.lease_type.label.capitalize()
        if decision.lease_years:
            lease += f", {decision.lease_years} år"
        rows.append(("Leieavtale", lease))
    rows += [
        ("Vilkår", text(decision.conditions)),
    ]
    if decision.id is not None and (due := record.follow_ups.get(decision.id)):
        # Operational, not part of the signed record: store/fingerprint.py leaves the points out.
        dates = [day(d) for d in due]
        listed = dates[0] if len(dates) == 1 else ", ".join(dates[:-1]) + " og " + dates[-1]
        rows.append(("Oppfølging", f"Følges opp {listed} (oppfølgingsregisteret)."))
    rows += [
        ("Begrunnelse til søkeren", text(decision.reasons)),
        ("Interne merknader", text(decision.internal_notes)),
        ("Kriterier", text(decision.criteria)),
        ("Alternativer vurdert", text(decision.alternatives)),
    ]
    if decision.passed_over:
        rows.append(("Høyere rangerte søkere som ikke fikk boligen", "<br/>".join(
            f"Nr. {p.rank}: {text(p.case_no)}{' – ' + text(p.name) if names and p.name else ''}. "
            f"Hvorfor ikke: {text(p.reason)}" for p in decision.passed_over)))
    if decision.consent_handling is not None:
        consent = decision.consent_handling.label.capitalize()
        rows.append(("Samtykke", text(f"{consent}: {decision.consent_note}" if decision.consent_note else consent)))
    if decision.disqualified:
        rows.append(("Inhabil (fvl. § 6)", "<br/>".join(
            f"<b>{text(d.name)}</b> fratrådte under behandlingen av saken"
            + (f": {text(d.ground)}" if d.ground else ".") for d in decision.disqualified)))
    else:
        rows.append(("Inhabil (fvl. § 6)", "Ingen."))
    who = ", ".join(text(n) for n in decision.decider_names)
    if decision.is_decision:
        rows.append(("Vedtatt av", who or "Ikke registrert (vedtak ført før Boligmøte registrerte det)."))
    else:
        rows.append(("Behandlet av", who or "Ikke registrert."))
    if decision.dissents:
        rows.append(("Dissens", "<br/>".join(f"<b>{text(d.name)}</b>: {text(d.opinion)}" for d in decision.dissents)))
    elif decision.dissent:
        rows.append(("Dissens", text(decision.dissent)))
    elif decision.is_decision:
        # Only a decision can be unanimous; a deferral or a withdrawal is not one (issue 13).
        rows.append(("Dissens", "Ingen. Vedtaket er enstemmig."))
    stamp = "Vedtatt" if decision.is_decision else "Ført"
    rows.append((stamp, f"{moment(decision.decided_at)}; regelinnstillinger versjon {decision.settings_version}"))
    return rows


_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _flag_table(flags: tuple[WeighedFlag, ...], title_of: Callable[[str], str], width: float) -> Flowable:
    from .pdf_document import grid_table

    rows = []
    for flag in sorted(flags, key=lambda f: _SEVERITY_ORDER[f.severity]):
        severity = flag.severity.label.upper() if flag.severity is Severity.CRITICAL else flag.severity.label
        described = (f"<b>{text(title_of(flag.rule))}</b> ({flag.scope.label})<br/>{text(flag.shared_message)}"
                     f"<br/><font size=7 color='#555555'>Kilde: {text(readable(flag.source))}</font>")
        rows.append([f"<b>{severity}</b>" if flag.severity is Severity.CRITICAL else severity, described,
                     _weighing(flag)])
    return grid_table(["Alvorlighet", "Varsel", "Avveining i møtet"], rows,
                      [width * 0.13, width * 0.50, width * 0.37])


def _weighing(flag: WeighedFlag) -> str:
    if flag.weighing:
        return text(flag.weighing)
    if flag.acknowledged:
        return "Sett og vurdert (ingen merknad)."
    return "Ikke kommentert."


def addendum_story(record: MeetingRecord, addendum: Addendum, *, names: bool = True) -> list[Flowable]:
    from .pdf_document import key_value_table, paragraph, signature_block

    width = content_width()
    meeting = record.meeting
    rows = [
        ("Datert", day(addendum.dated)),
        ("Gjelder", f"Protokoll fra {meeting.title.lower()} {day(meeting.held_on)} (møte nr. {meeting.id}), "
                    f"signert {moment(meeting.signed_at)}"),
        ("Kontrollsum", f"SHA-256 for den signerte protokollen: {meeting.minutes_sha256}"),
    ]
    if addendum.decision_id is not None:
        case = next((c for c in record.cases if c.decision and c.decision.id == addendum.decision_id), None)
        if case is not None and case.decision is not None:
            rows.append(("Vedtak", f"Sak {case.number}: {text(case.proposal.case_no)} – {_applicant_name(case, names)} "
                                   f"({OUTCOME_HEADLINE[case.decision.outcome].lower()})"))
    rows += [("Tillegg", text(addendum.text)), ("Ført av", text(addendum.author))]
    signers = [(p.name, _role_line(p), "") for p in record.signers]
    story = [paragraph(f"Tillegg til protokoll – datert {day(addendum.dated)}", "title"),
             paragraph("Rettelse etter signering. Den signerte protokollen er uendret; dette tillegget gjelder "
                       "sammen med den.", "subtitle"),
             key_value_table(rows, width, key_width=30 * MM)]
    if signers:
        story += [paragraph("Underskrifter", "h1"), signature_block(signers, width)]
    return story


def _applicant_name(case: AgendaCase, names: bool) -> str:
    return text(case.applicant.name) if names else "(navn skjult)"


def _unit_cell(record: MeetingRecord, unit_id: str | None, names: bool, *, full: bool = False) -> str:
    """A unit as the committee names it — its address (and with `full`, stairwell, floor and
    size) — with its number after it in small type for the archive. A screened copy, and a unit
    the file no longer knows, show the number alone (issue 16: the minutes named «B00197-003184»)."""
    if not unit_id:
        return ""
    place = record.places.get(unit_id)
    if place is None or not names:
        return text(unit_id)
    where = describe_place(place) if full else f"{place.building.address}, oppg. {place.stairwell_label}"
    return f"{text(where)}<br/><font size=7 color='#555555'>bolig {text(unit_id)}</font>"


def _authority(participant: Participant) -> str:
    if participant.has_decision_authority:
        return "ja"
    return "nei (rådgivende)" if participant.role.value == "advisor" else "nei"


def _role_line(participant: Participant, signed_as: ParticipantRole | None = None) -> str:
    role = (signed_as or participant.role).label.capitalize()
    return f"{role}, {participant.organisation}" if participant.organisation else role
