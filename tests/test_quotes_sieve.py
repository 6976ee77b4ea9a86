"""The attribution sieve: one test per quote form, the strategies' order and use."""

from __future__ import annotations

from typing import Any

from extract_support import said, sample


def test_block_quote_takes_its_said_lead_in(quotes_of: Any) -> None:
    quotes = quotes_of(sample("takaichi-visit.txt"))
    assert said(quotes, "They are extremely good friends") == "Trump"
    q = next(q for q in quotes if q.speaker == "Trump")
    assert q.text == "They are extremely good friends, and she should call him anytime."


def test_said_then_name_with_apposition(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "slow-motion disaster") == "Maria Okafor"


def test_name_said_colon_before_the_quote(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "Every month we wait") == "Maria Okafor"


def test_quote_then_name_said(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "We have the engineers") == "Maria Okafor"


def test_told_a_news_organization(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "first tankers can leave") == "Daniel Reyes"


def test_according_to_a_titled_surname(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "The boreholes buy us weeks") == "Daniel Reyes"


def test_wrote(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "Our hospitals are stretched") == "Mark Delaney"


def test_partial_quote_inside_reported_speech(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "reckless gamble") == "Amadou Sissoko"


def test_partial_quote_under_said_that(quotes_of: Any) -> None:
    quotes = quotes_of(sample("markdown-report.md"))
    assert said(quotes, "not against jobs") == "Renee Pulaski"
    assert said(quotes, "the most important thing") == "Linda Chen"


def test_scare_quotes_and_titles_have_no_speaker(quotes_of: Any) -> None:
    wire = quotes_of(sample("wire-prose.txt"))
    assert not any("green corridor" in q.text for q in wire)
    measles = quotes_of(sample("measles-outbreak.txt"))
    assert not any("Preventable Return" in q.text for q in measles)
    assert not any("herd immunity" in q.text for q in measles)


def test_short_quoted_phrase_that_no_one_says_is_left_out(quotes_of: Any) -> None:
    text = 'Tourists love "the big blue" bridge, and it opened "on time" in the spring.'
    assert quotes_of(text) == []


def test_quote_split_by_its_attribution(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "could never happen here") == "George Lowe"
    assert said(quotes, "and nobody listened") == "George Lowe"


def test_second_quote_of_a_paragraph_keeps_the_speaker(quotes_of: Any) -> None:
    quotes = quotes_of(sample("no-dates.txt"))
    assert said(quotes, "nine drills") == "Priya Nandakumar"


def test_lead_in_with_a_comma(quotes_of: Any) -> None:
    quotes = quotes_of(sample("refinery-fire.txt"))
    assert said(quotes, "We will find out what went wrong") == "Karen Whitlock"


def test_question_before_its_speaker(quotes_of: Any) -> None:
    quotes = quotes_of(sample("refinery-fire.txt"))
    assert said(quotes, "How many warnings") == "Jordan Ellis"


def test_single_quotes_and_a_paragraph_lead_in(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "Our priority is keeping people safe") == "White Horse District Council"
    assert said(quotes, "We wrote letters") == "Priya Lowe"


def test_attribution_in_the_next_short_paragraph(quotes_of: Any) -> None:
    text = (
        "Ray Tolliver was a milkman in 1974, and he heard the news on his round.\n\n"
        '"The next morning I went to work in a daze."\n\n'
        "Tolliver recalled.\n"
    )
    assert said(quotes_of(text), "went to work in a daze") == "Ray Tolliver"


def test_unattributed_direct_quote_keeps_a_null_speaker(quotes_of: Any) -> None:
    text = 'The crowd chanted for an hour. "We will not be moved from this square tonight."'
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [None]


def test_someone_else_acting_between_two_quotes_stops_the_inheritance(quotes_of: Any) -> None:
    text = (
        "In an interview, Aaron Fielding says, 'I never stole from my employer, not once.' "
        "Even though the inquiry is over, Carol Fielding backs him and agrees the shortfall "
        "was 'a mistake that could happen to anyone at all'."
    )
    assert said(quotes_of(text), "could happen to anyone") != "Aaron Fielding"
