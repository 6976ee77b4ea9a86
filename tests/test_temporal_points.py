"""The day a count of days or weeks "later" or "earlier" reaches."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief
from newsbrief.temporal.points import reached_day

REFERENCE = dt.date(2015, 3, 20)


@pytest.mark.parametrize(
    ("value", "after", "day", "reached"),
    [
        ("P2D", " later at a hospital", "2015-03-12", ("2015-03-14", " later")),
        ("P1W", " earlier, he", "2015-03-12", ("2015-03-05", " earlier")),
        ("P4D", " Later,", "2015-03-12TEV", ("2015-03-16", " Later")),
        # A vague count, a count without "later", no day told before: no day.
        ("PXD", " later", "2015-03-12", None),
        ("P2D", " after the vote", "2015-03-12", None),
        ("P2D", " later", None, None),
        # Months and years reach a month and a year; a month only from a month.
        ("P2M", " later", "2014-03-12", ("2014-05", " later")),
        ("P2Y", " later", "2010", ("2012", " later")),
        ("P1Y", " earlier", "2011-03", ("2010", " earlier")),
        ("P3M", " later", "2010", None),
        ("P2Y", " later", "199", None),  # a decade
    ],
)
def test_a_count_later_reaches_a_day_from_the_day_told_before(
    value: str, after: str, day: str | None, reached: tuple[str, str] | None
) -> None:
    assert reached_day(value, after, day, "past", REFERENCE) == reached


def test_a_past_event_after_the_paper_s_month_reaches_no_month_or_year() -> None:
    assert reached_day("P5Y", " later", "2011-03", "past", REFERENCE) is None
    assert reached_day("P2M", " later", "2015-02", "past", REFERENCE) is None
    assert reached_day("P1M", " later", "2015-02", "past", REFERENCE) == ("2015-03", " later")
    assert reached_day("P5Y", " later", "2009", "present", REFERENCE) is None


def test_an_event_two_years_later_is_dated_by_the_year_it_reaches() -> None:
    text = "He met her in 2010. Two years later they married.\n\nSeven years later, he died.\n"
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    rows = {t.event: (t.date.value, t.date.text, t.certainty) for t in brief.timeline}
    assert rows["Two years later they married"] == ("2012", "Two years later", "approximate")
    # 2017 is after the paper's date: a past death cannot be then.
    assert not any("died" in event for event in rows)


def test_a_past_event_after_the_reference_date_reaches_no_day() -> None:
    # Thursday read as the day before the paper's Friday: two days later is a day
    # still to come, which a past "died" cannot be.
    assert reached_day("P2D", " later", "2015-03-19", "past", REFERENCE) is None
    assert reached_day("P2D", " later", "2015-03-19", "future", REFERENCE) == (
        "2015-03-21",
        " later",
    )


def test_an_event_two_days_later_is_dated_by_the_day_it_reaches() -> None:
    text = (
        "The channel was attacked on March 3.\n\n"
        "Four days later, the channel came under fire again.\n\n"
        "A few days later, its owner resigned.\n"
    )
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    rows = {t.event: (t.date.value, t.date.text, t.certainty, t.inferred) for t in brief.timeline}
    assert rows["Four days later, the channel came under fire again"] == (
        "2015-03-07",
        "Four days later",
        "approximate",
        "context",
    )
    assert not any("resigned" in event for event in rows)  # "a few days" counts to no day
    # The article's dates keep the duration, as TimeML marks it.
    assert [(d.text, d.type, d.value) for d in brief.dates if d.type == "DURATION"] == [
        ("Four days", "DURATION", "P4D"),
        ("A few days", "DURATION", "PXD"),
    ]


def test_a_count_later_reaches_no_day_when_the_last_date_told_is_no_day() -> None:
    text = (
        "The channel was attacked on March 3.\n\n"
        "Last fall its owner had moved to Dubai.\n\n"
        "Four days later, the channel came under fire again.\n"
    )
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert not any("under fire" in t.event for t in brief.timeline)


def test_a_day_the_sentence_states_wins_over_a_count_later() -> None:
    text = (
        "The index fell after Oct. 12. Three days later, as of Friday's close, the "
        "Nasdaq Composite was down 6%.\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 10, 30))
    (row,) = [t for t in brief.timeline if "Nasdaq" in t.event]
    assert (row.date.text, row.date.value) == ("Friday", "1989-10-27")


def test_a_count_later_in_a_quotation_counts_from_the_speakers_days() -> None:
    text = (
        'The channel was attacked on March 3.\n\n"Four days later, we were hit again," he said.\n'
    )
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["2015-03-03"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A year set off by dashes or parentheses is not where the story went: the
        # count runs from the year told before it.
        ("Course issues at Shinnecock in 2008 – a near facsimile of the 1994 Open – "
         "doomed him. He should have learned that two years earlier at Oakmont.", "2006"),
        ("Course issues at Shinnecock in 2008 (a near facsimile of the 1994 Open) "
         "doomed him. He should have learned that two years earlier at Oakmont.", "2006"),
        # An apposition may tell the story on: its year counts.
        ("The honor went to another Kenyan, Kimani Maruge, who in 2004 was named the "
         "oldest pupil. Five years later, he died at age 90.", "2009"),
    ],
)  # fmt: skip
def test_a_count_later_runs_from_the_year_the_story_told_not_one_set_off(
    text: str, value: str
) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    counted = [t for t in brief.timeline if t.date.text.endswith(("earlier", "later"))]
    assert [t.date.value for t in counted] == [value]
