"""The page's own summary box is kept as the article's At a Glance."""

from __future__ import annotations

from typing import Any

from html_pages import html_doc
from newsbrief.compose import compose
from newsbrief.read.html import from_html

KEY_POINTS = (
    '<div class="RenderKeyPoints-keyPoints"><div class="RenderKeyPoints-wrapper">'
    '<h2 class="RenderKeyPoints-title">Key Points</h2><div class="group"><ul>'
    "<li>The Kallen dam has three cracks, inspectors found on Tuesday.</li>"
    "<li>The reservoir will be lowered by two metres as a precaution.</li>"
    "</ul></div></div></div>"
)
STORY = (
    "<article><h1>Dam inspection finds cracks</h1>"
    "<p>Engineers found three cracks in the Kallen dam during an inspection on Tuesday, "
    "the regional water board said in a statement.</p>"
    "<p>The board said the reservoir would be lowered by two metres as a precaution, and "
    "that repairs would start within a month.</p>"
    "<p>Residents downstream were told there was no immediate danger.</p></article>"
)


def test_a_key_points_box_outside_the_story_is_kept_first() -> None:
    text = from_html(html_doc(KEY_POINTS + STORY), "p.html").text
    assert text.startswith(
        "# Dam inspection finds cracks\n\n## Key Points\n\n"
        "- The Kallen dam has three cracks, inspectors found on Tuesday.\n"
        "- The reservoir will be lowered by two metres as a precaution.\n\n"
    )
    assert text.count("three cracks, inspectors found") == 1


def test_a_box_the_story_already_holds_is_not_repeated() -> None:
    inside = STORY.replace("</h1>", "</h1>" + KEY_POINTS)
    text = from_html(html_doc(inside), "p.html").text
    assert text.count("The Kallen dam has three cracks, inspectors found on Tuesday.") <= 1


def test_the_box_is_the_briefs_at_a_glance(nlp: Any) -> None:
    brief = compose(from_html(html_doc(KEY_POINTS + STORY), "p.html"), nlp)
    assert [(i.text, i.origin) for i in brief.at_a_glance] == [
        ("The Kallen dam has three cracks, inspectors found on Tuesday.", "article"),
        ("The reservoir will be lowered by two metres as a precaution.", "article"),
    ]
