"""TIMEX3 values in the words a wire-service timeline uses."""

from __future__ import annotations

import pytest

from newsbrief.temporal import human_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013-03-22", "Fri, Mar 22 2013"),
        ("2013-03", "Mar 2013"),
        ("2023-10", "Oct 2023"),
        ("2013", "2013"),
        ("2024-SP", "Spring 2024"),
        ("2013-FA", "Fall 2013"),
        ("2013-Q1", "Q1 2013"),
        ("2013-H2", "H2 2013"),
        ("2013-W11", "Week of March 11, 2013"),
        ("2013-W12", "Week of March 18, 2013"),
        ("2013-W11-WE", "Weekend of March 16, 2013"),
        ("2020-W01", "Week of December 30, 2019"),  # ISO weeks start on Monday
        ("2013-W53", "Week 53, 2013"),  # a week the year does not have
        ("201", "2010s"),
        ("19", "20th century"),
        ("2013-03-22T14:00", "Fri, Mar 22 2013 14:00"),
        ("2013-03-22T14:30Z", "Fri, Mar 22 2013 14:30 UTC"),
        ("2013-03-22TMO", "Fri, Mar 22 2013 morning"),
        # TimeML's midnight, the end of the day: in words, not as "24:00".
        ("2013-03-22T24:00", "Fri, Mar 22 2013 midnight"),
        ("XXXX-WXX-5", "Friday (date unknown)"),
        ("2023-WXX-5", "Friday (2023, date unknown)"),
        ("XXXX-WXX-WE", "Weekend (date unknown)"),
        ("XXXX-SP", "Spring (year unknown)"),
        ("XXXX-10", "October (year unknown)"),
        ("XXXX-03-12", "Mar 12 (year unknown)"),
        ("XXXX-XX-XX", "date unknown"),
        ("XXXX", "Year unknown"),
        ("XXXX-WXX", "Week (date unknown)"),
        ("2013-XX-XX", "2013 (month unknown)"),
        ("PRESENT_REF", "Now"),
        ("PAST_REF", "In the past"),
        ("FUTURE_REF", "In the future"),
        ("P3Y", "3 years"),
        ("P1D", "1 day"),
        ("PT2H", "2 hours"),
        ("PXW", "weeks"),
    ],
)
def test_human_date(value: str, expected: str) -> None:
    assert human_date(value) == expected


def test_unknown_shapes_come_back_unchanged() -> None:
    assert human_date("2013-13-45") == "2013-13-45"
    assert human_date("nonsense") == "nonsense"
