"""The frame of reported speech: when and in what it was said is not what was said."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.quotes.frames import is_frame
from support import INTRO, one


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Okafor said on Monday the commission would close its office.", "the commission"),
        ("Okafor said Tuesday the commission would close its office.", "the commission"),
        ("Okafor said late Sunday the commission would close its office.", "the commission"),
        ("Okafor said last week the commission would close its office.", "the commission"),
        ("Okafor said earlier this month the commission would close its office.", "the"),
        ("Okafor told reporters Thursday the commission would close its office.", "the"),
        ("Okafor said at a news conference on Friday the commission would close.", "the"),
        ("Okafor said in a statement Monday the commission would close its office.", "the"),
    ],
)
def test_the_day_and_medium_of_a_saying_are_not_what_was_said(
    quotes_of: Any, sentence: str, content: str
) -> None:
    text = INTRO + sentence
    q = one(quotes_of(text), "close")
    assert q.text.startswith(content), q.text
    assert q.text == text[q.start : q.end]
    assert q.speaker == "Maria Okafor"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # A date of what was said, before the verb.
        ("On Sunday, the commission closed its office, Okafor said.", "On Sunday"),
    ],
)
def test_dates_and_places_of_what_was_said_stay_in_it(
    quotes_of: Any, sentence: str, content: str
) -> None:
    q = one(quotes_of(INTRO + sentence), "close")
    assert q.text.startswith(content), q.text


def test_a_partial_quote_after_the_day_it_was_said(quotes_of: Any) -> None:
    text = INTRO + (
        'Okafor said Monday she was very concerned to see Ottawa "acting arbitrarily" by '
        "closing the office."
    )
    q = one(quotes_of(text), "acting arbitrarily")
    assert q.kind == "mixed"
    assert q.text.startswith("she was very concerned")
    assert q.text == text[q.start : q.end]


@pytest.mark.parametrize(
    ("sentence", "word", "frame"),
    [
        ("The firm said next week it would close.", "week", False),
        ("The firm said last week it would close.", "week", True),
        ("The firm said in a statement it would close.", "in", True),
        ("The firm said in 2019 it would close.", "in", False),
        ("The firm said by Friday it would close.", "by", False),
        ("She says in her area the firm will close.", "in", False),
    ],
)
def test_which_phrases_date_a_saying(nlp: Any, sentence: str, word: str, frame: bool) -> None:
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert is_frame(tok) is frame
