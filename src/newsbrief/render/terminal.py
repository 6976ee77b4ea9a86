"""The brief in the terminal, with rich.

Article text is always passed as `rich.text.Text`, never as markup, so `[bold]` in an
article prints literally; control characters (ANSI escapes among them) are made
visible before printing so the article cannot drive the terminal. Colour follows
rich's rules: none when stdout is not a terminal or NO_COLOR is set.

`render()` prints to a rich console; `text()` and `rule()` return the layout as text
for a `Screen`, a picklable description of where it goes, so that a worker process
can render what the main process writes.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from newsbrief.brief import Brief, Entity, Item
from newsbrief.render.common import (
    CERTAINTY_MARKS,
    ENTITY_GROUPS,
    EVERYTHING,
    INFERRED_NOTES,
    MAX_ENTITIES_SHOWN,
    SECTION_TITLES,
    View,
    display_title,
    entity_line,
    more_quotes,
    printable,
    quote_line,
    quote_runs,
    reference_line,
)
from newsbrief.temporal import human_date

_SECTION_STYLE = "bold cyan"
# The date column's width a narrow screen may still shrink it to ("Mon, Mar 18 2013").
MIN_DATE_WIDTH = 16


def _heading(title: str, note: str | None = None) -> Text:
    text = Text(title, style=_SECTION_STYLE)
    if note:
        text.append(f"  {note}", style="dim")
    return text


def _list(rows: Iterable[tuple[Text, Text]]) -> RenderableType:
    """Marked lines with a hanging indent, so wrapped text lines up after the mark."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for mark, text in rows:
        grid.add_row(mark, text)
    return Padding(grid, (0, 0, 0, 2), expand=False)


def _items(items: Iterable[Item]) -> RenderableType:
    # Generated items get a hollow bullet, the article's own a solid one.
    return _list(
        (Text("•" if item.origin == "article" else "◦"), printable(item.text)) for item in items
    )


def _origin_note(items: list[Item]) -> str | None:
    origins = {i.origin for i in items}
    if origins == {"article"}:
        return "from the article"
    if origins == {"generated"}:
        return "◦ chosen by brief from the article's sentences"
    return "• from the article, ◦ chosen by brief"


def _timeline(brief: Brief, width: int) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    # As wide as its longest date, but never more than 3/8 of a narrow screen (the
    # longest label, "Wednesday (2023, date unknown)", fits 80 columns): a longer date
    # wraps rather than squeezing every event.
    table.add_column("Date", max_width=max(MIN_DATE_WIDTH, width * 3 // 8))
    table.add_column("", width=1, no_wrap=True)
    table.add_column("Event")
    for entry in brief.timeline:
        mark = CERTAINTY_MARKS[entry.certainty]
        event = printable(entry.event)
        if entry.inferred in INFERRED_NOTES:
            event.append(f" ({INFERRED_NOTES[entry.inferred]})", style="dim")
        table.add_row(
            Text(human_date(entry.date.value)),
            Text(mark, style="yellow" if mark.strip() else ""),
            event,
        )
    return Padding(table, (0, 0, 0, 2), expand=False)


def _entities(entities: list[Entity]) -> RenderableType | None:
    rows = []
    for title, labels in ENTITY_GROUPS:
        members = [e for e in entities if e.label in labels][:MAX_ENTITIES_SHOWN]
        if members:
            rows.append((Text(f"{title}:", style="bold"), printable(entity_line(members))))
    return _list(rows) if rows else None


def _quotes(brief: Brief, limit: int | None) -> RenderableType:
    runs = quote_runs(brief.quotes)
    shown = runs if limit is None else runs[:limit]
    rows = []
    for run in shown:
        line = Text()
        lines = [quote_line(q) for q in run]
        for i, (words, _, _) in enumerate(lines):
            line.append(" " if i else "")
            line.append(printable(words))
        _, speaker, note = lines[0]
        line.append(" — ")
        line.append(printable(speaker).plain, style="italic")
        if note:
            line.append(f" ({note})", style="dim")
        rows.append((Text("›", style="dim"), line))
    if len(shown) < len(runs):
        rows.append((Text(" "), Text(more_quotes(len(runs) - len(shown)), style="dim")))
    return _list(rows)


def render(brief: Brief, console: Console, view: View = EVERYTHING) -> None:
    """Print one brief; plain text without trailing padding when not on a terminal."""
    if console.is_terminal:
        _print(brief, console, view)
        return
    with console.capture() as captured:
        _print(brief, console, view)
    lines = captured.get().splitlines()
    console.file.write("".join(line.rstrip() + "\n" for line in lines))


def _print(brief: Brief, console: Console, view: View) -> None:
    named = display_title(brief)
    title = printable(named) if named else Text("(no headline)", style="dim")
    title.stylize("bold")
    console.print(title)
    meta = Text(style="dim")
    if brief.source.path:
        meta.append(printable(brief.source.path))
        meta.append(" · ")
    meta.append(reference_line(brief))
    console.print(meta)

    parts: list[tuple[Text, RenderableType]] = []
    if brief.at_a_glance and view.shows("at_a_glance"):
        parts.append(
            (
                _heading(SECTION_TITLES["at_a_glance"], _origin_note(brief.at_a_glance)),
                _items(brief.at_a_glance),
            )
        )
    if brief.timeline and view.shows("timeline"):
        legend = (
            "~ approximate, ? unresolved"
            if any(t.certainty != "exact" for t in brief.timeline)
            else None
        )
        parts.append(
            (_heading(SECTION_TITLES["timeline"], legend), _timeline(brief, console.width))
        )
    if brief.key_takeaways and view.shows("key_takeaways"):
        parts.append(
            (
                _heading(SECTION_TITLES["key_takeaways"], _origin_note(brief.key_takeaways)),
                _items(brief.key_takeaways),
            )
        )
    who = _entities(brief.entities) if view.shows("entities") else None
    if who is not None:
        parts.append((_heading(SECTION_TITLES["entities"]), who))
    if brief.quotes and view.shows("quotes"):
        parts.append((_heading(SECTION_TITLES["quotes"]), _quotes(brief, view.quotes)))
    if brief.warnings and view.shows("warnings"):
        warned = [(Text("!", style="bold yellow"), printable(w.message)) for w in brief.warnings]
        parts.append((_heading(SECTION_TITLES["warnings"]), _list(warned)))

    for head, body in parts:
        console.print()
        console.print(head)
        console.print(body)


# Terminal output written to a file: plain, at this width.
FILE_WIDTH = 100
# --color: rich's rules (a terminal, NO_COLOR, FORCE_COLOR), or forced either way.
COLOR_CHOICES = ("auto", "always", "never")


@dataclass(frozen=True)
class Screen:
    """How terminal output must look where it goes, so that a worker can render it."""

    width: int = FILE_WIDTH
    color_system: str | None = None
    terminal: bool = False
    no_color: bool = True

    @classmethod
    def of(cls, out: TextIO | None, width: int | None = None, color: str = "auto") -> Screen:
        """The screen of `out`: stdout as rich sees it (its size, COLUMNS, NO_COLOR,
        FORCE_COLOR), a file (or None: files of --output-dir) plain at FILE_WIDTH;
        `width` and `color` ('auto', 'always', 'never') as the user asked, over either."""
        if color not in COLOR_CHOICES:
            raise ValueError(f"color must be one of {', '.join(COLOR_CHOICES)}, not {color!r}")
        if out is None or out is not sys.stdout:
            screen = cls(width or FILE_WIDTH)
        else:
            console = Console()  # what rich makes of stdout: size, colours, NO_COLOR
            screen = cls(
                width or console.width, console.color_system, console.is_terminal, console.no_color
            )
        if color == "always":  # e.g. for `| less -R`
            forced = Console(force_terminal=True, width=screen.width)
            return cls(screen.width, forced.color_system or "standard", True, False)
        if color == "never":
            return cls(screen.width, None, screen.terminal, True)
        return screen

    def console(self, buffer: TextIO) -> Console:
        """A console that writes to `buffer` what this screen would show."""
        return Console(
            file=buffer,
            width=self.width,
            color_system=self.color_system,  # type: ignore[arg-type]  # a name rich gave
            force_terminal=self.terminal,
            no_color=self.no_color,
            highlight=False,
        )


def text(brief: Brief, screen: Screen, view: View = EVERYTHING) -> str:
    """The terminal layout of a brief as text (with styles when `screen` has colours)."""
    buffer = io.StringIO()
    render(brief, screen.console(buffer), view)
    return buffer.getvalue()


def rule(screen: Screen) -> str:
    """The line between two briefs in the terminal layout."""
    buffer = io.StringIO()
    screen.console(buffer).rule(style="dim")
    return buffer.getvalue()
