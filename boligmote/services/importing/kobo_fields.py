"""The fields of one kobobolig object read with their paths (importing/kobo.py): each value checked
for its JSON type, range and text rules, every problem collected."""
from __future__ import annotations

import math
from datetime import date
from typing import Any

from ...domain.limits import check_text
from .kobo_file import KoboProblem, _json_type, _shown
from .problems import Problem
from ...words import message_of

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
            return self.refuse(path, _MISSING, "feltet mangler") if required else _MISSING
        value = data[key]
        if value is None and not nullable:
            return self.refuse(path, value, "kan ikke være null") if required else _MISSING
        return value

    def obj(self, data: dict[str, Any], key: str, path: str, required: bool, nullable: bool = False) -> Any:
        value = self.get(data, key, path, required, nullable)
        if value in (_MISSING, _BAD) or value is None:
            return value
        if not isinstance(value, dict):
            return self.refuse(path, value, f"skal være et objekt, ikke {_json_type(value)}")
        return value

    def text(self, data: dict[str, Any], key: str, path: str, limit: str, required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if not isinstance(value, str):
            return self.refuse(path, value, f"skal være tekst, ikke {_json_type(value)}")
        try:
            cleaned = check_text(limit, value).strip()
        except ValueError as error:
            return self.refuse(path, value, message_of(error))
        if not cleaned:
            return self.refuse(path, value, "kan ikke være tom") if required else _MISSING
        return cleaned

    def integer(self, data: dict[str, Any], key: str, path: str, low: int, high: int, required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            reason = "skal være et heltall" + (f", ikke {_json_type(value)}" if not isinstance(value, float) else "")
            return self.refuse(path, value, reason)
        if not low <= value <= high:
            return self.refuse(path, value, f"skal være fra {low} til {high}")
        return value

    def number(self, data: dict[str, Any], key: str, path: str, above: float | None = None,
               minimum: float | None = None, required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return self.refuse(path, value, f"skal være et tall, ikke {_json_type(value)}")
        if not math.isfinite(value) or abs(value) > 1e12:
            return self.refuse(path, value, "tallet er for stort")
        if above is not None and value <= above:
            return self.refuse(path, value, f"skal være større enn {above:g}")
        if minimum is not None and value < minimum:
            return self.refuse(path, value, "kan ikke være negativ" if minimum == 0 else f"skal være minst {minimum:g}")
        return float(value)

    def boolean(self, data: dict[str, Any], key: str, path: str) -> Any:
        value = self.get(data, key, path, False)
        if value is _MISSING or value is _BAD:
            return value
        if not isinstance(value, bool):
            return self.refuse(path, value, f"skal være true eller false, ikke {_json_type(value)}")
        return value

    def enum(self, data: dict[str, Any], key: str, path: str, allowed: dict[str, Any], required: bool = False) -> Any:
        value = self.get(data, key, path, required)
        if value is _MISSING or value is _BAD:
            return value
        if not isinstance(value, str):
            return self.refuse(path, value, f"skal være tekst, ikke {_json_type(value)}")
        if value not in allowed:
            return self.refuse(path, value, f"ukjent verdi; gyldige: {', '.join(allowed)}")
        return allowed[value]

    def day(self, data: dict[str, Any], key: str, path: str) -> Any:
        value = self.get(data, key, path, False, nullable=True)
        if value is _MISSING or value is _BAD or value is None:
            return value
        if not isinstance(value, str):
            return self.refuse(path, value, f"skal være en dato som tekst (åååå-mm-dd), ikke {_json_type(value)}")
        try:
            return date.fromisoformat(value) if len(value) == 10 else _not_a_date()
        except ValueError:
            return self.refuse(path, value, "skal være en dato som finnes, skrevet åååå-mm-dd")


def _not_a_date() -> date:
    raise ValueError
