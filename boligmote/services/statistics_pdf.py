"""Årsstatistikk as PDF (issue 20 item 5): the figures, three charts (waiting time, decisions per
month, districts), the tables, and a method page with every definition, what the file cannot answer
and the sources — in the conventions of pdf_document.py (PDF/A-2b, embedded DejaVu, a marking and
«side X av Y» on every page).

A chart never draws a personal count of 1–4: its bar is left out and «<5» stands in its place, so
the bar's length cannot tell what the table hides; a cell hidden so that a «<5» cannot be worked out
says «vises ikke», the same words as the tables and the method page.
"""
from __future__ import annotations

from datetime import datetime, time

from typing import Any

from ..domain.statistics import Distribution, Grid
from .pdf_document import FONT, FONT_BOLD, Flowable, PageFrame, build_pdf, content_width, escape, grid_table, paragraph
from .statistics import (
    DEMO_NOTE,
    HIDDEN,
    MARKING,
    METHOD,
    NOT_IN_FILE,
    SMALL,
    SMALL_COUNTS,
    SOURCES,
    StatisticsReport,
    count_text,
)

_ALLOCATED = "#2b6a99"  # blue: allocations, units
_SECOND = "#b35806"  # orange: the queue at 31.12, allocations by district
_GRID = "#dddddd"
_TEXT = "#444444"


def _columns_chart(report: StatisticsReport, series: list[tuple[str, str, tuple[int, ...], list[Any]]],
                   labels: tuple[str, ...], width: float, height: float = 150.0) -> Flowable:
    """Vertical bars, one group per label and one bar per series (name, colour, counts, cell keys); the
    count above each bar; a hidden count has no bar, only «<5» or «vises ikke»."""
    from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
    from reportlab.lib import colors

    legend, axis_bottom, top_room = 14.0, 26.0, 14.0
    drawing = Drawing(width, height + legend)
    plot_height = height - axis_bottom - top_room
    def shown(key: Any, value: int) -> bool:
        return isinstance(report.shows(key, value), int)

    biggest = max([n for _, _, counts, keys in series for n, k in zip(counts, keys) if shown(k, n)] + [1])
    group = width / max(1, len(labels))
    bar = min(28.0, (group - 10) / max(1, len(series)))
    base = axis_bottom
    drawing.add(Line(0, base, width, base, strokeColor=colors.HexColor("#888888"), strokeWidth=0.6))
    for index, label in enumerate(labels):
        left = index * group + (group - bar * len(series)) / 2
        drawing.add(String(index * group + group / 2, base - 11, label, fontName=FONT, fontSize=7, textAnchor="middle",
                           fillColor=colors.HexColor(_TEXT)))
        for number, (_, colour, counts, keys) in enumerate(series):
            value, key = counts[index], keys[index]
            x = left + number * bar
            bar_height = plot_height * value / biggest if shown(key, value) else 0.0
            if bar_height:
                drawing.add(Rect(x + 1, base, bar - 2, bar_height, fillColor=colors.HexColor(colour),
                                 strokeColor=None))
            label = report.text(key, value)
            if label == HIDDEN:  # the tables' words, upright: they would run into the next bar across
                upright = Group(String(0, 0, label, fontName=FONT, fontSize=6.5))
                upright.transform = (0, 1, -1, 0, x + bar / 2 + 2.3, base + 2)
                drawing.add(upright)
            else:
                drawing.add(String(x + bar / 2, base + bar_height + 2, label, fontName=FONT, fontSize=6.5,
                                   textAnchor="middle"))
    x = 0.0
    for name, colour, _, _ in series:
        drawing.add(Rect(x, height + 2, 8, 8, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 11, height + 3, name, fontName=FONT, fontSize=7.5))
        x += 18 + 4.6 * len(name)
    return drawing


def _district_chart(report: StatisticsReport, table: Grid, width: float) -> Flowable:
    """Per district: units in the register and allocations in the year, each on its own scale."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    rows = [(name, values[0], values[4], r) for r, (name, values) in enumerate(table.rows)][:30]
    row, label_width, gap = 15.0, 110.0, 16.0
    panel = (width - label_width - 2 * gap) / 2
    drawing = Drawing(width, row * (len(rows) + 1) + 4)
    top = row * len(rows)
    headers = (("Boliger i registeret", label_width), ("Tildelt i året", label_width + panel + gap))
    for text, x in headers:
        drawing.add(String(x, top + 4, text, fontName=FONT_BOLD, fontSize=7.5))

    def shown(key: Any, value: int) -> bool:
        return isinstance(report.shows(key, value), int)

    biggest_units = max([u for _, u, _, r in rows if shown(("districts", r, 0), u)] + [1])
    biggest_allocated = max([a for _, _, a, r in rows if shown(("districts", r, 4), a)] + [1])
    for index, (name, units, allocated, r) in enumerate(rows):
        y = top - (index + 1) * row + 3
        drawing.add(String(0, y + 2, name if len(name) <= 24 else name[:23] + "…", fontName=FONT, fontSize=7.5))
        for value, key, biggest, x, colour in (
                (units, ("districts", r, 0), biggest_units, label_width, _ALLOCATED),
                (allocated, ("districts", r, 4), biggest_allocated, label_width + panel + gap, _SECOND)):
            length = (panel - 34) * value / biggest if shown(key, value) else 0.0
            if length:
                drawing.add(Rect(x, y, length, row - 6, fillColor=colors.HexColor(colour), strokeColor=None))
            drawing.add(String(x + length + 3, y + 2, report.text(key, value), fontName=FONT, fontSize=7))
    return drawing


def _distribution_table(report: StatisticsReport, names: tuple[str, ...], width: float) -> Flowable:
    items: list[Distribution] = [getattr(report.figures, name) for name in names]
    header = ["Intervall", *(item.title for item in items)]
    rows = [[escape(label), *(escape(report.text((name, index), item.counts[index]))
                              for name, item in zip(names, items))]
            for index, label in enumerate(items[0].labels)]
    rows.append(["<b>I alt</b>", *(f"<b>{escape(report.text((name, 'total'), item.total))}</b>"
                                   for name, item in zip(names, items))])
    first = width * 0.28
    return grid_table(header, rows, [first, *([(width - first) / len(items)] * len(items))])


def _grid(report: StatisticsReport, name: str, width: float, first: float = 0.26) -> Flowable:
    table: Grid = getattr(report.figures, name)
    rest = (width * (1 - first)) / len(table.columns)
    rows = [[escape(label), *(escape(report.text((name, r, c), n)) for c, n in enumerate(values))]
            for r, (label, values) in enumerate(table.rows)]
    return grid_table([table.row_header, *table.columns], rows, [width * first, *([rest] * len(table.columns))])


def render_statistics_report(report: StatisticsReport) -> bytes:
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    found = report.figures
    width = content_width()
    year, end = found.year, f"31.12.{found.year}"
    title = f"Årsstatistikk {year} – kommunale utleieboliger"
    story: list[Flowable] = [
        paragraph(escape(title), "title"),
        paragraph(escape(f"{report.municipality + ', ' if report.municipality else ''}tall for 01.01.{year}–{end}, "
                         f"laget {found.made_on:%d.%m.%Y}"), "subtitle"),
        paragraph(escape(
            "Tallene er talt fra det tildelingsmøtet har ført i denne filen: søknader, vedtak, boliger, fornyelser og "
            "tiltak for leieforhold i risiko. Hvert tall har en kode; definisjonen står på metodesidene bak, og der "
            "et tall svarer til en post i KOSTRA-skjema 13, står posten der. Tallene er ikke levert til SSB; de er "
            "grunnlaget kommunen kan rapportere fra.")),
        paragraph(f"<b>{escape(SMALL_COUNTS)}</b>"),
    ]
    if report.demo:
        story.append(paragraph(f"<b>{escape(DEMO_NOTE)}</b>"))
    for section, figures in found.sections:
        rows = [[escape(item.code), escape(item.title), escape(report.figure_text(item))] for item in figures]
        story.append(KeepTogether([paragraph(escape(section), "h2"),
                                   grid_table(["Kode", "Betegnelse", "Verdi"], rows, [width * 0.08, width * 0.6,
                                                                                 width * 0.32])]))
    left_out = "; ".join(f"{count_text(n)} {what}" for what, n in found.left_out.items())
    story.append(KeepTogether([paragraph(escape("Ikke talt"), "h2"), paragraph(escape(
        f"{left_out}. Vedtak i møter som ikke er avsluttet, kan fortsatt endres; en sak som er tatt ut av køen uten "
        "vedtak i et møte (status endret ved import eller i et annet system), har ingen dato i filen og kan ikke "
        "føres til et år."))]))

    story += [PageBreak(), paragraph(escape("Figurer"), "h1"),
              paragraph(escape(f"Tallet over hver stolpe er antallet. En stolpe for 1–4 husstander eller vedtak "
                               f"tegnes ikke; «{SMALL}» står i stedet, og «{HIDDEN}» der en celle er skjult så en "
                               f"«{SMALL}» ikke kan regnes ut (se «Små tall» bak)."), "small")]
    story.append(KeepTogether([
        paragraph(escape("Ventetid: tildelte i året og dem som ventet ved årets slutt"), "h2"),
        _columns_chart(report, [("Tildelt i året", _ALLOCATED, found.waiting_allocated.counts,
                                 [("waiting_allocated", i) for i in range(len(found.waiting_allocated.counts))]),
                                (f"På venteliste per {end}", _SECOND, found.waiting_queue.counts,
                                 [("waiting_queue", i) for i in range(len(found.waiting_queue.counts))])],
                       found.waiting_allocated.labels, width),
        paragraph(escape(f"Ventetid i hele måneder fra kvalifiseringsdatoen til tildelingsmøtet, eller til {end}. "
                         f"Median: {report.figure_text(found.figure('W1'))} for tildelte, "
                         f"{report.figure_text(found.figure('W2'))} for dem som ventet."), "small")]))
    story.append(KeepTogether([
        paragraph(escape("Vedtak per måned"), "h2"),
        _columns_chart(report, [("Tildelt", _ALLOCATED, tuple(v[0] for _, v in found.per_month.rows),
                                 [("per_month", r, 0) for r in range(12)]),
                                ("Avslag", _SECOND, tuple(v[1] for _, v in found.per_month.rows),
                                 [("per_month", r, 1) for r in range(12)])],
                       tuple(name[:3] for name, _ in found.per_month.rows), width),
        paragraph(escape("Etter datoen for møtet som fattet vedtaket; bare avsluttede og signerte møter."), "small")]))
    story.append(KeepTogether([
        paragraph(escape("Bydelene: boliger i registeret og tildelinger i året"), "h2"),
        _district_chart(report, found.districts, width),
        paragraph(escape(f"Boligene slik registeret sto {found.made_on:%d.%m.%Y}; tildelingene etter bydelen "
                         "boligen ligger i. "
                         "Stolpene har hver sin skala."), "small")]))

    story += [PageBreak(), paragraph(escape("Tabeller"), "h1"),
              paragraph(escape("Ventetid"), "h2"),
              _distribution_table(report, ("waiting_allocated", "waiting_queue"), width),
              paragraph(escape("Ledigtid"), "h2"),
              _distribution_table(report, ("vacancy_allocated", "vacancy_year_end"), width),
              KeepTogether([paragraph(escape("Vedtak per måned"), "h2"), _grid(report, "per_month", width)]),
              KeepTogether([paragraph(escape(f"{found.stock.title} (slik registeret sto {found.made_on:%d.%m.%Y})"),
                                      "h2"),
                            _grid(report, "stock", width)]),
              KeepTogether([paragraph(escape("Bydeler"), "h2"), _grid(report, "districts", width, 0.25)])]

    story += [PageBreak(), paragraph(escape("Slik er tallene regnet ut"), "h1")]
    for heading, body in METHOD:
        story += [paragraph(escape(heading), "h2"), paragraph(escape(body))]
    story.append(paragraph(escape("Hvert tall"), "h2"))
    rows = [[escape(item.code), f"<b>{escape(item.title)}</b><br/>{escape(item.definition)}"
             + (f"<br/><i>KOSTRA: {escape(item.kostra)}</i>" if item.kostra else "")]
            for item in found.figures]
    story.append(grid_table(["Kode", "Definisjon"], rows, [width * 0.08, width * 0.92]))
    story += [paragraph(escape("Det filen ikke kan svare på"), "h1"),
              paragraph(escape("Poster i KOSTRA-skjema 13 (kommunalt disponerte boliger) som trenger opplysninger "
                               "appen ikke fører:"))]
    story.append(grid_table(["Post", "Hvorfor"], [[escape(t), escape(w)] for t, w in NOT_IN_FILE],
                            [width * 0.3, width * 0.7]))
    story += [paragraph(escape("Kilder"), "h2")]
    for text, url in SOURCES:
        story += [paragraph(escape(f"{text}."), "small"), paragraph(escape(url), "small"), Spacer(1, 3)]
    story.append(Spacer(1, 4))
    frame = PageFrame(marking=MARKING, header_right=report.municipality,
                      footer_left=f"Årsstatistikk {year} (per {end}, laget {found.made_on:%d.%m.%Y})",
                      title=title, author=report.municipality,
                      created=datetime.combine(found.made_on, time()),
                      language="nb")  # the report is written in bokmål whatever the documents' language
    return build_pdf(story, frame)
