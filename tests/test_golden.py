"""The essential fields of the samples' briefs (not byte snapshots of any output)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from newsbrief.brief import Brief
from newsbrief.render import json as render_json
from newsbrief.render import markdown, terminal
from support import assert_offsets_slice, validate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = "takaichi-visit.txt"


@pytest.fixture(scope="module")
def seed(brief_of) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    data: dict[str, Any] = brief_of(SEED).to_dict()
    return data


def seed_text() -> str:
    return (SAMPLES / SEED).read_text("utf-8")


def where(needle: str) -> tuple[int, int]:
    """Where a source must start: on the line of a `| table row |` or a `bullet:`, or
    exactly on a phrase of the prose (whose line tells other events too)."""
    text = seed_text()
    at = text.index(needle)
    if needle.startswith("|") or needle.endswith(":"):
        return text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return at, at + len(needle)


def entry_with_source_on(timeline: list[dict[str, Any]], needle: str) -> list[int]:
    """Indexes of the timeline entries with a source on the place `needle` names."""
    start, end = where(needle)
    return [
        i
        for i, entry in enumerate(timeline)
        if any(s["start"] < end and start < s["end"] for s in entry["sources"])
    ]


def test_seed_json_is_valid_and_every_offset_slices(seed: dict[str, Any]) -> None:
    validate(seed)
    assert_offsets_slice(seed, seed_text())


def test_seed_headline_is_null(seed: dict[str, Any]) -> None:
    assert seed["headline"] is None


def test_seed_uses_its_own_at_a_glance_and_takeaways(seed: dict[str, Any]) -> None:
    glance = seed["at_a_glance"]
    assert [i["origin"] for i in glance] == ["article"] * 4
    assert [i["text"] for i in glance] == [
        "President Trump invited Japan’s first female prime minister to visit the U.S. this year.",
        "China’s military drills off Taiwan heighten regional tensions.",
        "Takaichi’s comments on Taiwan angered Beijing.",
        "Why it matters: The visit could reshape the Japan-U.S. alliance amid a shifting "
        "security landscape.",
    ]
    takeaways = seed["key_takeaways"]
    assert [i["origin"] for i in takeaways] == ["article"] * 3
    assert takeaways[0]["text"].startswith("Trump’s invitation signals")
    assert takeaways[2]["text"].endswith("the Indo-Pacific.")


TIMELINE = [
    # (value prefix, where the event is told: bullet, table row, prose)
    ("2023-10", ["Oct 2023:", "| Oct 2023 |", "Their earlier meeting in October"]),
    ("2023", ["Friday (date unspecified):", "| Friday (2023) |", "called Japanese Prime Minister"]),
    ("2024-SP", ["Planned spring 2024:", "| Spring 2024 |"]),
    ("2024-04", ["April 2024:", "| April 2024 |"]),
]


@pytest.mark.parametrize("reference", [None, dt.date(2023, 11, 20)])
def test_seed_timeline_each_event_once_in_date_order(brief_of, reference) -> None:  # type: ignore[no-untyped-def]
    timeline = brief_of(SEED, reference).to_dict()["timeline"]
    positions = []
    for value, needles in TIMELINE:
        found = {tuple(entry_with_source_on(timeline, n)) for n in needles}
        assert len(found) == 1 and len(next(iter(found))) == 1, (value, needles, found)
        (index,) = next(iter(found))
        assert timeline[index]["date"]["value"].startswith(value), timeline[index]
        positions.append(index)
    assert positions == sorted(positions)


def test_seed_warns_that_the_phone_call_dates_disagree(seed: dict[str, Any]) -> None:
    text = seed_text()
    unspecified = text.index("date unspecified")
    year = text.index("Friday (2023)") + len("Friday (")
    flagged = [
        w
        for w in seed["warnings"]
        if any(
            s["start"] <= unspecified < s["end"] or s["start"] == unspecified for s in w["spans"]
        )
        and any(s["start"] <= year < s["end"] for s in w["spans"])
    ]
    assert flagged, seed["warnings"]


def test_seed_quote_is_trumps(seed: dict[str, Any]) -> None:
    quotes = [q for q in seed["quotes"] if q["text"].startswith("They are extremely good friends")]
    assert len(quotes) == 1
    assert quotes[0]["text"] == "They are extremely good friends, and she should call him anytime."
    assert quotes[0]["speaker"] == "Trump"


def test_seed_entities(seed: dict[str, Any]) -> None:
    by_name = {e["name"]: e for e in seed["entities"]}
    trump = [e for e in seed["entities"] if e["name"] == "Trump" or "Trump" in e["aliases"]]
    assert len(trump) == 1 and trump[0]["label"] == "PERSON"
    takaichi = by_name["Sanae Takaichi"]
    assert takaichi["label"] == "PERSON"
    assert "Takaichi" in takaichi["aliases"]
    places = {e["name"]: e for e in seed["entities"] if e["label"] in ("GPE", "LOC")}
    for name in ("Japan", "China", "Taiwan", "U.S."):
        assert name in places, sorted(places)
    names = {n for e in seed["entities"] for n in [e["name"], *e["aliases"]]}
    for never in ("Key Takeaways", "Diplomatic Dynamics", "Date", "Event", "Anticipated Trump"):
        assert never not in names


def test_seed_relative_dates_stay_unresolved_without_a_reference(seed: dict[str, Any]) -> None:
    assert seed["reference_date"] is None
    assert seed["reference_date_source"] == "none"
    by_text = {d["text"]: d["value"] for d in seed["dates"]}
    assert by_text["this spring"] == "XXXX-SP"
    assert "X" in by_text["Friday"]
    assert any(w["code"] == "no_reference_date" for w in seed["warnings"])


def test_seed_relative_dates_resolve_against_the_reference_date(brief_of) -> None:  # type: ignore[no-untyped-def]
    data = brief_of(SEED, dt.date(2023, 11, 20)).to_dict()
    by_text = {d["text"]: d["value"] for d in data["dates"]}
    assert by_text["this spring"] == "2024-SP"
    assert by_text["Friday"] == "2023-11-17"
    assert data["reference_date_source"] == "option"
    assert not any(w["code"] == "no_reference_date" for w in data["warnings"])


# --- The other samples, in all three formats -----------------------------------------

OTHER_SAMPLES = ["wire-prose.txt", "markdown-report.md", "no-dates.txt"]


def all_formats(brief: Brief) -> tuple[dict[str, Any], list[Any], str]:
    data = json.loads(render_json.render(brief))
    md_tokens = MarkdownIt("commonmark").enable("table").parse(markdown.render(brief))
    buffer = io.StringIO()
    terminal.render(brief, Console(file=buffer, width=80))
    return data, md_tokens, buffer.getvalue()


@pytest.mark.parametrize("name", OTHER_SAMPLES)
def test_other_samples_in_all_formats(brief_of, name: str) -> None:  # type: ignore[no-untyped-def]
    brief = brief_of(name)
    data, tokens, shown = all_formats(brief)
    validate(data)
    assert_offsets_slice(data, (SAMPLES / name).read_text("utf-8"))
    assert data["headline"]
    assert next(t.content for t in tokens if t.type == "inline") == brief.headline
    assert " ".join(shown.split()).startswith(" ".join(data["headline"].split()))
    glance = data["at_a_glance"]
    assert 3 <= len(glance) <= 5
    assert all(i["origin"] == "generated" for i in glance)
    assert [i["start"] for i in glance] == sorted(i["start"] for i in glance)
    assert all(i["text"] != data["headline"] for i in glance)
    assert "At a Glance" in shown


def test_wire_sample_reference_date_comes_from_its_dateline(brief_of) -> None:  # type: ignore[no-untyped-def]
    data = brief_of("wire-prose.txt").to_dict()
    assert data["reference_date"] == "2013-03-22"
    assert data["reference_date_source"] == "article"
    assert any(q["speaker"] == "Maria Okafor" for q in data["quotes"])


def test_markdown_sample_reference_date_and_table_timeline(brief_of) -> None:  # type: ignore[no-untyped-def]
    data = brief_of("markdown-report.md").to_dict()
    assert data["reference_date"] == "2024-06-10"
    assert data["reference_date_source"] == "article"
    values = [t["date"]["value"] for t in data["timeline"]]
    for value in ("2022-03-14", "2022-09", "2024-06-03", "2024-Q3", "2025"):
        assert value in values, values
    assert values == sorted(values, key=lambda v: v[:4])
    quote = next(q for q in data["quotes"] if q["text"].startswith("We are going to be here"))
    assert quote["speaker"] == "Linda Chen" or quote["speaker"] == "Chen"


def test_story_without_dates_has_no_timeline(brief_of) -> None:  # type: ignore[no-untyped-def]
    data = brief_of("no-dates.txt").to_dict()
    assert data["dates"] == []
    assert data["timeline"] == []
    assert data["reference_date"] is None
    assert not any(w["code"] == "no_reference_date" for w in data["warnings"])
