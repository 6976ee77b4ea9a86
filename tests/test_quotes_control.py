"""Who speaks with an infinitive of saying a verb of making or asking governs."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The scandal forced Senator Ann Liddell to tell reporters: "I will not resign."',
            "Ann Liddell",
        ),
        ('The ruling led Governor Tom Wexley to say: "This is a sad day."', "Tom Wexley"),
        # The parse hangs the infinitive from the clause above the relative one.
        (
            "Morel had fainting spells in France, which prompted the president of his "
            "former club, Jean-Luc Varenne of Lyon, to tell French television in 2009: "
            '"We can\'t not be worried, it scares you each time."',
            "Jean-Luc Varenne",
        ),
    ],
)
def test_one_made_to_speak_is_the_speaker_not_what_made_him(
    quotes_of: Any, text: str, speaker: str
) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


def test_a_conjunct_of_another_form_is_not_made_to_speak(quotes_of: Any) -> None:
    # The parse joins "vowing" to "show", which "asking the court to" governs.
    text = (
        "Court documents include letters the family wrote, asking the court to show "
        "mercy and vowing that the teen would never repeat his mistake."
    )
    assert [q.speaker for q in quotes_of(text) if "repeat" in q.text] in ([], [None])
