"""Composition of the selected unit's stairwell and building, as rows of counts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain import Composition, HouseholdType, NeedCategory
from ...domain import UnitSurroundings
from ..bars import SHARE_ROLE
from ..formatting import sentence_case
from ..qt_translations import translate


@dataclass(frozen=True)
class CompositionRow:
    label: str
    stairwell: int | None
    building: int | None
    section: bool = False
    counts_households: bool = False  # a number of households: shown with its share as a bar


def composition_rows(s: UnitSurroundings, today: date) -> list[CompositionRow]:
    sw, bd = s.stairwell_composition, s.building_composition

    def row(label: str, value: Callable[[Composition], int], households: bool = False) -> CompositionRow:
        return CompositionRow(label, value(sw), value(bd), counts_households=households)

    rows = [
        row(translate("Models", "Kommunale boliger"), lambda c: c.municipal_units),
        row(translate("Models", "Husstander"), lambda c: c.households),
        row(translate("Models", "Personer"), lambda c: c.persons),
        row(translate("Models", "Barn under 18 år"), lambda c: c.children),
        CompositionRow(translate("Models", "Husstandstype"), None, None, section=True),
    ]
    rows += [row(sentence_case(t.label), lambda c, t=t: c.count_type(t), True) for t in HouseholdType]
    rows.append(CompositionRow(translate("Models", "Behov"), None, None, section=True))
    rows += [row(sentence_case(n.label), lambda c, n=n: c.count(n), True) for n in NeedCategory]
    rows.append(row(translate("Models", "Husstander med tunge behov"), lambda c: c.heavy_need_households, True))
    rows.append(CompositionRow(translate("Models", "Hendelser"), None, None, section=True))
    rows.append(row(translate("Models", "Siste 6 måneder"), lambda c: c.incidents_in_last_months(6, today)))
    rows.append(row(translate("Models", "Siste 12 måneder"), lambda c: c.incidents_in_last_months(12, today)))
    return rows


class CompositionModel(QAbstractTableModel):
    HEADERS = ("", QT_TRANSLATE_NOOP("Models", "Oppgang"), QT_TRANSLATE_NOOP("Models", "Bygning"))

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.today = today
        self._rows: list[CompositionRow] = []
        self._households = (0, 0)

    def show(self, surroundings: UnitSurroundings | None) -> None:
        self.beginResetModel()
        self._rows = composition_rows(surroundings, self.today) if surroundings else []
        self._households = ((surroundings.stairwell_composition.households,
                             surroundings.building_composition.households) if surroundings else (0, 0))
        self.endResetModel()

    def row(self, label: str) -> CompositionRow:
        return next(r for r in self._rows if r.label == label)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return item.label
            value = item.stairwell if index.column() == 1 else item.building
            return "" if value is None else str(value)
        if role == SHARE_ROLE and item.counts_households and index.column() > 0:
            value = item.stairwell if index.column() == 1 else item.building
            total = self._households[index.column() - 1]
            return value / total if total else 0.0
        if role == Qt.ItemDataRole.FontRole and item.section:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return translate("Models", self.HEADERS[section]) if self.HEADERS[section] else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags
