"""Split an article into typed blocks with offsets into the original text.

Markdown structure (headings, lists, block quotes, pipe tables) comes from
markdown-it-py. News copy is often not Markdown, though: one paragraph per line, a
short title-like line as a section heading, a bullet list straight after a
paragraph line. Before parsing, lines that plain-text conventions keep apart are
separated by a virtual blank line, so that Markdown's lazy continuation does not
glue a heading, a list and the next paragraph into one block. Line numbers map
back to the original text, which is never altered: every block satisfies
`text == article[start:end]`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from markdown_it import MarkdownIt

from newsbrief.brief import Block, BlockKind, TextSpan
from newsbrief.lexicon import DANGLING_WORDS, META_LINE, SPEECH_VERB_FORMS, section_role

_NEWLINE = re.compile(r"\r\n|\r|\n")
# A line that ends a sentence or a unit of text.
_TERMINAL = re.compile(r"[.!?:;…\"”’)\]»]\s*$")
_TERMINAL_PUNCT = frozenset(".!?:;,…")
# Markdown block starts that open a new block (list markers need a space after).
_BLOCK_START = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|>|\|)")
_LIST_MARKER = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+|$)")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?")
# Every block quote marker at the start of a line at once: peeling them one by one
# would copy the line once per marker (quadratic on a line of a million `>`).
_QUOTE_MARKERS = re.compile(r"(?:\s{0,3}>\s?)*")
_HEADING_MARKER = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
# "Label: text" at the start of a bullet: a short label, a colon, a space.
_LABEL = re.compile(r"^(?P<label>[^:\n]{1,48}?)\s*:\s+\S")
# "Trump said:" / "According to Trump:" introducing a block quote.
_LEAD_IN = re.compile(
    rf"^(?P<speaker>[^\n:]{{1,80}}?)\s+(?:{SPEECH_VERB_FORMS})\b[^:\n]{{0,40}}:\s*$"
    rf"|^(?:according to|in the words of)\s+(?P<speaker2>[^\n:]{{1,80}}?)\s*:\s*$",
    re.IGNORECASE,
)

_HEADING_MAX_WORDS = 12
_SHORT_HEADING_WORDS = 6
_TITLE_CASE_SHARE = 0.6
_HEADING_MAX_CHARS = 90
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200
_LABEL_MAX_WORDS = 6
# A line that starts with a lower-case word continues the sentence before it.
_LOWER_START = re.compile(r"^[\"'“‘(]?[a-z][a-z'’-]*\b(?![\w'’-]*[A-Z])")


class _Line(NamedTuple):  # a tuple: articles can have millions of lines
    start: int
    end: int  # excluding the line break


def split_lines(text: str) -> list[_Line]:
    """Lines of `text` (any of CRLF, CR, LF ends a line), as markdown-it counts them."""
    lines = []
    pos = 0
    for m in _NEWLINE.finditer(text):
        lines.append(_Line(pos, m.start()))
        pos = m.end()
    if pos < len(text) or not lines:
        lines.append(_Line(pos, len(text)))
    return lines


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Indented code is off: news copy indents paragraphs; raw HTML stays text.
    # Only block structure is read, so inline parsing (emphasis, links) is skipped:
    # it is most of markdown-it's time and quadratic on runs of `[`.
    return (
        MarkdownIt("commonmark", {"html": False}).enable("table").disable("code").disable("inline")
    )


def split_blocks(text: str) -> list[Block]:
    """The article's blocks in order."""
    lines = split_lines(text)
    contents = [text[ln.start : ln.end] for ln in lines]
    virtual, origin = _separate(contents)
    tokens = _markdown().parse("\n".join(virtual))
    raw = list(_raw_blocks(tokens, origin, lines, text))
    return _finish(raw, text, lines)


# --- Virtual separation -----------------------------------------------------------


def _is_blank(line: str) -> bool:
    return not line.strip()


def _strip_quote(line: str) -> str:
    m = _QUOTE_MARKERS.match(line)
    return line[m.end() :] if m else line


def _is_table_row(line: str) -> bool:
    return "|" in _strip_quote(line)


def _is_title_like(line: str, first: bool = False) -> bool:
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
    if len(words) > _HEADING_MAX_WORDS or len(s) > _HEADING_MAX_CHARS:
        return False
    if len(words) <= _SHORT_HEADING_WORDS:
        return True
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    capitalized = sum(w[0].isupper() for w in long_words)
    return capitalized >= _TITLE_CASE_SHARE * len(long_words)


def _separates(prev: str, line: str, first: bool = False) -> bool:
    """Whether plain-text conventions put a block break between two non-blank lines."""
    if _is_table_row(prev) != _is_table_row(line):
        return True
    if _is_table_row(prev):
        return False
    if META_LINE.match(prev) or META_LINE.match(line):
        return True
    if _BLOCK_START.match(line):
        # Markdown starts a block here anyway, except that a block quote line
        # continues the quote before it: split the quote only at sentence ends.
        prev_q, line_q = _QUOTE_MARKER.match(prev), _QUOTE_MARKER.match(line)
        if prev_q and line_q:
            return _separates(_strip_quote(prev), _strip_quote(line), first)
        return True
    if line[:1].isspace() and _LIST_MARKER.match(prev):
        return False  # an indented continuation of a list item
    stripped = line.lstrip()
    if not stripped or not (
        stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"“‘'([*_"
    ):
        return False  # wrapped prose continues in lower case
    body = _strip_quote(prev)
    body = _LIST_MARKER.sub("", body, count=1)
    return bool(_TERMINAL.search(body)) or _is_title_like(body, first)


def _separate(contents: list[str]) -> tuple[list[str], list[int]]:
    """Lines with virtual blank lines inserted, and each virtual line's original index.

    A run of blank lines becomes one (Markdown reads them alike), so that a page of
    empty lines costs the parser nothing.
    """
    virtual: list[str] = []
    origin: list[int] = []
    first_text = next((i for i, line in enumerate(contents) if not _is_blank(line)), -1)
    for i, line in enumerate(contents):
        if i and _is_blank(line) and _is_blank(contents[i - 1]):
            continue
        if (
            i
            and not _is_blank(line)
            and not _is_blank(contents[i - 1])
            and _separates(contents[i - 1], line, first=i - 1 == first_text)
        ):
            virtual.append("")
            origin.append(-1)
        virtual.append(line)
        origin.append(i)
    return virtual, origin


# --- From tokens to raw blocks ----------------------------------------------------


@dataclass
class _Raw:
    kind: BlockKind
    first: int  # original line indexes, inclusive
    last: int
    strip: str  # which markers to remove: "", "bullet", "quote", "heading"
    table: bool = False


def _original_range(token_map: list[int], origin: list[int]) -> tuple[int, int]:
    real = [origin[i] for i in range(token_map[0], token_map[1]) if origin[i] >= 0]
    return real[0], real[-1]


def _raw_blocks(
    tokens: list[Any], origin: list[int], lines: list[_Line], text: str
) -> Iterator[_Raw]:
    containers: list[str] = []
    item_paragraphs: list[int] = []
    skip_until = -1
    for idx, tok in enumerate(tokens):
        if idx <= skip_until:
            continue
        kind = tok.type
        if kind in ("list_item_open", "blockquote_open"):
            containers.append(kind)
            if kind == "list_item_open":
                item_paragraphs.append(0)
        elif kind in ("list_item_close", "blockquote_close"):
            containers.pop()
            if kind == "list_item_close":
                item_paragraphs.pop()
        elif kind == "heading_open" and tok.map:
            first, last = _original_range(tok.map, origin)
            yield _Raw("heading", first, last, "heading" if tok.markup.startswith("#") else "")
        elif kind == "paragraph_open" and tok.map:
            first, last = _original_range(tok.map, origin)
            in_item = bool(containers) and containers[-1] == "list_item_open"
            in_quote = "blockquote_open" in containers
            if in_item and item_paragraphs[-1] == 0:
                item_paragraphs[-1] += 1
                yield _Raw("bullet", first, last, "bullet")
            elif in_quote:
                yield _Raw("quote", first, last, "quote")
            else:
                yield _Raw("paragraph", first, last, "")
        elif kind == "fence" and tok.map:
            first, last = _original_range(tok.map, origin)
            if _is_closing_fence(text[lines[last].start : lines[last].end], tok.markup):
                last -= 1  # an unclosed fence runs to the end of the article
            if last > first:  # the lines between the fences
                yield _Raw("paragraph", first + 1, last, "")
        elif kind == "table_open" and tok.map:
            first, last = _original_range(tok.map, origin)
            yield _Raw("table", first, last, "", table=True)
            depth = 1
            j = idx + 1
            while j < len(tokens) and depth:
                depth += {"table_open": 1, "table_close": -1}.get(tokens[j].type, 0)
                j += 1
            skip_until = j - 1


def _is_closing_fence(line: str, markup: str) -> bool:
    body = _strip_quote(line).strip()
    return len(body) >= len(markup) and not body.strip(markup[:1])


# --- Offsets, tables, labels, headings ---------------------------------------------


def _content_bounds(text: str, line: _Line, strip: str, first: bool) -> tuple[int, int]:
    """Start and end of a line's content once its Markdown markers are removed."""
    q = text[line.start : line.end]
    offset = 0
    # Block quotes may hold list items and vice versa; peel markers in order.
    if strip in ("quote", "bullet"):
        m = _QUOTE_MARKERS.match(q)
        offset = m.end() if m else 0
        q = q[offset:]
    if first and strip == "bullet":
        m = _LIST_MARKER.match(q)
        if m:
            offset += m.end()
            q = q[m.end() :]
    if first and strip == "heading":
        m = _HEADING_MARKER.match(q)
        if m:
            offset += m.end()
            q = q[m.end() :]
        q = _without_closing_hashes(q)
    lead = len(q) - len(q.lstrip())
    body = q.strip()
    start = line.start + offset + lead
    return start, start + len(body)


def _without_closing_hashes(q: str) -> str:
    """An ATX heading's content without its closing `#` run (`## Title ##`).

    Done with string methods: the regular expression for it backtracks
    quadratically over a long run of spaces.
    """
    body = q.rstrip()
    before = body.rstrip("#")
    if before == body:
        return q
    if not before:
        return ""
    return before.rstrip() if before[-1].isspace() else q


def _cells(text: str, line: _Line) -> list[TextSpan]:
    """The cells of a pipe-table row; `\\|` is an escaped pipe inside a cell."""
    s = text[line.start : line.end]
    m = _QUOTE_MARKER.match(s)
    base = m.end() if m else 0
    bounds = [base - 1] + [base + k.start() for k in re.finditer(r"(?<!\\)\|", s[base:])] + [len(s)]
    cells = []
    for a, b in itertools.pairwise(bounds):
        piece = s[a + 1 : b]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        start = line.start + a + 1 + lead
        cells.append(TextSpan(body, start, start + len(body)))
    # Leading and trailing pipes leave empty edge cells.
    if cells and not cells[0].text and s[base:].lstrip().startswith("|"):
        cells = cells[1:]
    if cells and not cells[-1].text and s.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _is_delimiter_row(cells: list[TextSpan]) -> bool:
    return bool(cells) and all(re.fullmatch(r":?-+:?", c.text.replace(" ", "")) for c in cells)


def _label(text: str, start: int) -> TextSpan | None:
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group("label").strip()
    if len(label.split()) > _LABEL_MAX_WORDS or re.search(r"[.!?\"“”]", label):
        return None
    return TextSpan(label, start, start + len(label))


def _lead_in_speaker(block: Block) -> TextSpan | None:
    m = _LEAD_IN.match(block.text)
    if not m:
        return None
    group = "speaker" if m.group("speaker") is not None else "speaker2"
    a, b = m.span(group)
    return TextSpan(block.text[a:b], block.start + a, block.start + b)


def _finish(raw: list[_Raw], text: str, lines: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    for r in raw:
        if r.kind == "paragraph" and all(
            _PIPE_ROW.match(text[lines[i].start : lines[i].end]) for i in range(r.first, r.last + 1)
        ):
            r.table = True  # pipe rows without a delimiter row: a table without header
        if r.table:
            table = _table(r, lines, text)
            if table is not None:
                blocks.append(table)
            continue
        starts_ends = [
            _content_bounds(text, lines[i], r.strip, i == r.first)
            for i in range(r.first, r.last + 1)
        ]
        starts_ends = [(a, b) for a, b in starts_ends if b > a]
        if not starts_ends:
            continue
        start, end = starts_ends[0][0], starts_ends[-1][1]
        blocks.append(Block(r.kind, text[start:end], start, end))

    _plain_headings(blocks)
    section: str | None = None
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            section = b.text
            continue
        b.section = section
        if b.kind == "bullet":
            b.label = _label(b.text, b.start)
        if b.kind == "quote" and i and blocks[i - 1].kind == "paragraph":
            b.speaker = _lead_in_speaker(blocks[i - 1])
    return blocks


def _table(r: _Raw, lines: list[_Line], text: str) -> Block | None:
    """The table, or None when it has no cells (a lone delimiter row `|---|`)."""
    rows = [_cells(text, lines[i]) for i in range(r.first, r.last + 1)]
    rows = [row for row in rows if row]
    header: list[TextSpan] = []
    if len(rows) >= 2 and _is_delimiter_row(rows[1]):
        header, rows = rows[0], rows[2:]
    rows = [row for row in rows if not _is_delimiter_row(row)]
    every = header + [c for row in rows for c in row]
    if not every:
        return None
    nonempty = [c for c in every if c.text] or every
    start = min(c.start for c in nonempty)
    end = max(c.end for c in nonempty)
    return Block("table", text[start:end], start, end, header=header, rows=rows)


def _cut_sentence(line: str, after: Block) -> bool:
    """Whether a title-like line is really a sentence that goes on in the next block."""
    words = line.split()
    if words and words[-1].lower() in DANGLING_WORDS:
        return True
    return after.kind == "paragraph" and bool(_LOWER_START.match(after.text))


def _plain_headings(blocks: list[Block]) -> None:
    """Promote title-like paragraphs to headings, and the first title to the headline."""
    seen_content = False
    for i, b in enumerate(blocks):
        following = i + 1 < len(blocks)
        if (
            b.kind == "paragraph"
            and "\n" not in b.text
            and following
            and _is_title_like(b.text, first=not seen_content)
            and not _cut_sentence(b.text, blocks[i + 1])
        ):
            b.kind = "heading"
        if b.kind == "heading":
            if not seen_content and section_role(b.text) is None:
                b.kind = "headline"
            seen_content = True
            continue
        seen_content = True
