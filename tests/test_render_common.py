"""What the human-readable renderers share: section titles and text made safe to show."""

from __future__ import annotations

import dataclasses
import io

from rich.console import Console

from newsbrief.render import markdown, terminal
from newsbrief.render.common import SECTION_TITLES, display, display_title
from support import hostile_brief


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
    shown = terminal.text(brief, terminal.Screen(width=80))
    at = [shown.index(f"\n{title}") for title in SECTION_TITLES.values()]
    assert at == sorted(at)
    assert "Who and Where" in headings


def test_a_brief_without_a_headline_is_titled_by_its_file_name() -> None:
    brief = hostile_brief()
    brief.headline = None
    brief.source = dataclasses.replace(brief.source, path="notes/harbor-bridge.txt")
    assert display_title(brief) == "harbor-bridge.txt"
    assert markdown.render(brief).startswith("# harbor-bridge.txt\n")
    out = io.StringIO()
    terminal.render(brief, Console(file=out, width=80))
    assert out.getvalue().startswith("harbor-bridge.txt\n")
    brief.source = dataclasses.replace(brief.source, path=None)
    assert display_title(brief) is None
