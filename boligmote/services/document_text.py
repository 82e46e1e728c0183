"""The fixed texts of the municipality's documents, in the municipality's document language.

Minutes, letters, addenda and screened copies are written in bokmål or nynorsk as the
municipality has chosen ([documents] language in the meeting settings: the choice is the
municipality's, by its own language decision, not the user's — issue 20 item 3). Every fixed
text (headings, standard paragraphs, table headings, the signature block, the marking, the
domain words a document prints) comes from one table per language,
resources/documents/<language>.toml; the letter templates are resources/letters/<outcome>.md
(bokmål) and resources/letters/nn/<outcome>.md (nynorsk).

The renderers set the language for the document they make (`document_language`), and the
text helpers below read it, so the many small functions that build a document need no extra
argument. A document is made in the language of the setting at the time it is made; a frozen
(signed or issued) document is stored bytes and keeps the language it was frozen in.
"""
from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from functools import cache
from typing import Any

from .. import words
from ..paths import resource

LANGUAGES = {"nb": "bokmål", "nn": "nynorsk"}
DEFAULT_LANGUAGE = "nb"
_current: ContextVar[str] = ContextVar("document_language", default=DEFAULT_LANGUAGE)


@cache
def table(language: str) -> Mapping[str, Any]:
    """resources/documents/<language>.toml as it is (sections of texts)."""
    return tomllib.loads(resource("documents", f"{language}.toml").read_text(encoding="utf-8"))


@cache
def _flat(language: str) -> Mapping[str, str]:
    return words.flattened(table(language))


def current_language() -> str:
    return _current.get()


@contextmanager
def document_language(language: str) -> Iterator[None]:
    """Make the documents inside this block in `language` ("nb" or "nn")."""
    chosen = language if language in LANGUAGES else DEFAULT_LANGUAGE
    token = _current.set(chosen)
    try:
        with words.speaking(chosen):  # the domain's words and the rules' titles too (boligmote/words.py)
            yield
    finally:
        _current.reset(token)


def T(key: str, /, **fields: Any) -> str:  # noqa: N802 - short, as gettext's _()
    """The fixed text `key` («minutes.title») in the current document language, its {fields} filled."""
    words = _flat(_current.get())[key]
    return words.format(**fields) if fields else words


def label(member: Enum) -> str:
    """A domain word (a role, an outcome, a household type …) as a document prints it: the
    language's [labels.<Enum>] entry here, else the window's table of the same language
    (resources/words); bokmål falls back to the domain's own label."""
    found = _flat(_current.get()).get(f"labels.{type(member).__name__}.{member.value}")
    return found if found is not None else words.label(member, _current.get())


def default_text(language: str, section: str, key: str) -> str | None:
    """The language's own default for a text setting a municipality has not set (the office's
    name, the appeal body, the legal references …), or None: the setting's one default."""
    value = _flat(language if language in LANGUAGES else DEFAULT_LANGUAGE).get(f"defaults.{section}.{key}")
    return value if isinstance(value, str) else None
