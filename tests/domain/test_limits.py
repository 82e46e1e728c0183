"""domain/limits.py: one table of field limits and one check, shared by the importer and the decisions."""
from __future__ import annotations

import re

import pytest

from boligmote.domain.limits import LIMITS, TextRefused, check_text


def test_clean_text_comes_back_as_it_was():
    assert check_text("name", "Bjørn Åsen-Ødegård") == "Bjørn Åsen-Ødegård"
    assert check_text("reasons", "Første linje.\n\tInnrykket linje.") == "Første linje.\n\tInnrykket linje."


def test_invisible_characters_go_and_letters_are_composed():
    assert check_text("case_no", "\ufeff2026/\u200b0001\u2060") == "2026/0001"
    assert check_text("name", "A\u030asen") == "Åsen"


def test_line_breaks_are_one_kind_in_multi_line_fields():
    assert check_text("reasons", "a\r\nb\rc\u2028d") == "a\nb\nc\nd"


@pytest.mark.parametrize("field, value, words", [
    ("name", "Kari\x00", "NUL (U+0000)"),
    ("name", "Kari\nNordmann", "én linje"),
    ("name", "Kari\tNordmann", "tabulator"),
    ("reasons", "Avslag\x07", "U+0007"),
    ("reasons", "abc\u202edef", "U+202E"),
    ("weighing", "x" * 4_001, "høyst 4 000 tegn; her er det 4 001"),
    ("name", "x" * 10_000_000, "høyst 200 tegn"),
])
def test_what_cannot_be_text_is_refused_in_bokmal(field, value, words):
    with pytest.raises(TextRefused, match=re.escape(words)) as refused:
        check_text(field, value)
    assert isinstance(refused.value, ValueError)  # callers that catch ValueError keep working


def test_every_limit_fits_the_minutes_and_names_stay_short():
    assert LIMITS["name"].max_length == 200 and not LIMITS["name"].multiline
    assert LIMITS["reasons"].max_length >= 10_000 and LIMITS["reasons"].multiline
    assert all(limit.max_length <= 20_000 for limit in LIMITS.values())


def test_an_unknown_field_is_a_programming_error_not_a_user_message():
    with pytest.raises(KeyError):
        check_text("no_such_field", "x")
