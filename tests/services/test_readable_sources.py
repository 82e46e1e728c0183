"""The minutes cite the research so that a reader outside the team can find it:
«Kilde: Velferdsetaten Oslo (2018), kap. 3.3», never «Kilde: 002 l.2429–2433»."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from boligmote.rules.sources import readable
from boligmote.services.meetings import Meetings
from boligmote.services.signing import signed_minutes_pdf

LINE_REFERENCE = re.compile(r"\b\d{3} l\.\s?\d")


def test_signed_demo_minutes_print_readable_sources(demo_db):
    signed = demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed' ORDER BY held_on DESC LIMIT 1")
    pdf = signed_minutes_pdf(demo_db, signed)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    flags = [f for d in Meetings(demo_db).record(signed).decisions for f in d.flags]
    assert flags, "the demo's signed meeting weighed flags"
    assert not LINE_REFERENCE.search(text), LINE_REFERENCE.search(text)
    for flag in flags:
        assert re.sub(r"\s+", " ", f"Kilde: {readable(flag.source)}") in text
