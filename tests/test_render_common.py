"""What the human-readable renderers share: section titles and text made safe to show."""

from __future__ import annotations

from newsbrief.render import markdown, terminal
from newsbrief.render.common import SECTION_TITLES, display
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


def test_reported_and_mixed_statements_are_told_apart_from_direct_quotes() -> None:
    from dataclasses import replace

    from newsbrief.brief import Quote

    brief = hostile_brief()
    text = "the relationship needs work"
    brief = replace(
        brief,
        quotes=[
            Quote("We waited too long", 0, 18, "Maria Okafor"),
            Quote(text, 0, len(text), "Maria Okafor", kind="reported"),
            Quote('it had been "hard"', 0, 18, None, kind="mixed"),
        ],
    )
    md = markdown.render(brief)
    assert "- “We waited too long” — Maria Okafor\n" in md
    assert "- the relationship needs work — Maria Okafor _(reported)_" in md
    assert "_speaker not named_ _(reported, partly quoted)_" in md
    shown = terminal.text(brief, terminal.Screen(width=100))
    assert "“We waited too long” — Maria Okafor\n" in shown
    assert "the relationship needs work — Maria Okafor (reported)" in shown
    assert "“the relationship" not in shown
