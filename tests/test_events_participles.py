"""Whom a participle opening its sentence is about: the subject after the comma."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

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
    ],
)
def test_a_fronted_participles_row_names_its_doer(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    assert row in [r.event for r in brief.timeline]


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
