"""Årsstatistikk as a workbook (issue 20 item 5): the same figures and tables as the PDF
(services/statistics_pdf.py), one sheet each, as the lawyer's review asked (M10): each sheet opens
with a title (what it holds, the year, the municipality) and the document's marking, each figure says
its unit (antall, dager, kr, %), and each sheet's name is whole and readable within Excel's 31
characters. Small counts and the cells that would give them away are «<5» and «vises ikke», as in the
PDF.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.statistics import Distribution, Grid
from .statistics import DEMO_NOTE, DISTRIBUTIONS, MARKING, METHOD, NOT_IN_FILE, SOURCES, TABLES, StatisticsReport

UNITS = {"count": "antall", "days": "dager", "kroner": "kr", "percent": "%"}
TITLE_ROWS = 3  # the title, the marking and a blank row above each sheet's table
_MOST_CHARS = 31  # Excel's limit for a sheet's name


@dataclass(frozen=True)
class Sheet:
    name: str  # whole: never cut at Excel's 31 characters (the test checks)
    what: str  # the title row says it, with the year and the municipality
    header: list[str]
    rows: list[list[object]]


def _sheet_names(report: StatisticsReport) -> dict[str, str]:
    """Each table's sheet name: its heading where that fits in 31 characters, else a shorter one that
    still says what it is."""
    found = report.figures
    end = f"31.12.{found.year}"
    names = {section: section for section, _ in found.sections}
    names[found.sections[-1][0]] = f"Boligmassen {found.made_on:%d.%m.%Y}"  # the register as read that day
    names.update({
        "waiting_allocated": "Ventetid for tildelte i året", "waiting_queue": f"Ventetid venteliste {end}",
        "vacancy_allocated": "Ledigtid for tildelte boliger", "vacancy_year_end": f"Ledigtid ledige {end}",
        "per_month": "Vedtak per måned", "stock": "Boliger etter type og størrelse", "districts": "Bydeler",
    })
    return names


def _clean(name: str) -> str:
    """Excel allows none of []:*?/\\ in a sheet's name."""
    return "".join("-" if c in "[]:*?/\\" else c for c in name)


def statistics_sheets(report: StatisticsReport) -> list[Sheet]:
    """Every sheet: first what each figure means, then one per section and table, then what the file
    cannot answer and the method."""
    found = report.figures
    names = _sheet_names(report)
    sheets = [Sheet("Forklaring", "Alle tallene med enhet, definisjon og KOSTRA-post",
                    ["Kode", "Tall", "Enhet", "Betegnelse", "Hva tallet er", "KOSTRA"],
                    [[f.code, report.figure_cell(f), UNITS[f.kind], f.title, f.definition, f.kostra]
                     for f in found.figures])]
    for section, figures in found.sections:
        sheets.append(Sheet(names[section], section, ["Kode", "Betegnelse", "Tall", "Enhet"],
                            [[f.code, f.title, report.figure_cell(f), UNITS[f.kind]] for f in figures]))
    for name in DISTRIBUTIONS:
        item: Distribution = getattr(found, name)
        rows = [[label, report.shows((name, i), n)] for i, (label, n) in enumerate(zip(item.labels, item.counts))]
        sheets.append(Sheet(names[name], f"{item.title} (antall i hvert intervall av hele måneder)",
                            ["Intervall (hele måneder)", item.title],
                            [*rows, ["I alt", report.shows((name, "total"), item.total)]]))
    for name in TABLES:
        table: Grid = getattr(found, name)
        when = f", slik registeret sto {found.made_on:%d.%m.%Y}" if name == "stock" else ""
        sheets.append(Sheet(names[name], f"{table.title} (antall{when})", [table.row_header, *table.columns],
                            [[label, *(report.shows((name, r, c), n) for c, n in enumerate(values))]
                             for r, (label, values) in enumerate(table.rows)]))
    sheets.append(Sheet("Ikke i filen", "KOSTRA-poster filen ikke kan svare på",
                        ["KOSTRA-post", "Hvorfor filen ikke kan svare"], [[title, why] for title, why in NOT_IN_FILE]))
    method: list[list[object]] = [[title, text] for title, text in METHOD]
    method += [["Kilde", f"{text}: {url}"] for text, url in SOURCES]
    if report.demo:
        method.append(["Demo", DEMO_NOTE])
    sheets.append(Sheet("Metode og kilder", "Slik er tallene regnet ut, og kildene", ["Tema", "Tekst"], method))
    for sheet in sheets:
        assert len(_clean(sheet.name)) <= _MOST_CHARS, sheet.name  # a name is never cut
    return sheets


def sheet_title(report: StatisticsReport, what: str) -> str:
    """The first row of every sheet: the report, the year, the municipality, and what the sheet holds."""
    found = report.figures
    where = f" – {report.municipality}" if report.municipality else ""
    return f"Årsstatistikk {found.year}{where}: {what}. Tall per 31.12.{found.year}, laget {found.made_on:%d.%m.%Y}."


def write_statistics_xlsx(report: StatisticsReport, out: Path) -> None:
    """One sheet per table (pandas + openpyxl), written beside the target and moved into place."""
    import pandas as pd
    from openpyxl.styles import Font

    from .table_export import cells_as_text, printable_cell

    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=out.parent)
    os.close(handle)
    try:
        with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
            for sheet in statistics_sheets(report):
                name = _clean(sheet.name)
                frame = pd.DataFrame([[printable_cell(v) for v in row] for row in sheet.rows], columns=sheet.header)
                frame.to_excel(writer, sheet_name=name, index=False, startrow=TITLE_ROWS)
                book_sheet = writer.sheets[name]
                book_sheet["A1"] = printable_cell(sheet_title(report, sheet.what))
                book_sheet["A1"].font = Font(bold=True, size=12)
                book_sheet["A2"] = MARKING
                book_sheet.freeze_panes = f"A{TITLE_ROWS + 2}"
                cells_as_text(book_sheet)  # a district or municipality named «=…» stays text
                if book_sheet["A1"].data_type == "f":  # cells_as_text starts below the first row
                    book_sheet["A1"].data_type, book_sheet["A1"].quotePrefix = "s", True
                for position, column in enumerate(sheet.header):
                    longest = max([len(column), *(len(str(row[position])) for row in sheet.rows)], default=8)
                    letter = book_sheet.cell(TITLE_ROWS + 1, position + 1).column_letter
                    book_sheet.column_dimensions[letter].width = min(80, longest + 2)
            writer.book.properties.title = f"Årsstatistikk {report.figures.year}"
            writer.book.properties.creator = "Boligmøte"
            writer.book.properties.subject = MARKING
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
