"""The story's opening news, dated by the date the article prints for itself."""

from __future__ import annotations

import datetime as dt

import newsbrief
from newsbrief.brief import TimelineEntry

HEAD = "Airline cuts jobs\n\nMay 24, 2008\n\n"


def _lead(text: str, reference: dt.date | None = None) -> list[TimelineEntry]:
    brief = newsbrief.extract(text, reference_date=reference)
    return [t for t in brief.timeline if t.inferred == "lead"]


def test_a_present_perfect_lead_is_of_the_article_date() -> None:
    text = HEAD + "Skyways has announced 2,000 job cuts at its Dublin base. Unions were angry."
    rows = _lead(text)
    assert len(rows) == 1
    row = rows[0]
    assert row.date.value == "2008-05-24" and row.certainty == "approximate"
    assert row.event.startswith("Skyways has announced 2,000 job cuts")
    # The date points at the characters it was read from: the date line.
    assert text[row.date.start : row.date.end] == "May 24, 2008"


def test_a_present_progressive_lead_and_a_dateline() -> None:
    text = HEAD + "Apple is planning to sell feature films through its music store."
    assert [r.date.value for r in _lead(text)] == ["2008-05-24"]
    wire = (
        "Senate passes bill\n\nWASHINGTON, March 22, 2013 (AP) — The Senate has passed "
        "a bill that would require two-person crews on freight trains."
    )
    rows = _lead(wire)
    assert [r.date.value for r in rows] == ["2013-03-22"]
    assert rows[0].event.startswith("The Senate has passed a bill")


def test_only_the_first_sentence_is_the_lead() -> None:
    text = HEAD + "Unions were angry. Skyways has announced 2,000 job cuts."
    assert _lead(text) == []


def test_a_lead_in_the_past_a_state_or_a_denial_is_not_dated() -> None:
    for lead in (
        "Skyways announced 2,000 job cuts at its Dublin base.",  # may be the day before
        "Skyways has been a loss-maker for years.",
        "Skyways has not announced any job cuts.",
    ):
        assert _lead(HEAD + lead) == [], lead


def test_a_lead_that_names_a_time_keeps_its_own() -> None:
    assert _lead(HEAD + "Skyways has cut 2,000 jobs since January.") == []
    rows = newsbrief.extract(HEAD + "Skyways has announced on Friday that it will cut jobs.")
    assert not any(r.inferred == "lead" for r in rows.timeline)


def test_a_frame_whose_content_names_a_time_is_no_lead_row() -> None:
    # What was said has its own date and row; "Skyways has announced" alone tells nothing.
    text = HEAD + "Skyways has announced that it will close its Dublin base in 2010."
    assert _lead(text) == []


def test_without_a_date_the_article_prints_there_is_no_lead_row() -> None:
    text = "Airline cuts jobs\n\nSkyways has announced 2,000 job cuts at its Dublin base."
    assert _lead(text, reference=dt.date(2008, 5, 24)) == []


def test_the_lead_is_told_with_its_whole_subject() -> None:
    text = (
        HEAD + "Mark Papermaster, formerly an executive overseeing hardware engineering, "
        "is stepping down from his post."
    )
    (row,) = _lead(text)
    assert row.event.startswith("Mark Papermaster, formerly an executive overseeing")
