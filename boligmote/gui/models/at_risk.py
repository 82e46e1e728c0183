"""The list of tenancies at risk (Møte → Leieforhold i risiko) as a table: one row per tenancy."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...domain import LedgerEntryKind
from ...domain.at_risk import AtRiskTenancy, kroner
from ..qt_translations import translate
from .base import Column, ColumnTableModel
from ...words import shown

_URGENT_COLOUR = QColor("#9c1c1c")  # dark red on white: 7:1 contrast; the text says «begjæring» too


# Sort keys are numbers and ISO dates as text: a Python date reaches Qt as an opaque object.
def at_risk_columns(today: date) -> list[Column[AtRiskTenancy]]:
    def arrears(item: AtRiskTenancy) -> str:
        if item.arrears is None:
            return "–"
        months = item.arrears_months
        if months is None or not item.arrears:
            return kroner(item.arrears)
        text = translate("Models", "{amount} ({months} mnd. leie)").format(
            amount=kroner(item.arrears), months=f"{months:.1f}".replace(".", ","))
        trend = {"stiger": "↑", "synker": "↓"}.get(item.trend, "")
        return f"{text} {trend}" if trend else text

    def warning(item: AtRiskTenancy) -> str:
        if item.warning is None:
            return "–"
        return f"{shown(item.warning)} {item.warning_on:%d.%m.%Y}"

    def decided(item: AtRiskTenancy) -> str:
        if item.last_decision is None:
            return translate("Models", "ikke behandlet")
        text = f"{item.last_decision.decided_on:%d.%m.%Y}"
        return text if item.decided_since_ledger else translate("Models", "{date} (nye meldinger siden)").format(
            date=text)

    return [
        Column(translate("Models", "Bolig"), lambda i: i.unit_id),
        Column(translate("Models", "Adresse"), lambda i: f"{i.address}, {i.stairwell_label}",
               tooltip=lambda i: i.district),
        Column(translate("Models", "Husstand"), lambda i: i.household, tooltip=lambda i: i.household),
        Column(translate("Models", "Restanse"), arrears, sort_key=lambda i: i.arrears or 0, align_right=True,
               tooltip=lambda i: (translate("Models", "Saldo per {date}").format(date=f"{i.arrears_on:%d.%m.%Y}")
                                  + (f"; {i.trend}" if i.trend else "")) if i.arrears_on else ""),
        Column(translate("Models", "Varsel"), warning,
               sort_key=lambda i: (2 if i.warning is LedgerEntryKind.EVICTION_PETITION else 1 if i.warning else 0)),
        # «Beslutning», never «vedtak»: a measure is an internal decision, not an enkeltvedtak
        Column(translate("Models", "Beslutning"), decided,
               sort_key=lambda i: i.last_decision.decided_on.isoformat() if i.last_decision else "",
               tooltip=lambda i: i.last_decision.measures_text if i.last_decision else ""),
        Column(translate("Models", "Samarbeidsplan"), lambda i: i.plan.summary(today) if i.plan else "–",
               tooltip=lambda i: "; ".join(i.plan.parties) if i.plan else ""),
    ]


class AtRiskModel(ColumnTableModel[AtRiskTenancy]):
    def __init__(self, today: date, parent=None):
        super().__init__(at_risk_columns(today), parent)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        # A petition for eviction is weeks from the bailiff (004 l.1985–1990): in red, and it says so.
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < self.rowCount()
                and self.row_object(index.row()).warning is LedgerEntryKind.EVICTION_PETITION):
            return QBrush(_URGENT_COLOUR)
        return super().data(index, role)
