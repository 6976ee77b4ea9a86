"""How name tables are written: one name per line, or several separated by '|'."""

from __future__ import annotations


def names(block: str) -> frozenset[str]:
    """A table written one name per line (or several per line, separated by '|')."""
    return frozenset(n.strip() for line in block.splitlines() for n in line.split("|") if n.strip())
