"""People named after their organization's possessive."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import names_of


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
