"""Periods named by a code, located in a year: Easter, seasons."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.temporal.periods import easter, span


@pytest.mark.parametrize(
    ("year", "expected"),
    [(1998, dt.date(1998, 4, 12)), (2000, dt.date(2000, 4, 23)), (2024, dt.date(2024, 3, 31))],
)
def test_easter(year: int, expected: dt.date) -> None:
    assert easter(year) == expected


def test_seasons_span_their_months_across_the_new_year() -> None:
    assert span("SP", 2013) == (dt.date(2013, 3, 1), dt.date(2013, 5, 31), "2013-SP")
    assert span("WI", 2013) == (dt.date(2013, 12, 1), dt.date(2014, 2, 28), "2013-WI")
