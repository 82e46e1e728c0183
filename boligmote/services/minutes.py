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
from ..domain.meetings import Addendum, AgendaUnit, Decision, WeighedFlag
from ..rules import RuleSettings
from ..rules.sources import readable
from ..store import Database
from .meeting_settings import MeetingSettings, load_settings
from .meetings import Meetings
from .meeting_record import AgendaCase, MeetingRecord, describe_place
from .minutes_sections import agenda_story, case_count, sections_story
from .document_text import T, document_language, label
from .pdf_document import Flowable, PageFrame, build_pdf, clock, content_width, day, moment, text
from ..rules.settings import RETIRED_TITLES
from .rule_settings import load_rule_settings
from ..words import rule_title
from .screened import SCREENED_NOTE, screened_record

def outcome_headline(outcome: Outcome) -> str:
    """«Tildelt», «Avslag» … in the document language (resources/documents/*.toml [outcome])."""
    return T(f"outcome.{_OUTCOME_KEY[outcome]}")


def outcome_meaning(outcome: Outcome) -> str:
    # What each outcome is in law: only tildelt and avslag are enkeltvedtak (fvl § 2).
    return T(f"meaning.{_OUTCOME_KEY[outcome]}")


_OUTCOME_KEY = {Outcome.ALLOCATED: "allocated", Outcome.REFUSED: "refused", Outcome.DEFERRED: "deferred",
                Outcome.WITHDRAWN: "withdrawn"}
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
    settings = load_settings(database)
    record = Meetings(database).record(meeting_id, to_print=True, settings=settings.meeting)
    return render_record(record, settings.meeting, titles_of(settings.rules), names=names,
                         include_addenda=include_addenda)


def rule_titles(database: Database) -> Callable[[str], str]:
    return titles_of(load_rule_settings(database))


def titles_of(settings: RuleSettings) -> Callable[[str], str]:
    """Each rule's title as these settings name it; a retired rule by its last title."""
    known = set(settings.rule_ids())
    # rule_title reads the document language when the minutes are rendered (document_language)
    return lambda rule_id: rule_title(settings, rule_id) if rule_id in known else RETIRED_TITLES.get(rule_id, rule_id)


def render_record(record: MeetingRecord, settings: MeetingSettings, title_of: Callable[[str], str], *,
                  names: bool = True, include_addenda: bool = True) -> bytes:
    # In the municipality's document language as set now: signing freezes these bytes, so
    # signed minutes keep the language they were signed in.
    with document_language(settings.document_language):
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
    with document_language(settings.document_language):
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
    footer = T("minutes.footer", title=meeting.title.lower(), date=day(meeting.held_on), number=meeting.id)
    if screened:  # on every page: a screened copy is never taken for the minutes themselves
        footer = f"{SCREENED_NOTE()} · {footer}"
    if record.fingerprint:
        # on every page, so any page of the paper copy ties to the record (issue 14)
        footer += T("minutes.checksum_footer", digest=record.fingerprint[:16])
    return PageFrame(
        marking=settings.exempt_marking,
        header_right=record.municipality,
        footer_left=footer,
        title=T("minutes.doc_title", title=meeting.title, date=day(meeting.held_on)),
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
        paragraph(T("minutes.title"), "title"),
        paragraph(f"{text(meeting.title)} {day(meeting.held_on)}", "subtitle"),
    ]
    if meeting.status.value in ("planned", "in_progress"):
        story.append(paragraph(T(f"minutes.draft_{meeting.status.value}"), "draft"))
    decided = record.decisions
    versions = sorted({d.settings_version for d in decided})
    story.append(key_value_table([
        (T("minutes.meeting_date"), day(meeting.held_on)),
        (T("minutes.place"), text(meeting.place)),
        (T("minutes.started"), clock(meeting.started_at)),
        (T("minutes.ended"), clock(meeting.ended_at)),
        (T("minutes.number"), str(meeting.id)),
        (T("minutes.cases"), T("minutes.cases_value", cases=case_count(record)[0], decided=case_count(record)[1])),
        (T("minutes.rule_settings"), ", ".join(T("minutes.version", version=v) for v in versions) if versions else ""),
    ], width))

    story.append(paragraph(T("minutes.participants"), "h1"))
    story.append(grid_table(
        [T("minutes.col_name"), T("minutes.col_role"), T("minutes.col_organisation"), T("minutes.col_authority"),
         T("minutes.col_attendance")],
        [[text(p.name), label(p.role), text(p.organisation), _authority(p), label(p.attendance)]
         for p in record.participants] or [[T("minutes.no_participants"), "", "", "", ""]],
        [width * 0.25, width * 0.13, width * 0.27, width * 0.22, width * 0.13]))
    apologies = record.apologies
    story.append(paragraph(T("minutes.apologies") + (", ".join(f"{text(p.name)} ({label(p.role)})" for p in apologies)
                                                     if apologies else T("minutes.none")), "body"))

    open_meeting = meeting.status.value in ("planned", "in_progress")
    pending = T("minutes.pending_open") if open_meeting else T("minutes.pending_closed")
    story.append(paragraph(T("minutes.agenda"), "h1"))
    # A meeting on renewals or tenancies at risk alone has no allocation table: «Ingen saker på
    # sakslisten» above a list of its cases would tell the reader the agenda was empty.
    if record.cases or not (record.renewals or record.at_risk):
        story.append(grid_table(
            [T("minutes.col_case"), T("minutes.col_case_no"), T("minutes.col_applicant"), T("minutes.col_unit"),
             T("minutes.col_decision")],
            [[str(c.number), text(c.proposal.case_no), _applicant_name(c, names),
              _unit_cell(record, c.decision.unit_id if c.decision else c.proposal.unit_id, names),
              outcome_headline(c.decision.outcome) if c.decision else pending]
             for c in record.cases] or [["", "", T("minutes.no_cases"), "", ""]],
            [width * 0.07, width * 0.15, width * 0.33, width * 0.27, width * 0.18]))
    if record.agenda_units:
        story.append(paragraph(T("minutes.vacant_units"), "h2"))
        story.append(grid_table(
            [T("minutes.col_address"), T("minutes.col_unit"), T("minutes.col_note")],
            [[text(describe_place(record.places[u.unit_id])) if u.unit_id in record.places else "",
              text(u.unit_id), _unit_note(record, u)] for u in record.agenda_units],
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
        story.append(KeepTogether([paragraph(T("minutes.signatures"), "h1"),
                                   paragraph(_approval_text(record), "body"),
                                   signature_block(signatures, width)]))
    else:
        story += [paragraph(T("minutes.signatures"), "h1"),
                  paragraph(T("minutes.no_signers"), "body")]
    if record.fingerprint:
        story += [paragraph(T("minutes.checksum"), "h2"), paragraph(T(
            "minutes.checksum_text", version=record.fingerprint_version or 1,
            digest=" ".join(record.fingerprint[i:i + 16] for i in range(0, 64, 16))), "small")]
    return story


def _unit_note(record: MeetingRecord, item: AgendaUnit) -> str:
    """The note as written; without one, the day the unit is vacant from, in the document's
    language (the demo wrote «ledig fra …» as a bokmål note into nynorsk minutes)."""
    if item.note.strip():
        return text(item.note)
    place = record.places.get(item.unit_id)
    vacant_from = place.unit.vacant_from if place is not None else None
    return T("minutes.vacant_from", date=day(vacant_from)) if vacant_from else ""


def _unallocated_story(record: MeetingRecord, open_meeting: bool, width: float) -> list[Flowable]:
    """«Ledige boliger som ikke ble fordelt»: what the meeting left vacant, for the next one."""
    from .pdf_document import grid_table, paragraph

    if not record.agenda_units:
        return []
    left = record.unallocated_units
    heading = T("minutes.unallocated_open") if open_meeting else T("minutes.unallocated_closed")
    if not left:
        return [paragraph(heading, "h1"), paragraph(T("minutes.all_allocated"), "body")]
    return [paragraph(heading, "h1"), grid_table(
        [T("minutes.col_address"), T("minutes.col_unit"), T("minutes.col_note")],
        [[text(describe_place(record.places[u.unit_id])) if u.unit_id in record.places else "",
          text(u.unit_id), _unit_note(record, u)] for u in left],
        [width * 0.50, width * 0.22, width * 0.28])]


def _approval_text(record: MeetingRecord) -> str:
    """What the app recorded, said as it is: who approved the minutes and when, and whether
    each confirmed for themselves. The app holds no signature; the signatures are on paper
    (issue 16: «Signert av» under both lines after one operator's single tick overstated it)."""
    if not record.signed_by:
        return T("minutes.approved_plain")
    names = [f"{text(s.name)} ({label(s.signed_as)})" for s in record.signed_by]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {T('page.and')} " + names[-1]
    when = moment(record.signed_by[0].signed_at)
    if record.confirmed_each:
        approved = T("minutes.approved_each", who=who, when=when)
    else:
        approved = T("minutes.approved_registered", who=who, when=when)
    return approved + T("minutes.signatures_on_paper")


def _signatures(record: MeetingRecord) -> list[tuple[str, str, str]]:
    """(name, role line, «Godkjent i Boligmøte …» or "") per signature line: the recorded
    signers once signed, else the chair and secretary (and members) who are to sign. The line
    stays for the wet signature either way."""
    if record.signed_by:
        by_id = {p.id: p for p in record.participants}
        said = T("minutes.signed_in_app") if record.confirmed_each else T("minutes.signed_registered")
        return [(s.name, _role_line(by_id[s.participant_id], s.signed_as),
                 f"{said} {moment(s.signed_at)}".replace("kl. ", "kl.\u00a0"))
                for s in record.signed_by]
    return [(p.name, _role_line(p), "") for p in record.signers]


def _case_story(record: MeetingRecord, case: AgendaCase, title_of: Callable[[str], str], names: bool,
                width: float) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak, KeepTogether

    from .pdf_document import key_value_table, paragraph

    applicant = case.applicant
    heading = paragraph(T("minutes.case_heading", number=case.number, case_no=text(case.proposal.case_no),
                          name=_applicant_name(case, names)), "h1")
    household = T("minutes.household_size", household=label(applicant.household_type), size=applicant.size,
                  persons=T("minutes.person") if applicant.size == 1 else T("minutes.persons"))
    if applicant.children_ages:
        household += T("minutes.children", ages=", ".join(str(a) for a in applicant.children_ages))
    household += T("minutes.household_tail", priority=label(applicant.priority), situation=label(applicant.situation))
    rows = [(T("minutes.household"), text(household))]
    if case.proposal.unit_id or case.proposal.prepared_by or case.proposal.notes:
        prepared = (_unit_cell(record, case.proposal.unit_id, names, full=True) if case.proposal.unit_id
                    else T("minutes.no_unit_proposed"))
        if case.proposal.prepared_by:
            by = T("minutes.prepared_by", name=text(case.proposal.prepared_by))
            head, _, number = prepared.partition("<br/>")  # the small unit number stays last
            prepared = head + by + (f"<br/>{number}" if number else "")
        rows.append((T("minutes.proposal"), prepared))
        rows.append((T("minutes.note"), text(case.proposal.notes)))
    decision = case.decision
    if decision is None:
        return [KeepTogether([heading, key_value_table(rows + [(T("minutes.decision"), T("minutes.not_handled"))],
                                                       width)])]
    rows += _decision_rows(record, decision, names)
    parts = [KeepTogether([heading, key_value_table(rows, width)])]
    if decision.flags:
        # The flag table may run over a page (its header repeats); the heading is not left alone
        # at the foot of a page.
        parts += [CondPageBreak(55 * MM), paragraph(T("minutes.flags_heading", number=case.number), "h2"),
                  _flag_table(decision.flags, title_of, width)]
    return parts


def _decision_rows(record: MeetingRecord, decision: Decision, names: bool) -> list[tuple[str, str]]:
    rows = [(T("minutes.outcome"), f"<b>{outcome_headline(decision.outcome)}</b> – {outcome_meaning(decision.outcome)}")]
    if decision.unit_id:
        place = record.places.get(decision.unit_id)
        where = f"{decision.unit_id}, {describe_place(place)}" if place else decision.unit_id
        called = T("minutes.unit") if decision.outcome is Outcome.ALLOCATED else T("minutes.unit_considered")
        rows.append((called, text(where)))
    rows.append((T("minutes.move_in"), day(decision.move_in_deadline)))
    if decision.lease_type:
        lease = label(decision.lease_type).capitalize()
        if decision.lease_years:
            lease += ", " + T("minutes.years", years=decision.lease_years)
        rows.append((T("minutes.lease"), lease))
    rows += [
        (T("minutes.conditions"), text(decision.conditions)),
    ]
    if decision.id is not None and (due := record.follow_ups.get(decision.id)):
        # Operational, not part of the signed record: store/fingerprint.py leaves the points out.
        dates = [day(d) for d in due]
        listed = dates[0] if len(dates) == 1 else ", ".join(dates[:-1]) + f" {T('page.and')} " + dates[-1]
        rows.append((T("minutes.follow_up"), T("minutes.follow_up_text", dates=listed)))
    rows += [
        (T("minutes.reasons"), text(decision.reasons)),
        (T("minutes.internal_notes"), text(decision.internal_notes)),
        (T("minutes.criteria"), text(decision.criteria)),
        (T("minutes.alternatives"), text(decision.alternatives)),
    ]
    if decision.passed_over:
        rows.append((T("minutes.passed_over"), "<br/>".join(
            T("minutes.passed_over_row", rank=p.rank, case_no=text(p.case_no),
              name=" – " + text(p.name) if names and p.name else "", reason=text(p.reason))
            for p in decision.passed_over)))
    if decision.consent_handling is not None:
        consent = label(decision.consent_handling).capitalize()
        rows.append((T("minutes.consent"), text(f"{consent}: {decision.consent_note}" if decision.consent_note
                                                else consent)))
    if decision.disqualified:
        rows.append((T("minutes.disqualified"), "<br/>".join(
            T("minutes.stepped_down", name=text(d.name))
            + (f": {text(d.ground)}" if d.ground else ".") for d in decision.disqualified)))
    else:
        rows.append((T("minutes.disqualified"), T("minutes.none")))
    who = ", ".join(text(n) for n in decision.decider_names)
    if decision.is_decision:
        rows.append((T("minutes.decided_by"), who or T("minutes.decided_by_unknown")))
    else:
        rows.append((T("minutes.handled_by"), who or T("minutes.not_registered")))
    if decision.dissents:
        rows.append((T("minutes.dissent"), "<br/>".join(f"<b>{text(d.name)}</b>: {text(d.opinion)}"
                                                         for d in decision.dissents)))
    elif decision.dissent:
        rows.append((T("minutes.dissent"), text(decision.dissent)))
    elif decision.is_decision:
        # Only a decision can be unanimous; a deferral or a withdrawal is not one (issue 13).
        rows.append((T("minutes.dissent"), T("minutes.unanimous")))
    stamp = T("minutes.decided") if decision.is_decision else T("minutes.recorded")
    rows.append((stamp, T("minutes.decided_stamp", moment=moment(decision.decided_at),
                          version=decision.settings_version)))
    return rows


_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _flag_table(flags: tuple[WeighedFlag, ...], title_of: Callable[[str], str], width: float) -> Flowable:
    from .pdf_document import grid_table

    rows = []
    for flag in sorted(flags, key=lambda f: _SEVERITY_ORDER[f.severity]):
        severity = label(flag.severity).upper() if flag.severity is Severity.CRITICAL else label(flag.severity)
        described = (f"<b>{text(title_of(flag.rule))}</b> ({label(flag.scope)})<br/>{text(flag.shared_message)}"
                     f"<br/><font size=7 color='#555555'>{T('minutes.source', source=text(readable(flag.source)))}</font>")
        rows.append([f"<b>{severity}</b>" if flag.severity is Severity.CRITICAL else severity, described,
                     _weighing(flag)])
    return grid_table([T("minutes.col_severity"), T("minutes.col_flag"), T("minutes.col_weighing")], rows,
                      [width * 0.13, width * 0.50, width * 0.37])


def _weighing(flag: WeighedFlag) -> str:
    if flag.weighing:
        return text(flag.weighing)
    if flag.acknowledged:
        return T("minutes.seen")
    return T("minutes.not_commented")


def addendum_story(record: MeetingRecord, addendum: Addendum, *, names: bool = True) -> list[Flowable]:
    from .pdf_document import key_value_table, paragraph, signature_block

    width = content_width()
    meeting = record.meeting
    rows = [
        (T("addendum.dated"), day(addendum.dated)),
        (T("addendum.concerns"), T("addendum.concerns_text", title=meeting.title.lower(), date=day(meeting.held_on),
                                   number=meeting.id, signed=moment(meeting.signed_at))),
        (T("addendum.checksum"), T("addendum.checksum_text", digest=meeting.minutes_sha256)),
    ]
    if addendum.decision_id is not None:
        case = next((c for c in record.cases if c.decision and c.decision.id == addendum.decision_id), None)
        if case is not None and case.decision is not None:
            rows.append((T("addendum.decision"), T("minutes.case_heading", number=case.number,
                                                   case_no=text(case.proposal.case_no),
                                                   name=_applicant_name(case, names))
                         + f" ({outcome_headline(case.decision.outcome).lower()})"))
    rows += [(T("addendum.text"), text(addendum.text)), (T("addendum.author"), text(addendum.author))]
    signers = [(p.name, _role_line(p), "") for p in record.signers]
    story = [paragraph(T("addendum.title", date=day(addendum.dated)), "title"),
             paragraph(T("addendum.subtitle"), "subtitle"),
             key_value_table(rows, width, key_width=30 * MM)]
    if signers:
        story += [paragraph(T("minutes.signatures"), "h1"), signature_block(signers, width)]
    return story


def _applicant_name(case: AgendaCase, names: bool) -> str:
    return text(case.applicant.name) if names else T("minutes.name_hidden")


def _unit_cell(record: MeetingRecord, unit_id: str | None, names: bool, *, full: bool = False) -> str:
    """A unit as the committee names it — its address (and with `full`, stairwell, floor and
    size) — with its number after it in small type for the archive. A screened copy, and a unit
    the file no longer knows, show the number alone (issue 16: the minutes named «B00197-003184»)."""
    if not unit_id:
        return ""
    place = record.places.get(unit_id)
    if place is None or not names:
        return text(unit_id)
    where = describe_place(place) if full else T("minutes.stairwell", address=place.building.address,
                                                 stairwell=place.stairwell_label)
    return f"{text(where)}<br/><font size=7 color='#555555'>{T('minutes.unit_number', unit_id=text(unit_id))}</font>"


def _authority(participant: Participant) -> str:
    if participant.has_decision_authority:
        return T("minutes.authority_yes")
    return T("minutes.authority_advisory") if participant.role.value == "advisor" else T("minutes.authority_no")


def _role_line(participant: Participant, signed_as: ParticipantRole | None = None) -> str:
    role = label(signed_as or participant.role).capitalize()
    return f"{role}, {participant.organisation}" if participant.organisation else role
