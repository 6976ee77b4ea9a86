"""Quotation marks paired into quoted stretches, block by block and over paragraphs.

Quotation marks are paired block by block: curly and straight, double and single
(an apostrophe inside or at the end of a word is not a quote mark). A paragraph
that opens a quote and never closes it runs on into the next paragraph that opens
with a quote mark, as news copy writes a quote of several paragraphs; or through
the paragraphs without marks up to the one whose first mark closes it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsbrief.brief import Block

QUOTED_KINDS = frozenset({"paragraph", "bullet", "quote"})

DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE = "“", "”", '"'
SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE = "‘", "’", "'"
QUOTE_CHARS = "\"“”'‘’«»"
DOUBLE_QUOTE_MARKS = frozenset('"“”')
RUN_LOOKAHEAD_BLOCKS = 8
# What may stand before an opening mark and after a closing one.
_BEFORE_OPEN = frozenset(" \t\n([{—–-/:;,")
_AFTER_CLOSE = frozenset(" \t\n)]}—–-/.,;:!?…")
SENTENCE_END_CHARS = frozenset(".!?…")
# The marks each scan stops at (two single ones may stand for a double one:
# "’’", "``"): only these are read, not every character of a long paragraph.
_DOUBLE_SCAN = re.compile(
    f"``|''|{SINGLE_OPEN}{{2}}|{SINGLE_CLOSE}{{2}}"
    f"|[{DOUBLE_OPEN}{DOUBLE_CLOSE}{STRAIGHT_DOUBLE}{SINGLE_CLOSE}{STRAIGHT_SINGLE}]"
)
_SINGLE_SCAN = re.compile(f"[{SINGLE_OPEN}{SINGLE_CLOSE}{STRAIGHT_SINGLE}]")

# Two marks standing for a double one, as wire copy and typewriters write it:
# "``Yes,'' he said", "''Yes,'' he said".
PAIRED_MARKS = frozenset({"``", "''", SINGLE_OPEN * 2, SINGLE_CLOSE * 2})


def mark_width(text: str, i: int) -> int:
    """How many characters the quotation mark at text[i] takes: 2 for "``" or "''"."""
    return 2 if text[i : i + 2] in PAIRED_MARKS else 1


def _shape(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the straight or curly mark at text[i]."""
    ch = text[i]
    if ch == DOUBLE_OPEN:
        return "open"
    if ch == DOUBLE_CLOSE:
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _BEFORE_OPEN and not after.isspace():
        return "open"
    if not before.isspace() and (after in _AFTER_CLOSE or after in QUOTE_CHARS):
        return "close"
    return "either"


def _double_spans(text: str) -> list[tuple[int, int | None]]:
    """(open, close) indexes of double-quoted stretches; close None when unclosed.

    An opening mark inside an open quote starts a quote within it ('the show
    "Harbour Lights"'), except right after the end of a sentence: copy that lost a
    closing mark ('boil the water first. "This is') pairs up again from there."""
    spans: list[tuple[int, int | None]] = []
    opened: int | None = None
    nested = False
    for m in _DOUBLE_SCAN.finditer(text):
        i, ch = m.start(), m.group()
        if ch in PAIRED_MARKS:
            shape = _paired_shape(text, i)
            if opened is not None and not nested and shape == "close":
                spans.append((opened, i))  # '“... creators,’’ says': two singles close it
                opened = None
            elif opened is None and shape == "open":
                opened = i  # "``Yes," or "''Yes,": two singles open a quote
            continue
        if ch not in (DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE):
            continue
        shape = _shape(text, i)
        if opened is None:
            if shape != "close":
                opened = i
        elif nested:
            nested = shape == "open"
        elif shape == "open" and _last_char(text, i) in SENTENCE_END_CHARS:
            spans.append((opened, i))
            opened = i
        elif shape == "open":
            nested = True
        else:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, None))
    return spans


def _last_char(text: str, i: int) -> str:
    """The last character before `i` that is not white space ("" if none)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return text[j] if j >= 0 else ""


def _paired_shape(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the two marks at text[i] that stand for a
    double one: "``" only opens, "’’" only closes; "''" closes after a word and
    opens before one."""
    pair = text[i : i + 2]
    before = text[i - 1] if i else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    if pair != "``" and i > 0 and not before.isspace():
        return "close"
    if pair != SINGLE_CLOSE * 2 and before in _BEFORE_OPEN and not after.isspace():
        return "open"
    return "either"


def _single_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int | None]]:
    """Single-quoted stretches outside `taken`; apostrophes ("don't", "Lowes'") are not
    marks unless they close an open quote."""
    spans: list[tuple[int, int | None]] = []
    opened: int | None = None
    for m in _SINGLE_SCAN.finditer(text):
        i, ch = m.start(), m.group()
        if any(a <= i < b for a, b in taken):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch != SINGLE_CLOSE and before in _BEFORE_OPEN and (after.isalnum() or after in '"“'):
                opened = i
        elif not before.isspace() and after in _AFTER_CLOSE and ch != SINGLE_OPEN:
            spans.append((opened, i))
            opened = None
    if opened is not None and _opens_speech(text, opened):
        spans.append((opened, None))  # runs on into the next paragraph
    return spans


def _opens_speech(text: str, i: int) -> bool:
    """Whether an unclosed single mark opens a quote rather than an elision ('90s):
    at the start of the paragraph, or after a lead-in and before a capital."""
    lead = text[:i].rstrip()
    return i == 0 or (lead[-1:] in (":", ",", ".") and text[i + 1 : i + 2].isupper())


def quote_spans(text: str) -> list[tuple[int, int | None]]:
    """Quoted stretches of one block as (opening mark, closing mark or None)."""
    doubles = _double_spans(text)
    closed = [(a, b if b is not None else len(text)) for a, b in doubles]
    singles = _single_spans(text, closed)
    spans = sorted(doubles + singles)
    # A quote within a quote belongs to the outer one.
    outer: list[tuple[int, int | None]] = []
    reach = -1
    for a, b in spans:
        if a < reach:
            continue
        outer.append((a, b))
        reach = len(text) if b is None else b
    return outer


def _first_mark(text: str, double: bool) -> tuple[str | None, int]:
    """The shape ('open' or 'close') and index of the first quote mark of a kind in
    `text`, apostrophes aside; (None, -1) when there is none."""
    for i, ch in enumerate(text):
        if double and text[i : i + 2] in PAIRED_MARKS:
            return ("open" if _paired_shape(text, i) == "open" else "close"), i
        if double and ch in (DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE):
            return ("open" if _shape(text, i) == "open" else "close"), i
        if not double and ch in (SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch != SINGLE_OPEN and not before.isspace() and after in _AFTER_CLOSE:
                return "close", i
            if ch != SINGLE_CLOSE and before in _BEFORE_OPEN and after.isalnum():
                return "open", i
    return None, -1


def block_spans(blocks: list[Block]) -> dict[int, list[tuple[int, int | None]]]:
    """Quoted stretches of each block that may hold quotes; -1 as the opening index
    means the block starts inside a quote. A quote left open at the end of a
    paragraph runs on through following paragraphs that have no marks, up to the
    paragraph whose first mark closes it (copy set one sentence a paragraph loses
    the marks that open each paragraph of a long quote)."""
    spans: dict[int, list[tuple[int, int | None]]] = {}
    for i, b in enumerate(blocks):
        if b.kind in QUOTED_KINDS:
            found = quote_spans(b.text)
            if b.kind == "quote" and not found:
                found = [(-1, None)]  # a block quote without marks is all quote
            spans[i] = found
    for i in sorted(spans):
        last = spans[i][-1] if spans[i] else None
        if last is None or last[1] is not None or last[0] < 0:
            continue
        following = spans.get(i + 1)
        if following and following[0][0] == 0:
            continue  # the next paragraph opens with a mark: the usual way
        text = blocks[i].text
        double = text[last[0]] in DOUBLE_QUOTE_MARKS or mark_width(text, last[0]) == 2
        for j in range(i + 1, i + 1 + RUN_LOOKAHEAD_BLOCKS):
            if j not in spans:
                break
            shape, at = _first_mark(blocks[j].text, double)
            if shape == "open" and at == 0:
                for k in range(i + 1, j):  # the quote goes on in a paragraph of its own
                    spans[k] = [(-1, None)]
                break
            if shape == "open":
                break
            if shape == "close":
                for k in range(i + 1, j):
                    spans[k] = [(-1, None)]
                rest = quote_spans(blocks[j].text[at + 1 :])
                spans[j] = [(-1, at)] + [
                    (a + at + 1, None if z is None else z + at + 1) for a, z in rest
                ]
                break
    return spans


def quoted_ranges(blocks: list[Block]) -> list[tuple[int, int]]:
    """The article offsets of every quoted stretch, marks included, in order: what
    someone said, in whatever marks, whichever paragraph it runs on into."""
    out: list[tuple[int, int]] = []
    for i, spans in sorted(block_spans(blocks).items()):
        b = blocks[i]
        for a, z in spans:
            end = len(b.text) if z is None else z + mark_width(b.text, z)
            out.append((b.start + max(a, 0), b.start + end))
    return out


def inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of `ranges` (sorted, not overlapping)."""
    i = bisect_right(ranges, pos, key=lambda r: r[0]) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


# A double mark that closes a quotation just after a span, past its comma or stop.
_CLOSES_AFTER = re.compile(r"[.,!?]?(?:\"|”|'')")


# A word's piece before or after a hyphen inside it ("re-", "-mail").
_WORD_BEFORE = re.compile(r"(?:\w+-)+$")
_WORD_AFTER = re.compile(r"(?:-\w+)+")


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` widened to the whole of a hyphened word it cuts: the parse
    may hang the pieces of "e-mail" or "re-released" apart, and a row then read
    "mail sent last July" or "members re"."""
    if start >= 2 and text[start - 1] == "-" and text[start].isalnum():
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is not None:
            start = m.start()
    if 0 < end < len(text) - 1 and text[end] == "-" and text[end - 1].isalnum():
        m = _WORD_AFTER.match(text, end)
        if m is not None:
            end = m.end()
    return start, end


def _double_marks(piece: str) -> int:
    """How many double quotation marks `piece` holds, curly, straight or doubled
    ("``", "'')."""
    return sum(piece.count(m) for m in DOUBLE_QUOTE_MARKS) + piece.count("``") + piece.count("''")


def with_its_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` widened to whole words (`whole_words`) and over the one
    double quotation mark it leaves unmatched at its edge: 'called the ruling a
    "huge win for voters' ends at the mark after 'voters."', 'we are so worried"
    the family posted' starts at the mark before 'we', or at the opening mark a
    few sentences back (`_from_its_opening`). A span cut inside a quotation
    elsewhere stays as it is."""
    start, end = whole_words(text, start, end)
    if _double_marks(text[start:end]) % 2 == 0:
        return start, end
    closing = _CLOSES_AFTER.match(text, end)
    if closing is not None:
        return start, closing.end()
    for mark in ("``", '"', "“"):
        if text.endswith(mark, 0, start):
            return start - len(mark), end
    return _from_its_opening(text, start, end)


# How far back a span closing a quotation it did not open looks for the opening.
_OPENING_REACH = 300
# Each closing double mark, with the mark that opens it.
_OPENER = {'"': '"', "”": "“", "''": "``"}


def _from_its_opening(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` widened back to the mark that opens the quotation it
    closes, in the same paragraph and near ('I told him to be safe and I left,"
    the chief told' starts at the '"' before 'I went to the house.'), when the
    span's first mark closes one and the words before hold that opening alone."""
    found = [(i, m) for m in _OPENER if (i := text.find(m, start, end)) >= 0]
    if not found:
        return start, end
    first, close = min(found)
    if close == '"' and (first == 0 or text[first - 1].isspace()):
        return start, end  # a straight mark after a space opens a quotation
    if any(text.find(m, start, first) >= 0 for m in ("“", "``")):
        return start, end
    lo = max(0, start - _OPENING_REACH, text.rfind("\n", 0, start) + 1)
    before = text[lo:start]
    opener = _OPENER[close]
    if _double_marks(before) != 1 or before.count(opener) != 1:
        return start, end
    return lo + before.index(opener), end
