"""Verbs that tell no event of their own, only how the words around them are put."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsbrief.events.asides import as_one_put_it, opens_a_time
from support import rows_of

if TYPE_CHECKING:
    from spacy.language import Language


def test_as_one_called_it_is_no_row_of_its_own() -> None:
    text = (
        "Streams of the band's songs were up 330% Wednesday -- a spike of sadness, as "
        "the music service called it.\n"
    )
    rows = rows_of(text)
    assert not [r for r in rows if r.startswith("the music service")]
    assert [r for r in rows if r.startswith("Streams")]


@pytest.mark.parametrize(
    ("sentence", "verb", "aside"),
    [
        ("Sales were a disaster, as one analyst put it.", "put", True),
        ("It was a spike of sadness, as the service called it.", "called", True),
        ("As the officer called the station, the man fled.", "called", False),
        ("He called it a disaster.", "called", False),
    ],
)
def test_a_clause_of_as_one_put_it(nlp: Language, sentence: str, verb: str, aside: bool) -> None:
    (token,) = [t for t in nlp(sentence) if t.text == verb]
    assert as_one_put_it(token) is aside


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("The site will provide fact-checks starting at 9 p.m.", True),
        ("The tour is beginning with a trip to Manchester on Saturday.", False),
    ],
)
def test_a_participle_that_opens_a_time(nlp: Language, sentence: str, opens: bool) -> None:
    (token,) = [t for t in nlp(sentence) if t.lower_ in ("starting", "beginning")]
    assert opens_a_time(token) is opens
