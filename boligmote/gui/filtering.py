"""A sort/filter proxy whose free-text filter asks the source model what a row says."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from .models.base import SORT_ROLE


class TextFilterProxy(QSortFilterProxyModel):
    """Filters rows by words typed (all must match) over the model's `filter_text(row)`,
    and by named conditions (a combo box each: bydel, rom, prioritet …)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._conditions: dict[str, Callable[[object], bool]] = {}
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_condition(self, name: str, condition: Callable[[object], bool] | None) -> None:
        """Keep only rows for which `condition(row)` holds; None removes the condition."""
        self.beginFilterChange()
        if condition is None:
            self._conditions.pop(name, None)
        else:
            self._conditions[name] = condition
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._conditions and not self._words:
            return True  # asked once per row whenever the list is filled: 10 000 rows on a national file
        model: Any = self.sourceModel()  # one of our list models: row_object, filter_text
        row = model.row_object(source_row)
        if not all(condition(row) for condition in self._conditions.values()):
            return False
        if not self._words:
            return True
        haystack = model.filter_text(row)
        return all(word in haystack for word in self._words)

    def row_object(self, proxy_row: int):
        """The domain object shown in this (filtered, sorted) row."""
        model: Any = self.sourceModel()
        return model.row_object(self.mapToSource(self.index(proxy_row, 0)).row())

    def find_row(self, predicate: Callable[[object], bool]) -> int | None:
        return next((row for row in range(self.rowCount()) if predicate(self.row_object(row))), None)
