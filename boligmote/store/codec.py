"""Conversions between domain values and their column representations."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any, TypeAlias

# A row as sqlite3 returns it, and the parameters of a statement.
Row: TypeAlias = tuple[Any, ...]
Params: TypeAlias = tuple[Any, ...] | dict[str, Any]


def to_iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def to_stamp(moment: datetime | None) -> str | None:
    """A moment as stored: ISO 8601 to the second."""
    return moment.isoformat(timespec="seconds") if moment else None


def from_iso(text: str | None) -> date | None:
    """A date column that may be empty («no date»)."""
    return date.fromisoformat(text) if text else None


def datetime_from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def iso_date(text: str) -> date:
    """A NOT NULL date column: an empty value is a damaged row, refused here, never a None
    in a field the domain says is always there (a meeting's day, an incident's day)."""
    return date.fromisoformat(text)


def iso_datetime(text: str) -> datetime:
    """A NOT NULL time stamp column (see iso_date)."""
    return datetime.fromisoformat(text)


def to_json_list(values: Iterable[Any]) -> str:
    items = [v.value if isinstance(v, Enum) else v for v in values]
    if all(isinstance(i, str) for i in items):
        items.sort()
    return json.dumps(items, ensure_ascii=False)


# The JSON lists in a file repeat (most households have no children, and needs come in a
# few combinations), and the decoded values are immutable: decode each distinct text once.
# Loading lists of tenancies spent most of its time in json.loads.
@lru_cache(maxsize=8192)
def enum_set(enum_type: type[Enum], text: str) -> frozenset[Any]:
    return frozenset(enum_type(v) for v in json.loads(text))


@lru_cache(maxsize=8192)
def int_tuple(text: str) -> tuple[int, ...]:
    return tuple(json.loads(text))


@lru_cache(maxsize=8192)
def str_set(text: str) -> frozenset[str]:
    return frozenset(json.loads(text))
