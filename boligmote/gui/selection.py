"""Selecting rows of our item views by the domain object behind them.

Every list model here (and its filter proxy) offers row_object(row) and find_row(predicate),
so views are asked «which applicant is selected», not «which index».
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView


def selected_object(view: QAbstractItemView):
    rows = view.selectionModel().selectedRows()
    return view.model().row_object(rows[0].row()) if rows else None


def select_object(view: QAbstractItemView, predicate: Callable[[object], bool], key: str) -> None:
    row = view.model().find_row(predicate)
    if row is None:
        raise KeyError(key)
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))
