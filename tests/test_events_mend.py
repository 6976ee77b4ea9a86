"""Date phrases the parse hangs in the wrong place, mended before clauses are read."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import newsbrief
from newsbrief.events.mend import hang_from_closing_clause, join_date_phrase
from support import rows_of

if TYPE_CHECKING:
    from spacy.language import Language

MIDNIGHT = (
    "Officers met chaos when they tried to find out what happened not long after "
    "midnight Friday, Sheriff Frank McKeithen told CNN affiliate WMBB."
)


def test_a_date_phrase_split_by_the_parse_hangs_from_its_preposition(nlp: Language) -> None:
    doc = nlp(MIDNIGHT)
    start = MIDNIGHT.index("midnight Friday")
    span = doc.char_span(start, start + len("midnight Friday"))
    assert span is not None
    join_date_phrase(span)
    midnight, friday = span[0], span[1]
    assert friday.head == midnight
    assert span.root == midnight and midnight.head.lower_ == "after"


def test_the_split_phrase_dates_its_own_clause_not_the_frame() -> None:
    brief = newsbrief.extract(MIDNIGHT, reference_date=dt.date(2015, 3, 30))
    assert [r.event for r in brief.timeline] == ["what happened not long after midnight Friday"]


def test_a_phrase_the_parse_cuts_across_its_sentences_is_left_whole() -> None:
    # The parse ends a sentence inside "10:21 a.m. Thursday": joining part of the
    # phrase would move its root to the sentence after.
    text = (
        "The body was found at 10:21 a.m. Thursday, deep in a forest about 500 yards "
        "from the house Byrd was renting, according to Lucas."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 30))
    assert [r.event for r in brief.timeline] == ["The body was found at 10:21 a.m. Thursday"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The terrorists who attacked the Bardo Museum in Tunis last week were wearing "
            "suicide vests.",
            "The terrorists who attacked the Bardo Museum in Tunis last week",
        ),
        (
            "The flight crew of the plane that skidded into a fence at LaGuardia Airport last "
            "week cited brake issues.",
            "the plane that skidded into a fence at LaGuardia Airport last week",
        ),
    ],
)
def test_a_date_after_a_subjects_clause_is_that_clauses(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    assert [r.event for r in brief.timeline] == [row]


@pytest.mark.parametrize(
    "text",
    [
        # A clause in the present tells a habit: the date is the verb's.
        "The Senate panel that oversees intelligence on Tuesday released a report.",
        # A comma closes the clause before the date.
        "The panel, which met in private, on Tuesday released a report.",
        # No clause in the subject at all.
        "The company last week announced a merger.",
    ],
)
def test_a_date_before_the_verb_stays_the_verbs(text: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    rows = [r.event for r in brief.timeline]
    assert len(rows) == 1 and rows[0].endswith(("released a report", "announced a merger"))


def test_the_comma_after_a_places_country_closes_no_clause() -> None:
    text = (
        "The terrorists who attacked the Bardo Museum in Tunis, Tunisia, last week were "
        "wearing suicide vests but failed to detonate them, Tunisia's President told CNN."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    [row] = brief.timeline
    assert row.event.startswith("The terrorists who attacked the Bardo Museum in Tunis")
    assert "wearing" not in row.event and row.date.value == "2015-W12"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Take a couple of key casting choices announced this week.",
            "a couple of key casting choices announced this week",
        ),
        ("Find out in Part II published on Thursday.", "Part II published on Thursday"),
    ],
)
def test_a_participle_the_parse_gives_the_verb_tells_of_the_noun_before_it(
    text: str, row: str
) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    assert [r.event for r in brief.timeline] == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A past tense that is no participle: the parse lost the clause's subject.
        (
            "The number of law enforcement officers shot to death in the line of duty "
            "rose more than 50% last year, according to the Washington-based National "
            "Law Enforcement Officers Memorial Fund.",
            "rose more than 50% last year",
        ),
    ],
)
def test_a_verb_after_a_noun_that_is_no_participle_of_it_stays_the_verbs(
    text: str, row: str
) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    assert row in [r.event for r in brief.timeline]


def test_a_comma_inside_the_noun_phrase_parts_two_phrases() -> None:
    # The parse takes the speaker for part of a place's phrase ("the Arctic, state-run
    # media"); the verb after it is the frame whose subject the parse lost.
    text = (
        'Putin has ordered his Northern Fleet "to full alert in a snap combat readiness '
        'exercise" in the Arctic, state-run media reported Monday.'
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    assert not [r for r in brief.timeline if "media reported" in r.event]


def test_a_date_after_a_preposition_left_bare_is_its_object() -> None:
    # The parse makes the spelled-out year the name's numbers and leaves "In" bare.
    text = (
        "In nineteen ninety-one Charles Keating was convicted in state court of helping "
        "to defraud thousands of investors."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(1998, 1, 15))
    [row] = brief.timeline
    assert row.date.value == "1991" and row.event.startswith("In nineteen ninety-one")


def test_a_possessive_date_is_not_the_prepositions_object() -> None:
    # "last year's" tells the noun after it, the preposition's object: the row's
    # date is read through that noun, and so inferred.
    text = "After last year's disaster Ricciardo is looking to make things right."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 25))
    [row] = brief.timeline
    assert row.date.value == "2014" and row.certainty == "approximate"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("It's a model that has worked for Adele Berne and Mike Kuhle, who launched the "
         "e-commerce arm of their New York storefront, Epaulet, in 2008 with a shirt.",
         "Adele Berne and Mike Kuhle, who launched the e-commerce arm of their New York "
         "storefront, Epaulet"),
        # An aside in parentheses between the clause and its date.
        ("Malik, 22, has been part of the very popular British boy band since it was "
         "formed (at the urging of Simon Cowell, according to some stories) in 2010 after "
         "members auditioned separately.",
         "it was formed"),
    ],
)  # fmt: skip
def test_a_finished_time_after_a_past_clause_is_not_the_perfects(text: str, row: str) -> None:
    rows = rows_of(text)
    assert rows == [row]


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        # A finished time goes to the past clause; one that reaches up to now is
        # the perfect's own.
        ("in 2008", "founded"),
        ("in the past year", "risen"),
        ("this year", "risen"),
        ("in the past two years", "risen"),
    ],
)
def test_only_a_finished_time_leaves_the_perfect(nlp: Language, phrase: str, head: str) -> None:
    text = f"Sales have risen at the chain, which he founded, {phrase}."
    doc = nlp(text)
    date = phrase.removeprefix("in ")
    start = text.index(date)
    span = doc.char_span(start, start + len(date))
    assert span is not None
    hang_from_closing_clause(span)
    top = span.root.head if span.root.head.dep_ == "prep" else span.root
    assert top.head.text == head
