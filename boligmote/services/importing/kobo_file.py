"""A Kobo file read as JSON, with every hostile shape refused before any object is looked at
(importing/kobo.py's doc, «Hostile files»): size, encoding, syntax, NaN, huge numbers, depth,
object count and members named twice; and how a refused value is shown."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...words import Phrase, Text, message_of
from .problems import ImportFileError, Problem, displayable
from .reading import MAX_ROWS, _count

MAX_FILE_BYTES = 100_000_000   # a Norway-size register (~110,000 units) is about 45 MB as exported here
MAX_DEPTH = 12                 # kobobolig → adresse is 4 deep from the file's top; Kobo's deepest objects fit
MAX_OBJECTS = MAX_ROWS
MAX_CHILDREN = 20

LIST_KEY = "kobobolig"
# Fields of Kobo's public kobobolig table that Boligmøte does not carry (README «Kobo» says why).
NOT_CARRIED = ("bruksenhetsnummer", "bygning", "disposisjonsform", "eieform", "eiendom", "eieseksjon", "eier",
               "egenskaper", "ekstraReferanse", "koboId", "kvalifisererMvaKompensasjon", "leieTilEiePotensial")
_ID_KEYS = ("fdvuBoligId", "leverandorBoligId")  # the supplier's own id, by its current and its V1 name


@dataclass(frozen=True, order=True)
class KoboProblem(Problem):
    """A refused value: `row` is the object's index in the list (0 first, as the JSON path counts),
    `column` the field's path inside the object («adresse.nummer»)."""

    def __str__(self) -> str:
        value = f", verdi «{self.value}»" if self.value else ""
        where = f"{LIST_KEY}[{self.row}]" + (f".{self.column}" if self.column else "")
        return f"Objekt {self.row} ({where}){value}: {self.reason}"


class _Duplicated(dict[str, Any]):
    """A JSON object that named a member more than once; `json` would keep only the last."""

    __slots__ = ("duplicates",)

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: list[str]):
        super().__init__(pairs)
        self.duplicates = duplicates


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    duplicates = []
    for key, _ in pairs:
        if key in seen:
            duplicates.append(key)
        seen.add(key)
    return _Duplicated(pairs, duplicates)


def _not_json_constant(name: str) -> Any:
    raise ValueError(Phrase("errors.kobo.json.constant", name=name))


def read_kobo(path: Path) -> list[Any]:
    """The file's kobobolig list; ImportFileError for a file that cannot be one (module doc)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(Phrase("errors.import.not_found", path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(Phrase("errors.kobo.too_big", name=path.name, size=_count(round(size / 1e6)),
                                     limit=_count(round(MAX_FILE_BYTES / 1e6))))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(Phrase("errors.kobo.not_utf8", name=path.name, byte=error.start + 1)) from None
    del raw
    if not text.strip():
        raise ImportFileError(Phrase("errors.kobo.empty", name=path.name))
    try:
        data = json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_not_json_constant)
    except json.JSONDecodeError as error:
        raise ImportFileError(Phrase("errors.kobo.not_json", name=path.name, line=error.lineno, column=error.colno,
                                     reason=_json_reason(error.msg))) from None
    except RecursionError:
        raise ImportFileError(Phrase("errors.kobo.too_deep", name=path.name, depth=MAX_DEPTH)) from None
    except ValueError as error:  # NaN/Infinity, or an integer longer than Python reads
        raise ImportFileError(Phrase("errors.kobo.unreadable", name=path.name,
                                     reason=_json_reason(message_of(error)))) from None
    del text
    if isinstance(data, dict):
        if isinstance(data, _Duplicated):
            raise ImportFileError(Phrase("errors.kobo.top_twice", name=path.name, field=displayable(data.duplicates[0])))
        if set(data) != {LIST_KEY}:
            others = ", ".join(sorted(displayable(k) for k in data if k != LIST_KEY)[:5])
            raise ImportFileError(Phrase("errors.kobo.top_shape", name=path.name, key=LIST_KEY,
                                         others=Phrase("errors.kobo.also_found", others=others) if others else ""))
        data = data[LIST_KEY]
    if not isinstance(data, list):
        raise ImportFileError(Phrase("errors.kobo.not_a_list", name=path.name, key=LIST_KEY, type=_json_type(data)))
    if len(data) > MAX_OBJECTS:
        raise ImportFileError(Phrase("errors.kobo.too_many", name=path.name, n=_count(MAX_OBJECTS)))
    return data


def _json_reason(message: str) -> str:
    """Python's json error in the reader's words (errors.kobo.json); one we do not know, as it is."""
    if isinstance(message, Text):
        return message
    known = {"Expecting value": "value", "Extra data": "extra_data",
             "Unterminated string starting at": "unterminated",
             "Expecting property name enclosed in double quotes": "property_name",
             "Expecting ',' delimiter": "comma", "Expecting ':' delimiter": "colon",
             "Invalid control character at": "control",
             "Exceeds the limit": "digits"}
    for english, key in known.items():
        if message.startswith(english):
            return Phrase(f"errors.kobo.json.{key}")
    return message


def _json_type(value: Any) -> str:
    """A JSON value's type in words («et tall», «en liste»); null and true/false as JSON writes them."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return Phrase("errors.kobo.types.number")
    if isinstance(value, str):
        return Phrase("errors.kobo.types.text")
    if isinstance(value, list):
        return Phrase("errors.kobo.types.list")
    return Phrase("errors.kobo.types.object")


def _shown(value: Any) -> str:
    """A refused value as the user sees it; never a whole nested structure."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return Phrase("errors.kobo.types.sized_list" if isinstance(value, list) else "errors.kobo.types.sized_object",
                      type=_json_type(value), n=len(value))
    return json.dumps(value)


def _needs_a_look(value: dict[str, Any]) -> bool:
    """Whether anything in the object is too deep or named twice; the paths are built only then."""
    stack: list[tuple[Any, int]] = [(value, 2)]
    while stack:
        current, level = stack.pop()
        if level > MAX_DEPTH or type(current) is _Duplicated:
            return True
        children = current.values() if isinstance(current, dict) else current
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _containers(value: Any, path: str, depth: int) -> Iterator[tuple[Any, str, int]]:
    """Every object and list inside `value`, with its path and depth, without recursion."""
    stack = [(value, path, depth)]
    while stack:
        current, where, level = stack.pop()
        yield current, where, level
        if isinstance(current, dict):
            stack.extend((v, f"{where}.{k}" if where else str(k), level + 1)
                         for k, v in current.items() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            stack.extend((v, f"{where}[{i}]", level + 1) for i, v in enumerate(current) if isinstance(v, (dict, list)))
