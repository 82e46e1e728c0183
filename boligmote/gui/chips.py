"""Flag chips: small labelled badges, one per flag, in a table cell.

Colour is never the only signal (projectors wash colours out, and some members are
colour-blind): each chip starts with a mark — ‼ critical, ! warning, i info, + on-site
mitigation — and the row's text and tooltip spell the severity out.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..domain import Severity
from ..rules import MITIGATION
from .qt_translations import QT_TRANSLATE_NOOP, translate

CHIPS_ROLE = Qt.ItemDataRole.UserRole + 3
_PADDING, _GAP = 6, 4
_MARK_PADDING = 3  # a chip shown as its mark alone: narrow, so that a row's every flag shows


@dataclass(frozen=True)
class Chip:
    text: str
    background: str
    foreground: str

    @property
    def mark(self) -> str:
        """The chip without its label («‼», «!», «i», «+»): where a list is too narrow for the
        labels, every flag still shows, and how grave it is (the tooltip names them)."""
        return self.text.split(" ", 1)[0]


def _widths(chips: list[Chip], metrics: QFontMetrics) -> tuple[list[int], list[int]]:
    """Each chip's width with its label, and as its mark alone, the gap after it included."""
    return ([metrics.horizontalAdvance(c.text) + 2 * _PADDING + _GAP for c in chips],
            [metrics.horizontalAdvance(c.mark) + 2 * _MARK_PADDING + _GAP for c in chips])


def _labelled_count(chips: list[Chip], metrics: QFontMetrics, width: int) -> int:
    """How many of a row's chips keep their label in `width`, the rest shown as marks: as
    many as leave room for every other chip's mark (all of them where there is room)."""
    full, marks = _widths(chips, metrics)
    room = width - _GAP
    for count in range(len(chips), 0, -1):
        if sum(full[:count]) + sum(marks[count:]) <= room:
            return count
    return 0


def least_width(chips: list[Chip], metrics: QFontMetrics) -> int:
    """The width that shows every chip of a row, as marks if need be."""
    return sum(_widths(chips, metrics)[1]) + _GAP


_STYLE = {
    Severity.CRITICAL: ("‼", "#b3261e", "#ffffff"),
    Severity.WARNING: ("!", "#f2b01e", "#1d1b16"),
    Severity.INFO: ("i", "#d6e3f0", "#102a43"),
}
_MITIGATION_STYLE = ("+", "#cde8d0", "#0f3d17")
# Bokmål source texts (this runs at import, before a translator); severity_word() translates.
SEVERITY_WORD = {Severity.CRITICAL: QT_TRANSLATE_NOOP("Chips", "Kritisk"),
                 Severity.WARNING: QT_TRANSLATE_NOOP("Chips", "Advarsel"),
                 Severity.INFO: QT_TRANSLATE_NOOP("Chips", "Info")}


def severity_word(severity: Severity) -> str:
    return translate("Chips", SEVERITY_WORD[severity])


def mitigation_word() -> str:
    return translate("Chips", "Tiltak")


def chip_for(rule: str, severity: Severity, short: str) -> Chip:
    mark, background, foreground = _MITIGATION_STYLE if rule == MITIGATION else _STYLE[severity]
    return Chip(f"{mark} {short}", background, foreground)


def chips_as_text(rules: list[tuple[str, Severity, str]]) -> str:
    """The same chips as words, for DisplayRole, screen readers and copy/paste."""
    if not rules:
        return translate("Chips", "Ingen varsler")
    return "; ".join((mitigation_word() if rule == MITIGATION else severity_word(severity)) + f": {short}"
                     for rule, severity, short in rules)


class FlagChipDelegate(QStyledItemDelegate):
    """Paints a row's chips from a strip drawn once: the candidate list is painted again at every
    unit chosen, and its rows share a few sets of chips, so a paint is one pixmap instead of a
    text layout and a rounded rectangle per chip (issue 16: select a unit within a frame)."""

    _STRIPS = 256  # strips kept: sets of chips × cell widths seen lately

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strips: OrderedDict[tuple, QPixmap] = OrderedDict()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        chips: list[Chip] | None = index.data(CHIPS_ROLE)
        if chips is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect, font, palette = option.rect, option.font, option.palette
        height = QFontMetrics(font).height() + 4
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        placeholder, text = palette.color(palette.ColorRole.PlaceholderText), palette.color(palette.ColorRole.Text)
        key = (tuple(chips), rect.width(), height, font.key(), placeholder.rgba(), text.rgba(), ratio)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = _strip(chips, rect.width(), height, font, placeholder, text, ratio)
            if len(self._strips) > self._STRIPS:
                self._strips.popitem(last=False)
        else:
            self._strips.move_to_end(key)
        painter.drawPixmap(rect.left(), rect.top() + (rect.height() - height) // 2, strip)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        chips: list[Chip] | None = index.data(CHIPS_ROLE)
        if not chips:
            return super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(sum(_widths(chips, metrics)[0]) + _GAP, metrics.height() + 10)


def _strip(chips: list[Chip], width: int, height: int, font: QFont, placeholder: QColor, text: QColor,
           ratio: float) -> QPixmap:
    """The chips as they stand in a cell `width` wide, on a transparent strip `height` tall: a
    «–» for none; as many labelled as fit, the rest as their marks; a «…» where the next would
    not fit."""
    strip = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    strip.setDevicePixelRatio(ratio)
    strip.fill(Qt.GlobalColor.transparent)
    painter = QPainter(strip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    x, right = _GAP, width - 1
    if not chips:
        painter.setPen(placeholder)
        painter.drawText(QRect(_GAP, 0, width - _GAP, height), Qt.AlignmentFlag.AlignVCenter, "–")
    labelled = _labelled_count(chips, metrics, width)
    for number, chip in enumerate(chips):
        shown, padding = (chip.text, _PADDING) if number < labelled else (chip.mark, _MARK_PADDING)
        chip_width = metrics.horizontalAdvance(shown) + 2 * padding
        if x + chip_width > right:
            painter.setPen(text)
            painter.drawText(QRect(x, 0, 24, height), Qt.AlignmentFlag.AlignCenter, "…")
            break
        rect = QRect(x, 0, chip_width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(chip.background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(chip.foreground))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        x += chip_width + _GAP
    painter.end()
    return strip
