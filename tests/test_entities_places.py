"""Known places by the gazetteer, in capitals as a dateline writes them too."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import one
from newsbrief.entities.places import in_capitals, place_name


@pytest.mark.parametrize(
    ("form", "written"),
    [("OTTAWA", "Ottawa"), ("KUALA LUMPUR", "Kuala Lumpur"), ("ROME", "Rome"), ("IRAQ", "Iraq")],
)
def test_a_known_place_in_capitals_is_that_place(form: str, written: str) -> None:
    assert in_capitals(form) == written
    assert place_name([form]) == "GPE"


@pytest.mark.parametrize("form", ["UK", "USSR", "NATO", "SNC", "Ottawa", "ACME CORP"])
def test_acronyms_and_other_forms_are_left_as_written(form: str) -> None:
    assert in_capitals(form) is None


def test_a_datelines_city_in_capitals_is_a_place(entities_of: Any) -> None:
    # The recognizer called "OTTAWA" an organization.
    text = (
        "OTTAWA — Prime Minister Justin Trudeau is under siege over an allegation his "
        "office attempted to interfere in a criminal case against an engineering firm."
    )
    ottawa = one(entities_of(text), "Ottawa")
    assert ottawa.label == "GPE"
    assert ottawa.aliases == []  # "OTTAWA" is the same name


def test_a_place_is_named_and_aliased_as_written_outside_the_dateline(
    entities_of: Any,
) -> None:
    text = (
        "FLINT, Mich. — Residents lined up for bottled water again on Tuesday.\n\n"
        "Officials in Flint, Mich., said the pipes would be replaced. Flint has waited "
        "two years."
    )
    flint = one(entities_of(text), "Flint, Mich.")
    assert flint.aliases == ["Flint"]
