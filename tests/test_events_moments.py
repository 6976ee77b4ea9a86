"""A clause that pins down a time word of a row stays in the row: "the day they
left the church", "days after she suffered the blows"."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REFERENCE = dt.date(2015, 4, 1)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A relative clause of the time word.
        ("Many readers marked March 26 as the day they left the church.",
         "Many readers marked March 26 as the day they left the church"),
        ("Monday was the fifth anniversary of the day Obamacare was signed into law.",
         "Monday was the fifth anniversary of the day Obamacare was signed into law"),
        ("He was diagnosed with cancer in 1990, the year he competed at Eurovision.",
         "He was diagnosed with cancer in 1990, the year he competed at Eurovision"),
        # A clause of before or after right after the time word.
        ("Her body was found days after she suffered the blows, on March 30, 2013.",
         "Her body was found days after she suffered the blows, on March 30, 2013"),
        ("On Friday prosecutors said he hid his illness in the weeks before he crashed the plane.",
         "On Friday prosecutors said he hid his illness in the weeks before he crashed the plane"),
    ],
)  # fmt: skip
def test_a_clause_pinning_down_a_time_word_stays_in_the_row(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert row in [r.event for r in brief.timeline]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # One with a date of its own tells another time.
        ("He was arrested on Friday, weeks after he fled the country in January.",
         "fled the country in January"),
        # A clause of "when" after a date is an event the date dates on its own.
        ("She was walking with Nemtsov on Friday night when a gunman shot him.",
         "a gunman shot him"),
        # An infinitive names a time still to come, not the row's.
        ("Last week the general picked Saturday as the time to start the offensive.",
         "to start the offensive"),
    ],
)  # fmt: skip
def test_a_clause_of_another_time_stays_out(text: str, left_out: str) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    rows = [r.event for r in brief.timeline]
    assert rows
    assert not any(left_out in row for row in rows if row.startswith(("He", "She", "Last")))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("As the weekend went on, billboards showed up around Atlanta.",
         "billboards showed up around Atlanta"),
        ("When Monday came, the strikers returned to the plant.",
         "the strikers returned to the plant"),
    ],
)  # fmt: skip
def test_a_date_whose_clause_says_only_that_it_passed_dates_the_clause_it_opens(
    text: str, row: str
) -> None:
    # "the weekend went on" was a row of its own, telling nothing that happened.
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert [r.event for r in brief.timeline] == [row]
