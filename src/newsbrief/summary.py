"""At a Glance and Key Takeaways: the article's own sections, else generated."""

from __future__ import annotations

from newsbrief.brief import DateExpr, Entity, Item
from newsbrief.lexicon import section_role
from newsbrief.nlp import Annotated

DEFAULT_GLANCE = 4
DEFAULT_TAKEAWAYS = 3


def article_section(doc: Annotated, role: str) -> list[Item]:
    """The bullets right under a heading such as 'At a Glance', as the article has them."""
    items: list[Item] = []
    for i, b in enumerate(doc.blocks):
        if b.kind == "heading" and section_role(b.text) == role:
            for nxt in doc.blocks[i + 1 :]:
                if nxt.kind != "bullet":
                    break
                items.append(Item(nxt.text, "article", nxt.start, nxt.end))
            if items:
                return items
    return items


def at_a_glance(
    doc: Annotated, entities: list[Entity], dates: list[DateExpr], count: int | None = None
) -> list[Item]:
    own = article_section(doc, "glance")
    if own:
        return own
    out = []
    for seg in doc.segments:
        if doc.blocks[seg.block].kind != "paragraph":
            continue
        for sent in seg.doc.sents:
            span = seg.span(sent)
            out.append(Item(span.text, "generated", span.start, span.end))
            if len(out) >= (count or DEFAULT_GLANCE):
                return out
    return out


def key_takeaways(
    doc: Annotated, entities: list[Entity], glance: list[Item], count: int | None = None
) -> list[Item]:
    return article_section(doc, "takeaways")
