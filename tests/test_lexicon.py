"""The shared word tables: inflected speech verbs."""

from __future__ import annotations

import re

import pytest

from newsbrief.lexicon import SPEECH_VERB_FORMS, SPEECH_VERBS
from newsbrief.lexicon.speech import inflections


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", ("said", "says")),
        ("tell", ("told", "tells")),
        ("write", ("wrote", "writes")),
        ("reply", ("replied", "replies")),
        ("stress", ("stressed", "stresses")),
        ("quip", ("quipped", "quips")),
        ("vow", ("vowed", "vows")),
        ("declare", ("declared", "declares")),
    ],
)
def test_inflections(lemma: str, forms: tuple[str, str]) -> None:
    assert inflections(lemma) == forms


def test_every_speech_verb_has_its_forms_in_the_surface_pattern() -> None:
    pattern = re.compile(rf"(?:{SPEECH_VERB_FORMS})$")
    for lemma in SPEECH_VERBS:
        for form in inflections(lemma):
            assert pattern.match(form), form
