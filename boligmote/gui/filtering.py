"""A sort/filter proxy whose free-text filter asks the source model what a row says."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from .models.base import SORT_ROLE


class TextFilterProxy(QSortFilterProxyModel):
    """Filters rows by words typed (all must match) over the model's `filter_text(row)`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.filter_text(model.row_object(source_row))
        return all(word in haystack for word in self._words)
