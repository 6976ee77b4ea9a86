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


def test_a_link_line_prompts_to_another_story_or_a_video() -> None:
    from newsbrief.lexicon import LINK_LINE

    prompts = (
        "READ MORE: Ottawa limps on",
        "WATCH BELOW: A rally",
        "Watch: Who are the Houthis?",
        "Watch this: Banana fiber",
        "RELATED: FBI agents search office",
    )
    for line in prompts:
        assert LINK_LINE.match(line), line
    for line in ("Watchdogs said: no", "More: Liam Neeson says", "Watching: the crowd"):
        assert not LINK_LINE.match(line), line
