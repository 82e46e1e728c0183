"""Reading an import file (CSV or XLSX) into columns of cell texts, with spreadsheet row numbers.

Files are streamed, never read whole: a row is read, its cells for the known columns are
kept (each distinct text once per column), and the next row is read. Memory therefore
follows the rows that matter, not the bytes on disk (DESIGN.md: any import ≤ 500 MB peak).
openpyxl is imported inside the functions so that nothing the window imports at start-up
pays for it (DESIGN.md: start ≤ 1 s).

**CSV.** The encoding is decided before any row is read, by one rule:
- a byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE;
- UTF-16 without a mark (every other byte NUL in the first line) is read as UTF-16 too;
- a file that is valid UTF-8 is UTF-8;
- a file in which no non-ASCII byte sequence is valid UTF-8 is Windows-1252 (what a
  Norwegian Excel writes with «CSV (semikolondelt)»: æ, ø and å in Windows-1252 are never
  valid UTF-8);
- a file with both (UTF-8 text and stray bytes that are not UTF-8, typically one cell
  pasted from an older system) is read as UTF-8, and every cell holding such a byte is
  refused with its row and column. It is never decoded wholly as Windows-1252, which would
  turn every «ø» of the file into «Ã¸» without a word.
The delimiter is whichever of «;», «,» and tab occurs most in the header line: header
names never contain one, while data cells (decimal commas, comma lists) often do.

**XLSX.** The first sheet, read-only and streamed. Before openpyxl opens it, the zip's
own directory is checked: more than `MAX_XLSX_UNPACKED` bytes unpacked (a «zip bomb») or
an XML document type declaration (entity tricks such as «billion laughs» or external
entities; Excel never writes one) refuses the file. openpyxl parses with defusedxml as
well. A formula cell is refused with its row and column: its value is whatever Excel last
computed, which a file written by another program does not even have.

**Limits.** A line longer than `MAX_LINE_CHARS`, a cell longer than `MAX_CELL_CHARS` or
more than `MAX_ROWS` rows refuse the file as a whole; each field's own limit
(domain/limits.py) is checked cell by cell later, in parsing.
"""
from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterator
from typing import TextIO

from ...domain.limits import remove_invisible
from .columns import Column, ColumnSet
from .problems import HEADER_ROW, ImportFileError, Problem
from ...words import Phrase

CSV_SUFFIXES = frozenset({".csv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab"}  # keys of the words' [import.delimiters]

MAX_ROWS = 200_000                 # Norway's municipal housing is ~110,000 units: ample for any real export
MAX_LINE_CHARS = 1_000_000         # one physical line of a CSV file
MAX_CELL_CHARS = 100_000           # one cell, before its field's own (smaller) limit
MAX_XLSX_UNPACKED = 200_000_000    # bytes the whole workbook may unpack to (the zip's declared sizes)
_SNIFF = 1 << 20                   # bytes read at a time while deciding the encoding

# A non-ASCII character as UTF-8 writes it. Windows-1252 text practically never contains one.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass
class Table:
    """The cells of a file under canonical column names, every cell stripped text ('' when empty)."""

    source: Path
    format: str                                  # e.g. «CSV, UTF-8, semikolon», shown in the preview
    headers: dict[str, str]                      # canonical name → the header as written in the file
    cells: dict[str, list[str]]                  # canonical name → one text per data row
    row_numbers: list[int]                       # the spreadsheet row of each data row
    ignored_headers: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about the header row and unreadable cells
    # canonical name → positions (in row_numbers) of cells already refused above, e.g. formulas
    refused: dict[str, set[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.row_numbers)

    def header(self, column: Column) -> str:
        return self.headers.get(column.name, column.name)


def read_table(path: Path, columns: ColumnSet) -> Table:
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(Phrase("errors.import.not_found", path=str(path)))
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, columns)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, columns)
    if suffix == ".xls":
        raise ImportFileError(Phrase("errors.import.xls", name=path.name))
    raise ImportFileError(Phrase("errors.import.unknown_type", name=path.name))


class _Collector:
    """Takes rows one at a time and keeps only the cells of known columns."""

    def __init__(self, path: Path, described: str, columns: ColumnSet):
        self.path, self.columns = path, columns
        self.table = Table(path, described, {}, {}, [])
        self.positions: list[tuple[int, list[str], dict[str, str]]] = []  # file column → its cells, interned texts
        self.unnamed: dict[int, int] = {}  # position of a column without a header → 0 until a cell is seen
        self.known: dict[int, tuple[str, str]] = {}  # position of a known column → (its name, its header)
        self.width = 0
        self.has_header = False

    def header(self, raw: list[str]) -> None:
        self.has_header = True
        self.width = len(raw)
        table = self.table
        for position, header in enumerate(raw):
            header = remove_invisible(header).strip()
            if not header:
                self.unnamed[position] = 0
                continue
            column = self.columns.match(header)
            if column is None:
                table.ignored_headers.append(header)
            elif column.name in table.headers:
                table.problems.append(Problem(HEADER_ROW, header, "", Phrase(
                    "errors.cell.same_column", other=table.headers[column.name])))
            else:
                table.headers[column.name] = header
                self.known[position] = (column.name, header)
                cells: list[str] = []
                table.cells[column.name] = cells
                self.positions.append((position, cells, {}))

    def refuse(self, position: int, number: int, value: str, reason: str) -> None:
        """Refuse the cell at `position` of the row about to be added (by `row`); it must be a known column."""
        name, header = self.known[position]
        self.table.refused.setdefault(name, set()).add(len(self.table.row_numbers))
        self.table.problems.append(Problem(number, header, value, reason))

    def row(self, number: int, raw: list[str]) -> None:
        stripped = [cell.strip() for cell in raw]
        if not any(stripped):
            return  # blank rows are skipped but keep their row numbers
        table = self.table
        if len(table.row_numbers) >= MAX_ROWS:
            raise ImportFileError(Phrase("errors.import.too_many_rows", name=self.path.name, rows=_count(MAX_ROWS)))
        table.row_numbers.append(number)
        width = len(stripped)
        for position, cells, seen in self.positions:
            text = stripped[position] if position < width else ""
            # One object per distinct text: a million rows of «single» cost one string, not a million.
            cells.append(seen.setdefault(text, text) if len(seen) < 100_000 else text)
        for position in self.unnamed:
            if position < width and stripped[position]:
                self.unnamed[position] = 1

    def finish(self) -> Table:
        table = self.table
        if not self.has_header or not table.row_numbers and not self.table.headers and not table.ignored_headers:
            raise ImportFileError(Phrase("errors.import.empty", name=self.path.name))
        for position, used in self.unnamed.items():
            if used:
                table.ignored_headers.append(f"(kolonne {position + 1} uten navn)")
        for column in self.columns.required:
            if column.name not in table.headers:
                also = ", ".join(column.aliases[:3])
                table.problems.append(Problem(HEADER_ROW, column.name, "", (
                    "kolonnen mangler" + (f" (kan også hete {also})" if also else ""))))
        return table


# ---- CSV ---------------------------------------------------------------------------------------

def _encoding(path: Path) -> tuple[str, str]:
    """(codec, label) by the rule in the module doc; reads the file in pieces, never whole."""
    with open(path, "rb") as f:
        start = f.read(4096)
        if start.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", "UTF-8 med BOM"
        if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", "UTF-16"
        first_line = start.split(b"\n", 1)[0]
        if len(first_line) >= 4:
            odd, even = first_line[1::2], first_line[0::2]
            if odd.count(0) >= 0.9 * len(odd) and not even.count(0):
                return "utf-16-le", "UTF-16 LE"
            if even.count(0) >= 0.9 * len(even) and not odd.count(0):
                return "utf-16-be", "UTF-16 BE"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        valid_utf8, seen_utf8_sequence, tail = True, False, b""
        while chunk := f.read(_SNIFF):
            if valid_utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    valid_utf8 = False
            if not seen_utf8_sequence:
                seen_utf8_sequence = bool(_UTF8_SEQUENCE.search(tail + chunk))
                tail = chunk[-3:]
            if not valid_utf8 and seen_utf8_sequence:
                break
        if valid_utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                valid_utf8 = False
    if valid_utf8:
        return "utf-8", "UTF-8"
    if not seen_utf8_sequence:
        return "cp1252", "Windows-1252"
    return "utf-8-mixed", Phrase("import.mixed_utf8")


def _lines(handle: TextIO, path: Path) -> Iterator[str]:
    """The file's lines, each at most MAX_LINE_CHARS: a longer one is not a table row."""
    number = 0
    while line := handle.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise ImportFileError(Phrase("errors.import.long_line", name=path.name, line=number,
                                         chars=_count(MAX_LINE_CHARS)))
        yield line


def _read_csv(path: Path, columns: ColumnSet) -> Table:
    import itertools

    codec, label = _encoding(path)
    errors = "strict"
    if codec == "utf-8-mixed":
        # Stray bytes become lone surrogates, which the cell check refuses with row and column.
        codec, errors = "utf-8", "surrogateescape"
    with open(path, encoding=codec, errors=errors, newline="") as handle:
        lines = _lines(handle, path)
        try:
            first = next(lines, "")
        except UnicodeError:
            raise ImportFileError(Phrase("errors.import.encoding", name=path.name)) from None
        delimiter = max(_DELIMITER_NAMES, key=first.count)
        collector = _Collector(path, Phrase("import.csv", encoding=label,
                                            delimiter=Phrase(f"import.delimiters.{_DELIMITER_NAMES[delimiter]}")), columns)
        reader = csv.reader(itertools.chain([first] if first else [], lines), delimiter=delimiter)
        previous_limit = csv.field_size_limit(MAX_CELL_CHARS)
        try:
            for number, raw in enumerate(reader, start=HEADER_ROW):
                if number == HEADER_ROW:
                    collector.header(raw)
                    continue
                if len(raw) > collector.width and any(cell.strip() for cell in raw[collector.width:]):
                    raise ImportFileError(Phrase("errors.import.too_many_fields", name=path.name, line=reader.line_num,
                                                 fields=len(raw), header=collector.width))
                collector.row(number, raw)
        except csv.Error as error:
            raise ImportFileError(_explain_csv_error(path, reader.line_num, error)) from None
        except UnicodeError:
            raise ImportFileError(Phrase("errors.import.invalid_encoding", name=path.name, line=reader.line_num + 1,
                                         encoding=label)) from None
        finally:
            csv.field_size_limit(previous_limit)
    return collector.finish()


def _explain_csv_error(path: Path, line: int, error: Exception) -> Phrase:
    if "field larger than field limit" in str(error):
        return Phrase("errors.import.long_cell", name=path.name, line=line, chars=_count(MAX_CELL_CHARS))
    return Phrase("errors.import.not_a_table", name=path.name, line=line, error=str(error))


# ---- XLSX --------------------------------------------------------------------------------------

def _check_zip(path: Path) -> None:
    """Refuse a workbook whose parts unpack to too much, or that declares XML entities."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if unpacked > MAX_XLSX_UNPACKED:
                raise ImportFileError(Phrase("errors.import.zip_bomb", name=path.name, size=_count(round(unpacked / 1e6)),
                                             limit=_count(round(MAX_XLSX_UNPACKED / 1e6))))
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        head = part.read(65536)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise ImportFileError(Phrase("errors.import.doctype", name=path.name, part=member.filename))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError) as error:
        raise ImportFileError(Phrase("errors.import.not_xlsx", name=path.name, error=str(error))) from None


def _cell_text(value: object) -> str:
    """What pandas made of a cell with dtype=str: ISO text for dates, Python's text for numbers."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)


def _read_xlsx(path: Path, columns: ColumnSet) -> Table:
    _check_zip(path)
    import openpyxl

    collector = _Collector(path, "Excel (xlsx)", columns)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds on a damaged or hostile file; all mean the same
        raise ImportFileError(Phrase("errors.import.not_xlsx", name=path.name, error=_short(error))) from None
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(), start=1):
            raw = []
            for position, cell in enumerate(row):
                value = cell.value
                if cell.data_type == "f":
                    # A formula, not a value (or a formula-injection attempt): never imported as its text,
                    # nor as the empty value a file not saved by Excel has cached for it.
                    known = collector.has_header and position in collector.known
                    if known:
                        collector.refuse(position, number, str(value), Phrase("errors.cell.formula"))
                    value = str(value) if known else None  # the refused text keeps the row from looking blank
                raw.append(_cell_text(value))
            if not collector.has_header:
                collector.header(raw)
            else:
                collector.row(number, raw)
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError(Phrase("errors.import.not_xlsx", name=path.name, error=_short(error))) from None
    finally:
        workbook.close()
    return collector.finish()


def _count(number: int) -> str:
    """1 000 000, as Norwegians group digits."""
    return f"{number:,}".replace(",", " ")


def _short(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 200 else text[:200] + "…"

