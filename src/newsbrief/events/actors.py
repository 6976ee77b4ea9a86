"""The actors of an event: the named entities that can act, looked up by offset.

An index of the mentions of people, organizations, places and groups answers which
of them a stretch of text names (`actors_in`) and which one a token belongs to
(`entity_at`).
"""

from __future__ import annotations

from typing import NamedTuple

from newsbrief.brief import Entity
from newsbrief.spans import SpanIndex

# Entity labels that can act in an event.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


class Mention(NamedTuple):
    start: int
    end: int
    name: str


def actor_index(entities: list[Entity]) -> SpanIndex[Mention]:
    return SpanIndex(
        Mention(m.start, m.end, e.name)
        for e in entities
        if e.label in ACTOR_LABELS
        for m in e.mentions
    )


def actors_in(index: SpanIndex[Mention], start: int, end: int) -> list[str]:
    return list(dict.fromkeys(m.name for m in index.within(start, end)))


def entity_at(index: SpanIndex[Mention], start: int, end: int) -> str | None:
    found = index.containing(start, end)
    return found.name if found is not None else None
