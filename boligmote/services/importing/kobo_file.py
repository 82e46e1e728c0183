"""A Kobo file read as JSON, with every hostile shape refused before any object is looked at
(importing/kobo.py's doc, «Hostile files»): size, encoding, syntax, NaN, huge numbers, depth,
object count and members named twice; and how a refused value is shown."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    raise ValueError(f"«{name}» er ikke et tall i JSON")


def read_kobo(path: Path) -> list[Any]:
    """The file's kobobolig list; ImportFileError for a file that cannot be one (module doc)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"Finner ikke filen {path}.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(f"{path.name} er {_count(round(size / 1e6))} MB; en Kobo-fil kan være høyst "
                              f"{_count(round(MAX_FILE_BYTES / 1e6))} MB. Del filen.")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(f"{path.name} er ikke gyldig UTF-8 (byte {error.start + 1}); JSON skal være UTF-8.") from None
    del raw
    if not text.strip():
        raise ImportFileError(f"{path.name} er tom.")
    try:
        data = json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_not_json_constant)
    except json.JSONDecodeError as error:
        raise ImportFileError(f"{path.name} er ikke gyldig JSON: linje {error.lineno}, tegn {error.colno}: "
                              f"{_json_reason(error.msg)}.") from None
    except RecursionError:
        raise ImportFileError(f"{path.name} er nestet for dypt (mer enn {MAX_DEPTH} nivåer) til å være en "
                              "Kobo-fil.") from None
    except ValueError as error:  # NaN/Infinity, or an integer longer than Python reads
        raise ImportFileError(f"{path.name} kan ikke leses: {_json_reason(str(error))}.") from None
    del text
    if isinstance(data, dict):
        if isinstance(data, _Duplicated):
            raise ImportFileError(f"{path.name}: feltet «{displayable(data.duplicates[0])}» står to ganger øverst i "
                                  "filen.")
        if set(data) != {LIST_KEY}:
            others = ", ".join(sorted(displayable(k) for k in data if k != LIST_KEY)[:5])
            raise ImportFileError(f"{path.name}: øverst skal filen være en liste av boliger eller et objekt med "
                                  f"bare «{LIST_KEY}»" + (f" (fant også {others})" if others else "") + ".")
        data = data[LIST_KEY]
    if not isinstance(data, list):
        raise ImportFileError(f"{path.name}: «{LIST_KEY}» skal være en liste av boliger, ikke {_json_type(data)}.")
    if len(data) > MAX_OBJECTS:
        raise ImportFileError(f"{path.name} har mer enn {_count(MAX_OBJECTS)} boliger. Del filen i flere filer.")
    return data


def _json_reason(message: str) -> str:
    known = {"Expecting value": "forventet en verdi", "Extra data": "mer tekst etter slutten av JSON-verdien",
             "Unterminated string starting at": "tekst uten avsluttende anførselstegn",
             "Expecting property name enclosed in double quotes": "forventet et feltnavn i doble anførselstegn",
             "Expecting ',' delimiter": "forventet komma", "Expecting ':' delimiter": "forventet kolon",
             "Invalid control character at": "kontrolltegn inne i en tekst",
             "Exceeds the limit": "et tall med flere enn 4 300 sifre"}
    for english, norwegian in known.items():
        if message.startswith(english):
            return norwegian
    return message


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "et tall"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, list):
        return "en liste"
    return "et objekt"


def _shown(value: Any) -> str:
    """A refused value as the user sees it; never a whole nested structure."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return f"({_json_type(value)} med {len(value)} {'elementer' if isinstance(value, list) else 'felt'})"
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
