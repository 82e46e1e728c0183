"""Turning a table of cell texts into typed rows, collecting every refused cell on the way.

Each distinct text in a column is parsed once: an export of 30,000 households has only
a few hundred distinct need lists, ages and dates, so the check stays fast without
giving up a single cell.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ...domain.limits import check_text
from .columns import Column, ColumnSet
from .problems import Problem
from .reading import Table
from ...words import Phrase, message_of

# A cell that was refused; the row it is in is never written.
INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID", "__slots__": ()})()


@dataclass(frozen=True, slots=True)
class Row:
    number: int                 # as the spreadsheet shows it
    index: int                  # position in the table
    values: dict[str, Any]      # canonical column → value; columns absent from the file are absent here

    @property
    def valid(self) -> bool:
        return all(value is not INVALID for value in self.values.values())


@dataclass
class ParsedRows:
    table: Table
    columns: ColumnSet
    values: dict[str, list[Any]]
    problems: list[Problem] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.table)

    def has(self, name: str) -> bool:
        """Whether the file has this column (an absent optional column leaves stored values alone)."""
        return name in self.values

    def __iter__(self) -> Iterator[Row]:
        names = list(self.values)
        for index, (number, *cells) in enumerate(zip(self.table.row_numbers, *self.values.values())):
            yield Row(number, index, dict(zip(names, cells)))

    def refuse(self, row: Row, name: str, reason: str, value: str | None = None) -> None:
        """Record a problem with a cell; the value shown is the cell's text unless given."""
        column = next(c for c in self.columns if c.name == name)
        text = self.table.cells[name][row.index] if value is None and name in self.table.cells else value or ""
        self.problems.append(Problem(row.number, self.table.header(column), text, reason))
        row.values[name] = INVALID

    def refuse_duplicates(self, rows: list[Row], name: str, what: Phrase) -> None:
        """Every row after the first with the same key is refused, naming the first."""
        first_row: dict[Any, int] = {}
        for row in rows:
            key = row.values.get(name, INVALID)
            if key is INVALID:
                continue
            if key in first_row:
                self.refuse(row, name, Phrase("errors.rows.duplicate", what=what, row=first_row[key]))
            else:
                first_row[key] = row.number


def parse_table(table: Table, columns: ColumnSet) -> ParsedRows:
    parsed = ParsedRows(table, columns, {}, list(table.problems))
    for column in columns:
        if column.name not in table.cells:
            continue
        parsed.values[column.name] = _parse_column(column, table, parsed.problems)
    return parsed


def _parse_column(column: Column, table: Table, problems: list[Problem]) -> list[Any]:
    header = table.header(column)
    outcomes: dict[str, Any] = {}  # text → value, or the reason it was refused (as a _Refusal)
    values = []
    refused = table.refused.get(column.name, ())
    for index, (number, text) in enumerate(zip(table.row_numbers, table.cells[column.name])):
        if index in refused:
            values.append(INVALID)  # the reader has said why
            continue
        try:
            outcome = outcomes[text]
        except KeyError:
            outcome = outcomes[text] = _parse_cell(column, text)
        if type(outcome) is _Refusal:
            problems.append(Problem(number, header, text, outcome.reason))
            values.append(INVALID)
        else:
            values.append(outcome)
    return values


@dataclass(frozen=True, slots=True)
class _Refusal:
    reason: str


def _parse_cell(column: Column, text: str) -> Any:
    try:
        # Control characters and over-long text are refused here, for every column; invisible
        # characters go, so «2026/0001» with a zero-width space is the same key as without.
        text = check_text(column.limit, text).strip() if text else text
        if not text:
            return _Refusal(Phrase("errors.cell.required")) if column.required else column.default
        return column.parse(text)
    except ValueError as error:
        return _Refusal(message_of(error))
