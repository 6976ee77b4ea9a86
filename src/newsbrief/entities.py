"""Named entities, consolidated: one entry per real-world thing, with aliases."""

from __future__ import annotations

from collections import Counter, defaultdict

from newsbrief.brief import Entity, TextSpan
from newsbrief.nlp import Annotated

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})


def find_entities(doc: Annotated) -> list[Entity]:
    mentions: dict[str, list[tuple[TextSpan, str]]] = defaultdict(list)
    for seg in doc.segments:
        if not seg.entities:
            continue
        for ent in seg.doc.ents:
            span = seg.span(ent)
            if ent.label_ in ENTITY_LABELS and span.start >= seg.entity_start:
                mentions[ent.text].append((span, ent.label_))
    out = []
    for name, ms in mentions.items():
        label = Counter(lab for _, lab in ms).most_common(1)[0][0]
        out.append(Entity(name, label, [], [m for m, _ in ms], float(len(ms))))
    out.sort(key=lambda e: -e.salience)
    return out
