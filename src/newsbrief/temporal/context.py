"""What a value is resolved against: the reference date, the clause's tense, the
dates mentioned before, and what the clause's words rule out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Tense = Literal["past", "present", "future"]


@dataclass(frozen=True)
class Context:
    """What a value is resolved against.

    `anchors` holds the date values mentioned before, the latest of each
    granularity ("year", "quarter", "month", "day", ...), under "last" the latest
    of any, under "moved" a longer time told since the last day, not in passing,
    under "aside" the latest of any when it was told in an aside (dashes,
    parentheses, an apposition), under "parenthetical" the same for dashes and
    parentheses only and under "main" the latest told outside them;
    `recent` the same for this sentence and the one before, with under "period"
    the last period named there (a duration's value for a span like "the nine
    months").
    """

    reference: dt.date | None
    tense: Tense | None = None
    anchors: Mapping[str, str] = field(default_factory=dict)
    recent: Mapping[str, str] = field(default_factory=dict)
    # The clause tells an event already over in so many words ("changed ... in
    # December"): an occurrence still to come cannot be its time.
    over: bool = False
    # The clause tells what a past report said would happen ("said on Monday it
    # would close in January"): no occurrence over before `reference`, the day or
    # month it was said, can be its time.
    ahead: bool = False
