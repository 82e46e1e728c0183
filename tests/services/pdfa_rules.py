"""The PDF/A-2b rules a test can check without an external validator (issue 20 item 1).

`pdfa_problems` lists, in words, every rule a PDF breaks: fonts embedded, an output intent with
an ICC profile, XMP declaring PDF/A-2b, no encryption, no JavaScript, no transparency groups,
and XMP title, author, subject and dates equal to the document information. pikepdf's own
allowlist validator (pikepdf.pdfa, veraPDF's rules) is asked as well.
"""
from __future__ import annotations

from io import BytesIO

import pikepdf
from lxml import etree

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


def xmp_of(pdf: bytes) -> etree._Element:
    with pikepdf.open(BytesIO(pdf)) as document:
        return etree.fromstring(document.Root.Metadata.read_bytes())


def _xmp_value(root, path: str) -> str | None:
    found = root.xpath(f"//rdf:Description/{path}", namespaces=NS)
    if not found:
        return None
    node = found[0]
    items = node.xpath(".//rdf:li", namespaces=NS)
    return (items[0].text if items else node.text) or ""


def _xmp_moment(value: str | None):
    from datetime import datetime

    return datetime.fromisoformat(value) if value else None


def _pdf_moment(value: str | None):
    from datetime import UTC, datetime, timedelta, timezone

    if not value:
        return None
    text = value[2:] if value.startswith("D:") else value
    moment = datetime.strptime(text[:14], "%Y%m%d%H%M%S")
    zone = text[14:].replace("'", "")
    if zone in ("", "Z"):
        return moment.replace(tzinfo=UTC)
    sign = -1 if zone[0] == "-" else 1
    offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5] or 0))
    return moment.replace(tzinfo=timezone(sign * offset))


def pdfa_problems(pdf: bytes) -> list[str]:
    problems: list[str] = []
    with pikepdf.open(BytesIO(pdf)) as document:
        if document.is_encrypted:
            problems.append("encrypted")
        root = document.Root
        # every font embedded (a Type 3 font is its own program; a Type 0 font's is in its descendant)
        for page_number, page in enumerate(document.pages, start=1):
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for name, font in fonts.items():
                faces = font.DescendantFonts if font.Subtype == "/Type0" else [font]
                for face in faces:
                    if face.Subtype == "/Type3":
                        continue
                    descriptor = face.get("/FontDescriptor")
                    if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                        problems.append(f"page {page_number}: font {name} ({face.get('/BaseFont')}) not embedded")
        intents = root.get("/OutputIntents")
        if not intents or not any(i.get("/S") == "/GTS_PDFA1" and "/DestOutputProfile" in i for i in intents):
            problems.append("no PDF/A output intent with an ICC profile")
        # no JavaScript, no transparency group, anywhere in the file
        for obj in document.objects:
            if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                continue
            keys = set(obj.keys())
            if "/JS" in keys or obj.get("/S") == "/JavaScript":
                problems.append("JavaScript")
            group = obj.get("/Group")
            if group is not None and group.get("/S") == "/Transparency":
                problems.append("transparency group")
            if obj.get("/SMask") not in (None, pikepdf.Name.None_):
                problems.append("soft mask (transparency)")
        names = root.get("/Names")
        if names is not None and "/JavaScript" in names:
            problems.append("document-level JavaScript")
        if "/Metadata" not in root:
            return problems + ["no XMP metadata"]
        info = document.docinfo
        xmp = etree.fromstring(root.Metadata.read_bytes())
    if _xmp_value(xmp, "pdfaid:part") != "2":
        problems.append("XMP pdfaid:part is not 2")
    if _xmp_value(xmp, "pdfaid:conformance") != "B":
        problems.append("XMP pdfaid:conformance is not B")
    for key, path in (("/Title", "dc:title"), ("/Author", "dc:creator"), ("/Subject", "dc:description"),
                      ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer")):
        if key in info and str(info[key]) != _xmp_value(xmp, path):
            problems.append(f"{key} «{info[key]}» differs from XMP {path} «{_xmp_value(xmp, path)}»")
    for key, path in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        in_info = _pdf_moment(str(info[key])) if key in info else None
        if in_info is None or in_info != _xmp_moment(_xmp_value(xmp, path)):
            problems.append(f"{key} differs from XMP {path}")
    try:
        import pikepdf.pdfa as pdfa
    except ImportError:  # pikepdf[pdfa] not installed: the checks above stand alone
        return problems
    report = pdfa.validate_written(BytesIO(pdf), "2b")
    problems += [f"pikepdf.pdfa: {finding.rule} {finding.message}" for finding in report.findings]
    return problems


def info_of(pdf: bytes) -> dict[str, str]:
    with pikepdf.open(BytesIO(pdf)) as document:
        return {key: str(value) for key, value in document.docinfo.items()}


def created_of(pdf: bytes):
    return _pdf_moment(info_of(pdf)["/CreationDate"])


def language_of(pdf: bytes) -> str | None:
    """The catalog's /Lang: the language a screen reader reads the text in (None: not said)."""
    with pikepdf.open(BytesIO(pdf)) as document:
        value = document.Root.get("/Lang")
        return None if value is None else str(value)
