"""Cell parsers: the text of one spreadsheet cell to a typed value, or a reason (words.Phrase:
bokmål, and the window's language where shown).

Every parser takes the stripped cell text (never empty: empty cells are handled by the
column, see `columns.Column`) and either returns the value or raises `ValueError` whose
message is what the user reads beside the row number.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from enum import Enum

from ...domain.enums import LabelledEnum
from ...words import Phrase

Parser = Callable[[str], object]

# Spaces a spreadsheet may put inside a number: normal, no-break and thin (thousands).
_NUMBER_SPACES = str.maketrans("", "", " \u00a0\u202f")
_NORWEGIAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# ISO, optionally with a time: Excel date cells arrive as «2026-01-15 00:00:00».
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_EARLIEST_YEAR, _LATEST_YEAR = 1900, 2100

_TRUE = frozenset({"ja", "j", "yes", "y", "true", "sann", "1", "x"})
_FALSE = frozenset({"nei", "n", "no", "false", "usann", "0"})


def text(value: str) -> str:
    return value


def national_id(value: str) -> str:
    """A fødselsnummer or D-nummer, checked with python-stdnum (both check digits, a real date);
    stored as 11 digits. A typo here would put a letter in another person's name."""
    from stdnum.exceptions import ValidationError
    from stdnum.no import fodselsnummer

    try:
        return fodselsnummer.validate(value)
    except ValidationError as exc:
        raise ValueError(Phrase("errors.cell.national_id")) from exc


def _decimal(value: str) -> float:
    """A number as Norwegians and spreadsheets write it: «48,5», «1 234,5», «1.234,5», «48.5»."""
    compact = value.translate(_NUMBER_SPACES)
    if "," in compact and "." in compact:
        compact = compact.replace(".", "").replace(",", ".")
    else:
        compact = compact.replace(",", ".")
    try:
        result = float(compact)
    except ValueError:
        raise ValueError(Phrase("errors.cell.number")) from None
    if not math.isfinite(result):  # float() also reads «nan» and «inf»
        raise ValueError(Phrase("errors.cell.number"))
    return result


def _check_range(number: float, minimum: float | None, maximum: float | None, above: float | None) -> None:
    if above is not None and number <= above:
        raise ValueError(Phrase("errors.cell.above", above=f"{above:g}"))
    if minimum is not None and number < minimum:
        raise ValueError(Phrase("errors.cell.negative") if minimum == 0 else
                         Phrase("errors.cell.at_least", minimum=f"{minimum:g}"))
    if maximum is not None and number > maximum:
        raise ValueError(Phrase("errors.cell.at_most", maximum=f"{maximum:g}"))


def integer(minimum: int | None = None, maximum: int | None = None) -> Parser:
    def parse(value: str) -> int:
        try:
            number = _decimal(value)
        except ValueError:
            raise ValueError(Phrase("errors.cell.integer")) from None
        if not number.is_integer():  # «3.0» from a spreadsheet is fine, «2,5» rooms is not
            raise ValueError(Phrase("errors.cell.integer"))
        _check_range(number, minimum, maximum, None)
        return int(number)
    return parse


def number(minimum: float | None = None, above: float | None = None) -> Parser:
    def parse(value: str) -> float:
        result = _decimal(value)
        _check_range(result, minimum, None, above)
        return result
    return parse


def kroner(value: str) -> int:
    """Whole kroner; «11 250,00» is accepted, øre are rounded away."""
    amount = _decimal(value)
    _check_range(amount, 0, None, None)
    return int(round(amount))


def boolean(value: str) -> bool:
    folded = value.casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(Phrase("errors.cell.yes_no"))


def day(value: str) -> date:
    """dd.mm.åååå or åååå-mm-dd; a date that does not exist (31.02.) is refused."""
    if match := _NORWEGIAN_DATE.fullmatch(value):
        day_, month, year = (int(part) for part in match.groups())
    elif match := _ISO_DATE.fullmatch(value):
        year, month, day_ = (int(part) for part in match.groups())
    else:
        raise ValueError(Phrase("errors.cell.date_format"))
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        raise ValueError(Phrase("errors.cell.year", year=year))
    try:
        return date(year, month, day_)
    except ValueError:
        raise ValueError(Phrase("errors.cell.no_such_date")) from None


def choice(enum_type: type[LabelledEnum]) -> Parser:
    """One value of a vocabulary: the stored value or the bokmål label («ikke prioritert» too)."""
    def parse(value: str) -> Enum:
        try:
            return enum_type.parse(value)
        except ValueError:
            # Spreadsheets are typed by people: «ikke prioritert» means «ikke_prioritert».
            return enum_type.parse(re.sub(r"[\s-]+", "_", value))
    return parse


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def choices(enum_type: type[LabelledEnum]) -> Parser:
    """A comma list of vocabulary values; the order carries no meaning."""
    single = choice(enum_type)

    def parse(value: str) -> frozenset[object]:
        return frozenset(single(item) for item in _items(value))
    return parse


def ages(value: str) -> tuple[int, ...]:
    """Children's ages as a comma list, kept oldest first (their order carries no meaning)."""
    result = []
    for item in _items(value):
        if not item.isdigit() or not 0 <= int(item) <= 17:
            raise ValueError(Phrase("errors.cell.child_age", item=item))
        result.append(int(item))
    return tuple(sorted(result, reverse=True))


def identifiers(value: str) -> frozenset[str]:
    return frozenset(_items(value))
