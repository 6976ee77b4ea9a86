"""The three renderers, fed hostile article text."""

from __future__ import annotations

import io
import json
import re

from markdown_it import MarkdownIt
from rich.console import Console

from newsbrief.brief import (
    Block,
    Brief,
    DateExpr,
    Entity,
    Item,
    Quote,
    Source,
    TextSpan,
    TimelineEntry,
    Warning,
)
from newsbrief.render import json as render_json
from newsbrief.render import markdown, terminal
from newsbrief.render.common import SECTION_TITLES, display
from support import validate

# An SGR sequence that sets a foreground colour (bold and dim are not colours).
COLOR_CODE = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|9[0-7])[;m]")
HOSTILE = "# [bold red]x[/] \x1b[31mred\x1b[0m | <script> *em* 1. - > `code`\nnext"


def hostile_brief() -> Brief:
    text = HOSTILE
    date = DateExpr("next", len(text) - 4, len(text), "DATE", "XXXX-XX-XX")
    return Brief(
        source=Source("in.txt", text),
        headline=HOSTILE,
        reference_date=None,
        reference_date_source="none",
        blocks=[Block("paragraph", text, 0, len(text))],
        entities=[Entity("[bold]Ann[/]", "PERSON", ["Ann"], [TextSpan(text[2:6], 2, 6)])],
        dates=[date],
        events=[],
        timeline=[TimelineEntry(date, HOSTILE, "unresolved", [TextSpan(text, 0, len(text))])],
        at_a_glance=[Item(HOSTILE, "generated", 0, len(text))],
        key_takeaways=[Item(HOSTILE, "article", 0, len(text))],
        quotes=[Quote(HOSTILE, 0, len(text), "[i]Ann[/i]")],
        warnings=[Warning("x", HOSTILE)],
    )


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


def render_terminal(brief: Brief, **console_args: object) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=80, **console_args)  # type: ignore[arg-type]
    terminal.render(brief, console)
    return buffer.getvalue()


def test_terminal_shows_markup_literally_and_neutralizes_escapes() -> None:
    out = render_terminal(hostile_brief(), force_terminal=True, color_system="truecolor")
    assert "[bold red]x[/]" in out
    assert "[i]Ann[/i]" in out
    assert "\x1b[31mred" not in out
    assert "\\x1b[31mred" in out


def test_terminal_plain_output_has_no_escape_codes_and_fits_80_columns() -> None:
    out = render_terminal(hostile_brief())
    assert "\x1b" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert all(line == line.rstrip() for line in out.splitlines())


def test_terminal_marks_generated_items() -> None:
    out = render_terminal(hostile_brief())
    glance = out[out.index("At a Glance") :]
    assert "chosen by brief" in glance.splitlines()[0]
    assert "◦" in glance


def test_no_color_environment_is_respected(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    colored = render_terminal(hostile_brief(), force_terminal=True, color_system="truecolor")
    monkeypatch.delenv("NO_COLOR")
    assert COLOR_CODE.search(
        render_terminal(hostile_brief(), force_terminal=True, color_system="truecolor")
    )
    assert not COLOR_CODE.search(colored)


def test_json_render_is_valid_and_lines_mode_is_one_line() -> None:
    brief = hostile_brief()
    data = json.loads(render_json.render(brief))
    validate(data)
    assert "\n" not in render_json.render(brief, lines=True)
    assert data["source"] == {"path": "in.txt", "format": "text"}


def test_display_text_drops_inline_markdown_and_folds_whitespace() -> None:
    assert display("a **$2.1 billion** plant, see [the filing](https://example.org)\n\n now") == (
        "a $2.1 billion plant, see the filing now"
    )
    assert display("2 ** 3 and a_b_c") == "2 ** 3 and a_b_c"
    assert markdown.escape("**bold** [x](http://e.org)") == "bold x"


def test_bidirectional_marks_are_made_visible() -> None:
    assert display("a\u200eb\u200fc\u061cd") == "a\\u200eb\\u200fc\\u061cd"


def test_markdown_and_terminal_title_the_sections_alike() -> None:
    brief = hostile_brief()
    headings = [line[3:] for line in markdown.render(brief).splitlines() if line.startswith("## ")]
    assert headings == list(SECTION_TITLES.values())
    shown = render_terminal(brief)
    at = [shown.index(f"\n{title}") for title in SECTION_TITLES.values()]
    assert at == sorted(at)
    assert "Who and Where" in headings
