"""Which tellings are one event: the same doers, polarity, plan or deed, time, and
for prose the same action of the same things and the same speaker."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief


def rows_of(text: str, reference: dt.date | None) -> list[tuple[str, int]]:
    """Each row's date value and number of sources, in timeline order."""
    brief = newsbrief.extract(text, reference_date=reference)
    return [(t.date.value, len(t.sources)) for t in brief.timeline]


@pytest.mark.parametrize(
    ("text", "reference", "rows"),
    [
        # Other doers, same action and object, one date inside the other: two events.
        (
            "Ford opened a plant in Mexico in 2012. GM opened a plant in Mexico in March 2012.",
            dt.date(2013, 6, 1),
            [("2012", 1), ("2012-03", 1)],
        ),
        # The same doer told in a list and in prose: one event.
        (
            "- March 2012: GM opened a plant in Mexico.\n\n"
            "GM opened a plant in Mexico in March 2012.",
            dt.date(2013, 6, 1),
            [("2012-03", 2)],
        ),
        # Each doer named in the other telling: one event told from both sides.
        (
            "Trump met Takaichi in Tokyo in October 2023. "
            "Takaichi met Trump for talks on trade in October 2023.",
            dt.date(2023, 11, 1),
            [("2023-10", 2)],
        ),
        # A person may act for the organization the other telling names.
        (
            "A Pentagon official briefed reporters on Thursday about the troops in the Gulf. "
            "Kenneth Bacon briefed reporters on Thursday about the troops.",
            dt.date(1998, 3, 6),
            [("1998-03-05", 2)],
        ),
    ],
)
def test_tellings_with_other_doers_are_other_events(
    text: str, reference: dt.date, rows: list[tuple[str, int]]
) -> None:
    assert rows_of(text, reference) == rows


@pytest.mark.parametrize(
    "text",
    [
        "The company did not pay a dividend in March 2012. The company paid a dividend in 2012.",
        # Denied by its subject.
        "No company paid a dividend in March 2012. The company paid a dividend in 2012.",
        "Nobody paid a dividend in March 2012. The company paid a dividend in 2012.",
    ],
)
def test_a_telling_that_denies_an_event_is_another_event(text: str) -> None:
    assert rows_of(text, dt.date(2013, 6, 1)) == [("2012", 1), ("2012-03", 1)]


def test_a_planned_event_and_a_done_one_are_two_events() -> None:
    # Without a reference date both are "September" of an unknown year.
    text = (
        "The first Moxy hotel opened at Milan's airport in September. "
        "Another Moxy hotel will open in Munich in September."
    )
    assert rows_of(text, None) == [("XXXX-09", 1), ("XXXX-09", 1)]


def test_prose_tellings_of_one_action_merge_when_about_the_same_things() -> None:
    day = dt.date(2013, 6, 1)
    other = "Students protested against the tax on March 5, 2012. Pensioners protested outside a hospital on March 5, 2012."  # noqa: E501
    assert rows_of(other, day) == [("2012-03-05", 1), ("2012-03-05", 1)]
    same = "Students protested against the tax on March 5, 2012. The students protested in Moscow on March 5, 2012."  # noqa: E501
    assert rows_of(same, day) == [("2012-03-05", 2)]
    # The same doer is no sign of the same event: what was done must be shared too.
    made = "Donald Trump made the reference Monday in a speech. Trump made the pledge at a veterans conference in Herndon on Monday."  # noqa: E501
    assert rows_of(made, dt.date(2016, 10, 3)) == [("2016-10-03", 1), ("2016-10-03", 1)]
    same_doer = "Donald Trump made the pledge Monday to veterans. Trump made the pledge at a veterans conference on Monday."  # noqa: E501
    assert rows_of(same_doer, dt.date(2016, 10, 3)) == [("2016-10-03", 2)]
    # A telling that names nothing but what happened has nothing to disagree with.
    bare = "The museum reopened on March 26 after a decade of repairs. Crowds queued at the doors as it reopened on March 26."  # noqa: E501
    assert rows_of(bare, dt.date(2015, 4, 1)) == [("2015-03-26", 2)]


def test_two_clauses_that_something_is_are_not_one_event_for_that() -> None:
    # The first row's date would be the kite festival's day.
    text = (
        "There should be plenty of anticipation among cherry blossom fans in Washington "
        "this spring. There's a Blossom Kite Festival in the middle of the cherry blossom "
        "festivities on March 28th."
    )
    assert rows_of(text, dt.date(2015, 3, 20)) == [("2015-SP", 1), ("2015-03-28", 1)]


def test_the_same_words_of_the_same_time_printed_again_are_one_telling() -> None:
    # A caption repeating the story: "be" tells no action, but the words are the same.
    text = (
        "The White House garden was full of school children on Wednesday afternoon.\n\n"
        "The White House garden was full of school children on Wednesday afternoon."
    )
    assert rows_of(text, dt.date(2015, 4, 2)) == [("2015-04-01TAF", 2)]


def test_a_date_counted_from_another_is_no_sign_of_one_event() -> None:
    # "November of that year" falls in 2013 because it is counted from it.
    text = (
        "In 2013, talks between Iran and the world powers began in Geneva. "
        "In November of that year, officials of the world powers began new talks with Iran."
    )
    assert rows_of(text, dt.date(2015, 4, 1)) == [("2013", 1), ("2013-11", 1)]


def test_clock_times_hours_apart_tell_two_events() -> None:
    day = dt.date(2013, 6, 5)
    text = (
        "The first alarm sounded at 6 a.m. on Monday. A second alarm sounded at 9 p.m. on Monday."
    )
    assert rows_of(text, day) == [("2013-06-03T06:00", 1), ("2013-06-03T21:00", 1)]
    text = (
        "The outage began at 6:02 a.m. on Monday. "
        "Engineers said the outage began around 6 a.m. on Monday after a power cut."
    )
    assert rows_of(text, day) == [("2013-06-03T06:02", 2)]


def test_a_day_outside_the_part_of_a_month_named_is_another_time() -> None:
    day = dt.date(2016, 9, 25)
    text = (
        "The Post poll was conducted in early September. The Post poll was conducted on Sept. 19."
    )
    assert rows_of(text, day) == [("2016-09", 1), ("2016-09-19", 1)]
    text = "The Post poll was conducted in early September. The Post poll was conducted on Sept. 6."
    assert rows_of(text, day) == [("2016-09-06", 2)]
    text = "The plant opened in late 2009. The plant opened in March 2009 after delays."
    assert rows_of(text, day) == [("2009", 1), ("2009-03", 1)]


def test_sayings_merge_only_when_the_same_speaker_is_named() -> None:
    day = dt.date(1990, 8, 17)
    text = (
        "Bush said on Thursday that the talks failed. Pentagon sources said on Thursday "
        "that the Bush administration plans to send troops."
    )
    assert rows_of(text, day) == [("1990-08-16", 1), ("1990-08-16", 1)]
    text = (
        "Gerry Adams said on Sunday that the talks would go on. "
        "Adams also said on Sunday that the process was a bridge to unity."
    )
    assert rows_of(text, dt.date(1998, 3, 23)) == [("1998-03-22", 2)]
    # A nationality describes a speaker; it names no one.
    text = (
        "A senior Iranian diplomat told CNN on Sunday that talks were slow. "
        "An Iranian negotiator, Abbas Araqchi, told journalists on Sunday that talks were slow."
    )
    assert rows_of(text, dt.date(2015, 3, 30)) == [("2015-03-29", 1), ("2015-03-29", 1)]


def test_a_date_of_unknown_year_inside_a_coarser_one_is_no_shared_time() -> None:
    # Without a reference date "on Friday" is a Friday of any year: no sign that
    # the ruling was the one of 2010 (it was shown as an exact 2010 row).
    text = (
        "Italy's high court ruled on Friday that the case was closed. "
        "The high court ruled definitively on his case in 2010."
    )
    assert rows_of(text, None) == [("2010", 1), ("XXXX-WXX-5", 1)]
    # A day that a weekday can be still joins it, and dates it.
    text = "The plant closed on Friday. The plant closed on March 15, 2013, after a fire."
    assert rows_of(text, None) == [("2013-03-15", 2)]


def test_a_weekday_and_a_day_of_a_month_of_unknown_year_are_no_shared_time() -> None:
    # Which weekday March 9 was depends on the year nobody gave: the Friday
    # announcement was shown dated March 9, the other one's date.
    text = (
        "Executive producer Robert Kirkman announced Friday that the series will be titled "
        '"Fear The Walking Dead." On March 9, AMC announced the series pickup.'
    )
    assert rows_of(text, None) == [("XXXX-WXX-5", 1), ("XXXX-03-09", 1)]


def test_an_entry_with_many_doers_is_joined_in_linear_time() -> None:
    """Tellings each naming a new doer and the one before ("Envoy 2 met Envoy 1
    on Friday"): the entry gathers every doer, and a telling is checked against
    them by look-up, not by reading them all."""
    import time

    from newsbrief.events.event import ArticleEvent
    from newsbrief.events.timeline import build_timeline
    from newsbrief.temporal.extract import TemporalExpr

    events = []
    for i in range(1, 40_001):
        at = i * 40
        date = TemporalExpr("Friday", at, at + 6, "DATE", "2013-03-22", template="2013-03-22")
        doer, met = f"Envoy {i}", f"Envoy {i - 1}"
        events.append(
            ArticleEvent(
                f"{doer} met {met} on Friday", at, at + 30, "meet", [doer], date, 0,
                concepts=frozenset({"meet", "@" + doer, "@" + met}), people=frozenset({doer}),
            )
        )  # fmt: skip
    began = time.process_time()
    timeline, _ = build_timeline(events, dt.date(2013, 3, 22))
    assert len(timeline) == 1
    assert time.process_time() - began < 5.0
