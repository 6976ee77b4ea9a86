"""TIMEX3 date values read back: the grammar, granularity, calendar readings,
where a value begins and ends, and how two values relate."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.temporal.values import (
    calendar_of,
    date_end,
    date_start,
    duration,
    fully_known,
    granularity,
    is_reference,
    parse,
    relation,
)


@pytest.mark.parametrize(
    ("value", "parts", "known"),
    [
        ("2013-03-22", {"y": "2013", "m": "03", "d": "22"}, True),
        ("2013-03-22T10:35", {"y": "2013", "m": "03", "d": "22", "t": "T10:35"}, False),
        ("2013-W12-WE", {"y": "2013", "w": "12", "wd": "WE"}, False),
        ("2023-WXX-5", {"y": "2023", "w": "XX", "wd": "5"}, False),
        ("XXXX-SP", {"y": "XXXX", "s": "SP"}, False),
        ("2013-QX", {"y": "2013", "q": "X"}, False),
        ("2013-H2", {"y": "2013", "h": "2"}, True),
        ("2013", {"y": "2013"}, True),
    ],
)
def test_one_grammar_reads_every_date_value(value: str, parts: dict[str, str], known: bool) -> None:
    m = parse(value)
    assert m is not None
    assert {k: v for k, v in m.groupdict().items() if v is not None} == parts
    assert fully_known(m) is known


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "201", "2013-Q5", "2013-H3", "13-03"])
def test_other_values_do_not_parse(value: str) -> None:
    assert parse(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013", "year"), ("2013-03", "month"), ("2013-03-22", "day"), ("2013-Q1", "quarter"),
        ("2013-H2", "half"), ("2013-W12", "week"), ("2013-SP", "season"), ("P3Y", None),
        ("PRESENT_REF", None), ("XXXX-SP", None),
    ],
)  # fmt: skip
def test_granularity(value: str, expected: str | None) -> None:
    assert granularity(value) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2023-10", "XXXX-10", "same"),
        ("2023-WXX-5", "XXXX-WXX-5", "same"),
        ("2023-11-17", "2023-WXX-5", "same"),  # 17 Nov 2023 was a Friday
        ("2023-11-16", "2023-WXX-5", None),
        ("2024-SP", "XXXX-SP", "same"),
        ("2023-10", "2023-10-28", "refines"),
        ("2024-SP", "2024-04", "refines"),
        ("2013", "2013-W12", "refines"),
        ("2023-10", "2026-10", "other-year"),
        ("2024-SP", "2027-SP", "other-year"),
        ("2026-11-20", "2023-WXX-5", "other-year"),
        ("2024-SP", "2027-FA", None),
        ("2023", "2024", None),  # two years are simply different times
        ("2024-SP", "XXXX-WXX-5", "refines"),
        ("PRESENT_REF", "2013", None),
        # A numbered week holds its own seven days, not every day of its months.
        ("2015-03-26", "2015-W14", None),  # the week runs from March 30 to April 5
        ("2015-04-01", "2015-W14", "refines"),
        ("2015-W13", "2015-W14", None),
        ("2015-03", "2015-W14", "refines"),
    ],
)
def test_relation(a: str, b: str, expected: str | None) -> None:
    assert relation(a, b) == expected
    assert relation(b, a) == expected


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2013", (2013, 1, 1), dt.date(2013, 12, 31)),
        ("2013-02", (2013, 2, 1), dt.date(2013, 2, 28)),
        ("2013-W12", (2013, 3, 18), dt.date(2013, 3, 24)),
        ("2013-WI", (2013, 12, 1), dt.date(2014, 2, 28)),
        ("2013-Q3", (2013, 7, 1), dt.date(2013, 9, 30)),
        ("201", (2010, 1, 1), dt.date(2019, 12, 31)),
        ("XXXX-10", None, None),
    ],
)
def test_date_bounds(value: str, start: tuple[int, int, int] | None, end: dt.date | None) -> None:
    assert date_start(value) == start
    assert date_end(value) == end


def test_calendar_of_ignores_non_dates() -> None:
    assert calendar_of("P3Y") is None
    assert calendar_of("FUTURE_REF") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("PRESENT_REF", True), ("PAST_REF", True), ("FUTURE_REF", True),
     ("2015-03", False), ("P3Y", False), ("XXXX-XX-XX", False)],
)  # fmt: skip
def test_a_direction_in_time_is_no_calendar_time(value: str, expected: bool) -> None:
    assert is_reference(value) is expected


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [
        ("3", "year", "P3Y"),
        ("2.5", "year", "P2Y6M"),
        ("1.5", "hour", "PT1H30M"),
        ("1.5", "minute", "PT1M30S"),
        ("0.5", "day", "PT12H"),
        ("1.5", "day", "P1DT12H"),
        ("2", "decade", "P20Y"),
        ("1", "century", "P100Y"),
        ("2", "weekend", "P4D"),
        ("X", "week", "PXW"),
        ("X", "hour", "PTXH"),
        ("2", "quarter", "P2Q"),
        ("8", "trading day", "P8D"),
    ],
)
def test_durations(n: str, unit: str, expected: str) -> None:
    assert duration(n, unit) == expected
