"""The meeting view's chart: the stairwell's (or building's) composition now and with the
applicant moved in, one pair of bars per household type and need, painted to be read from three
metres on a washed-out projector (solid dark grey for «nå», dark blue hatched for «med søkeren»).

gui/meeting_view.py places it beside the case in hand.
"""
from __future__ import annotations


from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from ..domain import HouseholdType, NeedCategory
from ..services.composition_change import CountChange, PlacementChange
from .formatting import sentence_case
from .privacy import fewer_than
from .qt_translations import translate
from ..words import shown


_INK = QColor("#111111")


_MUTED = QColor("#3d3d3d")


_BEFORE = QColor("#4a4a4a")  # «nå»: solid dark grey


_ADDED = QColor("#0b4f9c")  # «med søkeren»: dark blue, and hatched, so it survives a washed-out projector


_CHANGED_ROW = QColor("#fff0b3")


_MASKED = QColor("#d0d0d0")


# A household type and a need category may share a label («eldre» is both): on the projector the
# two rows must read differently, so each such label says which it is (issue 16).
_SHARED_LABELS = {t.label for t in HouseholdType} & {n.label for n in NeedCategory}


def _row_label(change: CountChange) -> str:
    if change.key is None:
        return translate("MeetingView", "Tunge behov i alt")
    label = sentence_case(shown(change.key))
    if change.key.label in _SHARED_LABELS:
        kind = (translate("MeetingView", "husstand") if isinstance(change.key, HouseholdType)
                else translate("MeetingView", "behov"))
        label = f"{label} ({kind})"
    return label


class CompositionChart(QWidget):
    """Before→after for the stairwell and the building, one row per household type and need
    category present: a solid bar for now, a hatched segment for this placement, and the numbers
    as text («1 → 2»). Rows that change get a band and bold type."""

    MAX_FONT_PX = 44

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("meetingChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.change: PlacementChange | None = None
        self.stairwell_label = ""
        self.mask_below = 0
        self.placeholder = ""
        self.moved_in = False
        self.font_px = 0  # the row text's pixel size at the current size (tests read it)
        self.setAccessibleName(translate("MeetingView", "Beboersammensetning før og etter tildelingen"))

    def set_change(self, change: PlacementChange | None, stairwell_label: str = "", mask_below: int = 0,
                   placeholder: str = "", moved_in: bool = False) -> None:
        """moved_in: the allocation is recorded, so «before» is no longer «now»."""
        self.change, self.stairwell_label, self.mask_below = change, stairwell_label, mask_below
        self.placeholder, self.moved_in = placeholder, moved_in
        self.setAccessibleDescription(self.as_text())
        self.update()

    # What is drawn, as text: for screen readers and for the tests.
    def columns_text(self) -> str:
        if self.moved_in:
            return translate("MeetingView", "før vedtaket → med søkeren")
        return translate("MeetingView", "nå → med søkeren")

    def scope_titles(self) -> tuple[str, str]:
        return (translate("MeetingView", "Oppgang {label}").format(label=self.stairwell_label), translate("MeetingView", "Bygningen"))

    def rows(self) -> list[tuple[CountChange, CountChange]]:
        if self.change is None:
            return []
        return [(s, b) for s, b in zip(self.change.stairwell.rows, self.change.building.rows) if s.shown or b.shown]

    def groups(self) -> list[tuple[str, list[tuple[CountChange, CountChange]]]]:
        """(caption, rows) for «Husstandstype» and «Behov», leaving out an empty group. By the
        key's type: HouseholdType.ELDERLY == NeedCategory.ELDERLY as strings, so a row compared
        by value could land in the wrong group."""
        rows = self.rows()
        types = [pair for pair in rows if isinstance(pair[0].key, HouseholdType)]
        needs = [pair for pair in rows if not isinstance(pair[0].key, HouseholdType)]
        return [(caption, group) for caption, group in ((translate("MeetingView", "Husstandstype"), types),
                                                        (translate("MeetingView", "Behov"), needs)) if group]

    def cell_text(self, change: CountChange) -> str:
        """«3», «1 → 2», or masked «færre enn 3 → +1» (before = after − 1 would give it away)."""
        if change.masked(self.mask_below):
            before = fewer_than(change.before, self.mask_below)
            return f"{before} → +{change.added}" if change.added else before
        if change.added:
            return f"{change.before} → {change.after}"
        return str(change.before)

    def total_text(self, totals: tuple[int, int]) -> str:
        before, after = totals
        return f"{before} → {after}" if after != before else str(before)

    def as_text(self) -> str:
        if self.change is None:
            return self.placeholder
        stairwell, building = self.scope_titles()
        households = translate("MeetingView", "Husstander i alt")
        lines = [f"{households}: {stairwell} {self.total_text(self.change.stairwell.households)}, "
                 f"{building} {self.total_text(self.change.building.households)}"]
        lines += [f"{_row_label(s)}: {stairwell} {self.cell_text(s)}, {building} {self.cell_text(b)}"
                  for s, b in self.rows()]
        return "\n".join(lines)

    # Geometry.
    def _fonts(self, px: int) -> tuple[QFont, QFont]:
        regular = QFont(self.font())
        regular.setPixelSize(max(1, px))
        regular.setBold(False)
        bold = QFont(regular)
        bold.setBold(True)
        return regular, bold

    ROW_HEIGHT = 1 / 0.7  # row height per pixel of type

    def _units(self) -> float:
        """The chart's height in rows: headings, totals, two captions, the rows, the legend."""
        return 1.3 + 0.9 + 1.0 + 0.8 * 2 + len(self.rows()) + 1.2

    def _label_text(self, stairwell_row: CountChange, building_row: CountChange) -> tuple[str, bool]:
        changed = bool(stairwell_row.added or building_row.added)
        return ("▲ " if changed else "") + _row_label(stairwell_row), changed

    def _label_width(self, px: int) -> float:
        regular, bold = self._fonts(px)
        widths = [QFontMetrics(bold).horizontalAdvance(translate("MeetingView", "Husstander i alt"))]
        for pair in self.rows():
            text, changed = self._label_text(*pair)
            widths.append(QFontMetrics(bold if changed else regular).horizontalAdvance(text))
        return max(widths) + px * 1.2

    def content_height(self, px: int) -> float:
        return self._units() * px * self.ROW_HEIGHT

    def fit_font_px(self, width: int, height: int) -> int:
        """The largest row text (≤ MAX_FONT_PX) at which every row, label and number fits: the
        label column is as wide as its longest label, the two scopes share the rest."""
        px = min(self.MAX_FONT_PX, int(height / self._units() / self.ROW_HEIGHT))
        while px > 9:
            _regular, bold = self._fonts(px)
            metrics = QFontMetrics(bold)
            scope_width = (width - self._label_width(px)) / 2
            heading = max(metrics.horizontalAdvance(t) for t in self.scope_titles()) * 1.15
            small = QFont(_regular)
            small.setPixelSize(self._small_px(px))
            columns = QFontMetrics(small).horizontalAdvance(self.columns_text())
            if (self._number_width(metrics) + px * 3 <= scope_width and max(heading, columns) + px <= scope_width
                    and self.legend_width(_regular, px, long=False) <= width):
                break
            px -= 1
        return px

    @staticmethod
    def _small_px(px: int) -> int:
        return max(9, int(px * 0.8))

    def _number_width(self, metrics: QFontMetrics) -> float:
        texts = [self.cell_text(c) for pair in self.rows() for c in pair] + ["00 → 00"]
        return max(metrics.horizontalAdvance(t) for t in texts) + metrics.height() * 0.6

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        width, height = self.width(), self.height()
        if self.change is None:
            regular, _bold = self._fonts(max(16, min(36, height // 14)))
            painter.setFont(regular)
            painter.setPen(_MUTED)
            painter.drawText(self.rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        px = self.font_px = self.fit_font_px(width, height)
        regular, bold = self._fonts(px)
        heading = QFont(bold)
        heading.setPixelSize(int(px * 1.15))
        small = QFont(regular)
        small.setPixelSize(self._small_px(px))
        # Room to spare (a short list) spreads the rows a little: easier to follow across.
        row_height = max(px * self.ROW_HEIGHT, min(px * self.ROW_HEIGHT * 1.3, height / self._units()))
        label_width = self._label_width(px)
        scope_width = (width - label_width) / 2
        number_width = self._number_width(QFontMetrics(bold))
        scopes = (self.change.stairwell, self.change.building)
        x_scope = [label_width, label_width + scope_width]
        y = 0.0

        # Headings: «Oppgang A» and «Bygningen», with «nå → med søkeren» under them.
        painter.setPen(_INK)
        painter.setFont(heading)
        for x, title in zip(x_scope, self.scope_titles()):
            painter.drawText(QRectF(x + px * 0.4, y, scope_width - px * 0.4, row_height * 1.3),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
        y += row_height * 1.3
        painter.setFont(small)
        painter.setPen(_MUTED)
        for x in x_scope:
            painter.drawText(QRectF(x + px * 0.4, y, scope_width, row_height * 0.9),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.columns_text())
        y += row_height * 0.9
        painter.setPen(QPen(_INK, max(2, px // 10)))
        painter.drawLine(QPointF(0, y), QPointF(width, y))

        # Households in all: never masked (a total identifies nobody).
        totals = [scope.households for scope in scopes]
        self._label(painter, bold, QRectF(0, y, label_width, row_height), translate("MeetingView", "Husstander i alt"), px)
        for x, total in zip(x_scope, totals):
            painter.setFont(bold)
            painter.setPen(_INK)
            painter.drawText(QRectF(x + px * 0.4, y, scope_width, row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.total_text(total))
        y += row_height

        rows = self.rows()
        # Each column's longest bar fills its room: the counts are read as text, the bars compare rows.
        scales = [max([max(r[i].after, self.mask_below - 1 if r[i].masked(self.mask_below) else 0) for r in rows]
                      + [1]) for i in (0, 1)]
        for caption, group in self.groups():
            painter.setFont(small)
            painter.setPen(_MUTED)
            painter.drawText(QRectF(px * 0.3, y, width, row_height * 0.8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, caption.upper())
            y += row_height * 0.8
            for stairwell_row, building_row in group:
                label, changed = self._label_text(stairwell_row, building_row)
                if changed:
                    painter.fillRect(QRectF(0, y + 1, width, row_height - 2), _CHANGED_ROW)
                self._label(painter, bold if changed else regular, QRectF(0, y, label_width, row_height), label, px)
                for x, change, scale in ((x_scope[0], stairwell_row, scales[0]),
                                         (x_scope[1], building_row, scales[1])):
                    self._cell(painter, bold if change.added else regular, QRectF(x, y, scope_width, row_height),
                               change, scale, number_width, px)
                y += row_height
        painter.setPen(QPen(_INK, max(2, px // 10)))
        painter.drawLine(QPointF(0, y), QPointF(width, y))
        self._legend(painter, regular, QRectF(0, y + row_height * 0.1, width, row_height), px)
        painter.end()

    def _label(self, painter: QPainter, font: QFont, rect: QRectF, text: str, px: int) -> None:
        painter.setFont(font)
        painter.setPen(_INK)
        painter.drawText(rect.adjusted(px * 0.3, 0, -px * 0.3, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _cell(self, painter: QPainter, font: QFont, rect: QRectF, change: CountChange, scale: int,
              number_width: float, px: int) -> None:
        x = rect.left() + px * 0.4
        bar_room = rect.width() - number_width - px * 1.2
        top, bar_height = rect.top() + rect.height() * 0.2, rect.height() * 0.6
        unit = bar_room / scale
        if change.masked(self.mask_below):
            # The masked count has no length: a grey dotted box as long as «færre enn N» allows.
            before = QRectF(x, top, unit * (self.mask_below - 1), bar_height)
            painter.setPen(QPen(_INK, 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(_MASKED)
            painter.drawRect(before)
        else:
            before = QRectF(x, top, unit * change.before, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_BEFORE)
            painter.drawRect(before)
        if change.added:
            self._hatched(painter, QRectF(before.right(), top, unit * change.added, bar_height), px)
        painter.setFont(font)
        painter.setPen(_INK)
        text_left = x + bar_room + px * 0.5
        painter.drawText(QRectF(text_left, rect.top(), rect.right() - text_left, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.cell_text(change))

    @staticmethod
    def _hatched(painter: QPainter, rect: QRectF, px: int) -> None:
        """This placement: white with thick dark-blue diagonals and a solid border (a pattern,
        not only a colour)."""
        painter.save()
        painter.setBrush(Qt.GlobalColor.white)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(rect)
        clip = QPainterPath()
        clip.addRect(rect)
        painter.setClipPath(clip)
        painter.setPen(QPen(_ADDED, max(2.0, px / 8)))
        step = max(5.0, px / 3)
        offset = -rect.height()
        while offset < rect.width():
            painter.drawLine(QPointF(rect.left() + offset, rect.bottom()),
                             QPointF(rect.left() + offset + rect.height(), rect.top()))
            offset += step
        painter.setClipping(False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(_ADDED, max(2.0, px / 10)))
        painter.drawRect(rect)
        painter.restore()

    def legend_items(self, long: bool = True) -> list[tuple[str, str]]:
        now = translate("MeetingView", "før vedtaket") if self.moved_in else translate("MeetingView", "nå")
        items = [(now, "now"), (translate("MeetingView", "med søkeren (▲ endres)"), "added")]
        if self.mask_below:
            masked = (translate("MeetingView", "færre enn {n}: rådgiver til stede") if long
                      else translate("MeetingView", "færre enn {n}"))
            items.append((masked.format(n=self.mask_below), "masked"))
        return items

    def legend_width(self, font: QFont, px: int, long: bool = True) -> float:
        metrics = QFontMetrics(font)
        swatch = metrics.height() * 0.8 * 1.6
        return px * 0.3 + sum(swatch + px * 0.3 + metrics.horizontalAdvance(text) + px * 1.2
                              for text, _kind in self.legend_items(long))

    def _legend(self, painter: QPainter, font: QFont, rect: QRectF, px: int) -> None:
        long = self.legend_width(font, px) <= rect.width()  # the banner above says why, when it must be short
        painter.setFont(font)
        metrics = QFontMetrics(font)
        box = metrics.height() * 0.8
        x, middle = rect.left() + px * 0.3, rect.center().y()
        for text, kind in self.legend_items(long):
            swatch = QRectF(x, middle - box / 2, box * 1.6, box)
            if kind == "now":
                painter.fillRect(swatch, _BEFORE)
            elif kind == "added":
                self._hatched(painter, swatch, px)
            else:
                painter.setPen(QPen(_INK, 1.5, Qt.PenStyle.DotLine))
                painter.setBrush(_MASKED)
                painter.drawRect(swatch)
            painter.setPen(_INK)
            x = swatch.right() + px * 0.3
            painter.drawText(QRectF(x, rect.top(), rect.right() - x, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + px * 1.2
