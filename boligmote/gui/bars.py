"""A count with a bar behind it showing its share of the households: readable on a projector."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

SHARE_ROLE = Qt.ItemDataRole.UserRole + 4
_BAR_COLOUR = QColor("#c9dcef")


class ShareBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if share:
            painter.save()
            bar = QRectF(option.rect).adjusted(2, 4, -2, -4)
            bar.setWidth(max(2.0, bar.width() * min(1.0, float(share))))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_BAR_COLOUR)
            painter.drawRect(bar)
            painter.restore()
        super().paint(painter, option, index)
