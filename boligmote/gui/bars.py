"""A count with a bar behind it showing its share of the households: readable on a projector."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

SHARE_ROLE = Qt.ItemDataRole.UserRole + 4
# Strong enough to read from the back of a meeting room, light enough that black figures
# on it keep a contrast above 7:1 (WCAG AAA) (issue 16 item 10).
_BAR_COLOUR = QColor("#8db4dc")


class ShareBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if share:
            painter.save()
            bar = QRectF(option.rect).adjusted(2, 2, -2, -2)
            bar.setWidth(max(2.0, bar.width() * min(1.0, float(share))))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_BAR_COLOUR)
            painter.drawRect(bar)
            painter.restore()
        super().paint(painter, option, index)
