"""Whom a he or she means: the person found speaking first, and nobody named when
the last speaker was left unnamed."""

from __future__ import annotations

from typing import Any

from extract_support import said

# The recognizer may leave the uncle's first name out of his name.
ABELD = ("Abeld Malik Labidi", "Malik Labidi")

UNCLE = (
    "Tunisian officials said two gunmen were killed at the museum on Wednesday.\n\n"
    "An uncle of Yassine Labidi, Abeld Malik Labidi, told CNN on Friday that no one he "
    "knew had seen any signs of extremism in his 26-year-old nephew.\n\n"
    "But he said Yassine Labidi was one of the two gunmen killed at the museum.\n\n"
    '"It\'s true that Yassine carried out this terrorist attack, he was killed," he said.\n\n'
)


def test_a_name_in_apposition_after_of_names_the_noun(quotes_of: Any) -> None:
    quotes = quotes_of(UNCLE)
    assert said(quotes, "no one he knew") in ABELD


def test_he_means_the_person_found_speaking_not_the_one_spoken_of(quotes_of: Any) -> None:
    quotes = quotes_of(UNCLE)
    assert said(quotes, "one of the two gunmen") in ABELD
    assert said(quotes, "carried out this terrorist attack") in ABELD


def test_he_after_an_unnamed_relative_is_not_the_relative_named(quotes_of: Any) -> None:
    text = UNCLE + (
        "A cousin of Yassine, who asked not to be named, told CNN that the family was "
        "shocked by what had happened.\n\n"
        '"We are all shocked, we lost someone even if what he did was wrong," he said.\n\n'
        "Karim Haddad, a student, said he had known the family for years, including "
        "Yassine.\n"
    )
    assert said(quotes_of(text), "We are all shocked") != "Yassine Labidi"


def test_he_may_be_a_person_named_among_an_unnamed_group(quotes_of: Any) -> None:
    text = (
        "The foundation hands out $900,000 to students every year.\n\n"
        "A few students, including Victoria Arild from Menlo College, said they hadn't "
        "heard of the controversies.\n\n"
        '"I am here because my college, I had the privilege of them funding me," she said.\n'
    )
    assert said(quotes_of(text), "the privilege of them") == "Victoria Arild"


def test_she_far_back_is_the_one_woman_named_when_only_men_came_since(quotes_of: Any) -> None:
    text = (
        "Wendy Golden lives in a small bungalow with her two dogs.\n\n"
        "There are no photos of her son Kody on the walls. He died in 2015.\n\n"
        "The dogs sleep by the door. The house is quiet. The street is quieter.\n\n"
        "Reporter Richard Cuthbertson tells us about the drugs. He has covered them "
        "for years. He says they are everywhere.\n\n"
        "The drugs had been bought in one province. The death was in another.\n\n"
        "Then there was the question of whether charges could be laid.\n\n"
        '"That\'s why I chose to fight to have something done," she says.\n'
    )
    assert said(quotes_of(text), "That's why I chose") == "Wendy Golden"


def test_she_far_back_is_nobody_when_another_woman_came_since(quotes_of: Any) -> None:
    text = (
        "Wendy Golden lives in a small bungalow with her two dogs.\n\n"
        "There are no photos of her son Kody on the walls. He died in 2015.\n\n"
        "The dogs sleep by the door. The house is quiet. The street is quieter.\n\n"
        "Reporter Anna Cuthbertson tells us about the drugs. She has covered them "
        "for years. She says they are everywhere.\n\n"
        "The drugs had been bought in one province. The death was in another.\n\n"
        "Then there was the question of whether charges could be laid.\n\n"
        "The court sat for a week. Nobody came.\n\n"
        '"That\'s why I chose to fight to have something done," she says.\n'
    )
    assert said(quotes_of(text), "That's why I chose") != "Wendy Golden"
