"""Selecting rows of our item views by the domain object behind them.

Every list model here (and its filter proxy) offers row_object(row) and find_row(predicate),
so views are asked «which applicant is selected», not «which index».
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtWidgets import QAbstractItemView, QTableView


class RowModel(Protocol):
    """What our list models and their filter proxies offer beside Qt's model interface."""

    def row_object(self, row: int) -> Any: ...

    def find_row(self, predicate: Callable[[Any], bool]) -> int | None: ...


def row_model(view: QAbstractItemView) -> RowModel:
    return cast(RowModel, view.model())


def selected_object(view: QAbstractItemView) -> Any:
    rows = view.selectionModel().selectedRows()
    return row_model(view).row_object(rows[0].row()) if rows else None


def select_object(view: QTableView, predicate: Callable[[Any], bool], key: str) -> None:
    row = row_model(view).find_row(predicate)
    if row is None:
        raise KeyError(key)
    view.selectRow(row)
    view.scrollTo(view.model().index(row, 0))
