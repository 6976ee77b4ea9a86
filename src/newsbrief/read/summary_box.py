"""The page's own summary box ("Key Points", "Highlights", "At a glance", "What you need
to know"): kept as the article's section, so that the brief uses it as it is.

Publishers print such a box above the story, often outside the element that holds
the story, where trafilatura leaves it out as furniture. A box is a short element whose
whole text names a summary section (the names in `newsbrief.lexicon`), followed by a
list; its items are taken as the page has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbrief.lexicon import section_role
from newsbrief.read import tree_markdown
from newsbrief.read.tree_markdown import Chunk

_NAME_MAX_CHARS = 40
_NAME_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b"})
_MAX_ITEMS = 10
_ITEM_MAX_CHARS = 400
# Short elements only, chosen by libxml2 rather than by reading each element's text.
_CANDIDATES = (
    "//*[" + " or ".join(f"self::{t}" for t in sorted(_NAME_TAGS)) + "]"
    f"[count(*) <= 2][string-length(normalize-space(.)) <= {_NAME_MAX_CHARS}]"
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LEAD_IN_MAX_CHARS = 120
# How far after the name the list may start: the name's next siblings, or its parent's.
_SIBLINGS_LOOKED_AT = 3


@dataclass(frozen=True)
class SummaryBox:
    name: str
    items: list[str]

    def chunks(self) -> list[Chunk]:
        """The box as the article's own section: a heading and its bullets."""
        return [
            Chunk("heading", f"## {self.name}", self.name),
            Chunk("list", "\n".join(f"- {i}" for i in self.items), " ".join(self.items)),
        ]


def _text(element: Any) -> str:
    return tree_markdown.line(element.text_content())


def summary_boxes(tree: Any) -> list[SummaryBox]:
    """The page's summary boxes, the first of each role ('glance', 'takeaways')."""
    found: dict[str, SummaryBox] = {}
    for element in tree.xpath(_CANDIDATES):
        name = _text(element)
        if not name or len(name) > _NAME_MAX_CHARS:
            continue
        role = section_role(name)
        if role is None or role in found:
            continue
        items = _items_after(element)
        if items:
            found[role] = SummaryBox(name.rstrip(":"), items)
    return list(found.values())


def _items_after(element: Any) -> list[str]:
    """The items of the list that follows a box's name: among its next siblings, or its
    wrapper's when the name is all its wrapper holds. A heading, or a paragraph longer
    than a lead-in line, before the list means the name is a section of the story."""
    anchors = [element]
    parent = element.getparent()
    if parent is not None and _text(parent) == _text(element):
        anchors.append(parent)
    for anchor in anchors:
        sibling = anchor.getnext()
        for _ in range(_SIBLINGS_LOOKED_AT):
            if sibling is None or not isinstance(sibling.tag, str):
                break
            if sibling.tag in _HEADINGS or (
                sibling.tag == "p" and len(_text(sibling)) > _LEAD_IN_MAX_CHARS
            ):
                break
            lists = [sibling] if sibling.tag in ("ul", "ol") else sibling.findall(".//ul")
            for found in lists[:1]:
                items = [tree_markdown.line(li.text_content()) for li in found.findall("li")]
                items = [i for i in items if i and len(i) <= _ITEM_MAX_CHARS]
                if items:
                    return items[:_MAX_ITEMS]
            sibling = sibling.getnext()
    return []
