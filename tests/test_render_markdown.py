"""The Markdown renderer, fed hostile article text."""

from __future__ import annotations

from markdown_it import MarkdownIt

from newsbrief.render import markdown
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
