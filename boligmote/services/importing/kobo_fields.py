"""The fields of one kobobolig object read with their paths (importing/kobo.py): each value checked
for its JSON type, range and text rules, every problem collected."""
from __future__ import annotations

import math
from datetime import date
from typing import Any

from ...domain.limits import check_text
from .kobo_file import KoboProblem, _json_type, _shown
from .problems import Problem
from ...words import Phrase, message_of

_MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING", "__slots__": ()})()
_BAD: Any = type("Bad", (), {"__repr__": lambda self: "BAD", "__slots__": ()})()


class _Reader:
    """Reads the fields of one kobobolig object, collecting every problem with its path."""

    def __init__(self, index: int, problems: list[Problem]):
        self.index, self.problems, self.ok = index, problems, True

    def refuse(self, path: str, value: Any, reason: str) -> Any:
        self.problems.append(KoboProblem(self.index, path, _shown(value) if value is not _MISSING else "", reason))
        self.ok = False
        return _BAD

    def get(self, data: dict[str, Any], key: str, path: str, required: bool, nullable: bool = False) -> Any:
        if key not in data:
            return self.refuse(path, _MISSING, Phrase("errors.kobo_field.missing")) if required else _MISSING
        value = data[key]
        if value is None and not nullable:
            return self.refuse(path, value, Phrase("errors.kobo_field.null")) if required else _MISSING
        return value

    def obj(self, data: dict[str, Any], key: str, path: str, required: bool, nullable: bool = False) -> Any:
        value = self.get(data, key, path, required, nullable)
        if value in (_MISSING, _BAD) or value is None:
            return value
        if not isinstance(value, dict):
            return self.refuse(path, value, Phrase("errors.kobo_field.object", type=_json_type(value)))
        return value

    def text(self, data: dict[str, Any], key: str, path: str, limit: str, required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if not isinstance(value, str):
            return self.refuse(path, value, Phrase("errors.kobo_field.text", type=_json_type(value)))
        try:
            cleaned = check_text(limit, value).strip()
        except ValueError as error:
            return self.refuse(path, value, message_of(error))
        if not cleaned:
            return self.refuse(path, value, Phrase("errors.kobo_field.empty")) if required else _MISSING
        return cleaned

    def integer(self, data: dict[str, Any], key: str, path: str, low: int, high: int, required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            reason = (Phrase("errors.kobo_field.integer") if isinstance(value, float)
                      else Phrase("errors.kobo_field.integer_not", type=_json_type(value)))
            return self.refuse(path, value, reason)
        if not low <= value <= high:
            return self.refuse(path, value, Phrase("errors.kobo_field.range", low=low, high=high))
        return value

    def number(self, data: dict[str, Any], key: str, path: str, above: float | None = None,
               minimum: float | None = None, required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return self.refuse(path, value, Phrase("errors.kobo_field.number", type=_json_type(value)))
        if not math.isfinite(value) or abs(value) > 1e12:
            return self.refuse(path, value, Phrase("errors.kobo_field.too_big"))
        if above is not None and value <= above:
            return self.refuse(path, value, Phrase("errors.kobo_field.above", above=f"{above:g}"))
        if minimum is not None and value < minimum:
            return self.refuse(path, value, Phrase("errors.kobo_field.negative") if minimum == 0
                               else Phrase("errors.kobo_field.at_least", minimum=f"{minimum:g}"))
        return float(value)

    def boolean(self, data: dict[str, Any], key: str, path: str) -> Any:
        value = self.get(data, key, path, False)
        if value is _MISSING or value is _BAD:
            return value
        if not isinstance(value, bool):
            return self.refuse(path, value, Phrase("errors.kobo_field.boolean", type=_json_type(value)))
        return value

    def enum(self, data: dict[str, Any], key: str, path: str, allowed: dict[str, Any], required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if not isinstance(value, str):
            return self.refuse(path, value, Phrase("errors.kobo_field.text", type=_json_type(value)))
        if value not in allowed:
            return self.refuse(path, value, Phrase("errors.kobo_field.unknown", valid=", ".join(allowed)))
        return allowed[value]

    def day(self, data: dict[str, Any], key: str, path: str) -> Any:
        value = self.get(data, key, path, False, nullable=True)
        if value is _MISSING or value is _BAD or value is None:
            return value
        if not isinstance(value, str):
            return self.refuse(path, value, Phrase("errors.kobo_field.date_type", type=_json_type(value)))
        try:
            return date.fromisoformat(value) if len(value) == 10 else _not_a_date()
        except ValueError:
            return self.refuse(path, value, Phrase("errors.kobo_field.date"))


def _not_a_date() -> date:
    raise ValueError
