"""Which entity is at an offset: one index per article, built from the entity list.

Quotes ask it for every token a speaker may be ("is this word a name we know?"),
so it answers in logarithmic time, with the answer a scan of the list would give:
the first entity, in list order, with a mention overlapping [start, end).

How: the mentions' ends cut the text into elementary pieces; each piece keeps the
rank (list position) of the first entity whose mentions cover it, and a sparse
table gives the lowest rank over the pieces a query overlaps. Queries that are
empty or reversed, and a list with an empty mention, never come from an article;
they are answered by the scan itself.

The index also serves containment queries over a subset of labels ("the earliest
mention of an actor holding this token", "the actors named in this clause"), on
`newsbrief.spans.SpanIndex`.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from typing import NamedTuple

from newsbrief.brief import Entity
from newsbrief.spans import SpanIndex


class EntityMention(NamedTuple):
    """One mention, with the entity it belongs to."""

    start: int
    end: int
    entity: Entity


class EntityIndex:
    """The entities of one article, looked up by position."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        mentions = [(m.start, m.end, rank) for rank, e in enumerate(entities) for m in e.mentions]
        self._exact = all(a < z for a, z, _ in mentions)
        self._bounds = sorted({p for a, z, _ in mentions for p in (a, z)})
        self._table = _min_table(_first_covering(self._bounds, mentions, len(entities)))
        self._by_labels: dict[frozenset[str] | None, SpanIndex[EntityMention]] = {}

    def at(self, start: int, end: int) -> Entity | None:
        """The first entity (in list order) with a mention overlapping [start, end)."""
        if start >= end or not self._exact:
            return self._scan(start, end)
        bounds = self._bounds
        # Pieces k, each [bounds[k], bounds[k + 1]), that overlap [start, end).
        lo = max(0, bisect_right(bounds, start) - 1)
        hi = min(len(bounds) - 2, bisect_left(bounds, end) - 1)
        if lo > hi:
            return None
        level = (hi - lo + 1).bit_length() - 1
        row = self._table[level]
        rank = min(row[lo], row[hi - (1 << level) + 1])
        return self.entities[rank] if rank < len(self.entities) else None

    def _scan(self, start: int, end: int) -> Entity | None:
        for e in self.entities:
            for m in e.mentions:
                if m.start < end and start < m.end:
                    return e
        return None

    def mentions(self, labels: Collection[str] | None = None) -> SpanIndex[EntityMention]:
        """The mentions of entities with these labels (None: all), for range and
        containment queries; built on first use for each set of labels."""
        key = None if labels is None else frozenset(labels)
        if key not in self._by_labels:
            self._by_labels[key] = SpanIndex(
                EntityMention(m.start, m.end, e)
                for e in self.entities
                if key is None or e.label in key
                for m in e.mentions
            )
        return self._by_labels[key]

    def containing(
        self, start: int, end: int, labels: Collection[str] | None = None
    ) -> Entity | None:
        """The entity of the earliest-starting mention that holds [start, end),
        among entities with these labels (None: all)."""
        found = self.mentions(labels).containing(start, end)
        return found.entity if found is not None else None

    def within(self, start: int, end: int, labels: Collection[str] | None = None) -> list[Entity]:
        """The entity of each mention inside [start, end), in the mentions' order,
        among entities with these labels (None: all)."""
        return [found.entity for found in self.mentions(labels).within(start, end)]


def _first_covering(
    bounds: list[int], mentions: list[tuple[int, int, int]], none: int
) -> list[int]:
    """For each piece [bounds[k], bounds[k + 1]): the lowest rank among the mentions
    (start, end, rank) that cover it, else `none`."""
    by_start = sorted(mentions)
    live: list[tuple[int, int]] = []  # (rank, end) of mentions begun, a heap
    out = []
    j = 0
    for k in range(len(bounds) - 1):
        here = bounds[k]
        while j < len(by_start) and by_start[j][0] <= here:
            heapq.heappush(live, (by_start[j][2], by_start[j][1]))
            j += 1
        while live and live[0][1] <= here:
            heapq.heappop(live)  # ended: it covers no piece from here on
        out.append(live[0][0] if live else none)
    return out


def _min_table(values: list[int]) -> list[list[int]]:
    """Row j holds the minimum of each run of 2**j values: any range's minimum is
    the smaller of two overlapping runs."""
    table = [values]
    step = 1
    while 2 * step <= len(values):
        row = table[-1]
        table.append(list(map(min, row, row[step:])))
        step *= 2
    return table
