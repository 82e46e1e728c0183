"""Small text helpers shared by every layer (pure Python)."""
from __future__ import annotations


def floor_label(floor: int) -> str:
    """Norwegian floor numbering: the ground floor is «1. etasje»; below it, underetasje/kjeller."""
    if floor >= 1:
        return f"{floor}. etasje"
    return "underetasje" if floor == 0 else "kjeller"


def sentence_case(text: str) -> str:
    """First letter upper-case, the rest untouched (str.capitalize would turn «LAR» into «lar»)."""
    return text[:1].upper() + text[1:]
