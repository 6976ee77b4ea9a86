"""A figure's move, as market reports tell them: "Intel eased 1/8 to 31 7/8",
"Brent crude gained 0.3 per cent to $61.71". A report gives the trading day once
("The Nasdaq Composite Index tumbled 5.39 on Friday") and goes on, paragraph after
paragraph, with the moves of that day, each told without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbrief.temporal import TemporalExpr

# Verbs of a figure's change.
_MOVES = frozenset(
    {"rise", "fall", "gain", "lose", "climb", "drop", "slip", "ease", "surge", "jump",
     "tumble", "advance", "decline", "edge", "shed", "plunge", "soar", "rally", "sink",
     "retreat", "dip", "slide", "increase", "decrease", "rebound", "slump", "skid", "sag",
     "close", "finish", "end"}
)  # fmt: skip

# What states the figure: its amount, its change, or where it ended up.
_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "prep", "advmod", "attr"})


def figure_move(verb: Token) -> bool:
    """Whether `verb` tells a figure's move: a verb of change with a number in its
    object or its phrases ("eased 1/8 to 31 7/8", "closed at $23.25")."""
    if verb.lemma_.lower() not in _MOVES:
        return False
    return any(
        t.like_num or t.text in ("%", "$")
        for c in verb.children
        if c.dep_ in _FIGURE_DEPS and c.i > verb.i
        for t in c.subtree
    )


def latest(known: TemporalExpr | None, told: TemporalExpr) -> TemporalExpr:
    """The day a report's moves are of, after a move dated `told` (a day): the
    later of the two ("The stock fell 7/8 Thursday" in a report of Friday's trading
    looks back)."""
    return told if known is None or told.value[:10] > known.value[:10] else known
