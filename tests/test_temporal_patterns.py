"""Sub-patterns: the normalizers of matched words."""

from __future__ import annotations

import pytest

from newsbrief.temporal.patterns import NORMALIZERS, norm_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two", "2"), ("twenty-four", "24"), ("twenty four", "24"), ("2 1/2", "2.5"),
        ("a couple of", "2"), ("a hundred", "100"), ("two thousand", "2000"), ("1,000", "1000"),
        ("an", "1"), ("three and a half", "3.5"), ("dozens of", "X"), ("half an", "0.5"),
        ("half a", "0.5"), ("a quarter of a", "0.25"), ("a quarter of an", "0.25"),
        ("three quarters of an", "0.75"),
    ],
)  # fmt: skip
def test_number_words(text: str, expected: str) -> None:
    assert norm_number(text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("month", "Sept.", "09"), ("month", "may", "05"), ("day", "5th", "05"),
        ("day", "twenty-first", "21"), ("weekday", "Thurs.", "4"), ("season", "Autumn", "FA"),
        ("yy", "'89", "1989"), ("yy", "’05", "2005"), ("decade", "1990s", "199"),
        ("decade2", "'60s", "196"), ("decadeword", "nineties", "199"),
        ("centuryord", "19th", "18"), ("yearword", "nineteen ninety-six", "1996"),
        ("yearword", "two thousand and five", "2005"), ("part", "evening", "TEV"),
        ("clockword", "noon", "T12:00"), ("dir", "last", "-1"), ("dir", "next", "+1"),
        ("anchordir", "following", "+1"), ("unit", "yrs", "year"), ("dayword", "yesterday", "-1"),
        ("frequency", "weekly", "P1W"), ("refword", "currently", "PRESENT_REF"),
        ("ordinal", "3rd", "3"), ("half", "latter", "2"), ("vague", "several", "X"),
    ],
)  # fmt: skip
def test_normalizers(kind: str, text: str, expected: str) -> None:
    assert NORMALIZERS[kind](text) == expected
