"""Dates joined into a stretch or a list: "from 1998 to 2004", "in 2010 and 2011".

The first of joined dates is marked (an event dated by it alone has the stretch,
or one of the times, for its time), and a stretch whose ends were given without
their year is put in order: "visited between January and October", read in
January, began the January before that October, not the January now under way.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsbrief.temporal import periods

if TYPE_CHECKING:
    from newsbrief.temporal.context import Tense
    from newsbrief.temporal.scan import Candidate

# Between two dates that join into a stretch or a list: "from 1998 to 2004",
# "1998-2004", "between 2001 and 2009", "Monday and Tuesday", "in 2009 or 2010",
# "January through March", "2009, 2010 and 2011", "from 1997 through the 2010 season".
_JOINING = re.compile(
    r"^\s*(?:[-\u2013\u2014/&]|to|and|or|through|thru|until|till|into)\s*"
    r"(?:(?:in|on|at|from|by|during)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_LISTING = re.compile(r"^\s*,\s*$")
# What joins the ends of a stretch: "January to March", "between May and June".
_STRETCH = re.compile(r"^\s*(?:[-\u2013\u2014]|to|through|thru|until|till)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A month or a day named without its year (`resolve.near`).
_YEARLESS = re.compile(r"^near\(\d\d(?:-\d\d)?\)$")


def joined(candidates: list[Candidate]) -> list[bool]:
    """For each candidate, whether it is the first of dates, or of clock times,
    joined by "to", "and", "or", a dash ("from 1998 to 2004", "in 2010 and 2011",
    "between 8 p.m. and 9 p.m."): the time of an event dated by it alone is the
    stretch, or one of the times, not that date."""
    out = [False] * len(candidates)
    for i in range(len(candidates) - 2, -1, -1):
        c, after = candidates[i], candidates[i + 1]
        if c.rule.type not in ("DATE", "TIME") or after.rule.type != c.rule.type:
            continue
        between = c.match.string[c.end : after.start]
        # "2009, 2010 and 2011": a comma joins only a list that goes on.
        out[i] = bool(_JOINING.match(between)) or bool(_LISTING.match(between) and out[i + 1])
    return out


def _ends(first: Candidate, second: Candidate) -> bool:
    """Whether two candidates are the ends of one stretch of time ("from November
    to March", "between January and October")."""
    text = first.match.string
    between = text[first.end : second.start]
    return bool(_STRETCH.match(between)) or (
        between.strip().lower() == "and"
        and _BETWEEN.search(text, max(0, first.start - 9), first.start) is not None
    )


def stretch(first: Candidate, second: Candidate) -> bool:
    """Whether two candidates are the ends of one stretch of time, both named
    without their year ("from November to March", "between January and October")."""
    return _ends(first, second) and bool(
        _YEARLESS.match(first.template()) and _YEARLESS.match(second.template())
    )


# A month or a day stated with its year.
_STATED = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")


def ends_in_year(first: Candidate, second: Candidate) -> bool:
    """Whether two candidates are the ends of one stretch whose year only the second
    states ("from January to September 2012")."""
    return (
        _ends(first, second)
        and bool(_YEARLESS.match(first.template()))
        and bool(_STATED.match(second.template()))
    )


def in_year_of(first: str, second: str) -> str:
    """The first end's value ("2015-01") in the second end's year ("2012-09"): the
    year the stretch is told in, or the one before when the first would otherwise
    come after the second ("from November to March 2013": November 2012)."""
    if "X" in first + second:
        return first
    moved = _shift(first, int(second[:4]) - int(first[:4]))
    if moved is not None and moved[:7] > second[:7]:
        moved = _shift(moved, -1)
    return moved if moved is not None else first


def in_order(
    first: str, second: str, tense: Tense | None, reference: dt.date | None
) -> tuple[str, str]:
    """The values of a stretch's ends ("YYYY-MM" or "YYYY-MM-DD", each year chosen
    alone) with the first no later than the second. In the future the second moves
    a year on ("will run from November to March"), in the past the first a year
    back ("visited between January and October"); otherwise the end further from
    the reference date, whose year was the weaker guess ("hours are 10 a.m. to 5
    p.m. from April 1 to October 31", "who lost 16 lbs. between May and October,
    says")."""
    if len(first) != len(second) or first <= second or "X" in first + second:
        return first, second  # in order, or a year left unknown (no reference date)
    later = tense == "future"
    if tense != "past" and not later and reference is not None:
        later = _distance(second, reference) > _distance(first, reference)
    moved = _shift(second, 1) if later else _shift(first, -1)
    if moved is None:
        return first, second
    return (first, moved) if later else (moved, second)


def _distance(value: str, reference: dt.date) -> int:
    found = periods.span(value[5:], int(value[:4]))
    return abs((found[0] - reference).days) if found is not None else 0


def _shift(value: str, years: int) -> str | None:
    """`value` moved `years` on; None for a day the year has not (February 29)."""
    found = periods.span(value[5:], int(value[:4]) + years)
    return found[2] if found is not None else None
