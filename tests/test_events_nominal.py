"""Events a noun tells, dated by a date in its own phrase."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REF = dt.date(1998, 3, 6)


def _rows(text: str) -> list[tuple[str, str]]:
    brief = newsbrief.extract(text, reference_date=REF)
    return [(r.event, r.date.value) for r in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "This new settlement replaces the 1991 agreement between the two companies.",
            ("the 1991 agreement between the two companies", "1991"),
        ),
        (
            "The sanctions imposed on Iraq after its 1990 invasion of Kuwait remain.",
            ("its 1990 invasion of Kuwait", "1990"),
        ),
        (
            "Gaps remain before next week's talks in London.",
            ("next week's talks in London", "1998-W11"),
        ),
        # A result reported for a time after it: the row of "compared with" leaves it out.
        (
            "Aetna posted earnings of $24 million, compared with a loss of $3 million last year.",
            ("a loss of $3 million last year", "1997"),
        ),
        # What completes the noun is part of its row.
        (
            "The deal replaces the 1991 agreement to share the river's water.",
            ("the 1991 agreement to share the river's water", "1991"),
        ),
        # Killings and the like are events.
        (
            "Knox was acquitted of the 2007 murder of Meredith Kercher.",
            ("the 2007 murder of Meredith Kercher", "2007"),
        ),
    ],
)
def test_a_dated_event_noun_is_a_row(text: str, row: tuple[str, str]) -> None:
    assert row in _rows(text)


def test_a_clause_of_a_dated_event_noun_takes_its_date() -> None:
    text = "Inspectors went in as laid out by the 1998 accord signed by Annan and Aziz."
    brief = newsbrief.extract(text, reference_date=REF)
    rows = [r for r in brief.timeline if "signed by Annan" in r.event]
    assert rows and rows[0].date.value == "1998" and rows[0].certainty == "approximate"


@pytest.mark.parametrize(
    "text",
    [
        # A noun of no happening, and an amount.
        "He was a member of the 1953 team.",
        "The company reported fiscal 1989 sales of $155 million.",
        # A time of day tells a kind; a likeness and a bound are no time of the noun.
        "London shares were depressed by overnight losses in New York.",
        "Customers were warned of outages like Friday's.",
        "The airline has suspended its flights between Australia and India by August.",
        # A commemoration of a day named by its date, held on another; an era.
        "She nearly collapsed outside of a 9/11 memorial ceremony in lower Manhattan.",
        "He promised to wind down America's post-9/11 wars.",
        # The source a clause cites.
        "The union will represent the servers, according to the union's Friday release.",
    ],
)
def test_a_dated_noun_of_no_event_is_no_row(text: str) -> None:
    assert _rows(text) == []


def test_a_date_with_a_noun_before_the_event_noun_is_approximate() -> None:
    text = "Clinton aides weighed her expected 2016 presidential campaign announcement."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 15))
    rows = [row for row in brief.timeline if "announcement" in row.event]
    assert rows and all(r.certainty == "approximate" and r.inferred == "clause" for r in rows)
    brief = newsbrief.extract("It replaced the 1991 agreement.", reference_date=REF)
    assert [r.certainty for r in brief.timeline if "agreement" in r.event] == ["exact"]


def test_nouns_joined_with_dates_of_their_own_are_rows_of_their_own() -> None:
    """ "the 2016 election and the poisoning in March of a spy" tells two events,
    each of its own time: neither row holds the other, nor takes its date."""
    text = (
        "The U.S. and the European Union sanctions came in response to Russia's 2014 "
        "annexation of Crimea, its support for separatist rebels in eastern Ukraine, "
        "Moscow's meddling in the 2016 U.S. presidential election and the nerve-agent "
        "poisoning in March of a former Russian spy in Britain."
    )
    rows = newsbrief.extract(text, reference_date=dt.date(2018, 12, 30)).timeline
    assert sorted((r.event, r.date.value) for r in rows) == [
        ("Russia's 2014 annexation of Crimea", "2014"),
        ("the 2016 U.S. presidential election", "2016"),
        ("the nerve-agent poisoning in March of a former Russian spy in Britain", "2018-03"),
    ]  # fmt: skip


def test_a_date_of_a_joined_noun_dates_not_the_first() -> None:
    """In "his 1998 gubernatorial election, and 2002 re-election" the parse splits
    "re-election" and joins its "re" to the election: 2002 is no date of that."""
    text = (
        "In his 1998 gubernatorial election, and 2002 re-election, Bush received over "
        "60 percent of the Latino vote."
    )
    rows = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1)).timeline
    assert ("his 1998 gubernatorial election", "1998") in [(r.event, r.date.value) for r in rows]
    assert not [r.event for r in rows if r.date.value == "2002" and "1998" in r.event]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("It relates to an incident captured on camera, prior to Chelsea's match with "
         "Paris Saint-Germain last month.",
         "Chelsea's match with Paris Saint-Germain last month"),
        ("He won his 2012 primary battle in Texas.", "his 2012 primary battle in Texas"),
    ],
)  # fmt: skip
def test_a_match_or_a_battle_is_an_event_its_date_dates(sentence: str, row: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 4, 1))
    assert row in [t.event for t in brief.timeline]


def test_an_event_a_source_tells_of_is_a_row() -> None:
    text = "According to a police investigation of the 2014 shooting, the guard hid."
    assert ("the 2014 shooting", "2014") in _rows(text)
