"""The article's own date: datelines, Published/Updated lines, and the warning."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import newsbrief
from newsbrief.blocks import split_blocks
from newsbrief.nlp import annotate
from newsbrief.temporal import TemporalExpr, find_reference_date, reference_warning

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "date", "stated"),
    [
        (
            "WASHINGTON, March 22, 2013 (AP) — Lawmakers met on Friday.",
            dt.date(2013, 3, 22),
            "March 22, 2013",
        ),
        (
            "Water Agency Seeks Funds\n\nGENEVA, Friday, March 22, 2013 (Reuters) - The agency "
            "appealed on Friday.",
            dt.date(2013, 3, 22),
            "March 22, 2013",
        ),
        (
            "NEW YORK, Oct. 5, 2009 — Stocks rose.",
            dt.date(2009, 10, 5),
            "Oct. 5, 2009",
        ),
        (
            "Published: June 10, 2024 | Updated 3:45 p.m.\n\nThe council voted on Monday.",
            dt.date(2024, 6, 10),
            "June 10, 2024",
        ),
        (
            "Updated 10:32 AM EDT, Fri March 22, 2013\n\nThe council voted on Monday.",
            dt.date(2013, 3, 22),
            "March 22, 2013",
        ),
        (
            "Posted on 2013-03-22\n\nThe council voted on Monday.",
            dt.date(2013, 3, 22),
            "2013-03-22",
        ),
        (
            # A dateline without a year takes it from the copyright line.
            "WASHINGTON, March 22 (AP) — Lawmakers met on Friday.\n\n© 2013 The Associated Press",
            dt.date(2013, 3, 22),
            "March 22",
        ),
        (
            # A bare date line under the headline, as Wikinews prints it.
            "Mary Barra appointed as GM chief\n\nDecember 10, 2013\n\nGM named her today.",
            dt.date(2013, 12, 10),
            "December 10, 2013",
        ),
        (
            # A date line in a layout the rules do not read: dateparser's.
            "Markets slide\n\nTuesday 10 December 2013 14:35 GMT\n\nShares fell on Monday.",
            dt.date(2013, 12, 10),
            "Tuesday 10 December 2013 14:35 GMT",
        ),
        (
            "Markets slide\n\nBy Jane Doe, Reuters | March 5, 2009\n\nShares fell on Monday.",
            dt.date(2009, 3, 5),
            "March 5, 2009",
        ),
        (
            "Markets slide\n\nBy Jane Doe | Thu 5 Mar 2009 10:00 GMT\n\nShares fell on Monday.",
            dt.date(2009, 3, 5),
            "5 Mar 2009",
        ),
        (
            "Markets slide\n\nPublished 14:35 GMT, 10 Dec 2013\n\nShares fell on Monday.",
            dt.date(2013, 12, 10),
            "10 Dec 2013",
        ),
        (
            # A date line with its clock and update stamp (as Reuters prints it).
            "Markets slide\n\nJanuary 7, 2019 / 4:39 PM / Updated 2 hours ago\n\nShares fell.",
            dt.date(2019, 1, 7),
            "January 7, 2019",
        ),
        (
            "Markets slide\n\nMonday 7 January 2019 16:39, UK\n\nShares fell on Monday.",
            dt.date(2019, 1, 7),
            "Monday 7 January 2019",
        ),
        (
            # Published, then updated: the article's date is when it was published.
            "Markets slide\n\nJan. 7, 2019 Updated: Jan. 8, 2019 9:00 a.m.\n\nShares fell.",
            dt.date(2019, 1, 7),
            "Jan. 7, 2019",
        ),
        (
            "Markets slide\n\nBy John Smith  January 7, 2019\n\nShares fell on Monday.",
            dt.date(2019, 1, 7),
            "January 7, 2019",
        ),
        (
            # An update stamp after the byline's separator.
            "Markets slide\n\nJohn Smith, CNN \u2022 Updated 7th January 2019\n\nShares fell.",
            dt.date(2019, 1, 7),
            "7th January 2019",
        ),
        (
            "Markets slide\n\nPublished: 2019-01-07T14:32:00Z\n\nShares fell on Monday.",
            dt.date(2019, 1, 7),
            "2019-01-07T14:32:00Z",
        ),
        (
            # Weekdays abbreviated without a full stop, and a modification stamp.
            "Markets slide\n\nMon 7 Jan 2019 09.32 GMT Last modified on Mon 7 Jan 2019 11.05 GMT"
            "\n\nShares fell.",
            dt.date(2019, 1, 7),
            "7 Jan 2019",
        ),
        (
            # A line cut into fields, one of them the date.
            "Markets slide\n\nStory by Jane Doe \u2022 Jan 7, 2019\n\nShares fell on Monday.",
            dt.date(2019, 1, 7),
            "Jan 7, 2019",
        ),
        (
            "Markets slide\n\nJanuary 7, 2019 | Filed under: World\n\nShares fell on Monday.",
            dt.date(2019, 1, 7),
            "January 7, 2019",
        ),
        (
            "Markets slide\n\nJan. 7, 2019 / 3 min read\n\nShares fell on Monday.",
            dt.date(2019, 1, 7),
            "Jan. 7, 2019",
        ),
        (
            # CNN's clock in 24-hour figures, with its conversion in brackets.
            "Markets slide\n\nUpdated 1932 GMT (0332 HKT) January 7, 2019\n\nShares fell.",
            dt.date(2019, 1, 7),
            "January 7, 2019",
        ),
        (
            # Any agency the summary knows signs a dateline here too.
            "TOKYO, March 22, 2013 (Kyodo) — Lawmakers met on Friday.",
            dt.date(2013, 3, 22),
            "March 22, 2013",
        ),
    ],
)
def test_the_article_states_its_date(nlp: Language, text: str, date: dt.date, stated: str) -> None:
    found = find_reference_date(annotate(nlp, text, split_blocks(text)))
    assert found is not None
    assert found.date == date
    assert found.span.text == stated
    assert text[found.span.start : found.span.end] == stated


@pytest.mark.parametrize(
    "text",
    [
        # A yearless dateline with nothing to take the year from: no guess.
        "WASHINGTON, March 22 (AP) — Lawmakers met on Friday.",
        # A date deep in the story is about the story, not the article.
        "Lawmakers met.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\n"
        "Published June 10, 2024 in the gazette.",
        "The plan was published on June 10, 2024 by the ministry.",
        "Lawmakers met on Friday to discuss the budget.",
        # Lines that state no full, unambiguous date of their own.
        "Markets slide\n\n04/05/2009\n\nShares fell on Monday.",
        "Markets slide\n\nMarch 5\n\nShares fell on Monday.",
        "Markets slide\n\nToday\n\nShares fell on Monday.",
        "Markets slide\n\nUpdated 2 hours ago\n\nShares fell on Monday.",
        # A line that tells something besides its date is the story, not a date line.
        "Markets slide\n\nJanuary 7, 2019 was the coldest day on record.\n\nShares fell.",
        "Markets slide\n\nOn January 7, 2019, at 4 p.m., shares fell.\n\nThey rose later.",
        "Markets slide\n\nBy noon January 7, 2019 shares had fallen.\n\nThey rose later.",
        "Markets slide\n\nSeoul | Shares fell on January 7, 2019\n\nThey rose later.",
        # A date line further down is a section of the story, not its date.
        "Markets slide\n\nOne.\n\nTwo.\n\nThree.\n\nMarch 5, 2009\n\nShares fell.",
    ],
)
def test_no_stated_date(nlp: Language, text: str) -> None:
    assert find_reference_date(annotate(nlp, text, split_blocks(text))) is None


def test_a_bare_date_line_resolves_the_story() -> None:
    brief = newsbrief.extract("T\n\nMarch 5, 2009\n\nMarkets fell on Thursday.\n")
    assert (brief.reference_date, brief.reference_date_source) == (dt.date(2009, 3, 5), "article")
    assert {d.text: d.value for d in brief.dates}["Thursday"] == "2009-03-05"
    assert not [w for w in brief.warnings if w.code == "no_reference_date"]


def test_reference_source_order_option_then_article_then_none() -> None:
    text = "WASHINGTON, March 22, 2013 (AP) — Lawmakers met on Friday."
    stated = newsbrief.extract(text)
    assert (stated.reference_date, stated.reference_date_source) == (
        dt.date(2013, 3, 22),
        "article",
    )
    assert {d.text: d.value for d in stated.dates}["Friday"] == "2013-03-22"
    given = newsbrief.extract(text, reference_date=dt.date(2013, 4, 2))
    assert given.reference_date_source == "option"
    assert {d.text: d.value for d in given.dates}["Friday"] == "2013-03-29"
    none = newsbrief.extract("Lawmakers met on Friday.")
    assert (none.reference_date, none.reference_date_source) == (None, "none")
    assert [w.code for w in none.warnings] == ["no_reference_date"]
    assert none.warnings[0].spans[0].text == "Friday"


def test_reference_warning_only_for_dates_that_needed_it() -> None:
    stated = TemporalExpr(
        "Friday (2023)", 0, 13, "DATE", "2023-WXX-5", "date_weekday_year", "2023-WXX-5"
    )
    duration = TemporalExpr("several years", 20, 33, "DURATION", "PXY", "dur_vague", "dur(X,year)")
    friday = TemporalExpr("Friday", 40, 46, "DATE", "XXXX-WXX-5", "date_weekday", "wd(5)")
    assert reference_warning(None, [duration]) is None
    assert reference_warning(dt.date(2013, 3, 22), [stated]) is None
    # A weekday stated with its year needed no reference date; one read against it did.
    assert reference_warning(None, [stated, duration]) is None
    warning = reference_warning(None, [stated, duration, friday])
    assert warning is not None and warning.code == "no_reference_date"
    assert [s.text for s in warning.spans] == ["Friday"]
