"""Lines of an article, and the plain-text conventions that keep lines apart.

News copy is often not Markdown: one paragraph per line, a short title-like line as
a section heading, a bullet list straight after a paragraph line. Before parsing,
lines that these conventions keep apart are separated by a virtual blank line, so
that Markdown's lazy continuation does not glue a heading, a list and the next
paragraph into one block. Hard-wrapped text is the exception: where a line ends
only because the next word did not fit, it goes on in the next line, whatever it
ends on (`wrap_breaks`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsbrief.lexicon import META_LINE

_NEWLINE = re.compile(r"\r\n|\r|\n")
# A line that ends a sentence or a unit of text.
_TERMINAL = re.compile(r"[.!?:;…\"”’)\]»]\s*$")
_TERMINAL_PUNCT = frozenset(".!?:;,…")
# Markdown block starts that open a new block (list markers need a space after).
_BLOCK_START = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|>|\|)")
LIST_MARKER = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?")
# Every block quote marker at the start of a line at once: peeling them one by one
# would copy the line once per marker (quadratic on a line of a million `>`).
QUOTE_MARKERS = re.compile(r"(?:\s{0,3}>\s?)*")

# Container markers (block quote `>`, list items) at the start of a line: Markdown
# drops what is nested deeper than its limit, so the parser sees at most _MAX_DEPTH.
_MAX_DEPTH = 8
_CONTAINER = r"(?:[ ]{0,3}(?:>[ ]?|(?:[-*+]|\d{1,9}[.)])[ ]+))"
_DEEP = re.compile(rf"{_CONTAINER}{{{_MAX_DEPTH + 1},}}(?=\S)")
_SHALLOW = re.compile(rf"{_CONTAINER}{{{_MAX_DEPTH}}}")

_HEADING_MAX_WORDS = 12
_SHORT_HEADING_WORDS = 6
_TITLE_CASE_SHARE = 0.6
_HEADING_MAX_CHARS = 90
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200


class Line(NamedTuple):  # a tuple: articles can have millions of lines
    start: int
    end: int  # excluding the line break


def split_lines(text: str) -> list[Line]:
    """Lines of `text` (any of CRLF, CR, LF ends a line), as markdown-it counts them."""
    lines = []
    pos = 0
    for m in _NEWLINE.finditer(text):
        lines.append(Line(pos, m.start()))
        pos = m.end()
    if pos < len(text) or not lines:
        lines.append(Line(pos, len(text)))
    return lines


def is_blank(line: str) -> bool:
    return not line.strip()


def strip_quote(line: str) -> str:
    m = QUOTE_MARKERS.match(line)
    return line[m.end() :] if m else line


def _is_table_row(line: str) -> bool:
    return "|" in strip_quote(line)


# Commas that make a short line a list of three or more items rather than a title.
_LIST_MIN_COMMAS = 2


def is_title_like(line: str, first: bool = False) -> bool:
    """A short line without end punctuation, shaped like a title.

    Beyond a few words a heading must be in title case, so that a hard-wrapped
    line of prose is not mistaken for one; the article's first line may be a
    longer sentence-case headline.
    """
    s = line.strip()
    # A closing (or dangling opening) quotation mark ends speech, not a title; a
    # title has at least one letter or digit.
    if not s or s[-1] in _TERMINAL_PUNCT or s[-1] in "\"”’'‘" or not any(c.isalnum() for c in s):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'"):
        return False
    if META_LINE.match(s):
        return False
    words = s.split()
    if first:
        return len(words) <= _HEADLINE_MAX_WORDS and len(s) <= _HEADLINE_MAX_CHARS
    if s.count(",") >= _LIST_MIN_COMMAS:
        return False  # a list, "Cast: Tom Hanks, Meg Ryan, Bill Pullman", is read as prose
    if len(words) > _HEADING_MAX_WORDS or len(s) > _HEADING_MAX_CHARS:
        return False
    if len(words) <= _SHORT_HEADING_WORDS:
        return True
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    capitalized = sum(w[0].isupper() for w in long_words)
    return capitalized >= _TITLE_CASE_SHARE * len(long_words)


# Hard wrapping (text broken at a fixed width): a run of lines is read as wrapped
# when at least this many of its line breaks, and at least this share of them, fall
# mid-sentence where the next word would not have fitted on the line.
_WRAP_MIN_LINES = 3
_WRAP_MIN_BREAKS = 2
_WRAP_MIN_SHARE = 0.5
# "Shooter: ...", "Why it matters: ...": a short label in capitals and a colon.
_LABEL_START = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s")


def _no_room(line: str, after: str, width: int) -> bool:
    """Whether the first word of `after` would not have fitted at the end of `line` in
    a text `width` wide: the one reason a wrapping editor breaks a line."""
    words = after.split(None, 1)  # the first word only: a line may be very long
    return bool(words) and len(line.rstrip()) + 1 + len(words[0]) > width


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def wrap_breaks(contents: list[str], first_text: int = -1) -> set[int]:
    """Indexes of the lines whose line break is a hard wrap inside a paragraph.

    In a run of non-blank lines broken at a fixed width (pasted from an e-mail or a
    terminal), a line ends where the next word did not fit, whatever it ends on: a
    name in capitals ("... at Old" / "Trafford."), a title's dot ("Mr." / "Brown").
    A break where the next word would have fitted was made on purpose (the end of a
    paragraph, a heading, a list item, a byline); so are breaks around a short
    title-like line, before an indented line, and after a first line that may be
    the text's headline.
    Copy with one paragraph or sentence per line has no such run: its lines end on
    full stops, at any length.
    """
    out: set[int] = set()
    i = 0
    while i < len(contents):
        if is_blank(contents[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(contents) and not is_blank(contents[j + 1]):
            j += 1
        if j - i + 1 >= _WRAP_MIN_LINES:
            out |= _wrapped_run(contents, i, j, first_text)
        i = j + 1
    return out


def _wrapped_run(contents: list[str], first: int, last: int, first_text: int) -> set[int]:
    """The wrap breaks of one run of non-blank lines (none when it is not wrapped)."""
    # The width the text was wrapped at; a headline atop it may be longer.
    top = first + 1 if first == first_text else first
    width = max(len(contents[k].rstrip()) for k in range(top, last + 1))
    full = [_no_room(contents[k], contents[k + 1], width) for k in range(first, last)]
    mid_sentence = sum(
        1
        for k, f in zip(range(first, last), full, strict=True)
        if f and not _TERMINAL.search(contents[k])
    )
    if mid_sentence < _WRAP_MIN_BREAKS or mid_sentence < _WRAP_MIN_SHARE * (last - first):
        return set()
    out: set[int] = set()
    for k, f in zip(range(first, last), full, strict=True):
        if not f:
            continue
        nxt = contents[k + 1]
        # A short title-like line between two breaks made on purpose is a heading; an
        # indented line opens a paragraph.
        heading = is_title_like(nxt) and (k + 1 == last or not full[k + 1 - first])
        headline = k == first_text and (
            is_title_like(contents[k]) or len(contents[k].rstrip()) > width
        )
        if not (heading or headline or _indent(nxt) > _indent(contents[k])):
            out.add(k)
    return out


def _separates(prev: str, line: str, first: bool = False, wrap: bool = False) -> bool:
    """Whether plain-text conventions put a block break between two non-blank lines
    (`wrap`: the break is a hard wrap inside a paragraph, `wrap_breaks`)."""
    if _is_table_row(prev) != _is_table_row(line):
        return True
    if _is_table_row(prev):
        return False
    if META_LINE.match(prev) or META_LINE.match(line):
        return True
    if _BLOCK_START.match(line):
        # Markdown starts a block here anyway, except that a block quote line
        # continues the quote before it: split the quote only at sentence ends.
        prev_q, line_q = QUOTE_MARKER.match(prev), QUOTE_MARKER.match(line)
        if prev_q and line_q:
            return _separates(strip_quote(prev), strip_quote(line), first)
        return True
    if line[:1].isspace() and LIST_MARKER.match(prev):
        return False  # an indented continuation of a list item
    if wrap and not (_TERMINAL.search(prev) and _LABEL_START.match(line)):
        # The line ends where the next word did not fit, not where its paragraph does;
        # after a full stop, a short label and a colon open a caption or a new item.
        return False
    stripped = line.lstrip()
    if not stripped or not (
        stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"“‘'([*_"
    ):
        return False  # wrapped prose continues in lower case
    body = strip_quote(prev)
    body = LIST_MARKER.sub("", body, count=1)
    return bool(_TERMINAL.search(body)) or is_title_like(body, first)


def shallow(line: str) -> str:
    """The line as the parser sees it: containers nested deeper than Markdown's limit
    (which would drop their text) count as the deepest it keeps. Block offsets come
    from the original line, so its text is kept whole."""
    deep = _DEEP.match(line)
    if deep is None:
        return line
    kept = _SHALLOW.match(line)
    assert kept is not None
    return kept.group() + line[deep.end() :]


def separate(contents: list[str]) -> tuple[list[str], list[int]]:
    """Lines with virtual blank lines inserted, and each virtual line's original index.

    A run of blank lines becomes one (Markdown reads them alike), so that a page of
    empty lines costs the parser nothing.
    """
    virtual: list[str] = []
    origin: list[int] = []
    first_text = next((i for i, line in enumerate(contents) if not is_blank(line)), -1)
    wraps = wrap_breaks(contents, first_text)
    for i, line in enumerate(contents):
        if i and is_blank(line) and is_blank(contents[i - 1]):
            continue
        if (
            i
            and not is_blank(line)
            and not is_blank(contents[i - 1])
            and _separates(contents[i - 1], line, first=i - 1 == first_text, wrap=i - 1 in wraps)
        ):
            virtual.append("")
            origin.append(-1)
        virtual.append(shallow(line))
        origin.append(i)
    return virtual, origin
