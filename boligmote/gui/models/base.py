"""A read-only table model defined by a list of columns, each a header and accessors."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
# Raw values for sorting (numbers and dates sort as such, not as their display text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The row's domain object, for views and tests that need what is behind a row.
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles data() answers, as plain ints: a view asks ~9 roles of every cell it sizes or paints,
# and looking the enum members up on each call cost more than the answer (issue 16).
DISPLAY, TOOLTIP, ALIGNMENT = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                               int(Qt.ItemDataRole.TextAlignmentRole))
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None
    align_right: bool = False
    # Hidden in «skjermet visning» (screen-share mode): names and anything that identifies.
    identifying: bool = False


class ColumnTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: Sequence[Row] = []
        self._screened = False

    # -- content --

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Rows may be a lazy sequence: only the rows a view asks for are built."""
        self.beginResetModel()
        self._rows = rows if isinstance(rows, Sequence) else list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Row:
        return self._rows[row]

    def find_row(self, predicate) -> int | None:
        return next((row for row, row_object in enumerate(self._rows) if predicate(row_object)), None)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_screened(self, screened: bool) -> None:
        if screened != self._screened:
            self._screened = screened
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def display_text(self, row: int, column: int) -> str:
        """What a cell shows (DisplayRole), asked from Python without a model index: a view's
        columns are fitted to the texts of a screenful of rows (issue 16, start-up)."""
        shown_column = self._columns[column]
        if shown_column.identifying and self._screened:
            return "••••"
        return shown_column.display(self._rows[row])

    def column_index(self, header: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.header == header)

    # -- QAbstractTableModel --

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == DISPLAY:
            if column.identifying and self._screened:
                return "••••"
            return column.display(self._rows[number])
        if role == SORT_ROLE:
            if column.identifying and self._screened:
                return ""
            row = self._rows[number]
            return column.sort_key(row) if column.sort_key else column.display(row)
        if role == TOOLTIP and column.tooltip and not (column.identifying and self._screened):
            return column.tooltip(self._rows[number])
        if role == ALIGNMENT and column.align_right:
            return RIGHT_ALIGNED
        if role == OBJECT_ROLE:
            return self._rows[number]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
