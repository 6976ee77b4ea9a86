"""A report's figures move on the day it told once, paragraphs before
(`moves.py`)."""

from __future__ import annotations

import datetime as dt

import newsbrief

REPORT = (
    "The Nasdaq Composite Index tumbled 5.39, or 1.2%, to 452.76 on Friday.\n\n"
    "Friday's trading volume totaled 132.8 million shares.\n\n"
    "LIN Broadcasting surged 4 5/8 to 112 5/8.\n\n"
    "Intel eased 1/8 to 31 7/8. The stock fell 7/8 Thursday amid concerns over the chip.\n\n"
    "Kirschner Medical fell 4 to 15.\n\n"
    "The company hired a new chief executive.\n"
)


def rows(text: str) -> dict[str, tuple[str, str, str | None]]:
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 10, 30))
    return {r.event: (r.date.value, r.certainty, r.inferred) for r in brief.timeline}


def test_a_figures_move_takes_the_day_of_the_report_paragraphs_later() -> None:
    found = rows(REPORT)
    for move in ("LIN Broadcasting surged 4 5/8 to 112 5/8", "Intel eased 1/8 to 31 7/8"):
        assert found[move] == ("1989-10-27", "approximate", "carried")
    # A move told of the day before looks back: the report's day stays Friday.
    assert found["Kirschner Medical fell 4 to 15"] == ("1989-10-27", "approximate", "carried")
    # What is no move of a figure is not carried so far.
    assert "The company hired a new chief executive" not in found


def test_a_move_is_carried_only_after_a_dated_move() -> None:
    text = "The chief executive resigned on Friday.\n\nLIN Broadcasting surged 4 5/8 to 112 5/8.\n"
    assert "LIN Broadcasting surged 4 5/8 to 112 5/8" not in rows(text)


def test_a_move_of_a_year_looks_back_and_dates_no_later_move() -> None:
    # A January report's daily moves were dated 2018, the year a stock "sank 25
    # per cent in".
    text = "The stock sank 25 per cent in 2018.\n\nJapan's Nikkei 225 index shed 0.1 per cent.\n"
    assert "Japan's Nikkei 225 index shed 0.1 per cent" not in rows(text)
