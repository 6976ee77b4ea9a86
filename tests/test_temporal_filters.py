"""The filters: matches that the parse shows are not temporal are dropped."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from newsbrief.blocks import split_blocks
from newsbrief.nlp import annotate, load_model, resolve_model_name
from newsbrief.temporal.extract import Found, found_in
from newsbrief.temporal.rules import EXAMPLE_REFERENCE

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model(resolve_model_name(None))


def found(nlp: Language, text: str, reference: dt.date | None = EXAMPLE_REFERENCE) -> list[Found]:
    return list(found_in(annotate(nlp, text, split_blocks(text)), reference))


def values(
    nlp: Language, text: str, reference: dt.date | None = EXAMPLE_REFERENCE
) -> dict[str, str]:
    return {f.date.text: f.date.value for f in found(nlp, text, reference)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors may sell the shares.",
        "The army sent 2000 soldiers to the border.",
        "Prices fall when supply rises.",
        "A 6-year-old boy was rescued.",
        "Iraq imports three-quarters of its food.",
        "That is very important to the future of our peoples.",
        'He said it on ABC News\' "This Week" program.',
        'Baker said on "This Week With David Brinkley" that talks failed.',
        "The story ran in USA Today.",
        "Return the boy as soon as they can.",
        "He ran for a second term.",
    ],
)
def test_filters_drop_non_temporal_matches(nlp: Language, sentence: str) -> None:
    assert values(nlp, sentence) == {}


def test_impossible_days_are_not_dates(nlp: Language) -> None:
    assert values(nlp, "The filing is dated 2013-02-30 and Feb. 30, 2013.") == {}
