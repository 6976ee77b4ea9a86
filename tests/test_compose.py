"""Composing a brief: one article through every stage, and the entry point that
refuses empty articles, loads the model and keeps spaCy's memory in bounds."""

from __future__ import annotations

import pytest

from newsbrief.brief import Brief
from newsbrief.compose import brief_article
from newsbrief.errors import InputError
from newsbrief.read import Article


def test_an_empty_article_is_refused_naming_it() -> None:
    with pytest.raises(InputError) as err:
        brief_article(Article(" \n\t ", None), "story.txt")
    assert err.value.code == "empty"
    assert err.value.message == "story.txt: is empty (nothing but whitespace)"


def test_a_brief_holds_plain_data_only(brief_of) -> None:  # type: ignore[no-untyped-def]
    """Briefing runs in a spaCy memory zone: nothing of spaCy's may outlive it."""
    import dataclasses
    import datetime as dt

    def walk(node: object) -> None:
        if dataclasses.is_dataclass(node):
            for f in dataclasses.fields(node):
                walk(getattr(node, f.name))
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        else:
            assert node is None or type(node) in (str, int, float, bool, dt.date), type(node)

    walk(brief_of("takaichi-visit.txt"))


def test_words_of_an_article_leave_the_vocabulary_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """A long run's memory does not grow with every new word it meets."""
    word = "Zorblaxianville"
    text = f"Officials in {word} said on Friday that the {word} bridge would reopen."
    result = brief_article(Article(text, None), "the text")
    assert isinstance(result, Brief)
    assert word not in nlp.vocab.strings
