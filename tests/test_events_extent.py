"""How far a clause's row reaches (`events/extent.py` and the clauses it takes in)."""

from __future__ import annotations

import pytest

from support import rows_of


def test_a_clause_between_the_verb_and_its_date_stays_in_the_row() -> None:
    # Cut out, the relative clause ended the row at "a station", before its date.
    text = "Hadi took to the airwaves of Adan TV, a station he recently started, on Saturday."
    assert rows_of(text) == [
        "Hadi took to the airwaves of Adan TV, a station he recently started, on Saturday"
    ]


def test_a_clause_after_a_verb_in_the_present_is_not_bridged_to_the_date() -> None:
    # The date is more likely the clause's own (the bombings'), which the row then
    # leaves out rather than date it by the heading of a team.
    text = (
        "White heads a team that is investigating the bombings which killed 224 "
        "people, on Aug. 7, 1998."
    )
    assert rows_of(text) == ["White heads a team"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Leaders have come out against his speech to Congress, set for Tuesday.",
            "his speech to Congress, set for Tuesday",
        ),
        (
            "The academy will display the ship in its museum of movie history, "
            "scheduled to open in 2017 in Los Angeles.",
            "its museum of movie history, scheduled to open in 2017 in Los Angeles",
        ),
        (
            "A team will work six days a week on the project, expected to finish in "
            "September this year.",
            "the project, expected to finish in September this year",
        ),
    ],
)
def test_a_plan_told_after_a_noun_is_the_nouns_row(text: str, row: str) -> None:
    # The parse made the participle a clause of the main verb: the row was a bare
    # "set for Tuesday", and its doer the main verb's subject.
    assert rows_of(text) == [row]


def test_a_plan_after_a_place_is_left_to_the_subject() -> None:
    text = "The president arrived in Washington, expected to meet the senators on Tuesday."
    assert all(not row.startswith("Washington") for row in rows_of(text))


def test_an_adjective_in_a_nouns_place_is_the_noun_a_participle_describes() -> None:
    # "autopsy" tagged an adjective: the row was the bare "scheduled for Sunday".
    text = "Authorities are waiting on results from an autopsy, scheduled for Sunday."
    assert rows_of(text) == ["an autopsy, scheduled for Sunday"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # The deed an infinitive tells the outcome of is one event with it.
        ("Rafael Nadal eased past Nicolas Almagro 6-3 6-1 to reach the third round on "
         "Wednesday.",
         "Rafael Nadal eased past Nicolas Almagro 6-3 6-1 to reach the third round on "
         "Wednesday"),
        # Its word of time ("when") stays out.
        ("She was sitting at home when police arrived to arrest him Saturday afternoon.",
         "police arrived to arrest him Saturday afternoon"),
    ],
)  # fmt: skip
def test_an_infinitive_is_told_with_the_deed_it_is_the_outcome_of(text: str, row: str) -> None:
    # The row was "reach the third round on Wednesday".
    assert row in rows_of(text)


def test_a_deed_only_supposed_is_not_told_with_its_infinitive() -> None:
    text = (
        "She would have to have been blessed with the gift of clairvoyance to know back "
        "in 2009 that there would be controversy."
    )
    assert not any(row.startswith("She would") for row in rows_of(text))


def test_what_a_verb_calls_for_is_told_with_it() -> None:
    # The parse makes "for" the mark of a clause of its own: the row was "In
    # December, Crump called".
    text = "In December, Crump called for Loehmann and Garmback to be charged."
    assert rows_of(text) == ["In December, Crump called for Loehmann and Garmback to be charged"]


def test_a_subject_the_parse_split_in_two_is_told_whole() -> None:
    # "a share" was parsed as a second subject of "drew": the row was "a share drew
    # a securities fraud charge".
    text = (
        "Musk's tweet the previous month that he had secured financing to take Tesla "
        "private at $420 (U.S.) a share drew a securities fraud charge from the commission."
    )
    (row,) = rows_of(text)
    assert row.startswith("Musk's tweet the previous month")
