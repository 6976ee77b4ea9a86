"""Markdown structure from markdown-it-py: which lines make up which raw block.

Only block structure is read (headings, paragraphs, list items, block quotes, fenced
code, pipe tables); line numbers of the virtual text map back to the article's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

from newsbrief.blocks.lines import Line, strip_quote
from newsbrief.brief import BlockKind


@lru_cache(maxsize=1)
def markdown() -> MarkdownIt:
    # Indented code is off: news copy indents paragraphs; raw HTML stays text.
    # Only block structure is read, so inline parsing (emphasis, links) is skipped:
    # it is most of markdown-it's time and quadratic on runs of `[`.
    return (
        MarkdownIt("commonmark", {"html": False}).enable("table").disable("code").disable("inline")
    )


@dataclass
class Raw:
    kind: BlockKind
    first: int  # original line indexes, inclusive
    last: int
    strip: str  # which markers to remove: "", "bullet", "quote", "heading"
    table: bool = False


def _original_range(token_map: list[int], origin: list[int]) -> tuple[int, int]:
    real = [origin[i] for i in range(token_map[0], token_map[1]) if origin[i] >= 0]
    return real[0], real[-1]


def raw_blocks(tokens: list[Any], origin: list[int], lines: list[Line], text: str) -> Iterator[Raw]:
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
            yield Raw("heading", first, last, "heading" if tok.markup.startswith("#") else "")
        elif kind == "paragraph_open" and tok.map:
            first, last = _original_range(tok.map, origin)
            in_item = bool(containers) and containers[-1] == "list_item_open"
            in_quote = "blockquote_open" in containers
            if in_item and item_paragraphs[-1] == 0:
                item_paragraphs[-1] += 1
                yield Raw("bullet", first, last, "bullet")
            elif in_quote:
                yield Raw("quote", first, last, "quote")
            else:
                yield Raw("paragraph", first, last, "")
        elif kind == "fence" and tok.map:
            first, last = _original_range(tok.map, origin)
            if _is_closing_fence(text[lines[last].start : lines[last].end], tok.markup):
                last -= 1  # an unclosed fence runs to the end of the article
            if last > first:  # the lines between the fences
                yield Raw("paragraph", first + 1, last, "")
        elif kind == "table_open" and tok.map:
            first, last = _original_range(tok.map, origin)
            yield Raw("table", first, last, "", table=True)
            depth = 1
            j = idx + 1
            while j < len(tokens) and depth:
                depth += {"table_open": 1, "table_close": -1}.get(tokens[j].type, 0)
                j += 1
            skip_until = j - 1


def _is_closing_fence(line: str, markup: str) -> bool:
    body = strip_quote(line).strip()
    return len(body) >= len(markup) and not body.strip(markup[:1])
