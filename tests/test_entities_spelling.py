"""A name misspelled once joins the name spelled right."""

from __future__ import annotations

from typing import Any

from extract_support import named, one
from newsbrief.entities.spelling import _misspelled


def test_one_slip_in_one_long_word_is_a_misspelling() -> None:
    assert _misspelled("Toyko", "Tokyo")  # two neighbouring letters swapped
    assert _misspelled("Studio Schickentanz", "Studio Schicketanz")  # one letter more
    assert not _misspelled("Olsen", "Olson")  # short words: two names
    assert not _misspelled("Carson", "Larson")  # another first letter
    assert not _misspelled("Mary Smith", "Marty Smithe")  # two words differ
    assert not _misspelled("Tokyo", "Tokyo")
    assert not _misspelled("German", "Germany")  # a letter more at the end: another word
    assert not _misspelled("Israeli", "Israel")


def test_a_misspelled_place_joins_the_place(entities_of: Any) -> None:
    text = (
        "The busiest airports included Dubai, Frankfurt and Tokyo.\n\n"
        "Toyko's second airport was fourth, with nearly 70 million passengers."
    )
    found = entities_of(text)
    tokyo = one(found, "Tokyo")
    assert tokyo.name == "Tokyo" and tokyo.label == "GPE"
    assert named(found, "Toyko") == [tokyo]
