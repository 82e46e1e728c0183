"""The columns of an import file: canonical English names, bokmål aliases, and how a cell is read.

Headers are matched after `header_key` folds them: case, spaces, hyphens and the letters
æ, ø, å do not matter, so «Antall soverom», «antall_soverom», «ANTALL-SOVEROM» and
Husbanken Kobo's «antallSoverom» are the same column, and so are «unngå» and «unngaa».
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Iterator

from ...domain.limits import LIMITS, remove_invisible
from .cells import Parser

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e", "ü": "u", "ä": "ae", "ö": "o"})


def header_key(header: str) -> str:
    words = re.sub(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])", "_", remove_invisible(header).strip())  # camelCase → camel_case
    folded = words.casefold().translate(_FOLD)
    return re.sub(r"[^0-9a-z]+", "_", folded).strip("_")


@dataclass(frozen=True)
class Column:
    name: str                      # canonical, English: what the README and the samples document
    parse: Parser
    aliases: tuple[str, ...] = ()  # bokmål (and Husbanken Kobo) names, in `header_key` form
    required: bool = False         # the column must be there and every cell filled
    default: Any = None            # what an empty cell of an optional column means
    help: str = ""                 # the «format» cell of the README table

    @property
    def limit(self) -> str:
        """The field in domain/limits.py whose length and characters this column's cells must keep."""
        return self.name if self.name in LIMITS else "cell"

    def keys(self) -> tuple[str, ...]:
        return (header_key(self.name), *(header_key(alias) for alias in self.aliases))


@dataclass(frozen=True)
class ColumnSet:
    columns: tuple[Column, ...]
    _by_key: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key: dict[str, Column] = {}
        for column in self.columns:
            for key in column.keys():
                if key in by_key:
                    raise ValueError(f"header {key!r} names both {by_key[key].name} and {column.name}")
                by_key[key] = column
        object.__setattr__(self, "_by_key", by_key)

    def __iter__(self) -> Iterator[Column]:
        return iter(self.columns)

    def match(self, header: str) -> Column | None:
        return self._by_key.get(header_key(header))

    @property
    def required(self) -> list[Column]:
        return [c for c in self.columns if c.required]
