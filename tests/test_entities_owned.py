"""People the recognizer cuts apart: after an owner's possessive, or with a nickname."""

from __future__ import annotations

from typing import Any

import pytest

import newsbrief
from extract_support import names_of, one


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_person_after_an_organizations_possessive_is_found(
    entities_of: Any, apostrophe: str
) -> None:
    # With the ASCII apostrophe the recognizer stops at "Golf Channel's".
    text = (
        "The decision had been in the works for a long time, Davis told reporters.\n\n"
        f"Davis later spoke to Golf Channel{apostrophe}s Jaime Diaz about the course.\n"
    )
    people = names_of(entities_of(text), "PERSON")
    assert "Jaime Diaz" in people
    assert "Golf Channel" in {e.name for e in entities_of(text) if e.label == "ORG"}


def test_words_after_a_possessive_that_name_no_person_stay_out(entities_of: Any) -> None:
    text = "Shares of Apple's Beats Music rose on Monday, analysts said.\n"
    assert not any(e.label == "PERSON" and "Beats" in e.name for e in entities_of(text))


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ('Pilot Chesley "Sully" Sullenberger landed the plane. Sullenberger said it was '
         "fine.", 'Chesley "Sully" Sullenberger', "Sullenberger"),
        ("Reality star Mike 'Sugar Bear' Thompson has filed a report. Thompson said it "
         "was a shock.", "Mike 'Sugar Bear' Thompson", "Thompson"),
    ],
)  # fmt: skip
def test_a_name_with_a_nickname_in_quotes_names_one_person(
    entities_of: Any, text: str, name: str, alias: str
) -> None:
    person = one(entities_of(text), name)
    assert person.label == "PERSON" and alias in person.aliases


def test_a_statement_goes_to_the_nicknamed_brother_who_made_it() -> None:
    # Without the whole name, "Thompson" was the brother named first.
    text = (
        "Mama June and Billy Thompson were seen together on Saturday. Billy Thompson "
        "has not been heard from since.\n\n"
        "His brother Lee 'Uncle Poodle' Thompson claimed in December that the two had "
        "an affair.\n"
    )
    brief = newsbrief.extract(text)
    said = [q for q in brief.quotes if "affair" in q.text]
    assert said and said[0].speaker == "Lee 'Uncle Poodle' Thompson"


def test_a_quoted_title_between_capitals_is_no_nickname(entities_of: Any) -> None:
    text = "Why 'Pretty Woman' Should Be Seen Again. The film opens on Friday.\n"
    assert not any(e.label == "PERSON" for e in entities_of(text))


def test_an_initial_before_a_nickname_is_no_given_name(entities_of: Any) -> None:
    text = 'Rep. Robert C. "Bobby" Scott spoke on Monday. Scott said the bill would pass.\n'
    assert not any(e.name.startswith("C.") for e in entities_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aden was where President Abdu Rabu Mansour Hadi had moved because of the rebel "
         "advance.",
         "Abdu Rabu Mansour Hadi"),
        ("Kyhesha-Lee was in the care of her father Matthew Lee Williamson and Christopher "
         "Arthur Neville Kent who have both been charged. Kent, 46, was granted bail.",
         "Christopher Arthur Neville Kent"),
    ],
)  # fmt: skip
def test_a_long_name_cut_in_two_is_one_person(entities_of: Any, text: str, name: str) -> None:
    people = {e.name for e in entities_of("Yemen\n\n" + text + "\n") if e.label == "PERSON"}
    assert name in people
    assert not any(p != name and p in name for p in people)  # no piece of it apart


@pytest.mark.parametrize(
    "text",
    [
        # A title ends the first name, a possessive the person's.
        "Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be "
        "released but said the question is the timing.\n",
        "It was the first time since the late Joan Rivers' Fox Network effort in 1987.\n",
    ],
)
def test_names_that_touch_across_a_title_or_a_possessive_stay_apart(
    entities_of: Any, text: str
) -> None:
    assert not any(
        ("Jennifer" in e.name and "Charlotte" in e.name)
        or ("Network" in e.name and "Rivers" in e.name)
        for e in entities_of(text)
    )
