"""PDF/A-2b: the minutes and letters as a municipal archive keeps them (issue 20 item 1).

reportlab lays the document out (fonts embedded, no transparency, no JavaScript); this module
adds what PDF/A-2b asks of the file around it:

- an sRGB output intent: resources/icc/sRGB.icc, the «icc-profiles-free» sRGB profile as
  shipped by pikepdf (zlib licence, resources/icc/LICENSE);
- XMP metadata equal to the document information: title, author (dc:creator), the
  «Unntatt offentlighet» marking as subject (dc:description), creator tool, producer, and
  the creation and modification dates, with pdfaid:part 2 and pdfaid:conformance B;
- the language of the text as the catalog's /Lang (nb-NO or nn-NO, the document language the
  document was made in), which screen readers and archives read;
- real dates. reportlab's invariant mode writes 01.01.2000 so that the same record renders
  to the same bytes (the preview is what gets signed, store/fingerprint.py). The dates are
  therefore taken from the record — the moment of signing, of issue, of the addendum —
  never from the clock, and the bytes stay reproducible. The document /ID is derived from
  the content (qpdf's deterministic id) for the same reason.

A document frozen before this existed (signed minutes, issued letters) is never changed:
`archival_copy` derives a PDF/A copy from its bytes, with its own hash, for the archive.

pikepdf is imported inside the functions: the window must not pay for it at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from html import escape as _xml_escape
from io import BytesIO

from ..paths import resource

PRODUCER = "Boligmøte (ReportLab, pikepdf)"
CREATOR = "Boligmøte"
ICC_PROFILE = ("icc", "sRGB.icc")
OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str  # the «Unntatt offentlighet» marking
    created: datetime
    modified: datetime | None = None  # the creation date when None
    creator: str = CREATOR
    language: str = ""  # BCP 47 («nb-NO», «nn-NO»): the catalog's /Lang; none when not known


def zoned(moment: datetime) -> datetime:
    """A record's moment with its UTC offset. The app records the machine's local time without
    a zone (datetime.now()); PDF/A wants the offset, so it is the local zone's at that moment."""
    moment = moment.replace(microsecond=0)
    return moment if moment.tzinfo is not None else moment.astimezone()


def pdf_date(moment: datetime) -> str:
    """D:YYYYMMDDHHmmSS+HH'mm' (PDF 32000-1 §7.9.4)."""
    moment = zoned(moment)
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def xmp_date(moment: datetime) -> str:
    return zoned(moment).isoformat(timespec="seconds")


def to_pdfa(pdf: bytes, info: DocumentInfo) -> bytes:
    """`pdf` (from reportlab) as PDF/A-2b with `info` in its document information and XMP."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as document:
        _make_pdfa(document, info)
        out = BytesIO()
        document.save(out, deterministic_id=True, fix_metadata_version=False)
        return out.getvalue()


def is_pdfa(pdf: bytes) -> bool:
    """Whether a PDF declares PDF/A-2 conformance (its XMP names pdfaid:part 2)."""
    import pikepdf

    try:
        with pikepdf.open(BytesIO(pdf)) as document:
            metadata = document.Root.get("/Metadata")
            if metadata is None:
                return False
            packet = metadata.read_bytes()
    except Exception:  # not a PDF pikepdf can read: not PDF/A either
        return False
    return b"pdfaid:part>2<" in packet or b'pdfaid:part="2"' in packet


def archival_copy(pdf: bytes, created: datetime) -> bytes:
    """A PDF/A-2b copy of a frozen document made before PDF/A: the same pages (the content
    streams and fonts are copied untouched), its own document information taken from the
    original's (title, author, marking), dated `created` — the record's signing or issue time,
    so that the copy, and its hash, come out the same every time it is made."""
    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as document:
        old = document.docinfo

        def field(name: str) -> str:
            value = old.get(name)
            return str(value) if value is not None else ""

        info = DocumentInfo(title=field("/Title"), author=field("/Author"), subject=field("/Subject"),
                            created=created, creator=field("/Creator") or CREATOR)
        _make_pdfa(document, info)
        out = BytesIO()
        document.save(out, deterministic_id=True, fix_metadata_version=False)
        return out.getvalue()


def _make_pdfa(document: Any, info: DocumentInfo) -> None:
    import pikepdf

    modified = info.modified or info.created
    # The document information holds exactly what the XMP repeats (an empty /Keywords or a
    # /Trapped without an XMP twin is a mismatch a validator reports).
    document.trailer.Info = document.make_indirect(pikepdf.Dictionary({
        "/Title": pikepdf.String(info.title),
        "/Author": pikepdf.String(info.author),
        "/Subject": pikepdf.String(info.subject),
        "/Creator": pikepdf.String(info.creator),
        "/Producer": pikepdf.String(PRODUCER),
        "/CreationDate": pikepdf.String(pdf_date(info.created)),
        "/ModDate": pikepdf.String(pdf_date(modified)),
    }))
    metadata = pikepdf.Stream(document, _xmp(info, modified).encode("utf-8"))
    metadata.Type = pikepdf.Name.Metadata
    metadata.Subtype = pikepdf.Name.XML
    document.Root.Metadata = document.make_indirect(metadata)
    if info.language:  # the natural language of the text (PDF 32000-1 §14.9.2), for screen readers and archives
        document.Root.Lang = pikepdf.String(info.language)
    profile = pikepdf.Stream(document, resource(*ICC_PROFILE).read_bytes())
    profile.N = 3
    document.Root.OutputIntents = pikepdf.Array([document.make_indirect(pikepdf.Dictionary({
        "/Type": pikepdf.Name.OutputIntent,
        "/S": pikepdf.Name.GTS_PDFA1,
        "/OutputConditionIdentifier": pikepdf.String(OUTPUT_CONDITION),
        "/Info": pikepdf.String(OUTPUT_CONDITION),
        "/DestOutputProfile": document.make_indirect(profile),
    }))])
    for page in document.pages:
        # reportlab writes an empty page transition (a slideshow effect): nothing to keep, and
        # a key an allowlist validator cannot vouch for
        if "/Trans" in page.obj:
            del page.obj["/Trans"]
    # PDF/A-2 is based on PDF 1.7; reportlab writes a 1.4 header, which PDF/A-2 allows, but the
    # archive's tools read the version from the header: say what the file is.
    document.Root.Version = pikepdf.Name("/1.7")


def _xmp(info: DocumentInfo, modified: datetime) -> str:
    def x(value: str) -> str:
        return _xml_escape(value, quote=True)

    created, changed = xmp_date(info.created), xmp_date(modified)
    # The packet header's id is the one the XMP specification fixes; the trailer makes the
    # packet read-only («w» would invite in-place edits of an archived file).
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{x(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <xmp:CreatorTool>{x(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{changed}</xmp:ModifyDate>
   <xmp:MetadataDate>{changed}</xmp:MetadataDate>
   <pdf:Producer>{x(PRODUCER)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""
