"""What counts as a written reason: a real sentence, not «-» or «.».

An appeal body reads the reasons and the weighings; a dash proves nothing was weighed
(issue 13 item 11). The minimum is a municipal setting (resources/meetings/defaults.toml
[record]): at least so many characters and so many words.
"""
from __future__ import annotations

import re

from ..words import Capitalised, Joined, Phrase, message_of

# A word has at least one letter or digit; «-», «.» and «…» are not words.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def refused_sentence(refused: Exception) -> str:
    """A TextRefused («begrunnelsen er for lang …») as a sentence of its own, still in the
    language it can be shown in (words.error_text)."""
    return Joined([Capitalised(message_of(refused)), "."], "")


def text_problem(label: str, text: str, min_characters: int, min_words: int) -> str:
    """Why `text` is not yet a real sentence, starting with `label` (a words.Phrase, so the window
    can show it in its language; bokmål as a str); empty when it is."""
    stripped = " ".join(text.split())
    if not stripped:
        return Phrase("errors.text.missing", label=label)
    if len(stripped) < min_characters or word_count(stripped) < min_words:
        return Phrase("errors.text.too_short", label=label, characters=min_characters, words=min_words,
                      text=stripped[:40])
    return ""
