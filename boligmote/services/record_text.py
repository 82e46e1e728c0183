"""What counts as a written reason: a real sentence, not «-» or «.».

An appeal body reads the reasons and the weighings; a dash proves nothing was weighed
(issue 13 item 11). The minimum is a municipal setting (resources/meetings/defaults.toml
[record]): at least so many characters and so many words.
"""
from __future__ import annotations

import re

# A word has at least one letter or digit; «-», «.» and «…» are not words.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def text_problem(label: str, text: str, min_characters: int, min_words: int) -> str:
    """Why `text` is not yet a real sentence, in bokmål, starting with `label`; empty when it is."""
    stripped = " ".join(text.split())
    if not stripped:
        return f"{label} mangler."
    if len(stripped) < min_characters or word_count(stripped) < min_words:
        return (f"{label} må være en hel setning: minst {min_characters} tegn og {min_words} ord "
                f"(«{stripped[:40]}» er for kort).")
    return ""
