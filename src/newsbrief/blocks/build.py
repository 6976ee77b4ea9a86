"""Raw blocks to the article's Blocks: offsets without Markdown markers, table cells,
bullet labels, quote lead-ins, and plain-text headings and the headline."""

from __future__ import annotations

import itertools
import re

from newsbrief.blocks.lines import LIST_MARKER, QUOTE_MARKER, QUOTE_MARKERS, Line, is_title_like
from newsbrief.blocks.structure import Raw
from newsbrief.brief import Block, TextSpan
from newsbrief.lexicon import DANGLING_WORDS, SPEECH_VERB_FORMS, section_role

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_HEADING_MARKER = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
# "Label: text" at the start of a bullet: a short label, a colon, a space.
_LABEL = re.compile(r"^(?P<label>[^:\n]{1,48}?)\s*:\s+\S")
# "Trump said:" / "According to Trump:" introducing a block quote.
_LEAD_IN = re.compile(
    rf"^(?P<speaker>[^\n:]{{1,80}}?)\s+(?:{SPEECH_VERB_FORMS})\b[^:\n]{{0,40}}:\s*$"
    rf"|^(?:according to|in the words of)\s+(?P<speaker2>[^\n:]{{1,80}}?)\s*:\s*$",
    re.IGNORECASE,
)

_LABEL_MAX_WORDS = 6
# A line that starts with a lower-case word continues the sentence before it.
_LOWER_START = re.compile(r"^[\"'“‘(]?[a-z][a-z'’-]*\b(?![\w'’-]*[A-Z])")


def _content_bounds(text: str, line: Line, strip: str, first: bool) -> tuple[int, int]:
    """Start and end of a line's content once its Markdown markers are removed."""
    q = text[line.start : line.end]
    offset = 0
    # Block quotes may hold list items and vice versa; peel markers in order.
    if strip in ("quote", "bullet"):
        m = QUOTE_MARKERS.match(q)
        offset = m.end() if m else 0
        q = q[offset:]
    if first and strip == "bullet":
        m = LIST_MARKER.match(q)
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


def _cells(text: str, line: Line) -> list[TextSpan]:
    """The cells of a pipe-table row; `\\|` is an escaped pipe inside a cell."""
    s = text[line.start : line.end]
    m = QUOTE_MARKER.match(s)
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


def finish(raw: list[Raw], text: str, lines: list[Line]) -> list[Block]:
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


def _table(r: Raw, lines: list[Line], text: str) -> Block | None:
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
            and is_title_like(b.text, first=not seen_content)
            and not _cut_sentence(b.text, blocks[i + 1])
        ):
            b.kind = "heading"
        if b.kind == "heading":
            if not seen_content and section_role(b.text) is None:
                b.kind = "headline"
            seen_content = True
            continue
        seen_content = True
