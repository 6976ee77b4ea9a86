"""What the human-readable renderers share: section titles, groupings, marks and safe text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from rich.text import Text

from newsbrief.brief import Brief, Entity, Quote, QuoteKind

# The title of each section, by the Brief field it shows, in display order.
SECTION_TITLES = {
    "at_a_glance": "At a Glance",
    "timeline": "Timeline",
    "key_takeaways": "Key Takeaways",
    "entities": "Who and Where",
    "quotes": "Quotes",
    "warnings": "Warnings",
}

# The names a reader picks sections by (`--only glance,timeline`), by Brief field.
SECTION_NAMES = {
    "glance": "at_a_glance",
    "timeline": "timeline",
    "takeaways": "key_takeaways",
    "who": "entities",
    "quotes": "quotes",
    "warnings": "warnings",
}

# Quotes of one speaker this close (in characters of the article) continue one
# another: '"...," she said. "..."' or a quote carried on into the next paragraph.
CONTINUES_WITHIN = 160


@dataclass(frozen=True)
class View:
    """What a reader asked to see of a brief: which sections (keys of SECTION_TITLES),
    and at most how many quotes (None: all). The JSON always holds everything."""

    sections: frozenset[str] = frozenset(SECTION_TITLES)
    quotes: int | None = None

    def shows(self, section: str) -> bool:
        return section in self.sections


# The whole brief, every quote.
EVERYTHING = View()


def quote_runs(quotes: list[Quote]) -> list[list[Quote]]:
    """The quotes in order, those of one speaker that continue one another together
    (direct with direct: reported speech is told on its own line)."""
    runs: list[list[Quote]] = []
    for quote in quotes:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and quote.speaker is not None
            and quote.speaker == last.speaker
            and quote.kind == last.kind == "direct"
            and 0 <= quote.start - last.end <= CONTINUES_WITHIN
        ):
            runs[-1].append(quote)
        else:
            runs.append([quote])
    return runs


def more_quotes(hidden: int) -> str:
    """The line that says how many quotes a limit left out."""
    return f"… and {hidden} more (all of them: --quotes all, or --format json)"


# How entity labels are grouped for readers, in display order.
ENTITY_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("People", frozenset({"PERSON"})),
    ("Organizations", frozenset({"ORG"})),
    ("Places", frozenset({"GPE", "LOC", "FAC"})),
)
MAX_ENTITIES_SHOWN = 8
MAX_ALIASES_SHOWN = 3

# How each kind of quote is told: direct speech in quotation marks, reported speech
# in the article's words with a note (a mixed one holds its own partial quotes).
QUOTE_NOTES: dict[QuoteKind, str] = {
    "direct": "",
    "reported": "reported",
    "mixed": "reported, partly quoted",
}
SPEAKER_NOT_NAMED = "speaker not named"

# A mark beside each timeline date, by certainty.
CERTAINTY_MARKS = {"exact": " ", "approximate": "~", "unresolved": "?"}
# What an approximate date's row says was inferred.
INFERRED_NOTES = {
    "direction": "weekday inferred",
    "year": "year inferred",
    "context": "counted from an earlier date",
    "speech": "as said in a quotation",
    "range": "first of the dates it names",
    "clause": "may date another part of the sentence",
    "carried": "carried from an earlier sentence",
    "lead": "told as news on the article's date",
}

# C0/C1 control characters other than tab and newline, DEL, and bidirectional
# marks, embeddings, overrides and isolates: an article must not be able to move the
# cursor, recolour the screen or reorder what is shown.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """Control characters shown as escapes (`\\x1b`), everything else unchanged."""
    return _CONTROL.sub(_escape_control, text)


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# Inline Markdown an article may carry (the JSON keeps it; readers need not see it).
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\s]+\)")
_WHITESPACE = re.compile(r"\s+")


def display(text: str) -> str:
    """Article text for reading: one line, bold markers and link targets dropped,
    control characters visible."""
    text = _LINK.sub(r"\1", _STRONG.sub(r"\2", text))
    return _WHITESPACE.sub(" ", visible(text)).strip()


def printable(text: str) -> Text:
    """Article text as a rich Text: never parsed as markup, made `display`-ready."""
    return Text(display(text))


def entity_line(entities: list[Entity]) -> str:
    """'Sanae Takaichi (Takaichi), Trump' — names with a few aliases."""
    parts = []
    for e in entities:
        aliases = [a for a in e.aliases if a != e.name][:MAX_ALIASES_SHOWN]
        parts.append(f"{e.name} ({', '.join(aliases)})" if aliases else e.name)
    return ", ".join(parts)


def reference_line(brief: Brief) -> str:
    """How relative dates were resolved, in words."""
    if brief.reference_date is None:
        return "reference date unknown: relative dates left unresolved"
    how = {"option": "given", "article": "stated in the article"}.get(
        brief.reference_date_source, brief.reference_date_source
    )
    published_from = brief.source.published_from
    if (
        brief.reference_date_source == "article"
        and published_from is not None
        and brief.source.published == brief.reference_date.isoformat()
    ):
        how = f"the page's publication date, from its {published_from}"
    return f"reference date {brief.reference_date.isoformat()} ({how})"


def display_title(brief: Brief) -> str | None:
    """What a brief is titled by: its headline, else its file's name (a text without a
    title line is not given an invented headline; the file names it), else None."""
    if brief.headline:
        return brief.headline
    path = brief.source.path
    if path and "://" not in path and path != "-":
        return PurePath(path).name or None
    return None


def quote_line(q: Quote) -> tuple[str, str, str]:
    """A quote as shown: its words (in quotation marks when direct), who said it
    (or that nobody is named), and the note on its kind ('' for direct)."""
    words = f"“{q.text}”" if q.kind == "direct" else q.text
    return words, q.speaker or SPEAKER_NOT_NAMED, QUOTE_NOTES[q.kind]
