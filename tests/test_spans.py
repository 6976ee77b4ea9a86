from __future__ import annotations

import random
from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from newsbrief.spans import SpanIndex


class Span(NamedTuple):
    start: int
    end: int


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: Span(t[0], t[0] + t[1])),
    max_size=30,
)


@given(spans, st.integers(0, 90), st.integers(0, 30))
def test_lookups_agree_with_a_linear_scan(items: list[Span], start: int, length: int) -> None:
    index = SpanIndex(items)
    end = start + length
    ordered = sorted(items)
    assert index.within(start, end) == [s for s in ordered if start <= s.start and s.end <= end]
    holding = [s for s in ordered if s.start <= start and end <= s.end]
    assert index.containing(start, end) == (holding[0] if holding else None)
    at = [s for s in ordered if s.start <= start < s.end]
    assert index.at(start) == (at[0] if at else None)


def test_long_spans_are_found_far_from_their_start() -> None:
    items = [Span(0, 10_000), *(Span(i, i + 1) for i in range(20, 9_000, 7))]
    random.Random(1).shuffle(items)
    index = SpanIndex(items)
    assert index.containing(9_500, 9_600) == Span(0, 10_000)
    assert index.at(10_000) is None
