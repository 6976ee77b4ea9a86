"""Participles in a row: whom one opening its sentence is about, the subject after
the comma; one describing a noun of the row, which is part of that noun; one right
after the verb's object, which goes on telling the deed."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief
from support import rows_of

REFERENCE = dt.date(2015, 4, 1)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Born in 1923, Lee co-founded Singapore.", "Born in 1923, Lee"),
        (
            "Launched in 1940, the Musashi was in the largest class of warship ever built.",
            "Launched in 1940, the Musashi",
        ),
        # The name ends at the subject's noun: what is set aside after it is not its.
        (
            "Born in Pennsylvania in 1950, McCurry -- whose right hand was damaged when he "
            "fell -- studied theater arts at Penn State University.",
            "Born in Pennsylvania in 1950, McCurry",
        ),
        # So does an infinitive opening the sentence, with a "due" before it.
        (
            "Due to reopen March 26, Spain's stunning Caminito del Rey features a cliff "
            "face boardwalk that hangs 100 meters above the Guadalhorce River.",
            "Due to reopen March 26, Spain's stunning Caminito del Rey",
        ),
        (
            "To mark the anniversary on Sunday, the mayor laid a wreath.",
            "mark the anniversary on Sunday, the mayor",
        ),
    ],
)
def test_a_fronted_participles_row_names_its_doer(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert row in [r.event for r in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Speaking Friday on behalf of the family, Salem expressed gratitude to police.",
         "Speaking Friday on behalf of the family, Salem expressed gratitude to police"),
        ("Appearing Tuesday on the show, the sisters said they are always facing doubters.",
         "Appearing Tuesday on the show, the sisters said they are always facing doubters"),
    ],
)  # fmt: skip
def test_a_participle_of_speaking_that_sets_the_scene_dates_what_was_said_there(
    text: str, row: str
) -> None:
    # The row was "Speaking Friday on behalf of the family, Salem": who spoke, not
    # what was said or done.
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert [r.event for r in brief.timeline] == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A pronoun names no one.
        ("Launched in 1940, it was the largest warship ever built.", "Launched in 1940"),
        # Not a participle: the clause has a subject of its own.
        ("In 1923, Lee was born in Singapore.", "In 1923, Lee was born in Singapore"),
        # "When asked": the parse makes "when" an adverb, not a marker, and whom it
        # is about goes unsaid all the same.
        (
            "When asked about the plan in 2014, Holder declined to comment.",
            "asked about the plan in 2014",
        ),
    ],
)
def test_a_row_reaches_no_further_without_a_named_doer(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert row in [r.event for r in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A participle describing a noun of the row is part of it.
        ("Rossell moved to Sporting Lisbon last year in a deal brokered by Teixeira.",
         "Rossell moved to Sporting Lisbon last year in a deal brokered by Teixeira"),
        ("On Monday, the group posted a video showing the beheadings of two men.",
         "On Monday, the group posted a video showing the beheadings of two men"),
        # One of saying comes with what it said.
        ("On Friday, he released a statement saying he would stay.",
         "On Friday, he released a statement saying he would stay"),
        # One with a date of its own is another event, with a row of its own.
        ("On Friday police released the man arrested last week.",
         "On Friday police released the man"),
        # Before the verb, the row reaches back for reading: "With" opens the phrase.
        ("With tensions running high after the shooting, police took over protest "
         "security in the suburb Thursday.",
         "police took over protest security in the suburb Thursday"),
    ],
)  # fmt: skip
def test_a_participle_describing_a_noun_stays_in_its_row(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert row in [r.event for r in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A participle of saying after its verb, with no subject or date of its
        # own, tells what the event said.
        ("The office on June 18 called for a re-run of the bidding, citing major flaws.",
         "The office on June 18 called for a re-run of the bidding, citing major flaws"),
        ("The CDC issued a statement on Tuesday urging parents to check records.",
         "The CDC issued a statement on Tuesday urging parents to check records"),
        # A participle of another kind is an event of its own.
        ("The fire tore through timber on Wednesday, destroying 40 homes.",
         "The fire tore through timber on Wednesday"),
        # With its own date or conjunction it is another event.
        ("The office called for a re-run on June 18, citing flaws found in May.",
         "The office called for a re-run on June 18"),
        # A gerund after a preposition, without a date of its own, is part of the
        # verb's event (see test_a_row_keeps_its_complement).
        ("The office called for a re-run on June 18 after reviewing the bids.",
         "The office called for a re-run on June 18 after reviewing the bids"),
        # One of saying comes with what it said, after a joined verb too.
        ("The president responded on Wednesday by saying the issue was manufactured.",
         "The president responded on Wednesday by saying the issue was manufactured"),
        ("Dean appeared on MSNBC on Tuesday and began by saying he would never do it.",
         "Dean appeared on MSNBC on Tuesday and began by saying he would never do it"),
    ],
)  # fmt: skip
def test_a_participle_of_saying_stays_in_its_verbs_row(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2008, 7, 1))
    assert row in [t.event for t in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # What a time spent went on ...
        ("CCTV footage later showed that the girls spent much of the next day waiting "
         "at a bus station on the outskirts of Istanbul.",
         "the girls spent much of the next day waiting at a bus station on the outskirts "
         "of Istanbul"),
        ("After devoting much of the summer trying to woo white suburban voters turned "
         "off by Mr. Trump, the Clinton campaign has refocused its efforts.",
         "the Clinton campaign … devoting much of the summer trying to woo white suburban "
         "voters turned off by Mr. Trump"),
        # ... how the deed was done, what its object shows.
        ("In 2014, Ohio executed convicted killer Dennis McGuire using the "
         "benzodiazepine midazolam.",
         "In 2014, Ohio executed convicted killer Dennis McGuire using the benzodiazepine "
         "midazolam"),
    ],
)  # fmt: skip
def test_a_participle_right_after_the_object_stays_in_the_row(text: str, row: str) -> None:
    assert row in rows_of(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # One after a comma or a dash tells more than the deed.
        ("The girls spent much of the next day at a bus station -- raising more "
         "questions about the police.",
         "The girls spent much of the next day at a bus station"),
        # One with a date of its own is another time's.
        ("In 2014, Ohio executed Dennis McGuire using a drug approved in 2010.",
         "In 2014, Ohio executed Dennis McGuire"),
    ],
)  # fmt: skip
def test_a_participle_not_right_after_the_object_stays_out(text: str, row: str) -> None:
    assert row in rows_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Waley-Cohen, pictured in 2014, is a friend of the couple.",
        "Clarkson (pictured this week) was sacked.",
        "Rojo's wife, Eugenia Lusardo (pictured with Rojo last month), said no.",
    ],
)
def test_a_bare_pictured_dates_a_photograph_not_an_event(text: str) -> None:
    # A caption's note: the time a picture was taken, no row, and no date for the
    # clause around it.
    assert rows_of(text, REFERENCE) == []


def test_pictured_with_its_auxiliary_is_an_event() -> None:
    text = "His dead body was pictured on social media today."
    assert rows_of(text, REFERENCE) == [text[:-1]]
