"""Research citations as a citizen reads them.

The team cites a report by its number and the lines of its text file («002 l.384, 2411»),
in code comments and in a flag's stored `source`. Whatever a user reads — a flag's
explanation, the minutes, the user guide — goes through `readable()`, which names the
author, the year and the chapter from resources/sources.toml:

    «002 l.384, 2411; 001 l.2459–2476»
    → «Velferdsetaten Oslo (2018), sammendraget og kap. 3.3; Skaar, UiS (2023), kap. 4.3»

A part of a citation that is not a report reference (a municipality's own guideline,
«Husbanken») is printed as it is.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..paths import resource
from ..words import DEFAULT_LANGUAGE, Text, lookup, table

# «002 l.384, 2411» or «004 l.307–328 (ti-prosentregelen)»: report, line ranges, then any note.
_CITATION = re.compile(
    r"^(?P<report>\d{3}) l\.\s?(?P<ranges>\d+(?:\s?[–-]\s?\d+)?(?:\s?,\s?\d+(?:\s?[–-]\s?\d+)?)*)(?P<note>.*)$",
    re.DOTALL)
_RANGE = re.compile(r"(\d+)(?:\s?[–-]\s?(\d+))?")
CHAPTER = "kap. "


class SourceError(ValueError):
    """A citation the source table cannot place; the message names what to add."""


@dataclass(frozen=True)
class Part:
    label: str  # as printed: «kap. 3.3», «sammendraget», «vedlegg 2»
    heading: str
    first: int
    last: int


@dataclass(frozen=True)
class Report:
    number: str
    file: str
    cite_as: str
    year: int
    reference: str
    parts: tuple[Part, ...]

    @property
    def short(self) -> str:
        return f"{self.cite_as} ({self.year})"

    def part_for(self, first: int, last: int) -> Part | None:
        return next((p for p in self.parts if p.first <= first and last <= p.last), None)


@cache
def _reports() -> Mapping[str, Report]:
    data = tomllib.loads(resource("sources.toml").read_text(encoding="utf-8"))["reports"]
    return {number: Report(number, values["file"], values["cite_as"], values["year"],
                           " ".join(values["reference"].split()),
                           tuple(Part(p["label"], p["heading"], *p["lines"]) for p in values["parts"]))
            for number, values in data.items()}


def references() -> list[Report]:
    """Every report, in number order, for a «Kilder» list."""
    return [report for _number, report in sorted(_reports().items())]


def readable(citation: str, *, strict: bool = False) -> str:
    """The citation with each report reference as «author (year), chapter».

    A line range that is not in the source table names the report without a chapter, or,
    with strict=True (the tests), raises SourceError: no line number reaches the reader.
    The result is a words.Text: bokmål as a str; shown() gives the frame words («kap.»,
    «sammendraget», «og») in the reader's language, the author and the year as published.
    """
    return _readable(citation, strict)


class Citation(Text):
    """A readable citation that can say its frame words in another language."""

    citation: str

    def __new__(cls, citation: str) -> Citation:
        made = super().__new__(cls, _rendered(citation, DEFAULT_LANGUAGE))
        made.citation = citation
        return made

    def render(self, code: str) -> str:
        return str(self) if code == DEFAULT_LANGUAGE else _rendered(self.citation, code)

    def __reduce__(self) -> tuple[object, ...]:
        return Citation, (self.citation,)


@cache  # flag messages cite while the matrix is explained; the same few strings every time
def _readable(citation: str, strict: bool) -> str:
    if strict:
        _rendered(citation, DEFAULT_LANGUAGE, strict=True)
    return Citation(citation)


@cache
def _rendered(citation: str, code: str, strict: bool = False) -> str:
    return "; ".join(_readable_part(part.strip(), citation, strict, code)
                     for part in citation.split(";") if part.strip())


def _readable_part(text: str, citation: str, strict: bool, code: str = DEFAULT_LANGUAGE) -> str:
    match = _CITATION.match(text)
    if match is None:
        return text
    report = _reports().get(match["report"])
    if report is None:
        if strict:
            raise SourceError(f"«{citation}»: rapport {match['report']} finnes ikke i resources/sources.toml.")
        return text
    found: list[Part] = []
    for first, last in _RANGE.findall(match["ranges"]):
        start, end = int(first), int(last or first)
        part = report.part_for(start, end)
        if part is None:
            if strict:
                raise SourceError(f"«{citation}»: linje {start}–{end} i rapport {report.number} ligger ikke i "
                                  "én del av rapporten i resources/sources.toml.")
            continue
        if part not in found:
            found.append(part)
    found.sort(key=lambda p: p.first)
    where = _join(_labels(found, code), code)
    return report.short + (f", {where}" if where else "") + match["note"].rstrip()


def _labels(parts: list[Part], code: str = DEFAULT_LANGUAGE) -> list[str]:
    """«kap. 3.3», «kap. 4.6» → «kap. 3.3 og 4.6»; other parts keep their own name (in `code`:
    «ch. 3.3 and 4.6», «the summary»)."""
    chapter = f"{lookup('sources.chapter', code)} "
    labels: list[str] = []
    chapters: list[str] = []
    for part in parts:
        if part.label.startswith(CHAPTER):
            chapters.append(part.label.removeprefix(CHAPTER))
            continue
        if chapters:
            labels.append(chapter + _join(chapters, code))
            chapters = []
        labels.append(_part_label(part.label, code))
    if chapters:
        labels.append(chapter + _join(chapters, code))
    return labels


def _part_label(label: str, code: str) -> str:
    """«sammendraget», «vedlegg 2» in `code` (the words' [sources.parts]); a label not listed, as it is."""
    word, space, rest = label.partition(" ")
    found = table(code).get(f"sources.parts.{word}")
    return f"{found}{space}{rest}" if found is not None else label


def _join(items: list[str], code: str = DEFAULT_LANGUAGE) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {lookup('words.and', code)} " + items[-1]
