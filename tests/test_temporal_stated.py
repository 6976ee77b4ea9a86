"""Dates stated in full in many layouts; dateparser never reads against the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.brief import Block
from newsbrief.temporal import stated
from newsbrief.temporal.stated import dateline_end, parse_stated_date, parse_with_dateparser


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2009-03-05", dt.date(2009, 3, 5)),
        ("March 5, 2009", dt.date(2009, 3, 5)),
        ("5 March 2009", dt.date(2009, 3, 5)),
        ("Thu, 05 Mar 2009 10:00:00 +0000", dt.date(2009, 3, 5)),
        ("Dec. 10, 2013, 2:35 p.m. ET", dt.date(2013, 12, 10)),
        ("2013-12-10T14:35:00Z", dt.date(2013, 12, 10)),
        ("22/03/2013", dt.date(2013, 3, 22)),  # only one reading: day 22
    ],
)
def test_full_dates_in_many_layouts(text: str, date: dt.date) -> None:
    assert parse_stated_date(text) == date


@pytest.mark.parametrize(
    "text",
    ["today", "yesterday", "2 hours ago", "next Friday", "March 5", "Friday", "04/05/2009",
     "2013-02-30", "the budget"],
)  # fmt: skip
def test_partial_relative_or_ambiguous_dates_are_refused(text: str) -> None:
    assert parse_stated_date(text) is None


def test_dateparser_has_no_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its relative parser is off and every part must be stated, so no answer can
    depend on when it runs; its base date is fixed long past all the same."""
    settings = stated._DATEPARSER_SETTINGS
    assert settings["RELATIVE_BASE"] == dt.datetime(1900, 1, 1)
    assert "relative-time" not in settings["PARSERS"]
    assert "timestamp" not in settings["PARSERS"]
    assert set(settings["REQUIRE_PARTS"]) == {"day", "month", "year"}
    for text in ("today", "in 2 days", "1 week ago", "Tuesday 14:35", "December 2013"):
        assert parse_with_dateparser(text) is None, text


def test_dateline_end() -> None:
    text = "GENEVA, March 22, 2013 (AP) — The agency appealed."
    assert text[dateline_end(text) or 0 :] == "The agency appealed."
    assert dateline_end("The agency appealed on March 22, 2013.") is None


def test_a_quoted_block_states_its_own_date() -> None:
    tweet = "Problems today with the trains. — Jane Roe (@janeroe) November 1, 2013"
    assert stated.own_date(Block("quote", tweet, 0, len(tweet))) == dt.date(2013, 11, 1)
    # Prose is the article's own, whatever date it names.
    assert stated.own_date(Block("paragraph", tweet, 0, len(tweet))) is None
