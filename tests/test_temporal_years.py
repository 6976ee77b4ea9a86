"""The year a time of year named without one takes from a date before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from support import values

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A date set beside it says which it is.
        ("Profit fell last year, in October.", "October", "2012-10"),
        # A year opening the sentence: the sentence tells of that year.
        ("In 2002, she moved to Paris in March.", "March", "2002-03"),
        ("In 1984, there was a similar slow start through mid-March.", "mid-March", "1984-03"),
        ("In 2002, Barrientos wed Koridze on Valentine's Day.", "Valentine's Day", "2002-02-14"),
        # A year counted from the paper's opens it as well as a stated one.
        ("Next year, the company will open a plant in March.", "March", "2014-03"),
    ],
)
def test_a_time_of_year_takes_the_year_beside_or_opening_it(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        # A year further in, or in the sentence before: the March nearest the paper.
        "She died in 2002 and was honored in March.",
        "In 2002, she moved to Paris. In March, she left.",
    ],
)
def test_a_year_that_does_not_open_the_sentence_leaves_the_nearest(
    nlp: Language, text: str
) -> None:
    assert values(nlp, text)["March"] == "2013-03"
