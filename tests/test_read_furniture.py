"""Page furniture left out of a page's article: embedded posts, captions, share and
newsletter prompts, credits, related-story lists."""

from __future__ import annotations

import pytest

from html_pages import html_doc
from newsbrief.read.furniture import is_furniture
from newsbrief.read.html import from_html

STORY = (
    "<p>Engineers found three cracks in the Kallen dam during an inspection on Tuesday, "
    "the regional water board said in a statement.</p>"
    "<p>The board said the reservoir would be lowered by two metres as a precaution, and "
    "that repairs would start within a month.</p>"
    "<p>Residents downstream were told there was no immediate danger.</p>"
)


@pytest.mark.parametrize(
    "text",
    [
        "Share it with a friend!",
        "Scroll down for video",
        "Sign up for our daily newsletter to get the news first.",
        "Photo: Jane Doe / Reuters",
        "© 2024 The Daily Ledger. All rights reserved.",
        "CNN's Jason Carroll contributed to this report.",
        "Follow us on Twitter and Facebook",
        "See more photos:",
    ],
)
def test_furniture_paragraphs_are_told(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor urged residents to share the warning with their neighbours.",
        "Subscribers to the utility's alerts were told on Monday.",
        "Copyright lawyers said the ruling would change the industry.",
    ],
)
def test_story_paragraphs_are_kept(text: str) -> None:
    assert not is_furniture(text)


def test_a_pages_furniture_is_left_out_and_its_story_kept() -> None:
    body = (
        "<article><h1>Dam inspection finds cracks</h1>"
        '<figure><img src="d.jpg"><figcaption>The Kallen dam seen from the north bank '
        "(Photo: Water Board)</figcaption></figure>"
        f"{STORY}"
        '<blockquote class="twitter-tweet"><p>Cracks at the dam! Stay safe everyone '
        "#kallen</p>&mdash; Local Reporter (@localrep)</blockquote>"
        "<p>Share it with a friend!</p>"
        '<div class="newsletter"><p>Get the morning briefing in your inbox every day.</p></div>'
        "<h2>More Must-Reads From The Ledger</h2>"
        '<ul><li><a href="/a">Ten things to know about dams</a></li>'
        '<li><a href="/b">The best bridges of the year</a></li></ul>'
        "</article>"
    )
    text = from_html(html_doc(body), "p.html").text
    assert "Residents downstream were told there was no immediate danger." in text
    for furniture in (
        "seen from the north bank",
        "Stay safe everyone",
        "Share it with a friend",
        "morning briefing",
        "More Must-Reads",
        "Ten things to know",
    ):
        assert furniture not in text, furniture


def test_a_prompt_glued_to_story_text_does_not_take_the_story_with_it() -> None:
    assert not is_furniture("Scroll down for video The council voted 7-2 on Monday to repair it.")
