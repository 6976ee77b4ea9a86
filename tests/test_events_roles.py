"""A date of the role an apposition gives a person dates no clause."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REFERENCE = dt.date(2015, 3, 1)


def rows(text: str) -> list[tuple[str, str]]:
    brief = newsbrief.extract(text, reference_date=REFERENCE)
    return [(r.date.value, r.event) for r in brief.timeline]


@pytest.mark.parametrize(
    "text",
    [
        # The list was dated 1575, the year Ambrose Nicholas was mayor.
        "The list includes Ambrose Nicholas, the Lord Mayor of London in 1575.",
        "The museum holds letters by Jane Doe, the city's mayor in 1890.",
        "The plaque honors John Smith, the team captain in 2010.",
    ],
)
def test_the_year_of_a_persons_role_dates_no_clause(text: str) -> None:
    assert rows(text) == []


def test_a_date_of_the_clause_beside_a_role_still_dates_it() -> None:
    text = "The mayor in 2010, John Smith, resigned in 2012."
    assert rows(text) == [("2012", "The mayor in 2010, John Smith, resigned in 2012")]
    text = "John Smith, the team captain in 2010, scored twice on Monday."
    assert rows(text) == [
        ("2015-02-23", "John Smith, the team captain in 2010, scored twice on Monday")
    ]
    # A clause within the role's words has a time of its own.
    text = "The plaque honors John Smith, the mayor of the town where he was born in 1890."
    assert [value for value, _ in rows(text)] == ["1890"]


def test_a_name_beside_a_name_is_no_role() -> None:
    # "Warwick" taken for a person: its police department is no role of his.
    text = (
        "An ATM surveillance photo -- released by the Warwick, Rhode Island, Police "
        "Department in late October -- depicts an unidentified woman, the agent said."
    )
    assert [value for value, _ in rows(text)] == ["2014-10"]
