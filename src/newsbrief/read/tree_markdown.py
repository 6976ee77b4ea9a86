"""trafilatura's XML tree of an article, written out as the Markdown that `blocks.py`
reads: `#` headings, `-` and `1.` lists, `>` block quotes and pipe tables.

trafilatura's own Markdown output is not used because it backslash-escapes ordinary
characters (`*`, `_`, `[`, `1.`), which would then be part of every span, and renders
block quotes as plain paragraphs. Inline emphasis and links are dropped for the same
reason: they are not structure that blocks need. A "Read more: <link>" promotion
inside the article is left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

# Characters that are invisible on the page and only split words for the tagger.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
_SPACES = re.compile(r"[^\S\n]+")
_HEADING_LEVEL = re.compile(r"h([1-6])")
# trafilatura's article tree (its XML output format): blocks and inline elements.
_BLOCK_TAGS = frozenset({"head", "p", "code", "list", "quote", "table", "div", "figure", "note"})
_INLINE_TAGS = frozenset({"hi", "ref", "del", "lb", "graphic", "span"})
_INLINE_SKIPPED = frozenset({"graphic"})
_DEFAULT_HEADING_LEVEL = 2
# Labels of in-article promotions ("READ MORE: <link to another story>"). A paragraph
# that starts with one and is then mostly a link is not article text.
PROMO_LABELS = (
    "read more",
    "read also",
    "also read",
    "more on this",
    "more on this story",
    "related",
    "related article",
    "related story",
    "related coverage",
    "see also",
    "watch",
    "listen",
    "recommended",
    "don't miss",
    "must read",
)
_PROMO_ALTERNATIVES = "|".join(map(re.escape, PROMO_LABELS))
_PROMO = re.compile(rf"^(?:{_PROMO_ALTERNATIVES})\s*(?::|»|›|>|–|—|-|\|)\s*", re.IGNORECASE)
_PROMO_LINK_SHARE = 0.5


@dataclass(frozen=True)
class Chunk:
    """One block of the written-out text; `plain` is its text without Markdown marks."""

    kind: str  # "heading", "paragraph", "list", "quote", "table"
    markdown: str
    plain: str


def chunks(element: _Element) -> Iterator[Chunk]:
    """The blocks of trafilatura's article tree, in order; loose inline text is a paragraph."""
    inline = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag in _INLINE_TAGS or (tag not in _BLOCK_TAGS and not len(child)):
            inline.append(_inline_child(child))
            continue
        yield from _paragraph("".join(inline))
        yield from _block(child, tag)
        inline = [child.tail or ""]
    yield from _paragraph("".join(inline))


def _block(element: _Element, tag: str) -> Iterator[Chunk]:
    if tag == "head":
        text = line(_inline_text(element))
        if text:
            m = _HEADING_LEVEL.fullmatch(element.get("rend") or "")
            level = int(m.group(1)) if m else _DEFAULT_HEADING_LEVEL
            yield Chunk("heading", f"{'#' * level} {text}", text)
    elif tag in ("p", "code") and not any(_tag(c) in _BLOCK_TAGS for c in element):
        if not _is_promo(element):
            yield from _paragraph(_inline_text(element))
    elif tag == "list":
        lines = list(_list_lines(element, 0))
        if lines:
            yield Chunk("list", "\n".join(m for m, _ in lines), " ".join(p for _, p in lines))
    elif tag == "quote":
        yield from _quote(element)
    elif tag == "table":
        yield from _table(element)
    else:
        yield from chunks(element)  # a container (div, figure, note): its blocks


def _tag(element: _Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""  # comments have no tag name


def _is_promo(element: _Element) -> bool:
    """A "Read more: <link>" line inside the article: a promo label, then mostly a link."""
    text = line(_inline_text(element))
    m = _PROMO.match(text)
    if m is None:
        return False
    linked = sum(len(line(_inline_text(ref))) for ref in element.iter("ref"))
    rest = len(text) - m.end()
    return rest > 0 and linked >= _PROMO_LINK_SHARE * rest


def _paragraph(text: str) -> Iterator[Chunk]:
    """A paragraph; line breaks in it (`<br>`) stay, a double one splits it."""
    for piece in re.split(r"\n\s*\n", clean(text)):
        lines = [ln.strip() for ln in piece.split("\n")]
        body = "\n".join(ln for ln in lines if ln)
        if body:
            yield Chunk("paragraph", body, body)


def line(text: str) -> str:
    """The text on one line, cleaned, its spaces collapsed."""
    return " ".join(clean(text).split())


def clean(value: str) -> str:
    """NFC, without invisible characters, runs of spaces collapsed (line breaks kept)."""
    value = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    return _SPACES.sub(" ", value)


def _inline_text(element: _Element) -> str:
    """The text of an element and its inline children; `<lb/>` is a line break."""
    return (element.text or "") + "".join(_inline_child(child) for child in element)


def _inline_child(child: _Element) -> str:
    tag = _tag(child)
    tail = child.tail or ""
    if tag == "lb":
        return "\n" + tail
    if tag in _INLINE_SKIPPED or not tag:  # images; comments and processing instructions
        return tail
    inner = _inline_text(child)
    if tag in ("p", "head", "list", "item", "quote", "table", "row"):
        inner = f"\n{inner}\n"  # a block inside an inline context still ends a line
    elif tag == "cell":
        inner = f" {inner} "
    return inner + tail


def _list_lines(element: _Element, indent: int) -> Iterator[tuple[str, str]]:
    """(Markdown line, plain text) for each item of a list; a nested list is indented
    to its parent item's text, as Markdown nests lists."""
    ordered = (element.get("rend") or "") == "ol"
    number = 0
    for item in element:
        if _tag(item) != "item":
            continue
        number += 1
        marker = f"{number}." if ordered else "-"
        own = [item.text or ""]
        nested = []
        for child in item:
            if _tag(child) == "list":
                nested.append(child)
                own.append(child.tail or "")
            else:
                own.append(_inline_child(child))
        text = line("".join(own))
        if text:
            yield f"{' ' * indent}{marker} {text}", text
        for sub in nested:
            yield from _list_lines(sub, indent + len(marker) + 1)


def _quote(element: _Element) -> Iterator[Chunk]:
    paragraphs = [c.plain for c in chunks(element) if c.kind != "table"]
    if not paragraphs:
        return
    markdown = "\n>\n".join("\n".join(f"> {ln}" for ln in p.split("\n")) for p in paragraphs)
    yield Chunk("quote", markdown, " ".join(paragraphs))


def _table(element: _Element) -> Iterator[Chunk]:
    """A pipe table; leading one-cell rows (trafilatura's form of a caption) come first."""
    rows: list[tuple[list[str], bool]] = []
    for row in element.iter("row"):
        cells = [c for c in row if c.tag == "cell"]
        texts = [line(_inline_text(c)).replace("|", "\\|") for c in cells]
        head = any(texts) and all(
            c.get("role") == "head" for c, t in zip(cells, texts, strict=True) if t
        )
        rows.append((texts, head))
    rows = [(texts, head) for texts, head in rows if any(texts)]
    width = max((len(texts) for texts, _ in rows), default=0)
    while rows and width > 1 and sum(1 for t in rows[0][0] if t) == 1:
        yield from _paragraph(next(t for t in rows[0][0] if t).replace("\\|", "|"))
        rows = rows[1:]
    if not rows:
        return
    lines = [
        "| " + " | ".join(texts + [""] * (width - len(texts))) + " |"
        for texts, _ in rows  # every row as wide as the widest, as Markdown tables need
    ]
    if rows[0][1] and len(rows) > 1:
        lines.insert(1, "|" + "---|" * width)
    plain = " ".join(" ".join(texts) for texts, _ in rows)
    yield Chunk("table", "\n".join(lines), plain)
