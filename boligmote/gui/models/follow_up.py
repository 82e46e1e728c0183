"""The follow-up list (Møte → Oppfølging) as a table: one row per point due or overdue."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.follow_up import FollowUpDue
from ..qt_translations import translate
from .base import Column, ColumnTableModel

_OVERDUE_COLOUR = QColor("#9c1c1c")  # dark red on white: 7:1 contrast; the text says «forfalt» too


# Sort keys are ISO dates as text: a Python date reaches Qt as an opaque object, which
# QSortFilterProxyModel cannot compare (the rows would stay in their original order).
def follow_up_columns(today: date) -> list[Column[FollowUpDue]]:
    def due(item: FollowUpDue) -> str:
        text = f"{item.point.due_on:%d.%m.%Y}"
        if item.point.overdue(today):
            days = (today - item.point.due_on).days
            return translate("Models", "{date} (forfalt, {days} d)").format(date=text, days=days)
        return text

    def first_line(item: FollowUpDue) -> str:
        lines = item.point.promised.splitlines()
        return lines[0] + (" …" if len(lines) > 1 else "")

    return [
        Column(translate("Models", "Frist"), due, sort_key=lambda i: i.point.due_on.isoformat()),
        Column(translate("Models", "Sak"), lambda i: i.point.case_no or "–",
               tooltip=lambda i: "" if i.point.case_no else (
                   translate("Models", "Fristen for en beslutning om tiltak (leieforhold i risiko)")
                   if i.point.at_risk_decision_id else translate("Models", "Lagt til for hånd, uten vedtak i filen"))),
        Column(translate("Models", "Bolig"), lambda i: i.unit_id),
        Column(translate("Models", "Adresse"), lambda i: f"{i.address}, {i.stairwell_label}",
               tooltip=lambda i: i.district),
        Column(translate("Models", "Husstand"), lambda i: i.household),
        Column(translate("Models", "Hva som ble lovet"), first_line, tooltip=lambda i: i.point.promised),
        Column(translate("Models", "Vedtatt"),
               lambda i: f"{i.meeting_held_on:%d.%m.%Y}" if i.meeting_held_on else "–",
               sort_key=lambda i: i.meeting_held_on.isoformat() if i.meeting_held_on else ""),
    ]


class FollowUpModel(ColumnTableModel[FollowUpDue]):
    def __init__(self, today: date, parent=None):
        super().__init__(follow_up_columns(today), parent)
        self.today = today

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.row() < self.rowCount() and role in (Qt.ItemDataRole.ForegroundRole,
                                                                          Qt.ItemDataRole.FontRole):
            if not self.row_object(index.row()).point.overdue(self.today):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OVERDUE_COLOUR)
            if index.column() == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
