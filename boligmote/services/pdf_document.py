"""Shared PDF building blocks for minutes and decision letters (reportlab platypus).

The DejaVu fonts in resources/fonts/ are embedded, so æøå look the same on every
machine. Every page carries the «Unntatt offentlighet» marking and «side X av Y». Output
is byte-for-byte reproducible (reportlab's invariant mode): the same record renders to
the same PDF, so what was previewed is what gets signed.

reportlab is imported inside the functions: it costs start-up time the window must not
pay (DESIGN.md: start ≤ 1 s).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from html import escape as _html_escape

from ..paths import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


def day(value: date | None) -> str:
    """dd.mm.åååå, the Norwegian way; empty for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def moment(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y kl. %H:%M") if value else ""


def clock(value: datetime | None) -> str:
    """«kl. 09:00» — a time of day within a dated document."""
    return value.strftime("kl. %H:%M") if value else ""


def escape(value: str) -> str:
    """&, < and > as entities: what reportlab's paragraph markup needs. Not xml.sax.saxutils'
    escape(): that module imports urllib.request, and with it http.client, ssl and socket."""
    return _html_escape(value, quote=False)


def text(value: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept, «§ 13» never split at the line end."""
    markup = escape(value.strip()).replace("\n", "<br/>")
    return markup.replace("§§ ", "§§\u00a0").replace("§ ", "§\u00a0")


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    marking: str  # «Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13»
    header_right: str  # e.g. the municipality
    footer_left: str  # e.g. «Protokoll, tildelingsmøte 09.11.2026»
    title: str  # PDF metadata
    author: str = ""


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    # <b> in a paragraph picks the bold face; there is no italic face, so italic maps to regular.
    for bold, italic, face in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, face)


@cache
def styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14, spaceAfter=10,
                                   textColor=colors.HexColor("#333333")),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=12,
                             spaceAfter=5),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10,
                             spaceAfter=4),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, spaceAfter=0,
                                textColor=colors.HexColor("#444444")),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0,
                                textColor=colors.HexColor("#333333")),
        "draft": ParagraphStyle("draft", base, fontName=FONT_BOLD, fontSize=10, leading=13,
                                textColor=colors.HexColor("#a40000"), spaceAfter=8),
    }


def paragraph(markup: str, style: str = "body"):
    from reportlab.platypus import Paragraph

    return Paragraph(markup, styles()[style])


def key_value_table(rows: list[tuple[str, str]], width: float, key_width: float = 38 * 2.8346):
    """Label/value rows (values are paragraph markup), with light rules between them."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    data = [[paragraph(escape(k), "label"), paragraph(v, "cell")] for k, v in rows if v]
    table = Table(data, colWidths=[key_width, width - key_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def grid_table(header: list[str], rows: list[list], widths: list[float], repeat_header: bool = True):
    """A table with a shaded header row; cells are paragraph markup strings or flowables."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    data = [[paragraph(escape(h), "cell_bold") for h in header]]
    data += [[paragraph(c, "cell") if isinstance(c, str) else c for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def signature_block(signers: list[tuple[str, str, str]], width: float):
    """Two signatures per row: a line to sign on, the name, the role, and either «Signert av …
    dd.mm.åååå kl. hh:mm» (signed in the app) or a date to fill in. The line stays for a wet
    signature either way."""
    from reportlab.platypus import Table, TableStyle

    gap = 12 * 2.8346
    column = (width - gap) / 2
    cells = [_signature_cell(name, role, signed, column) for name, role, signed in signers]
    rows = [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[column + gap, column], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 16)]))
    return table


def _signature_cell(name: str, role: str, signed: str, width: float):
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    inner = Table([[Spacer(1, 24)], [paragraph(f"<b>{escape(name)}</b>", "cell")],
                   [paragraph(escape(role), "small")],
                   [paragraph(escape(signed) if signed else "Dato: ____________________", "cell")]],
                  colWidths=[width])
    inner.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 3), (0, 3), 8),
        ("LINEBELOW", (0, 0), (0, 0), 0.7, colors.black),  # the line to sign on
    ]))
    return inner


def build_pdf(story: list, frame: PageFrame) -> bytes:
    """Lay the story out on A4 with the marking and «side X av Y» on every page."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        # The frame pads its content by 6 pt: margins of 20 mm less that put the text at 20 mm,
        # in line with the header and footer, and content_width() is the true width.
        buffer, pagesize=A4, leftMargin=20 * mm - 6, rightMargin=20 * mm - 6, topMargin=24 * mm - 6,
        bottomMargin=20 * mm - 6,
        title=frame.title, author=frame.author, subject=frame.marking, creator="Boligmøte", invariant=1,
    )
    canvas_class = _numbered_canvas(frame)
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def content_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return A4[0] - 40 * mm


def _numbered_canvas(frame: PageFrame):
    """A canvas that draws header and footer once the page count is known («side X av Y»)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(colors.HexColor("#a40000"))
            self.setFont(FONT_BOLD, 8.5)
            self.drawString(20 * mm, height - 13 * mm, frame.marking)
            self.setFillColor(colors.black)
            self.setFont(FONT, 8.5)
            self.drawRightString(width - 20 * mm, height - 13 * mm, frame.header_right)
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.5)
            self.line(20 * mm, height - 15.5 * mm, width - 20 * mm, height - 15.5 * mm)
            self.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
            self.setFont(FONT, 8)
            self.drawString(20 * mm, 10 * mm, frame.footer_left)
            self.drawRightString(width - 20 * mm, 10 * mm, f"side {number} av {total}")
            self.restoreState()

    return NumberedCanvas
