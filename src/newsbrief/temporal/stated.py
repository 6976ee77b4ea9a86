"""A calendar date stated in full, in the forms newsrooms and people print it.

    March 5, 2009 · 5 March 2009 · 2009-03-05 · Tue 10 Dec 2013 14:35 GMT
    Dec. 10, 2013, 2:35 p.m. ET · 2013-12-10T14:35:00Z

The project's own full-date rules are tried first (they are what the rest of the
brief reads dates with, and cheap); `dateparser` reads the many other layouts of
bylines, date lines and metadata. It is confined to absolute dates that state day,
month and year: its relative parser ("today", "2 hours ago") and any part filled
in from a clock are switched off, so nothing is ever read against today's date.
An all-number date whose day and month could be swapped ("04/05/2009") is refused
rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from newsbrief.brief import Block
from newsbrief.lexicon import NEWS_AGENCIES
from newsbrief.temporal.patterns import expand
from newsbrief.temporal.rules import RULES_BY_NAME

# The full-date rules, tried in this order.
FULL_DATE_RULES = (
    "date_weekday_month_day_year",
    "date_weekday_day_month_year",
    "date_month_day_year",
    "date_day_month_year",
    "date_iso_time",
    "date_iso",
    "date_slash_ymd",
    "date_slash",
)

# dateparser's settings: a fixed base long past (no clock), every part required,
# no relative or timestamp parsers.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "RELATIVE_BASE": dt.datetime(1900, 1, 1),
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}

# Two numbers of at most 12 and a year, in either order: day and month can swap.
_AMBIGUOUS = re.compile(r"^\D*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*\d{2,4}\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def full_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first complete calendar date the project's rules find in `text`, with
    its offsets."""
    best: tuple[dt.date, int, int] | None = None
    for name in FULL_DATE_RULES:
        rule = RULES_BY_NAME[name]
        m = rule.regex.search(text)
        if m is None:
            continue
        try:
            date = dt.date.fromisoformat(rule.fill(m)[:10])  # a timestamp's day
        except ValueError:
            continue
        if best is None or m.start() < best[1]:
            best = (date, m.start(), m.end())
    return best


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser  # imported on first need: it costs half a second

    return dateparser


def parse_with_dateparser(text: str) -> dt.date | None:
    """`text`, all of it, as one absolute date stated in full; None otherwise."""
    text = text.strip()
    if not _YEAR.search(text) or _ambiguous(text):
        return None
    parsed = _dateparser().parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


def _ambiguous(text: str) -> bool:
    m = _AMBIGUOUS.match(text)
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return a != b and a <= 12 and b <= 12


def parse_stated_date(text: str) -> dt.date | None:
    """The date `text` states in full, whatever the layout; None when it states
    none, only part of one ("March 5"), a relative one ("yesterday") or an
    ambiguous one ("04/05/2009")."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    found = full_date(text)
    if found is not None and not text[: found[1]].strip() and not text[found[2] :].strip():
        return None if _ambiguous(text) else found[0]
    return parse_with_dateparser(text)


# A dateline: the place the story was filed from and the day ("GENEVA, March 22, 2013
# (AP) — ").
_DATELINE_BODY, _ = expand(
    r"(?P<place>[A-Z][A-Z.'’\- ]+(?:,\s+[A-Z][\w.'’\- ]*){0,2}),\s+"
    r"(?i:(?:{weekday},?\s+)?{month}\s+{day}(?:,\s+{year})?)"
    rf"\s*(?:\((?:{'|'.join(map(re.escape, NEWS_AGENCIES))})\))?\s*(?:[-—–_:]|$)"
)
DATELINE = re.compile(_DATELINE_BODY)


def dateline_end(text: str) -> int | None:
    """Where a dateline opening `text` ends ("GENEVA, March 22, 2013 (AP) — "), if any."""
    m = DATELINE.match(text)
    if m is None:
        return None
    end = m.end()
    return end + len(text[end:]) - len(text[end:].lstrip())


def own_date(block: Block) -> dt.date | None:
    """The full date a quoted block states about itself (a tweet's "— Jane Roe
    (@janeroe) November 1, 2013", an e-mail's "Sent: July 12, 2012")."""
    if block.kind != "quote":
        return None
    found = full_date(block.text)
    return found[0] if found is not None else None
