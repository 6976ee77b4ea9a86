"""The terminal renderer, fed hostile article text, and the text of a brief and of
the rule between briefs for a screen."""

from __future__ import annotations

import dataclasses
import io
import re

from rich.console import Console

from newsbrief.brief import Brief
from newsbrief.render import terminal
from support import hostile_brief

# An SGR sequence that sets a foreground colour (bold and dim are not colours).
COLOR_CODE = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|9[0-7])[;m]")


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


def test_a_long_date_label_keeps_one_line_at_80_columns() -> None:
    brief = hostile_brief()
    entry = brief.timeline[0]
    date = dataclasses.replace(entry.date, value="2023-WXX-3")
    brief.timeline = [dataclasses.replace(entry, date=date, event="Markets fell.")]
    out = render_terminal(brief)
    assert "Wednesday (2023, date unknown)" in out


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


def test_text_for_a_file_screen_is_plain_at_100_columns() -> None:
    screen = terminal.Screen()
    assert screen.width == terminal.FILE_WIDTH == 100
    out = terminal.text(hostile_brief(), screen)
    buffer = io.StringIO()
    terminal.render(hostile_brief(), Console(file=buffer, width=100, no_color=True))
    assert out == buffer.getvalue()
    assert "\x1b" not in out


def test_text_for_a_colour_screen_is_styled() -> None:
    screen = terminal.Screen(80, "truecolor", terminal=True, no_color=False)
    assert COLOR_CODE.search(terminal.text(hostile_brief(), screen))


def test_rule_spans_the_screen() -> None:
    (line,) = terminal.rule(terminal.Screen(width=40)).splitlines()
    assert line == "─" * 40


def test_screen_of_a_file_is_the_file_screen() -> None:
    assert terminal.Screen.of(io.StringIO()) == terminal.Screen()
