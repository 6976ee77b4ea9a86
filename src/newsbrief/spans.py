"""Spans sorted by start, looked up by position in logarithmic time.

Extractors ask "which dates lie inside this clause", "which mention holds this
token", "is this offset inside a quote" once per token or per event; a linear scan
each time makes long articles (thousands of bullets) quadratic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, Protocol, TypeVar


class Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Located)


class SpanIndex(Generic[S]):
    """Spans (which may nest or overlap) answering range and containment queries."""

    def __init__(self, items: Iterable[S]) -> None:
        self.items = sorted(items, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.items]
        # The furthest end among the spans up to each position: non-decreasing, so a
        # binary search finds the earliest span reaching a given end.
        self._reach = list(accumulate((s.end for s in self.items), max))

    def within(self, start: int, end: int) -> list[S]:
        """The spans inside [start, end), in order."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.items) and self.items[i].start <= end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out

    def containing(self, start: int, end: int) -> S | None:
        """The earliest-starting span that holds [start, end), if any."""
        last = bisect_right(self._starts, start)
        if last == 0 or self._reach[last - 1] < end:
            return None
        return self.items[bisect_left(self._reach, end, 0, last)]

    def at(self, offset: int) -> S | None:
        """The earliest-starting span that holds the character at `offset`."""
        return self.containing(offset, offset + 1)
