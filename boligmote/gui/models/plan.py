"""The agenda plan as tables: one row per placement, and the plan beside strict queue order."""
from __future__ import annotations

from ...planning.plan import Placement, Unhoused
from ..qt_translations import translate
from .base import Column, ColumnTableModel


def _flags(placement: Placement) -> str:
    return "; ".join(placement.flag_chips) or translate("Models", "ingen")


def _flag_titles(placement: Placement) -> str:
    return "\n".join(placement.flag_words) or translate("Models", "ingen")


def _why(placement: Placement) -> str:
    """The first reason, and how many were passed over (the pane beside says it all)."""
    if placement.passed_over:
        return translate("Models", "{count} forbigått – {first}").format(
            count=len(placement.passed_over), first=placement.why[0])
    return placement.why[0] if placement.why else ""


def plan_columns() -> list[Column[Placement]]:
    return [
        Column(translate("Models", "Bolig"), lambda p: p.unit_id),
        Column(translate("Models", "Adresse"), lambda p: f"{p.address}, {p.stairwell}"),
        Column(translate("Models", "Søker"), lambda p: p.case_no),
        Column(translate("Models", "Varsler"), _flags, tooltip=_flag_titles,
               sort_key=lambda p: sum(3 if s.value == "critical" else 2 if s.value == "warning" else 1
                                      for _, s in p.flags)),
        Column(translate("Models", "Hvorfor"), _why, tooltip=lambda p: "\n".join(p.why),
               sort_key=lambda p: len(p.passed_over)),
        Column(translate("Models", "Låst"), lambda p: translate("Models", "låst") if p.locked else ""),
    ]


class PlanTableModel(ColumnTableModel[Placement]):
    def __init__(self, parent=None):
        super().__init__(plan_columns(), parent)


class ComparisonModel(ColumnTableModel[tuple[str, int, int]]):
    """(what, strict queue order, the plan) rows from services.planning.Comparison.rows()."""

    def __init__(self, parent=None):
        super().__init__([
            Column(translate("Models", "Mål"), lambda r: r[0]),
            Column(translate("Models", "Streng køorden"), lambda r: str(r[1]), sort_key=lambda r: r[1],
                   align_right=True),
            Column(translate("Models", "Planen"), lambda r: str(r[2]), sort_key=lambda r: r[2], align_right=True),
        ], parent)


class UnhousedModel(ColumnTableModel[Unhoused]):
    """The high-ranked applicants the plan houses nowhere, each with why (whole in the tooltip
    and in the pane beside)."""

    def __init__(self, parent=None):
        super().__init__([
            Column(translate("Models", "Søker"), lambda u: u.case_no),
            Column(translate("Models", "Nr. i køen"), lambda u: str(u.queue_place), sort_key=lambda u: u.queue_place,
                   align_right=True),
            Column(translate("Models", "Hvorfor"), lambda u: u.reasons[0] if u.reasons else "",
                   tooltip=lambda u: "\n".join(u.reasons)),
        ], parent)
