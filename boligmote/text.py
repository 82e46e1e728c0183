"""Small text helpers shared by every layer (pure Python)."""
from __future__ import annotations


def sentence_case(text: str) -> str:
    """First letter upper-case, the rest untouched (str.capitalize would turn «LAR» into «lar»)."""
    return text[:1].upper() + text[1:]
