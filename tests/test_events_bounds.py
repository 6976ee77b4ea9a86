"""Dates that bound an event ("by 1994", "until after March", "since 1972") date
no clause; a denied "until" dates its event."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REFERENCE = dt.date(1989, 10, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the one she won prior to 2001.",
        "Roach will not be available until after March.",
        "He expects the problem to continue beyond April.",
    ],
)
def test_prior_to_until_after_and_beyond_are_bounds(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert brief.timeline == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Judge Judy Sheindlin's contract has been renewed through 2020.",
        "The Senate voted to reopen the government through Feb. 8.",
        "The lenders extended the loans through January.",
        "The Lakers signed him through 2022.",
    ],
)
def test_through_after_a_verb_granting_a_stretch_is_a_bound(sentence: str) -> None:
    # The renewal was not in 2020: shown there it would be exact and wrong.
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert brief.timeline == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The price wars will continue through next year.", "1990"),
        ("The festival runs through Nov. 12.", "1989-11-12"),
        ("Prices were pressured by sharp advances made through this week.", "1989-W43"),
    ],
)
def test_through_after_any_other_verb_spans_the_events_time(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He did not return home until Tuesday.", "1989-10-24"),
        ("The Memphis plant was not to begin turning out product until 1993.", "1993"),
        ("It was not until 1985 that the company made a profit.", "1985"),
    ],
)
def test_not_until_a_date_is_the_events_time(sentence: str, value: str) -> None:
    # "did not return until Friday" returned on Friday; "until after March" (above)
    # stays a bound.
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(t.event, t.date.value) for t in brief.timeline] == [(sentence.rstrip("."), value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The species has made a comeback since the Marine Mammal Protection Act of 1972.",
        "Sales have doubled since the merger of March 2010.",
        "Before her death in 1968, Keller learned to speak.",
    ],
)
def test_a_date_of_what_a_bound_word_governs_is_a_bound(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.event for t in brief.timeline if t.event[0].isupper()] == []


def test_before_a_thing_of_a_day_is_that_day() -> None:
    sentence = "Dozens of gunmen invaded the village before dawn Tuesday."
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["1989-10-24"]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        # The state now, after the time: the noun's event keeps its date.
        ("Durst now sits in a New Orleans jail after his arrest Saturday.",
         [("1989-10-21", "his arrest Saturday")]),
        ("Schumer has been able to hold Democrats together, even after their September losses.",
         [("1989-09", "their September losses")]),
        ("Just mentioning the World Cup can be tense after the trauma of last year's semifinal.",
         []),
        ("Real is now three points clear after Saturday's game against Malaga.", []),
    ],
)  # fmt: skip
def test_a_present_state_after_a_time_is_not_dated_by_it(
    sentence: str, rows: list[tuple[str, str]]
) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(r.date.value, r.event) for r in brief.timeline] == rows


def test_a_past_event_after_a_nouns_time_keeps_it_loosely() -> None:
    # Told in the past, the event likely followed the noun's time closely.
    sentence = "Police detained him after Saturday's match against Malaga."
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(r.date.value, r.certainty) for r in brief.timeline] == [("1989-10-21", "approximate")]
