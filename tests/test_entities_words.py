"""Common English words from the model's lemmatizer tables."""

from __future__ import annotations

from typing import Any

from newsbrief.entities.words import english_words


def test_common_words_come_from_the_model_lemmatizer(nlp: Any) -> None:
    words = english_words(nlp)
    assert words.inflected("anticipated")
    assert words.inflected("rising")
    assert not words.inflected("mark")
    assert not words.inflected("daniel")
    assert words.known("young")
    assert not english_words(None).known("young")
