"""The sections of the agenda and the minutes after the allocations (issue 17 item 7).

A meeting decides more than allocations: renewals of leases that run out, tenancies at risk, and
what earlier decisions promised (follow-up). Each has its own section, in this order, on the
agenda («Saksliste») and in the minutes' body, after the allocation cases:

    Fornyelser · Leieforhold i risiko · Oppfølging

A section is a title and two functions over the meeting record: what it puts on the agenda and
what it puts in the minutes. Either returns [] when the meeting has nothing of that kind, and an
empty section is left out (no heading over nothing). To add one, write the two functions and put
a `MinutesSection` into SECTIONS where it belongs; services/minutes.py needs no change.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.at_risk import AtRiskCase, kroner
from ..domain.enums import AtRiskMeasure
from ..domain.follow_up import FollowUpDue
from ..domain.renewals import RenewalDecision, RenewalOutcome
from ..text import sentence_case
from .document_text import T, label
from .meeting_record import MeetingRecord, describe_place
from .pdf_document import Flowable, day, moment, text
from .renewal_refusal import eviction_warning_applies

if TYPE_CHECKING:
    from ..domain.households import Applicant, ResidentHousehold
    from .renewal_agenda import RenewalCase


@dataclass(frozen=True)
class MinutesSection:
    key: str
    title_key: str  # the heading on the agenda and in the minutes: a key of resources/documents/*.toml
    # (record, names, width) → flowables under the agenda's heading for this section; [] = nothing
    agenda: Callable[[MeetingRecord, bool, float], list[Flowable]]
    # (record, names, width) → flowables of the section in the minutes, after its heading; [] = left out
    story: Callable[[MeetingRecord, bool, float], list[Flowable]]


def agenda_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    """Each section's part of the agenda, under a heading of its own; empty sections left out."""
    from .pdf_document import paragraph

    story = []
    for section in SECTIONS:
        if parts := section.agenda(record, names, width):
            story += [paragraph(T(section.title_key), "h2"), *parts]
    return story


def sections_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    """Each section's cases in the minutes, after the allocations; empty sections left out."""
    from reportlab.platypus import KeepTogether

    from .pdf_document import paragraph

    story = []
    for section in SECTIONS:
        parts = section.story(record, names, width)
        if parts:
            # The heading stays with what follows it: a heading alone at a page's foot says nothing.
            story += [KeepTogether([paragraph(T(section.title_key), "h1"), parts[0]]), *parts[1:]]
    return story


def case_count(record: MeetingRecord) -> tuple[int, int]:
    """(cases on the agenda, cases decided) over allocations, renewals and tenancies at risk."""
    cases = len(record.cases) + len(record.renewals) + len(record.at_risk)
    decided = (len(record.decisions) + sum(1 for r in record.renewals if r.decision is not None)
               + len(record.at_risk))  # an at-risk case is in the minutes only once decided
    return cases, decided


# ---- Fornyelser ----------------------------------------------------------------------------------------

_RENEWAL_KEY = {
    RenewalOutcome.RENEWED: "renewed",
    RenewalOutcome.RENEWED_WITH_CONDITIONS: "renewed_with_conditions",
    RenewalOutcome.NOT_RENEWED: "not_renewed",
    RenewalOutcome.TRANSFER: "transfer",
}


def renewal_headline(outcome: RenewalOutcome) -> str:
    return T(f"renewal.{_RENEWAL_KEY[outcome]}")


def renewal_meaning(outcome: RenewalOutcome) -> str:
    return T(f"renewal.meaning_{_RENEWAL_KEY[outcome]}")


def _household_words(household: Applicant | ResidentHousehold) -> str:
    """household_words (boligmote/text.py) in the document language: «Einsleg: 1 vaksen»."""
    kind = sentence_case(label(household.household_type))
    count = household.adults
    adults = T("renewal.adult" if count == 1 else "renewal.adults", count=count)
    ages = sorted(household.children_ages)
    if not ages:
        return T("renewal.household_words", type=kind, adults=adults)
    listed = (", ".join(str(a) for a in ages[:-1]) + f" {T('page.and')} " + str(ages[-1])) if len(ages) > 1 \
        else str(ages[0])
    return T("renewal.household_children", type=kind, adults=adults, count=len(ages), ages=listed)


def _tenant(case: RenewalCase, names: bool) -> str:
    return text(case.item.tenant_name) if names else T("minutes.name_hidden")


def _renewal_unit(case: RenewalCase, names: bool, *, full: bool = False) -> str:
    """The unit as the allocation cases name it: its address first, its number after in small type;
    a screened copy, or a unit without a known place, by the number alone (as minutes._unit_cell)."""
    place = case.place
    if place is None or not names:
        return text(case.unit_id)
    where = describe_place(place) if full else T("minutes.stairwell", address=place.building.address,
                                                 stairwell=place.stairwell_label)
    return f"{text(where)}<br/><font size=7 color='#555555'>{T('minutes.unit_number', unit_id=text(case.unit_id))}</font>"


def _renewal_agenda(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from .pdf_document import grid_table

    if not record.renewals:
        return []
    open_meeting = record.meeting.status.value in ("planned", "in_progress")
    pending = T("minutes.pending_open") if open_meeting else T("minutes.pending_closed")
    return [grid_table(
        [T("minutes.col_case"), T("minutes.col_case_no"), T("renewal.col_tenant"), T("minutes.col_unit"),
         T("renewal.col_expires"), T("minutes.col_decision")],
        [[str(r.number), text(r.item.case_no), _tenant(r, names), _renewal_unit(r, names), day(r.item.lease_ends),
          renewal_headline(r.decision.outcome) if r.decision else pending] for r in record.renewals],
        [width * 0.07, width * 0.13, width * 0.22, width * 0.28, width * 0.12, width * 0.18])]


def _renewal_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from reportlab.platypus import KeepTogether

    from .pdf_document import key_value_table, paragraph

    story = []
    for case in record.renewals:
        heading = paragraph(T("renewal.heading", number=case.number, case_no=text(case.item.case_no),
                              tenant=_tenant(case, names)), "h2")
        tenancy = case.tenancy
        lived = T("renewal.lived", date=day(tenancy.contract_start)) if tenancy.contract_start else ""
        rows = [(T("minutes.unit"), _renewal_unit(case, names, full=True)),
                (T("minutes.household"), text(_household_words(tenancy) + lived)),
                (T("renewal.lease_expires"), day(case.item.lease_ends))]
        if case.item.prepared_by or case.item.notes:
            rows += [(T("renewal.prepared_by"), text(case.item.prepared_by)),
                     (T("minutes.note"), text(case.item.notes))]
        decision = case.decision
        if decision is None:
            rows.append((T("minutes.decision"), T("minutes.not_handled")))
        else:
            rows += _renewal_decision_rows(case, decision)
        story.append(KeepTogether([heading, key_value_table(rows, width)]))
    return story


def _renewal_decision_rows(case: RenewalCase, decision: RenewalDecision) -> list[tuple[str, str]]:
    rows = [(T("minutes.outcome"), f"<b>{renewal_headline(decision.outcome)}</b> – "
                                   f"{renewal_meaning(decision.outcome)}")]
    if decision.outcome.renews:
        rows.append((T("renewal.new_lease"), T("renewal.new_lease_text", years=decision.lease_years,
                                               starts=day(decision.lease_starts), ends=day(decision.lease_ends))))
        rows.append((T("renewal.lease_proposed"), text(decision.lease_reason)))
        if decision.youngest_child_born:
            rows.append((T("renewal.youngest"), T("renewal.youngest_text", date=day(decision.youngest_child_born))))
        if decision.short_term_basis:
            rows.append((T("renewal.short_term"), text(T(
                "renewal.short_term_text", basis=decision.short_term_basis,
                date=f"{decision.tenant_informed_on:%d.%m.%Y}"))))
    if decision.move_out_by:
        rows.append((T("renewal.move_out"), day(decision.move_out_by)))
    rows += _refusal_rows(decision)
    rows += _best_interests_rows(decision)
    rows.append((T("minutes.conditions"), text(decision.conditions)))
    if case.follow_up_due:
        dates = [day(d) for d in case.follow_up_due]
        listed = dates[0] if len(dates) == 1 else ", ".join(dates[:-1]) + f" {T('page.and')} " + dates[-1]
        rows.append((T("minutes.follow_up"), T("minutes.follow_up_text", dates=listed)))
    if decision.transfer_case_no:
        rows.append((T("renewal.waiting_list"), text(T("renewal.waiting_list_text", case_no=decision.transfer_case_no,
                                                       date=f"{decision.decided_at:%d.%m.%Y}"))))
    rows += [(T("renewal.reasons"), text(decision.reasons)),
             (T("minutes.internal_notes"), text(decision.internal_notes))]
    if decision.disqualified:
        rows.append((T("minutes.disqualified"), "<br/>".join(
            T("minutes.stepped_down", name=text(name)) + (f": {text(ground)}" if ground else ".")
            for _pid, name, ground in decision.disqualified)))
    else:
        rows.append((T("minutes.disqualified"), T("minutes.none")))
    rows.append((T("minutes.decided_by"), ", ".join(text(n) for n in decision.decider_names)
                 or T("minutes.not_registered")))
    rows.append((T("minutes.decided"), T("renewal.settings_stamp", moment=moment(decision.decided_at),
                                         version=decision.meeting_settings_version)))
    return rows


def _refusal_rows(decision: RenewalDecision) -> list[tuple[str, str]]:
    """A refusal's advance notice (fvl § 16) or the exception, and the demand to move (m0013)."""
    rows = []
    if decision.notice_exception:
        rows.append((T("renewal.notice"), text(T("renewal.notice_exception_text", reason=decision.notice_exception))))
    elif decision.notice_sent_on:
        said = (T("renewal.statement_text", statement=decision.tenant_statement) if decision.statement_received
                else T("renewal.no_statement_text"))
        rows.append((T("renewal.notice"), text(T("renewal.notice_text", date=day(decision.notice_sent_on)) + " " + said)))
    if decision.move_demand_on and decision.previous_lease_ends:
        warned = eviction_warning_applies(decision.move_demand_on, decision.previous_lease_ends)
        rows.append((T("renewal.demand"), T("renewal.demand_warning_text" if warned else "renewal.demand_text",
                                            date=day(decision.move_demand_on))))
    return rows


def _best_interests_rows(decision: RenewalDecision) -> list[tuple[str, str]]:
    """A decision against a household with children under 18: the youngest child's birth date when
    the meeting gave it, and the written weighing of the children's best interests (Grunnloven § 104
    second paragraph; m0014)."""
    if not decision.outcome.against_household:
        return []
    rows = []
    if decision.youngest_child_born:
        rows.append((T("renewal.youngest"), T("renewal.youngest_on_meeting_day",
                                              date=day(decision.youngest_child_born))))
    if decision.children_weighing:
        rows.append((T("renewal.best_interests"), text(T("renewal.best_interests_text",
                                                         count=decision.children_under_18 or 0,
                                                         weighing=decision.children_weighing))))
    return rows


# ---- Leieforhold i risiko ----------------------------------------------------------------------------


def _at_risk_unit(case: AtRiskCase, names: bool) -> str:
    if not names:
        return text(case.unit_id)
    return (f"{T('minutes.stairwell', address=text(case.address), stairwell=text(case.stairwell_label))}<br/>"
            f"<font size=7 color='#555555'>{T('minutes.unit_number', unit_id=text(case.unit_id))}</font>")


def _at_risk_agenda(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from .pdf_document import paragraph

    if not record.at_risk:
        return []
    return [paragraph(T("at_risk.agenda", count=len(record.at_risk)), "body")]


def _at_risk_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    """What the meeting decided for tenancies at risk: internal decisions («beslutning»), not
    enkeltvedtak; the household in words, never a name; a screened copy without the address.
    In the document language, as the rest of the minutes (issue 20 item 3)."""
    from reportlab.platypus import KeepTogether

    from .pdf_document import key_value_table, paragraph

    if not record.at_risk:
        return []
    story: list[Flowable] = [paragraph(T("at_risk.intro"), "body")]
    for case in record.at_risk:
        d = case.decision
        standing = []
        if d.arrears_amount is not None and d.arrears_on is not None:
            standing.append(T("at_risk.arrears", amount=kroner(d.arrears_amount), date=day(d.arrears_on)))
        if d.warning is not None and d.warning_on is not None:
            standing.append(T("at_risk.warning", warning=label(d.warning), date=day(d.warning_on)))
        measures = ", ".join(label(m) for m in AtRiskMeasure if m in d.measures) or T("at_risk.no_measures")
        household = _household_words(case.resident) if case.resident is not None else case.household
        rows = [(T("at_risk.unit"), _at_risk_unit(case, names)), (T("at_risk.household"), text(household)),
                (T("at_risk.ledger"), text("; ".join(standing) or T("at_risk.no_standing"))),
                (T("at_risk.measures"), text(sentence_case(measures)))]
        if d.nav_basis is not None:
            rows.append((T("at_risk.nav"), text(sentence_case(label(d.nav_basis)) + ".")))
        rows.append((T("at_risk.what"), text(d.note)))
        if d.owner and d.due_on:
            rows.append((T("at_risk.owner"), text(T("at_risk.owner_text", owner=d.owner, date=day(d.due_on)))))
        rows.append((T("at_risk.decided_by"), text(d.decided_by)))
        where = text(case.unit_id) if not names else text(case.address)
        story.append(KeepTogether([paragraph(T("at_risk.heading", where=where), "h2"),
                                   key_value_table(rows, width)]))
    return story


# ---- Oppfølging ----------------------------------------------------------------------------------------


def _follow_up_agenda(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from .pdf_document import paragraph

    if not record.follow_ups_due:
        return []
    count = len(record.follow_ups_due)
    overdue = sum(1 for i in record.follow_ups_due if i.point.overdue(record.meeting.held_on))
    words = T("renewal.follow_ups" if count == 1 else "renewal.follow_ups_plural", count=count)
    return [paragraph(T("renewal.follow_ups_agenda", words=words)
                      + (T("renewal.overdue_count", count=overdue) if overdue else "."), "body")]


def _follow_up_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    """What earlier decisions promised that is overdue or due soon (issue 17 items 2 and 7). The
    household in words, never a name; a screened copy leaves out the address too."""
    from .pdf_document import grid_table, paragraph

    if not record.follow_ups_due:
        return []
    held_on = record.meeting.held_on

    def due(item: FollowUpDue) -> str:
        return day(item.point.due_on) + (T("renewal.overdue") if item.point.overdue(held_on) else "")

    def where(item: FollowUpDue) -> str:
        # The address first, the unit's number in small type (as main's allocation tables do).
        if not names:
            return text(item.unit_id)
        return (f"{text(item.address)}<br/><font size=7 color='#555555'>"
                f"{T('minutes.unit_number', unit_id=text(item.unit_id))}</font>")

    return [paragraph(T("renewal.follow_up_intro", date=day(held_on)), "body"),
            grid_table([T("renewal.col_due"), T("minutes.col_case_no"), T("minutes.col_unit"),
                        T("renewal.col_household"), T("renewal.col_promised")],
                       [[due(i), text(i.point.case_no or "–"), where(i), text(_household_words(i.resident) if i.resident is not None else i.household),
                         text(i.point.promised)] for i in record.follow_ups_due],
                       [width * 0.15, width * 0.12, width * 0.25, width * 0.18, width * 0.30])]


# The order of the sections after the allocations. «Leieforhold i risiko» (issue 17 item 4) goes
# between the renewals and the follow-up.
SECTIONS: tuple[MinutesSection, ...] = (
    MinutesSection("renewals", "renewal.section", _renewal_agenda, _renewal_story),
    MinutesSection("at_risk", "at_risk.section", _at_risk_agenda, _at_risk_story),
    MinutesSection("follow_up", "renewal.follow_up_section", _follow_up_agenda, _follow_up_story),
)
