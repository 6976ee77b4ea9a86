"""Photo credits, bylines and links to other stories: names that are not in the news."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract_support import names_of
from newsbrief.entities.credits import _byline_before, _slash_before, is_credit


def _credit(text: str, name: str) -> bool:
    start = text.index(name)
    return is_credit(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A rally in Calgary. Jeff McIntosh/The Canadian Press.", "Jeff McIntosh"),
        ("The clinic opened. ( Richard Lautens / Toronto Star ) Next,", "Richard Lautens"),
        ("( Andrew Francis Wallace / Toronto Star )", "Toronto Star"),
        ("Annabelle Liang, The Associated Press", "Annabelle Liang"),
        ("Laurie Monsebraaten is a Toronto-based reporter.", "Laurie Monsebraaten"),
        ("Jason Nixon is firing back. Tom Vernon has the latest.", "Tom Vernon"),
        ("As Carolyn Kury de Castillo reports, a rally is planned.", "Carolyn Kury de Castillo"),
        ("READ MORE: Justin Trudeau says people are disturbed", "Justin Trudeau"),
        ("Annabelle Liang contributed to this story from Singapore", "Annabelle Liang"),
        ("CNN's Dana Ortiz and Paul Reyes contributed to this report.", "Dana Ortiz"),
        ("Dana Ortiz, Lee Chan and Paul Reyes contributed to this report.", "Lee Chan"),
        ("He joined the project two years ago. ( J.P. KOWALSKI )", "J.P. KOWALSKI"),
        ("(CNN)Top Gear presenter Jeremy Clarkson was suspended.", "CNN"),
        ("LONDON (Reuters) - Shares fell on Monday.", "Reuters"),
    ],
)
def test_credits_and_bylines_are_recognized(text: str, name: str) -> None:
    assert _credit(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jason Nixon is firing back at accusations.", "Jason Nixon"),
        ("Trudeau said the credit was earned, and reports followed.", "Trudeau"),
        ("The deal was signed by Marcus Hale on Monday.", "Marcus Hale"),
        ("The minister told CNN on Monday that talks would resume.", "CNN"),
        ("A source told Reuters (Reuters) was wrong.", "Reuters"),
    ],
)
def test_names_in_the_story_are_not_credits(text: str, name: str) -> None:
    assert not _credit(text, name)


def test_a_photo_credit_is_no_entity(entities_of: Any) -> None:
    text = (
        "The premier, Doug Ford, met with the opposition leader after a long delay.\n\n"
        "Doug Ford, right, meets with the leader. Chris Young/The Canadian Press.\n\n"
        "Ford said the meeting went well, and that another would follow soon.\n"
    )
    names = names_of(entities_of(text))
    assert "Doug Ford" in names
    assert not any("Chris Young" in n for n in names)


def test_a_read_more_line_inside_an_article_is_a_link() -> None:
    text = "The two men were detained in China.\n\nREAD MORE: Justin Trudeau says people are upset"
    assert _credit(text, "Justin Trudeau")
    assert not _credit(text, "China")


def test_a_name_on_a_line_of_megabytes_is_checked_near_it_only() -> None:
    """A 5 MB single line naming Geneva in every sentence (a hostile input): each
    check reads the name's surroundings, not the whole line, so the line costs time
    in proportion to its length (checking every name on it read it once per name)."""
    sentence = "Officials said the talks in Geneva would resume on Friday after a pause. "
    line = sentence * (5_000_000 // len(sentence))
    starts = [i * len(sentence) + sentence.index("Geneva") for i in range(0, 60_000, 60)]
    began = time.process_time()
    assert not any(is_credit(line, s, s + len("Geneva")) for s in starts)
    assert time.process_time() - began < 1.0  # reading the line each time: over 5 s
    # Near its name, on the long line, a credit is still one.
    credited = line + "Photo: Jeff McIntosh/The Canadian Press"
    at = credited.rindex("Jeff McIntosh")
    assert is_credit(credited, at, at + len("Jeff McIntosh"))
    by = credited[:-200] + ". By Jane Doe, Reuters"
    at = by.rindex("Jane Doe")
    assert is_credit(by, at, at + len("Jane Doe"))


def test_the_agency_of_a_dateline_signs_the_story_but_a_later_mention_is_news() -> None:
    text = "(CNN)The minister told CNN on Monday that talks would resume."
    later = text.rindex("CNN")
    assert _credit(text, "CNN")  # the first, in "(CNN)"
    assert not is_credit(text, later, later + 3)


# The patterns the backward reads replaced, searched from the line's start.
_SLASH = re.compile(r"[^\W\d_]\s*/\s*$")
_BYLINE = re.compile(r"(?m)(?:^|[.!?]\s+)(?:As\s+|By\s+|With\s+files\s+from\s+)$")
_PIECES = ["By", "As", "With", "files", "from", " ", "  ", "\n", ".", "!", "/", "a", "é", "1", "_"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.integers(0, 3))
def test_what_precedes_a_name_is_read_as_the_patterns_read_it(pieces: list[str], lo: int) -> None:
    text = "".join(pieces)
    lo = min(lo, len(text))
    start = len(text)
    assert _slash_before(text, lo, start) == bool(_SLASH.search(text, lo, start))
    # What precedes the name ends where it starts ("By \nBy" has a byline's "By "
    # at the end of its first line, not before the name).
    byline = any(m.end() == start for m in _BYLINE.finditer(text, lo, start))
    assert _byline_before(text, lo, start) == byline


def test_bylines_and_credits_before_a_name() -> None:
    assert _credit("Photo: Getty / Jane Doe", "Jane Doe")
    assert _credit("Reported.  By Jane Doe", "Jane Doe")
    assert _credit("With files from  Jane Doe", "Jane Doe")
    assert not _credit("With files from\n Jane Doe", "Jane Doe")  # another line
    assert not _credit("Stand By Jane Doe", "Jane Doe")
    assert not _credit("in 2019 / Jane Doe", "Jane Doe")
