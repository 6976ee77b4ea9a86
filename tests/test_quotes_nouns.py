"""Whom a noun names in its own phrase: a document's issuer."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.quotes.nouns import document_owner


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("The ministry's statement said talks failed.", "ministry"),
        ("A statement from the union said talks failed.", "union"),
        ("A statement issued Tuesday by the ministry said talks failed.", "ministry"),
        ("Talks failed, said a report published by the agency.", "agency"),
        # Who has a document is not whose it is.
        ("A memo obtained by the newspaper said talks failed.", None),
        ("Thursday's statement said talks failed.", None),
    ],
)
def test_a_documents_issuer_in_its_own_phrase(nlp: Any, sentence: str, owner: str | None) -> None:
    doc = nlp(sentence)
    noun = next(t for t in doc if t.lower_ in ("statement", "report", "memo"))
    found = document_owner(noun)
    assert (found.text if found is not None else None) == owner


def test_an_organization_named_before_a_thing_s_noun_speaks(quotes_of: Any) -> None:
    # "the Chatham House think tank" was read as a description of the last person.
    text = (
        '"A massive cordon has commenced," Colonel Ade Bankole said.\n\n'
        'The rebels declared their own "caliphate" after seizing the town in August, '
        "according to the Chatham House think tank.\n\n"
        'Reporters at the BBC said "nothing moved" in the town. The BBC reporter said '
        '"it was empty" by noon.'
    )
    found = {q.text[:12]: q.speaker for q in quotes_of(text)}
    assert found["The rebels d"] == "Chatham House"
    assert found["it was empty"] != "BBC"  # a reporter is a person


def test_a_party_named_before_a_government_does_not_speak_for_it(quotes_of: Any) -> None:
    text = (
        "The province's Progressive Conservative government said the Games could prove "
        "too expensive for the province."
    )
    assert [q.speaker for q in quotes_of(text)] != ["Progressive Conservative"]
