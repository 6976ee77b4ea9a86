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
