"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.blocks import split_blocks
from newsbrief.brief import Brief, Entity, Quote
from newsbrief.compose import compose
from newsbrief.entities import find_entities
from newsbrief.nlp import Annotated, annotate, load_model, resolve_model_name
from newsbrief.quotes import Attributed, attribute
from newsbrief.read import Article, read_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# A user's own configuration file (`brief config`) must not change what the tests
# see; the tests of the file name theirs (subprocesses inherit this).
os.environ["BRIEF_CONFIG"] = str(Path(__file__).resolve().parent / "no-such-config.toml")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(resolve_model_name())


@pytest.fixture(scope="session")
def annotated_of(nlp) -> Callable[[str], Annotated]:  # type: ignore[no-untyped-def]
    """Blocks and spaCy annotation of literal text, cached per text."""
    cache: dict[str, Annotated] = {}

    def run(text: str) -> Annotated:
        if text not in cache:
            cache[text] = annotate(nlp, text, split_blocks(text))
        return cache[text]

    return run


@pytest.fixture(scope="session")
def brief_of(nlp) -> Callable[..., Brief]:  # type: ignore[no-untyped-def]
    """Brief of a sample (by file name) or of literal text, cached per arguments. A
    name of a sample that does not exist fails rather than being briefed as text."""
    cache: dict[tuple[str, dt.date | None, int | None], Brief] = {}

    def make(
        source: str, reference_date: dt.date | None = None, glance: int | None = None
    ) -> Brief:
        key = (source, reference_date, glance)
        if key not in cache:
            path = SAMPLES / source
            if path.suffix in (".txt", ".md") and not any(c.isspace() for c in source):
                if not path.is_file():
                    pytest.fail(f"no sample named {source!r} in {SAMPLES}")
                article = read_path(path)
            else:
                article = Article(source, None)
            cache[key] = compose(article, nlp, reference_date, glance)
        return cache[key]

    return make


@pytest.fixture(scope="session")
def entities_of(nlp, annotated_of) -> Callable[[str], list[Entity]]:  # type: ignore[no-untyped-def]
    """Entities of literal text, cached per text."""
    cache: dict[str, list[Entity]] = {}

    def run(text: str) -> list[Entity]:
        if text not in cache:
            cache[text] = find_entities(annotated_of(text), nlp)
        return cache[text]

    return run


@pytest.fixture(scope="session")
def attributed_of(  # type: ignore[no-untyped-def]
    annotated_of, entities_of
) -> Callable[[str], list[Attributed]]:
    """Quotes of literal text, each with the strategy that decided its speaker."""
    cache: dict[str, list[Attributed]] = {}

    def run(text: str) -> list[Attributed]:
        if text not in cache:
            cache[text] = attribute(annotated_of(text), entities_of(text))
        return cache[text]

    return run


@pytest.fixture(scope="session")
def quotes_of(attributed_of) -> Callable[[str], list[Quote]]:  # type: ignore[no-untyped-def]
    """Quotes of literal text, cached per text."""

    def run(text: str) -> list[Quote]:
        return [found.quote for found in attributed_of(text)]

    return run
