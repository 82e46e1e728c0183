"""Reading an import file (CSV or XLSX) into columns of cell texts, with spreadsheet row numbers.

pandas and openpyxl are imported here, inside the functions, so that nothing the window
imports at start-up pays for them (DESIGN.md: start ≤ 1 s).

CSV files come from Excel and case systems in several dialects. The encoding is UTF-8
with or without a byte-order mark, or Windows-1252 (what a Norwegian Excel writes with
«CSV (semikolondelt)»); a byte sequence that is not valid UTF-8 means Windows-1252, which
is safe because æ, ø and å in Windows-1252 are never valid UTF-8. The delimiter is
whichever of «;», «,» and tab occurs most in the header line: header names never contain
one, while data cells (decimal commas, comma lists) often do.
"""
from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .columns import Column, ColumnSet
from .problems import HEADER_ROW, ImportFileError, Problem

CSV_SUFFIXES = frozenset({".csv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_DELIMITER_NAMES = {";": "semikolon", ",": "komma", "\t": "tabulator"}


@dataclass
class Table:
    """The cells of a file under canonical column names, every cell stripped text ('' when empty)."""

    source: Path
    format: str                                  # e.g. «CSV, UTF-8, semikolon», shown in the preview
    headers: dict[str, str]                      # canonical name → the header as written in the file
    cells: dict[str, list[str]]                  # canonical name → one text per data row
    row_numbers: list[int]                       # the spreadsheet row of each data row
    ignored_headers: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about the header row

    def __len__(self) -> int:
        return len(self.row_numbers)

    def header(self, column: Column) -> str:
        return self.headers.get(column.name, column.name)


def read_table(path: Path, columns: ColumnSet) -> Table:
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"Finner ikke filen {path}.")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        frame, described = _read_xlsx(path), "Excel (xlsx)"
    elif suffix in CSV_SUFFIXES:
        frame, described = _read_csv(path)
    elif suffix == ".xls":
        raise ImportFileError(f"{path.name} er en gammel Excel-fil (.xls). Lagre den som .xlsx eller .csv.")
    else:
        raise ImportFileError(f"{path.name}: ukjent filtype. Bruk .csv eller .xlsx.")
    if frame.shape[0] == 0:
        raise ImportFileError(f"{path.name} er tom; første rad skal være kolonnenavnene.")
    return _to_table(path, described, frame, columns)


def _read_csv(path: Path):
    import pandas as pd

    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        encoding, label = "utf-8-sig", "UTF-8 med BOM"
    else:
        try:
            data.decode("utf-8")
            encoding, label = "utf-8", "UTF-8"
        except UnicodeDecodeError:
            encoding, label = "cp1252", "Windows-1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError(f"{path.name}: ukjent tegnkoding. Lagre filen som UTF-8.") from None
    header_line = text.split("\n", 1)[0]
    delimiter = max(_DELIMITER_NAMES, key=header_line.count)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, dtype=str,
                            keep_default_na=False, na_filter=False, skip_blank_lines=False)
    except pd.errors.EmptyDataError:
        raise ImportFileError(f"{path.name} er tom; første rad skal være kolonnenavnene.") from None
    except pd.errors.ParserError as error:
        raise ImportFileError(f"{path.name} kan ikke leses som en tabell: {_explain_parser_error(error)}") from None
    return frame, f"CSV, {label}, {_DELIMITER_NAMES[delimiter]}"


def _explain_parser_error(error: Exception) -> str:
    if match := re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(error)):
        expected, line, saw = match.groups()
        return f"linje {line} har {saw} felt, men overskriftsraden har {expected}."
    return str(error)


def _read_xlsx(path: Path):
    import zipfile

    import pandas as pd

    try:
        # The first sheet; dtype=str keeps «0301» as written and hands dates over as ISO text.
        return pd.read_excel(path, sheet_name=0, header=None, dtype=str, engine="openpyxl",
                             keep_default_na=False, na_filter=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFileError(f"{path.name} kan ikke leses som Excel-fil ({error}).") from None


def _to_table(path: Path, described: str, frame, columns: ColumnSet) -> Table:
    frame = frame.apply(lambda series: series.str.strip())
    raw_headers = frame.iloc[0].tolist()
    data = frame.iloc[1:]
    data = data[(data != "").any(axis=1)]  # blank rows are skipped but keep their row numbers
    table = Table(path, described, {}, {}, [int(i) + HEADER_ROW for i in data.index])

    for position, header in enumerate(raw_headers):
        if not header:
            if (data.iloc[:, position] != "").any():
                table.ignored_headers.append(f"(kolonne {position + 1} uten navn)")
            continue
        column = columns.match(header)
        if column is None:
            table.ignored_headers.append(header)
        elif column.name in table.headers:
            table.problems.append(Problem(HEADER_ROW, header, "", (
                f"samme kolonne som «{table.headers[column.name]}»; fjern den ene")))
        else:
            table.headers[column.name] = header
            table.cells[column.name] = data.iloc[:, position].tolist()

    for column in columns.required:
        if column.name not in table.headers:
            also = ", ".join(column.aliases[:3])
            table.problems.append(Problem(HEADER_ROW, column.name, "", (
                "kolonnen mangler" + (f" (kan også hete {also})" if also else ""))))
    return table
