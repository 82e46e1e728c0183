"""What a lease not renewed needs before the meeting may decide it (issue 17 item 1).

Not renewing is an enkeltvedtak against the tenant (services/renewal_decisions.py decides it; the
letter is services/renewal_letters.py). Checked here:

- the lease must still be one that runs out: husleieloven § 9-2 third paragraph turns a lease the
  tenant stayed on in for more than three months without a written demand to move into one
  without end, which only notice with a valid reason ends (§§ 9-5, 9-7, 9-8);
- the move-out day: never before the lease runs out, never inside the appeal period;
- forvaltningsloven § 16: the tenant was given advance notice before the meeting and could state
  their view, and the meeting considered what they said (or that nothing came by the deadline);
  its third paragraph lets the notice be left out — not practically possible, the tenant already
  knew of the case and had reasonable time to comment, or plainly unnecessary — and then the
  ground is written down instead. A setting to allow the exception is not needed: the law allows
  it case by case, and a reason is required every time (the lawyer's review);
- the day the written demand to move is sent (husleieloven § 9-2 third paragraph): recorded, no
  earlier than the meeting and no later than three months after the lease ran out; whether the
  letter may carry the warning of tvangsfullbyrdelsesloven § 13-2 third paragraph b (eviction
  without a court ruling) follows from that day — sent one to three months before the lease ends.

The database holds the same (m0013).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.follow_up import add_months
from ..domain.meetings import Meeting
from ..domain.renewals import AgendaRenewal, RenewalOutcome
from .record_text import text_problem

if TYPE_CHECKING:
    from .renewal_decisions import RenewalDraft

# Husleieloven § 9-2 tredje ledd: a tenant who stays on more than three months after a fixed-term
# lease ran out, without a written demand to move, has a lease without end; it can then only be
# ended by notice with a valid reason (§§ 9-5, 9-7, 9-8), not by a decision not to renew.
HOLDOVER_MONTHS = 3
# The move-out day lies at least this long after the meeting: the appeal period is three weeks from
# when the letter arrives (forvaltningsloven § 29), and the tenant may ask for postponement (§ 42).
MOVE_OUT_AFTER_MONTHS = 1


NOTICE_LAW = "forvaltningsloven § 16"


@dataclass(frozen=True)
class RefusalCheck:
    problems: list[str]
    move_out_by: date | None = None  # what will be recorded
    eviction_warning: bool = False  # the letter may warn of eviction without a court ruling


def eviction_warning_applies(demand_on: date, lease_ends: date) -> bool:
    """Tvangsfullbyrdelsesloven § 13-2 third paragraph b: the warning counts only when given at most
    three and at least one month before the lease ends."""
    return add_months(lease_ends, -3) <= demand_on <= add_months(lease_ends, -1)


def refusal_check(draft: RenewalDraft, item: AgendaRenewal, meeting: Meeting,
                  rules: tuple[int, int]) -> RefusalCheck:
    """The problems of a refusal's own fields; for any other outcome, that they are left empty.
    rules: the settings' least characters and words of a written text."""
    problems: list[str] = []
    if draft.outcome is not RenewalOutcome.NOT_RENEWED:
        if draft.move_out_by is not None:
            problems.append("En fraflyttingsfrist hører bare til et vedtak om ikke å fornye.")
        if (draft.notice_sent_on is not None or draft.statement_received is not None or draft.tenant_statement.strip()
                or draft.notice_exception.strip() or draft.move_demand_on is not None):
            problems.append("Forhåndsvarsel og oppfordring til å flytte hører bare til et vedtak om ikke å fornye.")
        return RefusalCheck(problems)
    problems += _heard_problems(draft, meeting, rules)
    demand_on = draft.move_demand_on
    if demand_on is None:
        problems.append("Før datoen brevet med oppfordringen til å flytte sendes (husleieloven § 9-2 tredje ledd): "
                        "om det kan varsle utkastelse uten dom, avhenger av den (tvangsfullbyrdelsesloven § 13-2).")
    elif demand_on < meeting.held_on:
        problems.append(f"Oppfordringen til å flytte kan ikke sendes før vedtaket er fattet ({meeting.held_on:%d.%m.%Y}).")
    elif demand_on > add_months(item.lease_ends, HOLDOVER_MONTHS):
        problems.append(f"Oppfordringen til å flytte må sendes senest {HOLDOVER_MONTHS} måneder etter at leieavtalen "
                        f"løp ut ({add_months(item.lease_ends, HOLDOVER_MONTHS):%d.%m.%Y}); ellers blir avtalen "
                        "tidsubestemt (husleieloven § 9-2 tredje ledd).")
    if meeting.held_on > add_months(item.lease_ends, HOLDOVER_MONTHS):
        problems.append(
            f"Leieavtalen løp ut {item.lease_ends:%d.%m.%Y}, mer enn {HOLDOVER_MONTHS} måneder før møtet. "
            "Har leietakeren bodd videre uten å ha fått en skriftlig oppfordring til å flytte, er avtalen "
            "blitt tidsubestemt (husleieloven § 9-2 tredje ledd), og den kan bare sies opp med saklig grunn "
            "(§§ 9-5, 9-7 og 9-8). Et vedtak om ikke å fornye kan da ikke fattes her: vurder oppsigelse, "
            "eller ny leieavtale.")
    earliest = add_months(meeting.held_on, MOVE_OUT_AFTER_MONTHS)
    move_out_by = draft.move_out_by or item.lease_ends
    if move_out_by < item.lease_ends:
        problems.append(f"Fraflyttingsfristen kan ikke være før leieavtalen løper ut "
                        f"({item.lease_ends:%d.%m.%Y}).")
    elif move_out_by < earliest:
        # Never a day already past, nor one inside the appeal period: three weeks from when the
        # letter arrives (forvaltningsloven § 29), with time to ask for postponement (§ 42).
        problems.append(f"Sett en fraflyttingsfrist minst en måned etter møtet (tidligst "
                        f"{earliest:%d.%m.%Y}): leietakeren skal rekke å klage og be om utsatt "
                        "iverksetting før fristen (forvaltningsloven §§ 29 og 42).")
    warning = demand_on is not None and eviction_warning_applies(demand_on, item.lease_ends)
    return RefusalCheck(problems, move_out_by, warning)


def _heard_problems(draft: RenewalDraft, meeting: Meeting, rules: tuple[int, int]) -> list[str]:
    """Forvaltningsloven § 16: advance notice and the statement considered, or the exception's ground."""
    exception = draft.notice_exception.strip()
    if exception:
        problems = []
        if draft.notice_sent_on is not None or draft.statement_received is not None or draft.tenant_statement.strip():
            problems.append("Før enten forhåndsvarselet og uttalelsen, eller hvorfor varsel ble unnlatt – ikke "
                            "begge.")
        if problem := text_problem(f"Grunnen til at forhåndsvarsel ble unnlatt ({NOTICE_LAW} tredje ledd)",
                                   exception, *rules):
            problems.append(problem)
        return problems
    if draft.notice_sent_on is None:
        return [f"Leietakeren skal ha fått forhåndsvarsel og mulighet til å uttale seg før vedtak om ikke å fornye "
                f"({NOTICE_LAW}). Før datoen varselet ble sendt og om leietakeren uttalte seg – eller, når varsel "
                f"etter § 16 tredje ledd kunne unnlates, hvorfor."]
    problems = []
    if draft.notice_sent_on >= meeting.held_on:
        problems.append(f"Forhåndsvarselet må være sendt før møtet ({meeting.held_on:%d.%m.%Y}), så leietakeren "
                        f"rakk å uttale seg ({NOTICE_LAW}).")
    if draft.statement_received is None:
        problems.append("Før om leietakeren uttalte seg etter forhåndsvarselet.")
    elif draft.statement_received:
        if problem := text_problem("Hva leietakeren uttalte og hvordan det ble vurdert", draft.tenant_statement,
                                   *rules):
            problems.append(problem)
    return problems
