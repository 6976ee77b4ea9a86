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

from newsbrief.blocks.build import finish
from newsbrief.blocks.lines import separate, split_lines
from newsbrief.blocks.structure import markdown, raw_blocks
from newsbrief.blocks.trailer import trailer_start
from newsbrief.brief import Block

__all__ = ["split_blocks", "split_lines", "trailer_start"]


def split_blocks(text: str) -> list[Block]:
    """The article's blocks in order."""
    lines = split_lines(text)
    contents = [text[ln.start : ln.end] for ln in lines]
    virtual, origin = separate(contents)
    tokens = markdown().parse("\n".join(virtual))
    raw = list(raw_blocks(tokens, origin, lines, text))
    return finish(raw, text, lines)
