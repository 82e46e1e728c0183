"""Shared PDF building blocks for minutes and decision letters (reportlab platypus).

The DejaVu fonts in resources/fonts/ are embedded, so æøå look the same on every
machine. Every page carries the «Unntatt offentlighet» marking and «side X av Y». Every
document is PDF/A-2b (services/pdfa.py), dated from the record (PageFrame.created). Output
is byte-for-byte reproducible (reportlab's invariant mode, a content-derived /ID, dates
from the record, not the clock): the same record renders to the same PDF, so what was
previewed is what gets signed.

reportlab is imported inside the functions: it costs start-up time the window must not
pay (DESIGN.md: start ≤ 1 s).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from html import escape as _html_escape
from typing import Any, TypeAlias

from ..domain.limits import LIMITS
from ..paths import resource
from .document_text import T

# reportlab has no type information: its flowables (Paragraph, Table, …) are this
Flowable: TypeAlias = Any

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
    """User text as paragraph markup: escaped, line breaks kept, «§ 13» never split at the line end;
    bounded so that it lays out quickly (see «long text» below)."""
    markup = escape(_bounded(value.strip())).replace("\n", "<br/>")
    return markup.replace("§§ ", "§§\u00a0").replace("§ ", "§\u00a0")


LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO"}  # BCP 47, as PDF 32000-1 §14.9.2 asks for /Lang


@dataclass(frozen=True)
class PageFrame:
    """What every page shows around the content."""

    marking: str  # «Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13»
    header_right: str  # e.g. the municipality
    footer_left: str  # e.g. «Protokoll, tildelingsmøte 09.11.2026»
    title: str  # PDF metadata
    author: str = ""
    # When the document was made, from the record (signing, issue, decision), never the clock:
    # the same record must give the same bytes. None: the day it is made (00:00), for a
    # document no record dates; reproducible within the day.
    created: datetime | None = None
    modified: datetime | None = None  # e.g. the last addendum; the creation date when None
    # The language the text is written in, «nb» or «nn»: the PDF's /Lang, which a screen reader and
    # an archive read. None: the document language in force (document_text.document_language).
    language: str | None = None


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
def styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14, spaceAfter=10,
                                   textColor=colors.HexColor("#333333")),
        # A heading keeps with what follows (reportlab's keepWithNext): «Fornyelser» alone at the foot
        # of a page with its table on the next was a reviewer's find in the minutes.
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=12,
                             spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, spaceAfter=0,
                                textColor=colors.HexColor("#444444")),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0,
                                textColor=colors.HexColor("#333333")),
        "draft": ParagraphStyle("draft", base, fontName=FONT_BOLD, fontSize=10, leading=13,
                                textColor=colors.HexColor("#a40000"), spaceAfter=8),
    }


def paragraph(markup: str, style: str = "body") -> Flowable:
    """A paragraph; long markup becomes a stack of small ones that breaks across pages cheaply."""
    flowable = _flowable_text(markup, style)
    return _stack(flowable) if isinstance(flowable, list) else flowable


def key_value_table(rows: list[tuple[str, str]], width: float, key_width: float = 38 * 2.8346) -> Flowable:
    """Label/value rows (values are paragraph markup), with light rules between them."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    data: list[list[Any]] = []
    continued: set[int] = set()
    for k, v in rows:
        if v:
            _add_row(data, continued, [paragraph(escape(k), "label"), v])
    table = Table(data, colWidths=[key_width, width - key_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *_rules_below(0, len(data), continued, 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        *_continued_padding(continued),
    ]))
    return table


def grid_table(header: list[str], rows: list[list[Any]], widths: list[float],
               repeat_header: bool = True) -> Flowable:
    """A table with a shaded header row; cells are paragraph markup strings or flowables."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    data: list[list[Any]] = [[paragraph(escape(h), "cell_bold") for h in header]]
    continued: set[int] = set()
    for row in rows:
        _add_row(data, continued, row)
    table = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
        *_rules_below(1, len(data), continued, 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *_continued_padding(continued),
    ]))
    return table


def signature_block(signers: list[tuple[str, str, str]], width: float) -> Flowable:
    """Two signatures per row: a line to sign on, the name, the role, and either what the app
    recorded («Godkjent i Boligmøte dd.mm.åååå kl. hh:mm») or a date to fill in. The line stays
    for the wet signature either way."""
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


def _signature_cell(name: str, role: str, signed: str, width: float) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    inner = Table([[Spacer(1, 24)], [paragraph(f"<b>{escape(name)}</b>", "cell")],
                   [paragraph(escape(role), "small")],
                   [paragraph(escape(signed) if signed else T("page.date_line"), "cell")]],
                  colWidths=[width])
    inner.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 3), (0, 3), 8),
        ("LINEBELOW", (0, 0), (0, 0), 0.7, colors.black),  # the line to sign on
    ]))
    return inner


def build_pdf(story: list[Flowable], frame: PageFrame) -> bytes:
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
        # The canvas starts in Helvetica unless told otherwise, and Helvetica is never embedded:
        # pdffonts lists it even when no text uses it. Start in the embedded DejaVu instead.
        initialFontName=FONT, initialFontSize=9.5,
    )
    canvas_class = _numbered_canvas(frame)
    document.build(story, canvasmaker=canvas_class)
    from .pdfa import DocumentInfo, to_pdfa

    from .document_text import current_language

    created = frame.created or datetime.combine(date.today(), datetime.min.time())
    language = LANGUAGE_TAGS[frame.language or current_language()]
    return to_pdfa(buffer.getvalue(), DocumentInfo(title=frame.title, author=frame.author, subject=frame.marking,
                                                   created=created, modified=frame.modified, language=language))


def content_width() -> float:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    return float(A4[0] - 40 * mm)


def _numbered_canvas(frame: PageFrame) -> type[Any]:
    """A canvas that draws header and footer once the page count is known («side X av Y»)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:  # noqa: N802 - reportlab's name
            # A table sets reportlab's base font (Helvetica, never embedded) for every cell, even
            # when each cell is a paragraph in DejaVu: every font in the PDF must be embedded.
            if psfontname.startswith("Helvetica"):
                psfontname = FONT_BOLD if "Bold" in psfontname else FONT
            super().setFont(psfontname, size, leading)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
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
            self.drawRightString(width - 20 * mm, 10 * mm, T("page.of", number=number, total=total))
            self.restoreState()

    return NumberedCanvas


# ---- long text -------------------------------------------------------------------------------
# Any text must lay out in time linear in its length (DESIGN.md: a letter ≤ 2 s whatever the
# text). reportlab re-wraps the rest of a paragraph at every page break, handles hundreds of
# <br/> in one paragraph slowly and breaks an unbreakable word letter by letter; a table row
# cannot break across pages at all. A 250 KB reason made signing fail (LayoutError) and a letter
# take 281 s (issue 14 §3). So: text is capped at the longest any field may hold
# (domain/limits.py), words that fit no line are cut into lines, lines beyond _MAX_LINES are
# run together, long paragraph markup becomes a stack of small paragraphs, and table rows may
# break inside a cell (splitInRow).
_MAX_TEXT = max(field.max_length for field in LIMITS.values())
_MAX_LINES = 300
_LONG_WORD = 100    # characters; a longer «word» (a pasted hash, a line of dashes) is cut …
_WORD_PIECE = 40    # … into lines this long, which fit even a narrow table column
_CHUNK_CHARS = 1500  # markup characters per paragraph of a stack …
_CHUNK_LINES = 25
_CELL_CHARS = 400    # … and per row of a table, whose narrowest text column is about 25 mm
_CELL_LINES = 12
_LONG_WORD_RE = re.compile(r"\S{" + str(_LONG_WORD + 1) + ",}")
_TAG = re.compile(r"(<[^>]*>)")


def _bounded(value: str) -> str:
    """`value` as it can be printed: capped, long words cut, at most _MAX_LINES lines."""
    if len(value) > _MAX_TEXT:
        shown = f"{_MAX_TEXT:,}".replace(",", " ")
        whole = f"{len(value):,}".replace(",", " ")
        value = value[:_MAX_TEXT] + T("page.shortened", whole=whole, shown=shown)
    if len(value) > _LONG_WORD:
        value = _LONG_WORD_RE.sub(
            lambda m: "\n".join(m[0][i:i + _WORD_PIECE] for i in range(0, len(m[0]), _WORD_PIECE)), value)
    if value.count("\n") >= _MAX_LINES:
        lines = value.split("\n")
        value = "\n".join(lines[:_MAX_LINES]) + " / " + " / ".join(line for line in lines[_MAX_LINES:] if line)
    return value


def _chunks(markup: str, most_chars: int, most_lines: int) -> list[str]:
    """Markup in pieces of at most `most_chars` characters and `most_lines` lines, cut at line
    breaks where possible, else at a space; tags open at a cut are closed and reopened."""
    lines = markup.split("<br/>")
    pieces: list[list[str]] = [[]]
    size = 0
    for line in lines:
        while len(line) > most_chars:
            cut = _cut(line, most_chars)
            if pieces[-1]:
                pieces.append([])
            pieces[-1].append(line[:cut])
            pieces.append([])
            line, size = line[cut:].lstrip(" "), 0
        if pieces[-1] and (size + len(line) > most_chars or len(pieces[-1]) >= most_lines):
            pieces.append([])
            size = 0
        pieces[-1].append(line)
        size += len(line)
    chunks: list[str] = []
    still_open: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        body = "".join(still_open) + "<br/>".join(piece)
        still_open = _open_tags(body)
        chunks.append(body + "".join(f"</{_tag_name(tag)}>" for tag in reversed(still_open)))
    return chunks


def _cut(line: str, most: int) -> int:
    """Where to cut a line longer than a chunk: after a sentence, else at a space, never inside
    a tag or an entity (&amp;)."""
    at = line.rfind(". ", 0, most)
    if at > most // 2:
        cut = at + 1
    else:
        at = line.rfind(" ", 0, most)
        cut = at if at > 0 else most
    opened = line.rfind("<", 0, cut)
    if opened > line.rfind(">", 0, cut):
        cut = opened
    ampersand = line.rfind("&", 0, cut)
    if ampersand > line.rfind(";", 0, cut):
        cut = ampersand
    return cut if cut > 0 else len(line)


def _tag_name(tag: str) -> str:
    return tag[1:-1].split()[0].rstrip("/")


def _open_tags(markup: str) -> list[str]:
    stack: list[str] = []
    for token in _TAG.split(markup):
        if not token.startswith("<") or token.endswith("/>"):
            continue
        if token.startswith("</"):
            name = token[2:-1].strip()
            for at in range(len(stack) - 1, -1, -1):
                if _tag_name(stack[at]) == name:
                    del stack[at]
                    break
        else:
            stack.append(token)
    return stack


def _flowable_text(markup: str, style: str) -> Flowable | list[Flowable]:
    """One Paragraph for ordinary text; for long markup, a list of small ones (see above)."""
    from reportlab.platypus import Paragraph

    if len(markup) <= _CHUNK_CHARS and markup.count("<br/>") < _CHUNK_LINES:
        return Paragraph(markup, styles()[style])
    chunks = _chunks(markup, _CHUNK_CHARS, _CHUNK_LINES)
    if len(chunks) == 1:
        return Paragraph(chunks[0], styles()[style])
    first, inner, last = _stack_styles(style)
    return [Paragraph(chunk, first if i == 0 else last if i == len(chunks) - 1 else inner)
            for i, chunk in enumerate(chunks)]


def _add_row(data: list[list[Any]], continued: set[int], cells: list[Any]) -> None:
    """Append a table row. A long text cell goes on in the rows below it (small paragraphs in
    small rows), so the table breaks across pages between rows as it always does: a row taller
    than a page is a LayoutError, and reportlab's splitting inside a row is quadratic."""
    from reportlab.platypus import Paragraph

    columns = []
    for cell in cells:
        if not isinstance(cell, str):
            columns.append([cell])
        elif len(cell) <= _CELL_CHARS and cell.count("<br/>") < _CELL_LINES:
            columns.append([Paragraph(cell, styles()["cell"])])
        else:
            columns.append([Paragraph(chunk, styles()["cell"]) for chunk in _chunks(cell, _CELL_CHARS, _CELL_LINES)])
    for line in range(max(len(column) for column in columns)):
        if line:
            continued.add(len(data))
        data.append([column[line] if line < len(column) else "" for column in columns])


def _rules_below(first: int, count: int, continued: set[int], width: float, color: Any) -> list[tuple[Any, ...]]:
    """Light rules under rows `first`… — but not inside a row that goes on in the rows below."""
    if not continued:
        return [("LINEBELOW", (0, first), (-1, -1), width, color)]
    ends = [row for row in range(first, count) if row + 1 not in continued]
    return [("LINEBELOW", (0, row), (-1, row), width, color) for row in ends]


def _continued_padding(continued: set[int]) -> list[tuple[Any, ...]]:
    """No gap where a cell goes on in the next row: it reads as one cell."""
    return [command for row in sorted(continued)
            for command in (("TOPPADDING", (0, row), (-1, row), 0), ("BOTTOMPADDING", (0, row - 1), (-1, row - 1), 0))]


@cache
def _stack_styles(style: str) -> tuple[Any, Any, Any]:
    """The style for the first, inner and last paragraph of a stack: spaced as one paragraph."""
    from reportlab.lib.styles import ParagraphStyle

    base = styles()[style]
    return (ParagraphStyle(f"{style}-first", base, spaceAfter=0),
            ParagraphStyle(f"{style}-inner", base, spaceBefore=0, spaceAfter=0),
            ParagraphStyle(f"{style}-last", base, spaceBefore=0))


def _stack(parts: list[Flowable]) -> Flowable:
    from reportlab.platypus import Flowable

    class Stack(Flowable):
        """Paragraphs one under the other: drawn whole where they fit, else handed back to the
        frame one by one (split), so a page break costs one small paragraph, not the whole text."""

        def __init__(self, parts: list[Flowable]) -> None:
            super().__init__()
            self.parts = parts

        def wrap(self, width: float, height: float) -> tuple[float, float]:
            sizes = [part.wrap(width, height) for part in self.parts]
            self.width, self.height = width, sum(h for _, h in sizes)
            return self.width, self.height

        def split(self, width: float, height: float) -> list[Flowable]:
            return list(self.parts)

        def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
            return float(self.parts[0].getSpaceBefore())

        def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
            return float(self.parts[-1].getSpaceAfter())

        def draw(self) -> None:
            y = self.height
            for part in self.parts:
                y -= part.height
                part.drawOn(self.canv, 0, y)

    return Stack(parts)

