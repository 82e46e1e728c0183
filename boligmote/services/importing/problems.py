"""What is wrong with an import file, said so that the user can find it in the spreadsheet."""
from __future__ import annotations

from dataclasses import dataclass

HEADER_ROW = 1  # the first data row is row 2, as a spreadsheet numbers it


@dataclass(frozen=True, order=True)
class Problem:
    """One refused cell (or column): its row as the spreadsheet shows it, the column as headed in the file."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        value = f", verdi «{self.value}»" if self.value else ""
        return f"Rad {self.row}, kolonne «{self.column}»{value}: {self.reason}"


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, not a table, damaged, empty)."""
