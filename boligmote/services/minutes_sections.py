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

from ..domain.follow_up import FollowUpDue
from ..domain.renewals import RenewalDecision, RenewalOutcome
from ..text import household_words
from .meetings import MeetingRecord, describe_place
from .pdf_document import Flowable, day, moment, text

if TYPE_CHECKING:
    from .renewal_decisions import RenewalCase


@dataclass(frozen=True)
class MinutesSection:
    key: str
    title: str  # bokmål: the heading on the agenda and in the minutes
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
            story += [paragraph(section.title, "h2"), *parts]
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
            story += [KeepTogether([paragraph(section.title, "h1"), parts[0]]), *parts[1:]]
    return story


def case_count(record: MeetingRecord) -> tuple[int, int]:
    """(cases on the agenda, cases decided) over allocations and renewals."""
    cases = len(record.cases) + len(record.renewals)
    decided = len(record.decisions) + sum(1 for r in record.renewals if r.decision is not None)
    return cases, decided


# ---- Fornyelser ----------------------------------------------------------------------------------------

RENEWAL_HEADLINE = {
    RenewalOutcome.RENEWED: "Fornyet",
    RenewalOutcome.RENEWED_WITH_CONDITIONS: "Fornyet med vilkår",
    RenewalOutcome.NOT_RENEWED: "Ikke fornyet",
    RenewalOutcome.TRANSFER: "Bytte til annen bolig",
}
RENEWAL_MEANING = {
    RenewalOutcome.RENEWED: "leieavtalen fornyes",
    RenewalOutcome.RENEWED_WITH_CONDITIONS: "leieavtalen fornyes på vilkår",
    RenewalOutcome.NOT_RENEWED: "vedtak om ikke å fornye leieavtalen (enkeltvedtak)",
    RenewalOutcome.TRANSFER: "leieavtalen fornyes ikke i denne boligen; husstanden settes på ventelisten for en "
                             "annen bolig",
}


def _tenant(case: RenewalCase, names: bool) -> str:
    return text(case.item.tenant_name) if names else "(navn skjult)"


def _renewal_unit(case: RenewalCase, names: bool, *, full: bool = False) -> str:
    """The unit as the allocation cases name it: its address first, its number after in small type;
    a screened copy, or a unit without a known place, by the number alone (as minutes._unit_cell)."""
    place = case.place
    if place is None or not names:
        return text(case.unit_id)
    where = describe_place(place) if full else f"{place.building.address}, oppg. {place.stairwell_label}"
    return f"{text(where)}<br/><font size=7 color='#555555'>bolig {text(case.unit_id)}</font>"


def _renewal_agenda(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from .pdf_document import grid_table

    if not record.renewals:
        return []
    open_meeting = record.meeting.status.value in ("planned", "in_progress")
    pending = "til behandling" if open_meeting else "ikke behandlet"
    return [grid_table(
        ["Sak", "Saksnr.", "Leietaker", "Bolig", "Utløper", "Vedtak"],
        [[str(r.number), text(r.item.case_no), _tenant(r, names), _renewal_unit(r, names), day(r.item.lease_ends),
          RENEWAL_HEADLINE[r.decision.outcome] if r.decision else pending] for r in record.renewals],
        [width * 0.07, width * 0.13, width * 0.22, width * 0.28, width * 0.12, width * 0.18])]


def _renewal_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from reportlab.platypus import KeepTogether

    from .pdf_document import key_value_table, paragraph

    story = []
    for case in record.renewals:
        heading = paragraph(f"Sak {case.number}: {text(case.item.case_no)} – fornyelse, {_tenant(case, names)}", "h2")
        tenancy = case.tenancy
        lived = f"; leieforholdet startet {day(tenancy.contract_start)}" if tenancy.contract_start else ""
        rows = [("Bolig", _renewal_unit(case, names, full=True)),
                ("Husstand", text(household_words(tenancy) + lived)),
                ("Leieavtalen utløper", day(case.item.lease_ends))]
        if case.item.prepared_by or case.item.notes:
            rows += [("Forberedt av", text(case.item.prepared_by)), ("Merknad", text(case.item.notes))]
        decision = case.decision
        if decision is None:
            rows.append(("Vedtak", "Ikke behandlet i møtet."))
        else:
            rows += _renewal_decision_rows(case, decision)
        story.append(KeepTogether([heading, key_value_table(rows, width)]))
    return story


def _renewal_decision_rows(case: RenewalCase, decision: RenewalDecision) -> list[tuple[str, str]]:
    rows = [("Utfall", f"<b>{RENEWAL_HEADLINE[decision.outcome]}</b> – {RENEWAL_MEANING[decision.outcome]}")]
    if decision.outcome.renews:
        rows.append(("Ny leieavtale", f"Tidsbestemt, {decision.lease_years} år: {day(decision.lease_starts)}–"
                                      f"{day(decision.lease_ends)}"))
        rows.append(("Leietid foreslått", text(decision.lease_reason)))
        if decision.youngest_child_born:
            rows.append(("Yngste barn født", f"{day(decision.youngest_child_born)} (alder når leieavtalen starter "
                                             "avgjør om barnet er 0–14 år)"))
        if decision.short_term_basis:
            rows.append(("Kortere enn minstetiden", text(
                f"Grunnlag etter husleieloven § 11-1: {decision.short_term_basis} Leietakeren fikk skriftlig "
                f"beskjed {decision.tenant_informed_on:%d.%m.%Y}.")))
    if decision.move_out_by:
        rows.append(("Fraflyttingsfrist", day(decision.move_out_by)))
    rows.append(("Vilkår", text(decision.conditions)))
    if case.follow_up_due:
        dates = [day(d) for d in case.follow_up_due]
        listed = dates[0] if len(dates) == 1 else ", ".join(dates[:-1]) + " og " + dates[-1]
        rows.append(("Oppfølging", f"Følges opp {listed} (oppfølgingsregisteret)."))
    if decision.transfer_case_no:
        rows.append(("Ventelisten", text(f"Husstanden står på ventelisten som sak {decision.transfer_case_no}, med "
                                         f"ventetid fra {decision.decided_at:%d.%m.%Y}.")))
    rows += [("Begrunnelse til leietakeren", text(decision.reasons)),
             ("Interne merknader", text(decision.internal_notes))]
    if decision.disqualified:
        rows.append(("Inhabil (fvl. § 6)", "<br/>".join(
            f"<b>{text(name)}</b> fratrådte under behandlingen av saken" + (f": {text(ground)}" if ground else ".")
            for _pid, name, ground in decision.disqualified)))
    else:
        rows.append(("Inhabil (fvl. § 6)", "Ingen."))
    rows.append(("Vedtatt av", ", ".join(text(n) for n in decision.decider_names) or "Ikke registrert."))
    rows.append(("Vedtatt", f"{moment(decision.decided_at)}; møteinnstillinger versjon "
                            f"{decision.meeting_settings_version}"))
    return rows


# ---- Oppfølging ----------------------------------------------------------------------------------------


def _follow_up_agenda(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    from .pdf_document import paragraph

    if not record.follow_ups_due:
        return []
    count = len(record.follow_ups_due)
    overdue = sum(1 for i in record.follow_ups_due if i.point.overdue(record.meeting.held_on))
    words = f"{count} oppfølgingspunkt" + ("" if count == 1 else "er")
    return [paragraph(f"{words} fra tidligere vedtak har forfalt eller forfaller snart"
                      + (f" ({overdue} forfalt)." if overdue else "."), "body")]


def _follow_up_story(record: MeetingRecord, names: bool, width: float) -> list[Flowable]:
    """What earlier decisions promised that is overdue or due soon (issue 17 items 2 and 7). The
    household in words, never a name; a screened copy leaves out the address too."""
    from .pdf_document import grid_table, paragraph

    if not record.follow_ups_due:
        return []
    held_on = record.meeting.held_on

    def due(item: FollowUpDue) -> str:
        return day(item.point.due_on) + (" (forfalt)" if item.point.overdue(held_on) else "")

    def where(item: FollowUpDue) -> str:
        # The address first, the unit's number in small type (as main's allocation tables do).
        if not names:
            return text(item.unit_id)
        return f"{text(item.address)}<br/><font size=7 color='#555555'>bolig {text(item.unit_id)}</font>"

    return [paragraph(f"Oppfølging etter tildeling og fornyelse: punkter fra tidligere vedtak som har forfalt eller "
                      f"snart forfaller, per {day(held_on)}. Hva som ble gjort, føres i oppfølgingsregisteret.",
                      "body"),
            grid_table(["Frist", "Saksnr.", "Bolig", "Husstand", "Hva som ble lovet"],
                       [[due(i), text(i.point.case_no or "–"), where(i), text(i.household),
                         text(i.point.promised)] for i in record.follow_ups_due],
                       [width * 0.15, width * 0.12, width * 0.25, width * 0.18, width * 0.30])]


# The order of the sections after the allocations. «Leieforhold i risiko» (issue 17 item 4) goes
# between the renewals and the follow-up.
SECTIONS: tuple[MinutesSection, ...] = (
    MinutesSection("renewals", "Fornyelser", _renewal_agenda, _renewal_story),
    MinutesSection("follow_up", "Oppfølging", _follow_up_agenda, _follow_up_story),
)
