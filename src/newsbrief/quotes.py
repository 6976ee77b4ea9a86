"""Direct quotes and who said them."""

from __future__ import annotations

from newsbrief.brief import Entity, Quote
from newsbrief.nlp import Annotated

_MARKS = "\"“”'‘’"


def find_quotes(doc: Annotated, entities: list[Entity]) -> list[Quote]:
    out = []
    for b in doc.blocks:
        if b.kind == "quote":
            body = b.text.strip(_MARKS)
            start = b.start + b.text.index(body[:1]) if body else b.start
            speaker = b.speaker.text if b.speaker is not None else None
            out.append(Quote(body, start, start + len(body), speaker, b.speaker))
    return out
