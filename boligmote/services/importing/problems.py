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

    def __post_init__(self) -> None:
        # The value is shown to the user, so it must be printable: a 200 MB cell is cut, and a
        # NUL, a stray byte or a bidirectional override is shown as its code instead of acting.
        object.__setattr__(self, "value", displayable(self.value))

    def __str__(self) -> str:
        value = f", verdi «{self.value}»" if self.value else ""
        return f"Rad {self.row}, kolonne «{self.column}»{value}: {self.reason}"


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, not a table, damaged, empty)."""


_SHOWN = 80  # characters of a refused value shown in a message


def displayable(value: str) -> str:
    shown = value if len(value) <= _SHOWN else value[:_SHOWN] + "… ({} tegn)".format(f"{len(value):,}".replace(",", " "))
    if shown.isprintable():
        return shown
    return "".join(char if char.isprintable() or char == " " else
                   ("\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else f"<U+{ord(char):04X}>") for char in shown)
