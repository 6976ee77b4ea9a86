"""The Markdown renderer, fed hostile article text."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from newsbrief.render import markdown
from newsbrief.render.common import display
from support import hostile_brief


def test_markdown_escaping_keeps_the_structure() -> None:
    out = markdown.render(hostile_brief())
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(out)
    headings = [t for t in tokens if t.type == "heading_open"]
    assert [t.tag for t in headings] == ["h1"] + ["h2"] * 6
    assert not [t for t in tokens if t.type in ("html_block", "blockquote_open", "fence")]
    inline_html = [c for t in tokens if t.children for c in t.children if c.type == "html_inline"]
    assert inline_html == []
    # One table with a header and exactly one body row: the article's '|' stays in its cell.
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 2
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 3
    lists = [t for t in tokens if t.type == "bullet_list_open"]
    assert len(lists) == 5  # glance, takeaways, who, quotes, warnings
    assert "\x1b" not in out


def test_markdown_escape_round_trips_text() -> None:
    md = MarkdownIt("commonmark")
    for text in ["*not em*", "1. not a list", "# not a heading", "a | b", "<b>x</b>", "&amp;"]:
        html = md.render(markdown.escape(text))
        assert "<em>" not in html and "<ol>" not in html and "<h1>" not in html
        assert "<b>" not in html
    assert md.renderInline(markdown.escape("&amp;")) == "&amp;amp;"


# What an article line may hold at the start of an item or cell, and inside it.
SHOWN_AS_WRITTEN = [
    "1. not a list",
    "2) nor this",
    "3.5 percent of voters",
    "2024 was a year",
    "# not a heading",
    "> not a quote",
    "- not a bullet",
    "+ nor this",
    "= not an underline",
    "*not em* _nor this_ **nor bold**",
    "<b>not html</b> &amp; an entity",
    "a | b in one cell",
    "a back\\slash and `a code span`",
    "[link text](http://evil.example/) without its target",
    "!x ~y {z}",
]


@pytest.mark.parametrize("text", SHOWN_AS_WRITTEN)
def test_markdown_shows_article_text_as_written(text: str) -> None:
    """A renderer shows the escaped text as the terminal would: the same characters,
    no markup (links lose their target in both)."""
    shown = MarkdownIt("commonmark").enable("table").renderInline(markdown.escape(text))
    assert shown == escapeHtml(display(text))


def test_markdown_shows_control_characters_as_escapes() -> None:
    shown = MarkdownIt("commonmark").renderInline(markdown.escape("a\u202eb\x1bc\x9bd\u2066e"))
    assert shown == "a\\u202eb\\x1bc\\x9bd\\u2066e"
