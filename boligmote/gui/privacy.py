"""What the window says while small neighbour counts are masked (issue 13 item 8).

In a running meeting with a participant without decision authority present (an adviser such
as the landlord), counts of other households below the setting show as «færre enn N», as in
the minutes: in a stairwell of three or four households an exact «1 husstand i aktiv rus»
identifies the neighbour. These texts say so wherever the window masks, so that nobody takes
«færre enn 3» for missing data.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..domain import Participant
from ..rules.rule import masks
from .qt_translations import translate
from ..words import shown


def fewer_than(n: int, mask_below: int) -> str:
    """A count of other households as the window shows it: «færre enn 3» when masked."""
    return translate("Privacy", "færre enn {n}").format(n=mask_below) if masks(n, mask_below) else str(n)


def masking_label(mask_below: int) -> str:
    """The status bar's indicator."""
    return translate("Privacy", "Rådgiver til stede: små antall vises som «færre enn {n}»").format(n=mask_below)


def masking_explanation(mask_below: int, advisers: Iterable[Participant] = ()) -> str:
    """Why counts are masked, and who without decision authority is present."""
    who = ", ".join(f"{shown(p.role)} ({p.organisation})" if p.organisation else shown(p.role) for p in advisers)
    text = translate("Privacy", "Møtet pågår med deltakere uten vedtaksmyndighet til stede{who}. Antall andre "
                     "husstander under {n} vises som «færre enn {n}» i sammensetningen, varslene og forslaget, "
                     "slik protokollen skriver dem; 0 og totaler vises som de er. Når møtet avsluttes, vises "
                     "nøyaktige antall igjen.")
    return text.format(who=f" ({who})" if who else "", n=mask_below)
