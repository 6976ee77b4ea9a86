"""People named by part of a longer name: one person each."""

from __future__ import annotations

from typing import Any

from extract_support import named, one


def test_a_name_without_its_middle_name_is_the_same_person(entities_of: Any) -> None:
    text = (
        "Jason Marcel LeBlanc was found in his cell on a Sunday morning.\n\n"
        "Ernie LeBlanc, father of Jason LeBlanc, says his son struggled for years.\n\n"
        "Ernie LeBlanc said the family wants answers."
    )
    people = entities_of(text)
    jason = one(people, "Jason Marcel LeBlanc")
    assert "Jason LeBlanc" in jason.aliases
    assert one(people, "Ernie LeBlanc") is not jason  # never two people with one surname


def test_a_compound_surname_alone_is_the_same_person(entities_of: Any) -> None:
    text = (
        "The candidate is former Olympic kayaker Adam van Koeverden, who lives in town.\n\n"
        "Van Koeverden will face the incumbent in the autumn.\n\n"
        "The design is by Lorena Paz Akin, an architect. The goal was comfort, says Paz Akin."
    )
    people = entities_of(text)
    assert "Van Koeverden" in one(people, "Adam van Koeverden").aliases
    assert "Paz Akin" in one(people, "Lorena Paz Akin").aliases


def test_a_korean_family_name_alone_goes_to_the_person_the_story_is_about(
    entities_of: Any,
) -> None:
    text = (
        "North Korean leader Kim Jong-un arrived in Beijing on Tuesday with senior "
        "officials, including Kim Yong-chol, a negotiator.\n\n"
        "Kim Jong-un met the Chinese president. Kim said he hoped for a second summit."
    )
    people = entities_of(text)
    leader = one(people, "Kim Jong-un")
    assert "Kim" in leader.aliases
    assert not named(people, "Kim") or named(people, "Kim") == [leader]


def test_a_nickname_is_a_word_of_the_name_and_alone_names_its_person(entities_of: Any) -> None:
    text = (
        "Reality star Mike 'Sugar Bear' Thompson has filed a report. Sugar Bear said "
        "his brother was missing.\n\n"
        'The wrestler Pedro "Perro" Aguayo died on Saturday. Perro Aguayo was 35.\n'
    )
    entities = entities_of(text)
    mike = one(entities, "Mike 'Sugar Bear' Thompson")
    assert "Sugar Bear" in mike.aliases
    assert "Perro Aguayo" in one(entities, 'Pedro "Perro" Aguayo').aliases


def test_a_middle_name_with_the_surname_is_another_person(entities_of: Any) -> None:
    # The son's name holds his father's given name: "Said Musallam, his father"
    # was taken for the son, and so was every quote the father gave.
    text = (
        "The man, Mohamed Said Ismail Musallam, is 19.\n\n"
        '"Mohamed told me that ISIS took him," according to Said Musallam, his father.'
    )
    people = entities_of(text)
    son = one(people, "Mohamed Said Ismail Musallam")
    assert "Said Musallam" not in son.aliases
    assert one(people, "Said Musallam") is not son
