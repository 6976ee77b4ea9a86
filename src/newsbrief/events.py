"""Events (predicate, actors, date) and the timeline built from them."""

from __future__ import annotations

import datetime as dt

from newsbrief.brief import Certainty, DateExpr, Entity, Event, TextSpan, TimelineEntry, Warning
from newsbrief.nlp import Annotated


def find_events(doc: Annotated, dates: list[DateExpr], entities: list[Entity]) -> list[Event]:
    out = []
    for seg in doc.segments:
        for sent in seg.doc.sents:
            a, z = seg.offset(sent.start_char), seg.offset(sent.end_char)
            inside = [d for d in dates if a <= d.start < z and d.type in ("DATE", "TIME")]
            if inside:
                out.append(Event(sent.text, a, z, sent.root.lemma_, [], inside[0], seg.block))
    return out


def build_timeline(
    events: list[Event], reference: dt.date | None
) -> tuple[list[TimelineEntry], list[Warning]]:
    entries = []
    for ev in events:
        if ev.date is not None:
            certainty: Certainty = "exact" if ev.date.resolved else "unresolved"
            entries.append(
                TimelineEntry(ev.date, ev.text, certainty, [TextSpan(ev.text, ev.start, ev.end)])
            )
    entries.sort(key=lambda t: t.date.value)
    return entries, []
