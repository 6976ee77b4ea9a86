"""Dates joined into a stretch: the first is marked, a stretch's yearless ends are
put in order."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from newsbrief.temporal.joining import in_order, in_year_of
from support import found, values

if TYPE_CHECKING:
    from spacy.language import Language

JANUARY = dt.date(2019, 1, 8)


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # In the past the first end moves back: not the January now under way.
        (
            "Travellers visited Canada between January and October.",
            JANUARY,
            {"January": "2018-01", "October": "2018-10"},
        ),
        # In the present the end further from the reference date moves.
        (
            "Visiting hours are 10 a.m. to 5 p.m. from April 1 to October 31.",
            dt.date(2015, 4, 1),
            {"April 1": "2015-04-01", "October 31": "2015-10-31"},
        ),
        (
            "Purdy, who lost 16 lbs. between May and October, says the program worked.",
            dt.date(2018, 12, 23),
            {"May": "2018-05", "October": "2018-10"},
        ),
        # Ends already in order, and a list rather than a stretch, stay as read.
        (
            "The shelter is open from Dec. 20 to Jan. 5.",
            JANUARY,
            {"Dec. 20": "2018-12-20", "Jan. 5": "2019-01-05"},
        ),
        (
            "Flights were cancelled in January and October.",
            JANUARY,
            {"January": "2019-01", "October": "2018-10"},
        ),
    ],
)
def test_a_stretch_begins_before_it_ends(
    nlp: Language, sentence: str, reference: dt.date, expected: dict[str, str]
) -> None:
    found = values(nlp, sentence, reference)
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_in_order_moves_the_second_end_on_in_the_future() -> None:
    assert in_order("2019-11", "2019-03", "future", JANUARY) == ("2019-11", "2020-03")
    assert in_order("2019-03", "2019-11", "future", JANUARY) == ("2019-03", "2019-11")
    # February 29 has no year before it to move to: the values stay as read.
    assert in_order("2016-02-29", "2015-03-01", "past", JANUARY) == ("2016-02-29", "2015-03-01")


def test_a_stretch_without_a_reference_date_keeps_its_unknown_years(nlp: Language) -> None:
    found = values(nlp, "They visited between November and March.", None)
    assert found == {"November": "XXXX-11", "March": "XXXX-03"}


@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        # The year the second end states is the first's too ...
        ("A stint in Afghanistan followed, from January to September 2012.", "January", "2012-01"),
        ("Sales rose between May and June 2013.", "May", "2013-05"),
        # ... or the one before, when the stretch crosses a new year.
        ("He was deployed from November to March 2013.", "November", "2012-11"),
    ],
)
def test_the_first_end_of_a_stretch_takes_the_year_the_second_states(
    nlp: Language, text: str, first: str, value: str
) -> None:
    assert values(nlp, text, dt.date(2015, 4, 1))[first] == value


def test_in_year_of_keeps_an_unknown_year() -> None:
    assert in_year_of("XXXX-01", "2012-09") == "XXXX-01"


def test_the_first_of_clock_times_joined_is_one_end_of_a_stretch(nlp: Language) -> None:
    # A day stated in full makes its times as certain as itself; "8 p.m." is still
    # only where the stretch begins, not when the video was taken.
    text = "The video was taken on Jan. 17, 2019, between 8 p.m. and 9 p.m."
    dates = {f.date.text: f.date.inferred for f in found(nlp, text, JANUARY)}
    assert dates == {"Jan. 17, 2019": None, "8 p.m.": "range", "9 p.m.": None}
