"""Conversions between domain values and their column representations."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from functools import lru_cache


def to_iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def from_iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def datetime_from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def to_json_list(values: Iterable) -> str:
    items = [v.value if isinstance(v, Enum) else v for v in values]
    if all(isinstance(i, str) for i in items):
        items.sort()
    return json.dumps(items, ensure_ascii=False)


# The JSON lists in a file repeat (most households have no children, and needs come in a
# few combinations), and the decoded values are immutable: decode each distinct text once.
# Loading lists of tenancies spent most of its time in json.loads.
@lru_cache(maxsize=8192)
def enum_set(enum_type: type[Enum], text: str) -> frozenset:
    return frozenset(enum_type(v) for v in json.loads(text))


@lru_cache(maxsize=8192)
def int_tuple(text: str) -> tuple[int, ...]:
    return tuple(json.loads(text))


@lru_cache(maxsize=8192)
def str_set(text: str) -> frozenset[str]:
    return frozenset(json.loads(text))
