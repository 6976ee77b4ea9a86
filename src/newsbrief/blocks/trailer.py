"""The story's trailer: the lines after its last sentence that sign it off or link
elsewhere ("CNN's Ana Cruz contributed to this report.", "People we've lost in
2015"). They are page furniture: no summary item, timeline row or entity comes
from them.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.brief import Block
from newsbrief.lexicon import CREDIT_LINE, link_line

# Kinds of block a trailer line can be: a line without a full stop that another line
# follows is read as a plain-text heading.
TRAILER_KINDS = frozenset({"paragraph", "heading"})
# A trailer is a few lines; the story before it keeps at least this many blocks.
TRAILER_MAX = 6
STORY_MIN = 3


def trailer_start(blocks: Sequence[Block]) -> int:
    """The index of the trailer's first block (`len(blocks)` when there is none).

    Read back from the end: credit and copyright lines, and short headline-like
    lines without a full stop (links to other stories), up to the story's last
    sentence. A story that is all such lines (a list of names) has no trailer.
    """
    start = len(blocks)
    while start > 0 and len(blocks) - start < TRAILER_MAX:
        block = blocks[start - 1]
        text = block.text.strip()
        if block.kind not in TRAILER_KINDS or "\n" in text:
            break
        if not (CREDIT_LINE.search(text) or link_line(text)):
            break
        start -= 1
    return start if start >= STORY_MIN else len(blocks)
