"""The «Forslag» panel: one applicant in one unit, both sides and every flag explained."""
from __future__ import annotations

import html

from ..domain import Flag, Severity
from ..rules import MITIGATION
from ..rules.ranking import RankedPair
from ..rules.sources import readable
from ..rules.two_sides import costs, gains
from .chips import mitigation_word, severity_word
from .privacy import masking_label
from .qt_translations import translate
from ..words import shown

_SEVERITY_COLOUR = {Severity.CRITICAL: "#b3261e", Severity.WARNING: "#8a5a00", Severity.INFO: "#29506d"}
_MARK = {Severity.CRITICAL: "‼", Severity.WARNING: "!", Severity.INFO: "i"}


def _items(lines: list[str]) -> str:
    return "".join(f"<li>{html.escape(shown(line))}</li>" for line in lines)


def _flag_html(flag: Flag, title: str) -> str:
    if flag.rule == MITIGATION:
        mark, word, colour = "+", mitigation_word(), "#0f5d1f"
    else:
        mark, word, colour = _MARK[flag.severity], severity_word(flag.severity), _SEVERITY_COLOUR[flag.severity]
    source = translate("ProposalView", "Kilde:")  # double quotes: lupdate collects only those
    return (f"<p style='margin:4px 0'><b style='color:{colour}'>{mark} {word}: {html.escape(title)}</b> "
            f"<span style='color:#555'>({html.escape(shown(flag.scope))})</span><br>{html.escape(shown(flag.shared_message))}"
            f"<br><small style='color:#555'>{html.escape(source)} "
            f"{html.escape(shown(readable(flag.source)))}</small></p>")


def proposal_html(pair: RankedPair, flags: list[Flag], unmet: list[str], waiting_days: int,
                  title_of, screened: bool, mask_below: int = 0) -> str:
    """The proposal; with mask_below (an adviser present) small counts of other households read
    «færre enn N» in the costs and the flags (flags carry both texts: shared_message)."""
    applicant, target = pair.applicant, pair.target
    who = applicant.case_no if screened else f"{applicant.case_no} {applicant.name}"
    where = translate("ProposalView", "{address}, oppgang {stairwell} ({district}), bolig {unit}").format(
        address=target.building.address, stairwell=target.stairwell.label, district=target.building.district,
        unit=target.vacant.unit.id)
    parts = [f"<p style='margin:0'><b>{html.escape(who)} → {html.escape(where)}</b></p>",
             f"<p style='margin:2px 0 6px 0;color:#444'>{html.escape(' · '.join(shown(f) for f in pair.factors))}</p>"]
    # Critical flags come first, above the two sides: the flag the meeting must weigh is in
    # view without scrolling, even in a low pane (issue 16 item 10).
    critical = [f for f in flags if f.severity is Severity.CRITICAL and f.rule != MITIGATION]
    rest = [f for f in flags if f not in critical]
    if critical:
        parts.append("<table width='100%' cellspacing='0' cellpadding='4'><tr><td style='background:#fdecea'>"
                     + "".join(_flag_html(f, title_of(f.rule)) for f in critical) + "</td></tr></table>")
    if unmet:
        parts.append("<p style='color:#b3261e'><b>" + translate("ProposalView", "Absolutte krav som ikke er oppfylt:")
                     + "</b></p><ul>"
                     + _items(unmet) + "</ul>")
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='4'><tr>"
        "<td width='50%' valign='top' style='background:#eef6ee'><b>"
        + translate("ProposalView", "Det gir søkeren") + "</b><ul>"
        + _items(gains(applicant, target, waiting_days)) + "</ul></td>"
        "<td width='50%' valign='top' style='background:#f8f0e6'><b>"
        + translate("ProposalView", "Det koster oppgangen") + "</b><ul>"
        + _items(costs(applicant, target, mask_below)) + "</ul></td></tr></table>")
    parts.append("<h4 style='margin:8px 0 2px 0'>" + translate("ProposalView", "Risikovarsler") + "</h4>")
    if rest:
        parts += [_flag_html(f, title_of(f.rule)) for f in rest]
    elif critical:
        parts.append("<p>" + translate("ProposalView", "Ingen andre varsler enn de kritiske øverst.") + "</p>")
    else:
        parts.append("<p>" + translate("ProposalView", "Ingen risikovarsler for dette paret.") + "</p>")
    parts.append("<p style='color:#555'><small>"
                 + translate("ProposalView", "Varslene er råd med begrunnelse, aldri et automatisk avslag. "
                             "Bare antall vises for andre beboere.") + "</small></p>")
    if mask_below:
        parts.append("<p style='color:#555'><small>" + html.escape(masking_label(mask_below)) + "</small></p>")
    return "".join(parts)
