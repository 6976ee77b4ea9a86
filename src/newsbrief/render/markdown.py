"""The brief as GitHub-flavoured Markdown.

Article text is escaped so it cannot change the document's structure: no heading,
list, quote, table, HTML or link can come from the article, and each item stays on
one line.
"""

from __future__ import annotations

import re

from newsbrief.brief import Brief, Item
from newsbrief.render.common import (
    ENTITY_GROUPS,
    EVERYTHING,
    MAX_ENTITIES_SHOWN,
    SECTION_TITLES,
    View,
    display,
    entity_line,
    more_quotes,
    quote_line,
    quote_runs,
    reference_line,
)
from newsbrief.temporal import human_date

# Punctuation that is structural anywhere in a line (CommonMark lets any ASCII
# punctuation be backslash-escaped, so escaping is always safe).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!{}])")
# Punctuation that is structural only at the start of a line.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Article text made inert for a single Markdown line (also a table cell)."""
    flat = _INLINE.sub(r"\\\1", display(text))
    return _LINE_START.sub(r"\1\\\2", flat)


def _heading(section: str) -> list[str]:
    """The heading of a section (a key of SECTION_TITLES), between blank lines."""
    return ["", f"## {SECTION_TITLES[section]}", ""]


def _items(items: list[Item]) -> list[str]:
    return [f"- {escape(i.text)}" for i in items]


def _origin_note(items: list[Item]) -> list[str]:
    if all(i.origin == "generated" for i in items):
        return ["_Chosen by brief from the article's sentences._", ""]
    return []


def render(brief: Brief, view: View = EVERYTHING) -> str:
    """The whole brief as one Markdown document."""
    out: list[str] = []
    out.append(f"# {escape(brief.headline)}" if brief.headline else "# Brief")
    out.append("")
    meta = [escape(brief.source.path)] if brief.source.path else []
    meta.append(escape(reference_line(brief)))
    out.append(f"_{' · '.join(meta)}_")

    if brief.at_a_glance and view.shows("at_a_glance"):
        out += [*_heading("at_a_glance"), *_origin_note(brief.at_a_glance)]
        out += _items(brief.at_a_glance)
    if brief.timeline and view.shows("timeline"):
        out += [*_heading("timeline"), "| Date | Event | Certainty |", "|---|---|---|"]
        for t in brief.timeline:
            date = escape(human_date(t.date.value))
            out.append(f"| {date} | {escape(t.event)} | {t.certainty} |")
    if brief.key_takeaways and view.shows("key_takeaways"):
        out += [*_heading("key_takeaways"), *_origin_note(brief.key_takeaways)]
        out += _items(brief.key_takeaways)
    groups = []
    for title, labels in ENTITY_GROUPS:
        members = [e for e in brief.entities if e.label in labels][:MAX_ENTITIES_SHOWN]
        if members:
            groups.append(f"- **{title}:** {escape(entity_line(members))}")
    if groups and view.shows("entities"):
        out += [*_heading("entities"), *groups]
    if brief.quotes and view.shows("quotes"):
        out += _heading("quotes")
        runs = quote_runs(brief.quotes)
        shown = runs if view.quotes is None else runs[: view.quotes]
        for run in shown:
            lines = [quote_line(q) for q in run]
            said = " ".join(escape(words) for words, _, _ in lines)
            _, speaker, note = lines[0]
            who = escape(speaker) if run[0].speaker else f"_{speaker}_"
            out.append(f"- {said} — {who}" + (f" _({note})_" if note else ""))
        if len(shown) < len(runs):
            out.append(f"- _{escape(more_quotes(len(runs) - len(shown)))}_")
    if brief.warnings and view.shows("warnings"):
        out += _heading("warnings")
        out += [f"- {escape(w.message)}" for w in brief.warnings]
    return "\n".join(out) + "\n"
