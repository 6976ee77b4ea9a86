"""Scanning: rules are tried only around trigger words, and that loses no match."""

from __future__ import annotations

from newsbrief.temporal.scan import scan, windows


def test_windows_cover_every_match() -> None:
    """Scanning only around trigger words finds what a full scan finds."""
    text = (
        "Sales rose 5% in the past three years, the company said on Friday at 10 a.m. "
        "while 2,000 workers marched. It will open early next year, before Christmas."
    )
    spans = windows(text)
    for c in scan(text):
        assert any(a <= c.start and c.end <= b for a, b in spans)
