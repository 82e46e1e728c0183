"""A letter's wording from its template: resources/letters/<name>.md (nynorsk in letters/nn/),
laid out as paragraphs, headings and tables (format: resources/letters/README.md).

A municipality's lawyer can read and change the wording without reading code; the letters
(services/letters.py and the renewal and at-risk letters) fill in the fields.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from string import Template
from typing import Any

from ..paths import resource
from .document_text import current_language
from .pdf_document import Flowable, escape


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


# Markup longer than this (a pasted reason) goes through pdf_document.paragraph, which splits it.
_LONG_MARKUP = 1200


_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)


def letter_template(name: str) -> str:
    """resources/letters/<name>.md, or in nynorsk resources/letters/nn/<name>.md."""
    return _letter_template(name, current_language())


@cache
def _letter_template(name: str, language: str) -> str:
    where = ("letters", f"{name}.md") if language == "nb" else ("letters", language, f"{name}.md")
    return resource(*where).read_text(encoding="utf-8")


def _blocks(template: str) -> list[str]:
    """Paragraphs (split at blank lines) with a heading line always a block of its own."""
    blocks = []
    for raw in re.split(r"\n\s*\n", _COMMENT.sub("", template)):
        lines = raw.strip().splitlines()
        if lines and lines[0].startswith("#"):
            blocks.append(lines.pop(0))
        if lines:
            blocks.append("\n".join(lines))
    return blocks


@cache
def letter_styles() -> dict[str, Any]:
    """The minutes' styles, set a little looser for a letter read by one person, not a meeting."""
    from reportlab.lib.styles import ParagraphStyle

    from .pdf_document import styles

    base = styles()
    body = ParagraphStyle("letter_body", base["body"], fontSize=9.5, leading=13, spaceAfter=5)
    return {
        "body": body,
        "title": ParagraphStyle("letter_title", base["title"], fontSize=14, leading=18, spaceAfter=6),
        "h2": ParagraphStyle("letter_h2", base["h2"], fontSize=10.5, leading=13.5, spaceBefore=8, spaceAfter=3),
        "small": base["small"],
    }


def render_template(name: str, values: Mapping[str, str],
                    blocks: Mapping[str, Flowable | None]) -> tuple[str, list[Flowable]]:
    """(title, flowables) from resources/letters/<name>.md (format: resources/letters/README.md).

    A paragraph that uses an empty field is left out, and so is a heading left with nothing
    under it. A paragraph that is only `$name` of a block (a table) is that block; `---`
    is a blank space (before the greeting).
    """
    from reportlab.platypus import Paragraph, Spacer

    from .pdf_document import paragraph

    title = ""
    kept: list[tuple[str, Any]] = []  # (style, flowable or markup)
    for block in _blocks(letter_template(name)):
        if block == "---":
            kept.append(("block", Spacer(1, 10)))
            continue
        if (only := re.fullmatch(r"\$(\w+)", block)) and only.group(1) in blocks:
            if blocks[only.group(1)] is not None:
                kept.append(("block", blocks[only.group(1)]))
            continue
        fields = {m.group("named") or m.group("braced") for m in Template.pattern.finditer(block)} - {None}
        if any(not values[f].strip() for f in fields):
            continue  # a KeyError here is a template naming a field that does not exist
        style, body = "body", block
        if block.startswith("# "):
            style, body = "title", block[2:]
        elif block.startswith("## "):
            style, body = "h2", block[3:]
        elif block.startswith("> "):
            style, body = "small", block[2:]
        markup = _BOLD.sub(r"<b>\1</b>", escape(body))
        markup = re.sub(r"\\\n\s*", "<br/>", markup)  # a line ending in «\» breaks the line
        markup = " ".join(markup.split()).replace("§§ ", "§§\u00a0").replace("§ ", "§\u00a0")
        markup = Template(markup).substitute(values)
        if style == "title":
            title = re.sub(r"<[^>]+>", "", markup)
        kept.append((style, markup))
    # A heading with nothing under it (all its paragraphs left out) is left out too.
    story: list[Flowable] = []
    section_start = closing = None  # where the last heading began; where the greeting's section begins
    for index, (style, item) in enumerate(kept):
        following = kept[index + 1][0] if index + 1 < len(kept) else None
        if style == "h2" and following in (None, "h2"):
            continue
        if style == "h2":
            section_start = len(story)
        if style == "block":
            if isinstance(item, Spacer) and closing is None:
                closing = section_start if section_start is not None else len(story)
            story.append(item)
        elif style == "body" and len(item) > _LONG_MARKUP:
            story.append(paragraph(item, "body"))  # pdf_document lays long text out in linear time
        else:
            story.append(Paragraph(item, letter_styles()[style]))
    if closing is not None:
        from reportlab.platypus import KeepTogether

        # The greeting and the signature go with the section before them: a page holding only
        # «Med hilsen» and a name is not recognisably part of the decision.
        story[closing:] = [KeepTogether(story[closing:])]
    return title, story
