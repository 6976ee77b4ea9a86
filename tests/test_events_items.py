"""Bullet and table-row events."""

from __future__ import annotations

import datetime as dt

import newsbrief


def test_summary_bullets_do_not_make_timeline_entries() -> None:
    text = (
        "At a Glance\n- The minister resigned on March 5, 2013.\n\nAnalysis\n\nVoters are angry.\n"
    )
    brief = newsbrief.extract(text)
    assert brief.timeline == []
    assert any(e.date is not None for e in brief.events)


def test_a_bullet_and_a_row_are_one_event_each_dated_by_their_label_or_date_cell() -> None:
    text = (
        "- March 4, 2013: Rebels seized the airport in Goma.\n\n"
        "| Date | Event |\n|---|---|\n| March 19, 2013 | Talks open in Kampala |\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 12))
    found = [(e.text, e.predicate, e.actors, e.date and e.date.value) for e in brief.events]
    # Goma and Kampala are where, not who: neither acts.
    assert found == [
        ("Rebels seized the airport in Goma", "seize", [], "2013-03-04"),
        ("Talks open in Kampala", "talk", [], "2013-03-19"),
    ]
    for event in brief.events:
        assert text[event.start : event.end] == event.text


def test_an_items_actors_are_who_acts() -> None:
    # A bullet that is a clause: its subject acts. A row without one: the people
    # and organizations it names, not the places.
    text = (
        "- March 4, 2013: Siemens opened a plant in Ohio.\n\n"
        "| Date | Who | What |\n|---|---|---|\n"
        "| March 19, 2013 | Siemens | Plant opening in Ohio |\n\n"
        "Siemens opened a plant in Ohio.\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 12))
    assert [e.actors for e in brief.events] == [["Siemens"], ["Siemens"], ["Siemens"]]


def test_a_link_to_another_story_after_the_end_makes_no_timeline_row() -> None:
    text = (
        "Security officers at Miami airport found a loaded gun in a carry-on bag on "
        "Monday.\n\n"
        "The passenger was arrested, the agency said.\n\n"
        "Officers found 2,212 firearms in carry-on bags last year.\n\n"
        "Crazy things Americans tried to take on planes in 2013\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 2))
    assert brief.timeline, "the story's own dates make rows"
    assert not any("Crazy things" in row.event for row in brief.timeline)
    assert not any(e.text.startswith("Crazy things") for e in brief.events)


def test_a_prompt_to_a_video_or_another_story_makes_no_timeline_row() -> None:
    # The video's caption tells the video's time, not the story's: its "Monday" is
    # not the Monday after the article's date.
    text = (
        "Protesters gathered in Drayton Valley on Monday evening.\n\n"
        "WATCH BELOW: A rally is planned for Monday by those who say the process is "
        "flawed. Adam MacVicar has more (Jan. 6, 2019)\n\n"
        "Watch: Trudeau says China is acting arbitrarily on Friday. Story continues below.\n\n"
        "RELATED: FBI agents searched an office on Tuesday\n\n"
        "The minister cancelled the sessions on Saturday.\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2019, 1, 8))
    rows = [row.event for row in brief.timeline]
    assert rows == [
        "The minister cancelled the sessions on Saturday",
        "Protesters gathered in Drayton Valley on Monday evening",
    ]


def test_an_items_negation_and_past_tense_keep_it_from_other_tellings() -> None:
    # "opened" tells a bullet done, "did not pay" denies it: neither is the
    # prose's planned opening or payment.
    text = (
        "- September: The first Moxy hotel opened in Milan.\n\n"
        "Another Moxy hotel will open in Munich in September.\n"
    )
    assert [len(t.sources) for t in newsbrief.extract(text).timeline] == [1, 1]
    text = (
        "- March 2012: The company did not pay a dividend.\n\n"
        "The company paid a dividend in March 2012.\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 6, 1))
    assert [len(t.sources) for t in brief.timeline] == [1, 1]
