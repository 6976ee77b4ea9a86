"""Who a description is: a role noun's person, the one person named just before."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import said


def test_the_minister_is_not_the_prime_minister(quotes_of: Any) -> None:
    text = (
        "Foreign Affairs Minister Chrystia Freeland says Canada has asked China for "
        "clemency.\n\n"
        "China shot back at Prime Minister Justin Trudeau earlier on Tuesday.\n\n"
        "Robert Lloyd Schellenberg was sentenced to die on Monday.\n\n"
        '"It is important to remember that we are talking about a human being," the '
        "minister said.\n"
    )
    assert said(quotes_of(text), "talking about a human being") == "Chrystia Freeland"


def test_the_prime_minister_is_the_prime_minister(quotes_of: Any) -> None:
    text = (
        "Foreign Affairs Minister Chrystia Freeland spoke in Quebec on Tuesday.\n\n"
        "China shot back at Prime Minister Justin Trudeau earlier on Tuesday.\n\n"
        "Robert Lloyd Schellenberg was sentenced to die on Monday.\n\n"
        '"It is important to remember that we are talking about a human being," the '
        "prime minister said.\n"
    )
    assert said(quotes_of(text), "talking about a human being") == "Justin Trudeau"


def test_a_role_given_to_the_person_named_introduces_nobody_unnamed(quotes_of: Any) -> None:
    text = (
        "Justin Trudeau says he is concerned about cuts to schools as Canada's prime "
        "minister and as a father.\n\n"
        "Trudeau made the comments at a town hall meeting on Thursday night. The prime "
        'minister said the cuts were "deeply concerning to families across the province."\n'
    )
    assert said(quotes_of(text), "deeply concerning") == "Justin Trudeau"


def test_a_plural_noun_beside_a_name_is_no_role_of_that_person(quotes_of: Any) -> None:
    # "officials" after "the arrest of Meng," is the subject of "gave", not Meng's role.
    text = (
        "Last month, following the arrest of Meng Wanzhou, officials in Canada's "
        "justice department gave a background briefing to journalists.\n\n"
        "The official told reporters more than 90 per cent of U.S. extraditions go "
        "through.\n"
    )
    assert said(quotes_of(text), "90 per cent") == "The official"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # A bare noun may be anyone: the source is not the pilot just named.
        (
            "Andreas Lubitz had been treated for depression. He flew often.\n\n"
            'While flying was "a big part of his life," the source said, it is one theory.',
            "a big part of his life",
            "the source",
        ),
        # ... or no one: an organization, or a noun the parse made a speaker.
        (
            'The BBC has suspended Jeremy Clarkson, the host of "Top Gear," following "a '
            'fracas with a producer," the broadcaster said in a statement.',
            "The BBC has suspended Jeremy Clarkson",
            "the broadcaster",
        ),
        # One with a name after it is someone new, not the person just named.
        (
            "The bodies of the victims were met in Rome by Prime Minister Matteo Renzi, who "
            "paid his respects.\n\n"
            "Eleven people remained in hospital, the official at the Tunis Crisis Center said.",
            "Eleven people remained in hospital",
            "the official at the Tunis Crisis Center",
        ),
    ],
)
def test_a_noun_that_says_too_little_of_someone_means_no_one_named(
    quotes_of: Any, text: str, words: str, speaker: str
) -> None:
    assert said(quotes_of(text), words) == speaker


def test_a_number_after_of_describes_the_one_named(quotes_of: Any) -> None:
    text = (
        "Mike Knox has lived in Ferguson for 20 years.\n\n"
        "The father of four said he had been pulled over many times."
    )
    assert said(quotes_of(text), "pulled over") == "Mike Knox"
