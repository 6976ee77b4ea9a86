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


def test_quotes_of_one_speaker_that_continue_one_another_go_together() -> None:
    from newsbrief.brief import Quote
    from newsbrief.render.common import CONTINUES_WITHIN, quote_runs

    first = Quote("We will rebuild,", 0, 18, "Ann Lee")
    goes_on = Quote("and we will do it this year.", 30, 60, "Ann Lee")  # ', she said. "'
    other = Quote("Not so fast.", 70, 84, "Bo Chan")
    later = Quote("Later.", 84 + CONTINUES_WITHIN + 1, 84 + CONTINUES_WITHIN + 9, "Bo Chan")
    unnamed = [Quote("One.", 0, 6, None), Quote("Two.", 8, 14, None)]
    assert quote_runs([first, goes_on, other, later]) == [[first, goes_on], [other], [later]]
    assert quote_runs(unnamed) == [[q] for q in unnamed]  # no speaker: nothing to join on


def test_a_run_of_quotes_is_one_line_in_the_terminal_and_in_markdown() -> None:
    import io
    from dataclasses import replace

    from rich.console import Console

    from newsbrief.brief import Quote, Source
    from newsbrief.render import markdown, terminal

    text = '"We will rebuild," she said. "And soon."'
    said = [Quote("We will rebuild,", 1, 17, "Ann Lee"), Quote("And soon.", 30, 39, "Ann Lee")]
    brief = replace(hostile_brief(), source=Source(None, text), quotes=said)
    buffer = io.StringIO()
    terminal.render(brief, Console(file=buffer, width=100))
    assert "“We will rebuild,” “And soon.” — Ann Lee" in buffer.getvalue()
    assert "- “We will rebuild,” “And soon.” — Ann Lee" in markdown.render(brief)


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


def test_reported_speech_does_not_join_a_run_of_direct_quotes() -> None:
    from newsbrief.brief import Quote
    from newsbrief.render.common import quote_runs

    direct = Quote("We will rebuild,", 0, 18, "Ann Lee")
    reported = Quote("the town would recover", 20, 42, "Ann Lee", kind="reported")
    assert quote_runs([direct, reported]) == [[direct], [reported]]
