"""The brief as GitHub-flavoured Markdown.

Article text is escaped so it cannot change the document's structure: no heading,
list, quote, table, HTML or link can come from the article (a URL, even a bare one a
renderer would link by itself, is shown as code), and each item stays on one line.
"""

from __future__ import annotations

import re

from newsbrief.brief import Brief, Item
from newsbrief.render.common import (
    ENTITY_GROUPS,
    EVERYTHING,
    INFERRED_NOTES,
    MAX_ENTITIES_SHOWN,
    SECTION_TITLES,
    View,
    display,
    display_title,
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
# Punctuation that is structural only at the start of a line; of an ordered list's
# marker its `.` or `)` is escaped (a backslash before a digit would be shown).
_LINE_START = re.compile(r"^(\s*)([#>+=-])|^(\s*\d{1,9})([.)])(?=\s|$)")


# What Markdown renderers turn into links without any markup (GFM's extended
# autolinks, markdown-it's linkify): URLs, www. names, e-mail addresses, bare domain
# names under a country code or one of linkify-it's generic top-level domains. Shown
# as code spans, where no renderer makes a link; no backtick or pipe inside, so the
# span cannot end early nor split a table cell.
_TLDS = "[a-z]{2}|biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop"
_LINKABLE = re.compile(
    r"(?:(?:https?|ftp|file|mailto|xmpp|javascript|data|tel|sms|irc|gopher):|www\d{0,3}\.)"
    r"(?:[^\s`|<>\"']*[^\s`|<>\"'.,;:!?)\]])?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b(?:[/?#:][^\s`|<>\"']*[^\s`|<>\"'.,;:!?)\]])?",
    re.IGNORECASE,
)


def escape(text: str) -> str:
    """Article text made inert for a single Markdown line (also a table cell): no
    structure, no HTML, and no link (what a renderer would link is a code span)."""
    flat = display(text)
    parts: list[str] = []
    last = 0
    for m in _LINKABLE.finditer(flat):
        parts.append(_INLINE.sub(r"\\\1", flat[last : m.start()]))
        parts.append(f"`{m.group()}`")
        last = m.end()
    parts.append(_INLINE.sub(r"\\\1", flat[last:]))
    return _LINE_START.sub(_escaped_start, "".join(parts))


def _escaped_start(m: re.Match[str]) -> str:
    lead, mark = (m[1], m[2]) if m[2] is not None else (m[3], m[4])
    return f"{lead}\\{mark}"


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
    named = display_title(brief)
    out.append(f"# {escape(named)}" if named else "# Brief")
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
            certainty: str = t.certainty
            if t.inferred in INFERRED_NOTES:
                certainty += f" ({INFERRED_NOTES[t.inferred]})"
            out.append(f"| {date} | {escape(t.event)} | {certainty} |")
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
