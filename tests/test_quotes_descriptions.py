"""Who a description is: a role noun's person, the one person named just before."""

from __future__ import annotations

from typing import Any

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
