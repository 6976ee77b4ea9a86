"""The actors of an event: the named entities that can act, looked up by offset in
the article's entity index (`newsbrief.entities.EntityIndex`): which of them a
stretch of text names (`actors_in`) and which one a token belongs to (`actor_at`).
"""

from __future__ import annotations

from newsbrief.entities import EntityIndex

# Entity labels that can act in an event.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def actors_in(index: EntityIndex, start: int, end: int) -> list[str]:
    """The names of the actors named inside [start, end), in order, each once."""
    return list(dict.fromkeys(e.name for e in index.within(start, end, ACTOR_LABELS)))


def actor_at(index: EntityIndex, start: int, end: int) -> str | None:
    """The name of the actor whose earliest-starting mention holds [start, end)."""
    found = index.containing(start, end, ACTOR_LABELS)
    return found.name if found is not None else None
