"""What a lease not renewed needs before the meeting may decide it (issue 17 item 1).

Not renewing is an enkeltvedtak against the tenant (services/renewal_decisions.py decides it; the
letter is services/renewal_letters.py). Checked here:

- the lease must still be one that runs out: husleieloven § 9-2 third paragraph turns a lease the
  tenant stayed on in for more than three months without a written demand to move into one
  without end, which only notice with a valid reason ends (§§ 9-5, 9-7, 9-8);
- the move-out day: never before the lease runs out, never inside the appeal period.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.follow_up import add_months
from ..domain.meetings import Meeting
from ..domain.renewals import AgendaRenewal, RenewalOutcome

if TYPE_CHECKING:
    from .renewal_decisions import RenewalDraft

# Husleieloven § 9-2 tredje ledd: a tenant who stays on more than three months after a fixed-term
# lease ran out, without a written demand to move, has a lease without end; it can then only be
# ended by notice with a valid reason (§§ 9-5, 9-7, 9-8), not by a decision not to renew.
HOLDOVER_MONTHS = 3
# The move-out day lies at least this long after the meeting: the appeal period is three weeks from
# when the letter arrives (forvaltningsloven § 29), and the tenant may ask for postponement (§ 42).
MOVE_OUT_AFTER_MONTHS = 1


@dataclass(frozen=True)
class RefusalCheck:
    problems: list[str]
    move_out_by: date | None = None  # what will be recorded


def refusal_check(draft: RenewalDraft, item: AgendaRenewal, meeting: Meeting) -> RefusalCheck:
    """The problems of a refusal's own fields; for any other outcome, that they are left empty."""
    problems: list[str] = []
    if draft.outcome is not RenewalOutcome.NOT_RENEWED:
        if draft.move_out_by is not None:
            problems.append("En fraflyttingsfrist hører bare til et vedtak om ikke å fornye.")
        return RefusalCheck(problems)
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
    return RefusalCheck(problems, move_out_by)
