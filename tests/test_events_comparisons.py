"""Dates of what an event is compared with date no clause: a figure it is
measured against, a time it is likened to, the time a figure was foreseen."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REFERENCE = dt.date(1989, 10, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.",
        "Net advanced to $94.2 million, up from $10 million a year ago.",
        "Aetna had a $23 million loss on its auto line, compared with earnings of "
        "$33 million last year.",
        # The date in a phrase of its own after the verb's "from" figure.
        "Net income fell 5.9% to $9.5 million from $10.1 million in the year-ago period.",
        # The date a part of the figure compared with.
        "The purchasing managers' index fell to 50.0 from December's 52.6.",
    ],
)
def test_the_date_of_a_compared_figure_does_not_date_the_event(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    # The figure compared with may be a row of its own ("earnings of $33 million
    # last year", `nominal.py`), but the event's clause is not dated by it.
    assert [t for t in brief.timeline if t.event[0].isupper()] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # Likened to.
        "It felt like 1985 all over again.",
        "The crash looked like the one in October 1987.",
        "Unlike 2012, the harvest failed.",
        # ... however the parse tags "like".
        "There were geysers of oil spurting out of the earth, making it like midnight during "
        "the day.",
        # Measured against.
        "They are prepared to make greater concessions than in the 1990s.",
        "Sales were higher than a year ago.",
        # ... told by a clause of its own.
        "Fans travel more than they did 10 years ago.",
        "We scored more goals than we did last weekend.",
        # ... a thing's time, the parse hanging the date from the verb.
        "Any change would occur a few weeks later in the campaign season than the switch in 1972.",
        "He has not made as many headlines as in 2013.",
        "Prices are as high as in 2008.",
        # Foreseen: the time of the forecast, whatever the parse hangs it from.
        "U.S. output will expand by 1.6 percent, half a point less than forecast in July.",
        "Sales rose 5%, more than expected last year.",
        # A change measured from or over a time.
        "The statistics are an improvement from 2008.",
        "It saw an increase of 2.9% over 2013.",
        "Sales showed a 5% gain over last year.",
        "Sales were up 3% from last year.",
    ],
)
def test_a_time_an_event_is_likened_to_or_measured_against_does_not_date_it(
    sentence: str,
) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert brief.timeline == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He served as mayor as recently as 2010.", "2010"),
        ("He worked as a guard in 2004.", "2004"),
    ],
)
def test_as_recently_as_is_the_events_time(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sales rose more than 10% in 2014.", "2014"),  # a quantity compared
        ("Apple sold more phones than Samsung in 2014.", "2014"),
    ],
)
def test_a_date_after_a_compared_quantity_or_object_dates_the_event(
    sentence: str, value: str
) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == [value]


def test_the_verb_like_is_no_likeness() -> None:
    brief = newsbrief.extract("He would like to return in 2014.", reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["2014"]


def test_a_figure_from_a_date_is_still_dated() -> None:
    # "from" before the date itself is no comparison: the event's own time.
    brief = newsbrief.extract("Sales rose from January.", reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["1989-01"]


def test_a_date_after_the_to_figure_dates_the_event() -> None:
    brief = newsbrief.extract(
        "The number of lobbyists rose from 10 in 1985 to 20 in 1988.", reference_date=REFERENCE
    )
    assert [t.date.value for t in brief.timeline] == ["1988"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "from" or "over" a time after no change: the event's own time.
        ("She moved from Paris in 2008.", "2008"),
        ("The strike went on over the weekend.", "1989-W42-WE"),
        # A change over a stretch: during it.
        ("There was a sharp rise in prices over the weekend.", "1989-W42-WE"),
    ],
)
def test_from_or_over_a_time_after_no_change_dates_the_event(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == [value]
