"""Composition of the selected unit's stairwell and building, as rows of counts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain import HouseholdType, IncidentType, NeedCategory
from ...domain.composition import months_before
from ...domain import UnitSurroundings
from ..bars import SHARE_ROLE
from .base import ALIGNMENT, DISPLAY, RIGHT_ALIGNED, TOOLTIP
from ...rules.rule import masks
from ..formatting import sentence_case
from ..privacy import fewer_than, masking_explanation
from ..qt_translations import QT_TRANSLATE_NOOP, translate
from ...words import label


@dataclass(frozen=True)
class CompositionRow:
    label: str
    stairwell: int | None
    building: int | None
    section: bool = False
    counts_households: bool = False  # a number of households: shown with its share as a bar
    # A count of some of the other households (or their members), not a total: while an adviser
    # is present, 1..N-1 show as «færre enn N» (issue 13 item 8).
    about_some: bool = False


def composition_rows(s: UnitSurroundings, today: date) -> list[CompositionRow]:
    sw, bd = s.stairwell_composition, s.building_composition

    # Callable[..., int]: the per-need and per-type rows bind their key as a default argument
    def row(label: str, value: Callable[..., int], households: bool = False,
            about_some: bool | None = None) -> CompositionRow:
        return CompositionRow(label, value(sw), value(bd), counts_households=households,
                              about_some=households if about_some is None else about_some)

    rows = [
        row(translate("Models", "Kommunale boliger"), lambda c: c.municipal_units),
        row(translate("Models", "Husstander"), lambda c: c.households),
        row(translate("Models", "Personer"), lambda c: c.persons),
        row(translate("Models", "Barn under 18 år"), lambda c: c.children, about_some=True),
        # Needs and incidents first: they are what the risk flags weigh, and they should show
        # without scrolling on a 1366×768 screen (issue 16 item 10); household types last.
        CompositionRow(translate("Models", "Behov"), None, None, section=True),
    ]
    rows += [row(sentence_case(label(n)), lambda c, n=n: c.count(n), True) for n in NeedCategory]
    rows.append(row(translate("Models", "Husstander med tunge behov"), lambda c: c.heavy_need_households, True))
    rows.append(CompositionRow(translate("Models", "Hendelser"), None, None, section=True))
    rows.append(row(translate("Models", "Siste 6 måneder"), lambda c: c.incidents_in_last_months(6, today)))
    rows += incident_kind_rows(s, today)
    rows.append(row(translate("Models", "Siste 12 måneder"), lambda c: c.incidents_in_last_months(12, today)))
    rows.append(CompositionRow(translate("Models", "Husstandstype"), None, None, section=True))
    rows += [row(sentence_case(label(t)), lambda c, t=t: c.count_type(t), True) for t in HouseholdType]
    return rows


def incident_kind_rows(s: UnitSurroundings, today: date, months: int = 6) -> list[CompositionRow]:
    """The last `months` months' incidents by kind (issue 17 item 3), the kinds that occurred only:
    what RECOVERY_NEAR_USE (drug-related kinds) and VULNERABLE_EXPOSED (outsiders) count."""
    since = months_before(today, months)
    stairwell = s.stairwell_composition.incidents_of_kinds_since(IncidentType, since)
    building = s.building_composition.incidents_of_kinds_since(IncidentType, since)
    return [CompositionRow("   " + sentence_case(label(kind)), stairwell.get(kind, 0), building.get(kind, 0))
            for kind in IncidentType if kind in building or kind in stairwell]


_FONT = int(Qt.ItemDataRole.FontRole)
_SHARE = int(SHARE_ROLE)


@cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class CompositionModel(QAbstractTableModel):
    HEADERS = ("", QT_TRANSLATE_NOOP("Models", "Oppgang"), QT_TRANSLATE_NOOP("Models", "Bygning"))

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self._rows: list[CompositionRow] = []
        self._households = (0, 0)
        self.mask_below = 0
        self.surroundings: UnitSurroundings | None = None
        self._cells: list[tuple[dict[int, object], ...]] = []

    def set_mask_below(self, mask_below: int) -> None:
        """«færre enn N» for small counts of other households while an adviser is present (0: exact)."""
        if mask_below != self.mask_below:
            self.mask_below = mask_below
            self._cells = self._answers()
            if self._rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 2))

    def _masked(self, item: CompositionRow, value: int | None) -> bool:
        return item.about_some and value is not None and masks(value, self.mask_below)

    def show(self, surroundings: UnitSurroundings | None) -> None:
        rows = composition_rows(surroundings, self.today) if surroundings else []
        households = ((surroundings.stairwell_composition.households,
                       surroundings.building_composition.households) if surroundings else (0, 0))
        if rows and [(r.label, r.section) for r in rows] == [(r.label, r.section) for r in self._rows]:
            # The same rows with other counts (most units): a reset would make the view lay out,
            # measure and paint the table anew, a third of choosing a unit (issue 16).
            self.surroundings, self._rows, self._households = surroundings, rows, households
            self._cells = self._answers()
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.surroundings = surroundings  # its compositions are live: show() again recounts them
        self._rows, self._households = rows, households
        self._cells = self._answers()
        self.endResetModel()

    def row(self, label: str) -> CompositionRow:
        return next(r for r in self._rows if r.label == label)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def _answers(self) -> list[tuple[dict[int, object], ...]]:
        """Every cell's answer to every role it answers, worked out once per unit shown: a view
        asks ~9 roles of each of ~75 cells at every paint, and data() is then one lookup."""
        return [tuple(self._answer(item, column) for column in range(len(self.HEADERS))) for item in self._rows]

    def _answer(self, item: CompositionRow, column: int) -> dict[int, object]:
        if column == 0:
            cell: dict[int, object] = {DISPLAY: item.label}
            if not item.section:
                cell[TOOLTIP] = item.label  # the label may be cut short in a narrow pane
            if item.section:
                cell[_FONT] = _bold()
            return cell
        value = item.stairwell if column == 1 else item.building
        masked = self._masked(item, value)
        cell = {DISPLAY: "" if value is None else fewer_than(value, self.mask_below) if item.about_some else str(value),
                ALIGNMENT: RIGHT_ALIGNED}
        if masked:
            cell[TOOLTIP] = masking_explanation(self.mask_below)
        if item.counts_households and not masked:  # a masked count's bar would give it away
            total = self._households[column - 1]
            share = (value or 0) / total if total else 0.0
            cell[_SHARE] = share
        if item.section:
            cell[_FONT] = _bold()
        return cell

    def column_texts(self, column: int) -> list[str]:
        """What each row shows in `column` (DisplayRole), for fitting the view to them."""
        return [str(cells[column].get(DISPLAY) or "") for cells in self._cells]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < len(self._cells):
            return None
        return self._cells[number][index.column()].get(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return translate("Models", self.HEADERS[section]) if self.HEADERS[section] else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags
