"""The head of a letter's first page: the recipient's address in the window of the envelope, the
return address above it, and the sender and reference block beside it.

Measured for the common Norwegian window envelopes (see the constants) and Posten's rules for
the address; an address that would not fit the window is refused, never cut off.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..domain.households import Applicant
from .meetings import MeetingError
from ..words import Phrase
from .pdf_document import FONT, FONT_BOLD, Flowable


# Where the address goes: the window of a C5 or DL (C6/5) window envelope, left window.
# The common Norwegian envelopes have their window 15 mm from the left edge, its top 39–44 mm
# from the top of the sheet and 35 mm high (C5: 105 × 35 mm from 44 mm; C6/5: 100 × 35 mm from
# 39 mm); DIN 5008 form B (C5/6, DL) puts it 20 mm from the left, 45 mm from the top, 90 × 45 mm.
# Text from 20 mm to 105 mm and from 47 to 77 mm from the top shows through all of them, and
# a sheet folded in three (DL) or in half (C5) brings it to the same place.
WINDOW_LEFT_MM = 20.0


WINDOW_TOP_MM = 47.0  # the top of the return-address line


WINDOW_WIDTH_MM = 85.0


WINDOW_BOTTOM_MM = 77.0


# The sender and reference block sits right of every window (the widest, C5's, ends at 120 mm).
SENDER_LEFT_MM = 122.0


SENDER_TOP_MM = 27.0


HEAD_BOTTOM_MM = 84.0  # the letter's title starts below the window and the sender block


# Posten: the recipient's address in one regular face of 10–12 pt, no blank lines, single or
# 1.5 line spacing; the return address on one line, no larger than the address.
ADDRESS_SIZE, ADDRESS_LEADING = 10.0, 12.0


RETURN_SIZE_MAX, RETURN_SIZE_MIN = 7.0, 5.5


RETURN_GAP_MM = 5.5  # from the return line's baseline to the first address line's


@dataclass(frozen=True)
class Addressee:
    """Whom a letter goes to, when it is not an applicant (a tenant, whose renewal was decided)."""

    name: str
    postal_address: str
    postal_code: str
    postal_town: str


def address_lines(applicant: Applicant | Addressee) -> list[str]:
    """The recipient's address as Posten wants it: name, (c/o line), street, «postnr poststed».

    «c/o Hansen, Storgata 1» is split into two lines, c/o first; line breaks typed into
    the address are kept; blank lines are dropped (Posten allows none).
    """
    lines = [applicant.name.strip()]
    for part in applicant.postal_address.splitlines():
        part = part.strip()
        if re.match(r"c/o\b", part, re.IGNORECASE) and "," in part:
            care_of, rest = part.split(",", 1)
            lines += [care_of.strip(), rest.strip()]
        else:
            lines.append(part)
    lines.append(f"{applicant.postal_code.strip()} {applicant.postal_town.strip()}")
    return [line for line in lines if line]


def recipient_lines(applicant: Applicant | Addressee, case_no: str) -> list[str]:
    """The address lines as printed in the window: long lines wrapped to its width.

    Refused (MeetingError) when they do not fit in the window: a line cut off or below the
    window would send the letter astray."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit

    from .pdf_document import register_fonts

    register_fonts()
    lines = [part for line in address_lines(applicant)
             for part in simpleSplit(line, FONT, ADDRESS_SIZE, WINDOW_WIDTH_MM * mm)]
    first_baseline = WINDOW_TOP_MM + RETURN_SIZE_MAX / mm + RETURN_GAP_MM
    room = int((WINDOW_BOTTOM_MM - first_baseline) * mm // ADDRESS_LEADING) + 1
    if len(lines) > room:
        raise MeetingError(Phrase("errors.letter.address_too_long", case=case_no, lines=len(lines), room=room))
    return lines


def LetterHead(return_line: str, recipient: list[str], sender: list[tuple[str, str]]) -> Flowable:  # noqa: N802
    """A flowable at the top of the first page that draws the address in the envelope's window
    and the sender block at fixed places on the sheet, whatever the frame's margins."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class _LetterHead(Flowable):  # type: ignore[misc]  # reportlab has no types
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.height = (HEAD_BOTTOM_MM - 24) * mm  # from the top margin (24 mm) to below the window
            return self.width, self.height

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab's names
            # Absolute places on the sheet: the envelope does not care about the frame's margins.
            top, right = A4[1], A4[0] - 20 * mm
            canvas.saveState()
            left, width = WINDOW_LEFT_MM * mm, WINDOW_WIDTH_MM * mm
            size = RETURN_SIZE_MAX
            while size > RETURN_SIZE_MIN and stringWidth(return_line, FONT, size) > width:
                size -= 0.25
            canvas.setFont(FONT, size)
            canvas.setFillColor(colors.HexColor("#333333"))
            baseline = top - WINDOW_TOP_MM * mm - size
            canvas.drawString(left, baseline, _fit(return_line, FONT, size, width))
            canvas.setLineWidth(0.3)
            canvas.line(left, baseline - 1.8, left + min(width, stringWidth(return_line, FONT, size)), baseline - 1.8)
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, ADDRESS_SIZE)
            baseline = top - (WINDOW_TOP_MM + RETURN_SIZE_MAX / mm + RETURN_GAP_MM) * mm
            for line in recipient:
                canvas.drawString(left, baseline, line)
                baseline -= ADDRESS_LEADING
            # the sender and reference block, right of the window
            sx, label_width = SENDER_LEFT_MM * mm, 25 * mm
            baseline = top - SENDER_TOP_MM * mm - 8.5
            for index, (label, value) in enumerate(sender):
                if label:
                    canvas.setFont(FONT_BOLD, 7.5)
                    canvas.setFillColor(colors.HexColor("#333333"))
                    canvas.drawString(sx, baseline, label)
                    canvas.setFillColor(colors.black)
                    canvas.setFont(FONT, 8.5)
                    # A long value wraps and is never cut; one that cannot wrap (an e-mail
                    # address) goes on its own line under the label, across the whole block.
                    x, width = sx + label_width, right - sx - label_width
                    if any(stringWidth(word, FONT, 8.5) > width for word in value.split()):
                        baseline -= 10.5
                        x, width = sx, right - sx
                    for number, part in enumerate(simpleSplit(value, FONT, 8.5, width)):
                        if number:
                            baseline -= 10.5
                        canvas.drawString(x, baseline, _fit(part, FONT, 8.5, width))
                elif value:
                    face = FONT_BOLD if index == 0 else FONT  # the office's name
                    canvas.setFont(face, 8.5)
                    for number, part in enumerate(simpleSplit(value, face, 8.5, right - sx)):
                        if number:
                            baseline -= 10.5
                        canvas.drawString(sx, baseline, part)
                baseline -= 10.5 if (label or value) else 6
            canvas.restoreState()

        def draw(self) -> None:  # drawOn draws
            pass

    return _LetterHead()


def _fit(line: str, font: str, size: float, width: float) -> str:
    """The line, cut with «…» if it would run past `width` (the return line at its smallest size, or a
    single word longer than the whole sender block)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"
