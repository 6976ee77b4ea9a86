"""The timeline: merging tellings across sources, the date shown, certainty, order,
warnings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.brief import Brief, TimelineEntry
from newsbrief.render import json as render_json
from newsbrief.render import markdown
from newsbrief.temporal import human_date
from support import validate

SEED = Path(__file__).resolve().parent.parent / "samples" / "takaichi-visit.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def entry_with(brief: Brief, words: str) -> TimelineEntry:
    matches = [t for t in brief.timeline if words.lower() in t.event.lower()]
    assert len(matches) == 1, [t.event for t in brief.timeline]
    return matches[0]


def source_texts(entry: TimelineEntry) -> list[str]:
    return [s.text for s in entry.sources]


# --- Timeline ----------------------------------------------------------------------

AIRPORT = """Goma Timeline
- March 4, 2013: Rebels seized the airport in Goma.
- Next week (date unconfirmed): Talks in Kampala.

| Date | Event |
|---|---|
| March 4, 2013 | Rebels seize Goma airport |
| March 19, 2013 | Talks open in Kampala |

The rebels seized the airport on March 4 after a short battle. Negotiators said the talks in Kampala would open on March 19.
"""  # noqa: E501


def test_one_entry_per_event_with_every_source() -> None:
    brief = newsbrief.extract(AIRPORT, reference_date=dt.date(2013, 3, 12))
    assert [t.date.value for t in brief.timeline] == ["2013-03-04", "2013-03-19"]
    airport = entry_with(brief, "airport")
    assert airport.certainty == "exact"
    assert source_texts(airport) == [
        "March 4, 2013: Rebels seized the airport in Goma.",
        "March 4, 2013 | Rebels seize Goma airport",
        "The rebels seized the airport on March 4 after a short battle",
    ]
    talks = entry_with(brief, "talks")
    assert len(talks.sources) == 3
    for source in airport.sources + talks.sources:
        assert AIRPORT[source.start : source.end] == source.text


def test_a_source_that_calls_the_date_unknown_is_reported() -> None:
    brief = newsbrief.extract(AIRPORT, reference_date=dt.date(2013, 3, 12))
    (warning,) = [w for w in brief.warnings if w.code == "date_unspecified"]
    assert "“date unconfirmed”" in warning.message
    assert "“March 19, 2013”" in warning.message
    assert [s.text for s in warning.spans] == ["date unconfirmed", "March 19, 2013"]


def test_the_same_event_in_different_years_is_a_contradiction() -> None:
    text = "- Oct 2021: Parliament elections held.\n\n| Date | Event |\n|---|---|\n| Oct 2022 | Parliament elections held |\n"  # noqa: E501
    brief = newsbrief.extract(text)
    assert len(brief.timeline) == 1
    (warning,) = [w for w in brief.warnings if w.code == "date_conflict"]
    assert "Oct 2021" in warning.message and "Oct 2022" in warning.message


def test_prose_comparing_a_period_with_a_year_before_tells_two_events() -> None:
    """A year counted from another date ("the 1988 period") is a comparison, not a
    contradiction; a yearless month a later sentence dates in full still joins it."""
    text = (
        "Sun said it earned $5.2 million in the fiscal first quarter. "
        "In the 1988 period, the company earned $20.6 million."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 10, 26))
    assert sorted(t.date.value for t in brief.timeline) == ["1988-Q1", "1989-Q1"]
    assert [w.code for w in brief.warnings] == []
    text = "The council approved the budget in March. Later, the council approved the budget in March 2011."  # noqa: E501
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 6, 1))
    assert len(brief.timeline) == 1
    assert [w.code for w in brief.warnings] == ["date_conflict"]


def test_different_events_on_different_dates_stay_apart() -> None:
    text = "- May 2012: Summit in Paris.\n- June 2012: Floods hit Dhaka.\n"
    brief = newsbrief.extract(text)
    assert [human_date(t.date.value) for t in brief.timeline] == ["May 2012", "Jun 2012"]
    assert [w.code for w in brief.warnings] == []


def test_a_planned_event_dated_before_the_reference_date_is_reported() -> None:
    text = "- Planned May 2012: Summit in Paris.\n- June 2012: Floods hit Dhaka.\n"
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    (warning,) = [w for w in brief.warnings if w.code == "planned_before_reference"]
    assert "Summit in Paris" in warning.message and "2013-03-22" in warning.message
    later = newsbrief.extract(text, reference_date=dt.date(2012, 1, 5))
    assert [w for w in later.warnings if w.code == "planned_before_reference"] == []


def test_a_year_sorts_before_its_months_and_a_month_before_its_days() -> None:
    text = (
        "The company opened on March 5, 2012. It hired a chief in March 2012. "
        "It grew fast in 2012. It closed in 2011."
    )
    brief = newsbrief.extract(text)
    assert [t.date.value for t in brief.timeline] == ["2011", "2012", "2012-03", "2012-03-05"]


def test_a_days_rows_sort_by_the_time_of_day_after_the_days_own() -> None:
    text = (
        "Late Sunday night, the city lifted a curfew. At 10:45 a.m. Sunday, a car hit a "
        "wall. On Sunday afternoon, the windows were covered. On Sunday, a boy tossed a "
        "football. Protesters moved through the city early Sunday morning."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2016, 9, 26))
    assert [t.date.value for t in brief.timeline] == [
        "2016-09-25",
        "2016-09-25TMO",
        "2016-09-25T10:45",
        "2016-09-25TAF",
        "2016-09-25TNI",
    ]


def test_certainty() -> None:
    text = "The plant opened in spring 2012. It closed on Friday. It was sold on May 5, 2013."
    brief = newsbrief.extract(text)
    certainty = {t.date.value: t.certainty for t in brief.timeline}
    assert certainty == {
        "2012-SP": "approximate",
        "2013-05-05": "exact",
        "XXXX-WXX-5": "unresolved",
    }
    # Unresolved dates are kept, after the dated ones.
    assert brief.timeline[-1].date.value == "XXXX-WXX-5"


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("The minister resigned on Friday.", "approximate"),  # which Friday: from tense
        ("The plant opened in October.", "approximate"),  # which year: the nearest
        ("The minister resigned last Friday.", "exact"),
        ("The plant opened in October 2012.", "exact"),
        ("The minister resigned yesterday.", "exact"),
        # "overnight": last night or tonight, as the tense has it.
        ("The minister resigned overnight.", "approximate"),
        # A hedge in the date's own words: the week is not stated exactly.
        ("The minister resigned a week or so ago.", "approximate"),
        # A bound is no date: "less than two weeks ago" is not the week before last.
        ("The minister resigned less than two weeks ago.", "approximate"),
        ("The minister resigned almost two years ago.", "approximate"),
        ("The book was published some 30 years ago.", "approximate"),
        ("The minister resigned a week ago.", "exact"),
        # "the past year" is the stretch up to now, not just last calendar year.
        ("Three people died in the past year.", "approximate"),
        ("Three people died last year.", "exact"),
        # A part of a year is some weeks of it, as "late 2009" is.
        ("The debt stood at $34 billion at the end of 2009.", "approximate"),
        # A fraction of a unit is counted to a year or month the words do not state.
        ("The mill shut half a century ago.", "approximate"),
        ("The mill shut a year and a half ago.", "approximate"),
    ],
)
def test_a_date_the_resolver_chose_is_approximate(sentence: str, certainty: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 22))
    (entry,) = brief.timeline
    assert entry.certainty == certainty


def test_a_month_or_season_counted_from_the_date_told_is_approximate() -> None:
    # "the following March": which March rests on the date told before it.
    text = "The plant opened in 2009. The following March it closed."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    closed = [t for t in brief.timeline if "closed" in t.event]
    assert [(t.date.value, t.certainty, t.inferred) for t in closed] == [
        ("2010-03", "approximate", "context")
    ]


def test_a_stated_date_makes_an_inferred_one_exact() -> None:
    text = "The plant closed on Friday. The plant closed on March 15, 2013, after a fire."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 20))
    (entry,) = brief.timeline
    assert (entry.date.value, entry.certainty) == ("2013-03-15", "exact")


def test_prose_merges_only_tellings_of_the_same_event() -> None:
    text = (
        "Apple's iTunes store grew in 2008. Apple's iTunes store opened in Paris in "
        "January 2008. Apple's iTunes store passed Wal-Mart in February."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2008, 4, 9))
    rows = [(t.date.value, [s.text for s in t.sources]) for t in brief.timeline]
    assert rows == [
        ("2008", ["Apple's iTunes store grew in 2008"]),
        ("2008-01", ["Apple's iTunes store opened in Paris in January 2008"]),
        ("2008-02", ["Apple's iTunes store passed Wal-Mart in February"]),
    ]


# --- The seed article ----------------------------------------------------------------


def seed_entries(brief: Brief) -> dict[str, TimelineEntry]:
    return {
        "meeting": entry_with(brief, "Trump meets Takaichi"),
        "call": entry_with(brief, "Phone call"),
        "visit": entry_with(brief, "visit to Washington"),
        "china": entry_with(brief, "trip to China"),
    }


def check_seed_sources(entries: dict[str, TimelineEntry]) -> None:
    meeting = source_texts(entries["meeting"])
    assert meeting[0].startswith("Oct 2023: Trump met Takaichi in Tokyo")
    assert any(s.startswith("Their earlier meeting in October") for s in meeting)
    assert "Oct 2023 | Trump meets Takaichi in Tokyo" in meeting
    call = source_texts(entries["call"])
    assert any(s.startswith("President Trump called") and "Friday" in s for s in call)
    assert "Friday (date unspecified): Phone call inviting U.S. visit." in call
    assert "Friday (2023) | Phone call inviting U.S. visit" in call
    visit = source_texts(entries["visit"])
    assert "Spring 2024 | Planned visit to Washington" in visit
    assert any(s.startswith("Planned spring 2024") for s in visit)
    assert any("schedule the trip for spring" in s for s in visit)
    china = source_texts(entries["china"])
    assert china == [
        "April 2024: Trump expected to visit China.",
        "April 2024 | Anticipated Trump trip to China",
    ]


def in_order(brief: Brief, entries: dict[str, TimelineEntry]) -> list[str]:
    position = {id(t): i for i, t in enumerate(brief.timeline)}
    return sorted(entries, key=lambda k: position[id(entries[k])])


def test_seed_timeline_without_reference_date(seed_text: str) -> None:
    brief = newsbrief.extract(seed_text)
    entries = seed_entries(brief)
    assert in_order(brief, entries) == ["meeting", "call", "visit", "china"]
    check_seed_sources(entries)
    assert [entries[k].date.value for k in ("meeting", "call", "visit", "china")] == [
        "2023-10", "2023-WXX-5", "2024-SP", "2024-04",
    ]  # fmt: skip
    assert human_date(entries["call"].date.value) == "Friday (2023, date unknown)"
    assert entries["call"].certainty == "unresolved"
    assert entries["visit"].certainty == "approximate"
    assert entries["meeting"].certainty == entries["china"].certainty == "exact"
    codes = [w.code for w in brief.warnings]
    assert "no_reference_date" in codes
    (unspecified,) = [w for w in brief.warnings if w.code == "date_unspecified"]
    assert "“date unspecified”" in unspecified.message and "“Friday (2023)”" in unspecified.message
    assert "date_conflict" not in codes and "planned_before_reference" not in codes
    # Nothing was read against today's clock.
    values = {d.text: d.value for d in brief.dates}
    assert values["Friday"] == "XXXX-WXX-5" and values["this spring"] == "XXXX-SP"


def test_seed_timeline_with_a_matching_reference_date(seed_text: str) -> None:
    brief = newsbrief.extract(seed_text, reference_date=dt.date(2023, 11, 20))
    entries = seed_entries(brief)
    assert in_order(brief, entries) == ["meeting", "call", "visit", "china"]
    check_seed_sources(entries)
    assert entries["call"].date.value == "2023-11-17"
    assert entries["visit"].date.value == "2024-SP"
    assert any("this spring" in s for s in source_texts(entries["visit"]))
    codes = [w.code for w in brief.warnings]
    assert codes.count("date_unspecified") == 1
    assert "date_conflict" not in codes and "planned_before_reference" not in codes


def test_seed_timeline_with_an_unrelated_reference_date(seed_text: str) -> None:
    brief = newsbrief.extract(seed_text, reference_date=dt.date(2026, 11, 26))
    entries = seed_entries(brief)
    assert in_order(brief, entries) == ["meeting", "call", "visit", "china"]
    check_seed_sources(entries)
    # The article's explicit dates win over those read against the reference date...
    assert [entries[k].date.value for k in ("meeting", "call", "visit", "china")] == [
        "2023-10", "2023-WXX-5", "2024-SP", "2024-04",
    ]  # fmt: skip
    # ...and every disagreement is reported, not smoothed over.
    conflicts = [w.message for w in brief.warnings if w.code == "date_conflict"]
    assert any("Spring 2024" in m and "Spring 2027" in m and "this spring" in m for m in conflicts)
    assert any("Oct 2023" in m and "Oct 2026" in m for m in conflicts)
    assert any("Friday (2023" in m and "Nov 20 2026" in m for m in conflicts)
    planned = [w.message for w in brief.warnings if w.code == "planned_before_reference"]
    assert len(planned) == 2
    assert any("visit to Washington" in m for m in planned)
    assert any("trip to China" in m for m in planned)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "- Oct 2023: Trump met Takaichi.",
                "| Friday (2023) | Phone call |",
                "| Date | Event |",
                "|---|---|",
                "Talks were held on Friday.",
                "Planned spring 2024:",
                "The visit is set for spring.",
                "(date unspecified)",
                "In 2012 it grew.",
                "\n",
                "\n\n",
                "At a Glance",
                "- Why it matters: it does.",
                "Feb. 30, 2013",
            ]
        ),
        min_size=1,
        max_size=14,
    ),
    st.sampled_from([None, dt.date(2013, 3, 22), dt.date(2026, 11, 26)]),
)
def test_any_article_gives_a_consistent_timeline(
    parts: list[str], reference: dt.date | None
) -> None:
    text = "\n".join(parts)
    if not text.strip():
        return
    brief = newsbrief.extract(text, reference_date=reference)
    for entry in brief.timeline:
        assert entry.sources
        for source in entry.sources:
            assert text[source.start : source.end] == source.text
    for warning in brief.warnings:
        for span in warning.spans:
            assert text[span.start : span.end] == span.text


def test_a_row_says_what_was_inferred() -> None:
    text = "T\n\nMarch 5, 2009\n\nMarkets fell on Monday. Banks failed on March 2, 2009, too."
    brief = newsbrief.extract(text)
    rows = {t.event: (t.certainty, t.inferred) for t in brief.timeline}
    assert rows == {
        "Markets fell on Monday": ("approximate", "direction"),
        "Banks failed on March 2, 2009, too": ("exact", None),
    }
    data = json.loads(render_json.render(brief))
    validate(data)
    assert sorted(str(t["inferred"]) for t in data["timeline"]) == ["None", "direction"]
    assert "approximate (weekday inferred)" in markdown.render(brief)


def test_many_clauses_telling_one_event_merge_in_linear_time() -> None:
    """A 5 MB line tells "the talks would resume on Friday" 70,000 times: each
    clause joins the one entry by what the entry keeps, not by re-reading its events."""
    import time

    from newsbrief.events.event import ArticleEvent
    from newsbrief.events.timeline import build_timeline
    from newsbrief.temporal.extract import TemporalExpr

    sentence = "Officials said the talks in Geneva would resume on Friday. "
    events = []
    for i in range(20_000):
        at = i * len(sentence)
        friday = at + sentence.index("Friday")
        date = TemporalExpr(
            "Friday", friday, friday + 6, "DATE", "2013-03-22", template="2013-03-22"
        )
        events.append(
            ArticleEvent(
                sentence,
                at,
                at + len(sentence) - 1,
                "resume",
                ["Geneva"],
                date,
                0,
                concepts=frozenset({"resume", "talks"}),
            )
        )
    began = time.process_time()
    timeline, _ = build_timeline(events, dt.date(2013, 3, 22))
    assert len(timeline) == 1
    assert time.process_time() - began < 5.0  # every clause against every other: minutes


def test_a_date_that_says_nothing_of_when_joins_no_dated_telling() -> None:
    # Without a reference date "last year" is any year: two births, two rows,
    # and the 2009 of the other lamb is never shown as Goliath's.
    text = (
        "Last year Goliath was born at a hefty 22lbs in Wellington in Somerset.\n\n"
        "The record is held by Bruno, who was born in Worcestershire in 2009 at 21lbs.\n"
    )
    rows = newsbrief.extract(text).timeline
    goliath = [r for r in rows if "Goliath" in r.event]
    assert len(goliath) == 1 and len(goliath[0].sources) == 1
    assert goliath[0].certainty == "unresolved"
    assert any(r.date.value == "2009" and "Goliath" not in r.event for r in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "The modern circus dates back to around 1770.",
        "The blast came at about 2 p.m. on March 3, 2014.",
    ],
)
def test_a_hedged_date_is_approximate(sentence: str) -> None:
    # The hedge lies outside the date's words; the row is not exact for it.
    brief = newsbrief.extract(sentence)
    assert [(t.certainty, t.inferred) for t in brief.timeline] == [("approximate", None)]


def test_a_hedged_date_is_approximate_in_a_row_that_leaves_the_hedge_out() -> None:
    # The famine's row is its own clause, which the hedge before the date is not in.
    text = "She says she was born around 1923, when a famine plagued her hometown."
    brief = newsbrief.extract(text)
    assert [(t.event, t.certainty) for t in brief.timeline] == [
        ("she was born around 1923", "approximate"),
        ("a famine plagued her hometown", "approximate"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'In comments Monday to CNN, Kerry conceded there was "a little more light there today."',
        "Catherine, 33, is scheduled to give birth in mid- to late April, she said this month.",
    ],
)
def test_a_clause_told_inside_another_row_with_its_date_is_no_row_of_its_own(text: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert len(brief.timeline) == 1, [t.event for t in brief.timeline]


def test_a_clause_inside_another_row_with_another_date_keeps_its_row() -> None:
    text = "The company, which was founded in 1990, said on Monday that it would close."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert sorted(t.date.value for t in brief.timeline) == ["1990", "2015-03-30"]
