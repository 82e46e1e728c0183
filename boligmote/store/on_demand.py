"""A table's rows as a read-only dict that reads them when first needed.

The window's start needs the stairwells and buildings of the vacant units, not the 25 000
stairwells and 7 000 buildings of a national estate (issue 16 item 12): a row is read by
key the first time it is asked for, and all rows the first time the dict is iterated or
counted (a dialog listing every building). Rows already read keep their objects.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar, cast

K = TypeVar("K")
V = TypeVar("V")


class RowsOnDemand(Mapping[K, V]):
    def __init__(self, one: Callable[[K], V | None], every: Callable[[], dict[K, V]],
                 known: Mapping[K, V] | None = None):
        self._rows: dict[K, V] = dict(known or {})
        self._one = one
        self._every = every
        self._complete = False

    def __getitem__(self, key: K) -> V:
        try:
            return self._rows[key]
        except KeyError:
            if self._complete:
                raise
        value = self._one(key)
        if value is None:
            raise KeyError(key)
        self._rows[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        try:
            self[cast(K, key)]  # a key of another type is simply not found
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[K]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def _all(self) -> dict[K, V]:
        if not self._complete:
            rows = self._every()
            rows.update(self._rows)
            self._rows, self._complete = rows, True
        return self._rows
