"""The date an article states about itself: a dateline or a Published/Updated line.

    WASHINGTON, March 22, 2013 (AP) — ...          -> 2013-03-22 (dateline)
    Published: June 10, 2024 | Updated 3:45 p.m.   -> 2024-06-10
    Updated 10:32 AM EDT, Fri March 22, 2013       -> 2013-03-22
    December 10, 2013            (a line of its own under the headline)
    By Jane Doe | Tue 10 Dec 2013 14:35 GMT        -> 2013-12-10 (byline)

A dateline without a year ("WASHINGTON, March 22 (AP) —") takes its year from a
Published/Updated/copyright line if there is one; otherwise it is not used, since
the year would be a guess. Only the first blocks are searched: a date deep in the
story is about the story, not about the article. Layouts the project's own rules
do not read go to `dateparser` (`stated.py`), never against today's clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsbrief.brief import TextSpan, Warning
from newsbrief.nlp import Annotated
from newsbrief.temporal.extract import TemporalExpr
from newsbrief.temporal.stated import (
    DATELINE,
    full_date,
    parse_stated_date,
    parse_with_dateparser,
)
from newsbrief.temporal.tables import MONTHS

# How many leading blocks may hold the article's own date.
HEAD_BLOCKS = 6
# A bare date line must be nearer the top: further down a date on its own line is
# more often a section of a timeline than the article's date.
DATE_LINE_BLOCKS = 4
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*(?:[|•·,]|\s-\s)")


_STAMP_WORDS = r"(?:published|updated|posted|last\s+updated|last\s+modified|first\s+published|date)"
_STAMP = re.compile(rf"^\W*{_STAMP_WORDS}\b\s*(?:on|at)?\s*:?", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)


@dataclass(frozen=True)
class ReferenceDate:
    """The article's own date and where it says so."""

    date: dt.date
    span: TextSpan
    kind: str  # "dateline", "stamp", "date line" or "byline"


def _lines(doc: Annotated) -> list[tuple[int, str]]:
    """The leading blocks' lines, with their article offsets."""
    out = []
    for block in doc.blocks[:HEAD_BLOCKS]:
        pos = block.start
        for line in block.text.split("\n"):
            out.append((pos, line))
            pos += len(line) + 1
    return out


def _stamp(doc: Annotated) -> ReferenceDate | None:
    for start, line in _lines(doc):
        m = _STAMP.match(line)
        if m is None:
            continue
        found = full_date(line)
        if found is not None:
            date, a, b = found
            return ReferenceDate(date, TextSpan(line[a:b], start + a, start + b), "stamp")
        # Layouts the rules do not know ("Published 14:35 GMT, Tuesday 10 Dec 2013"),
        # up to a separator that starts another field.
        rest = re.split(r"\s[|•·]\s", line[m.end() :])[0]
        parsed = parse_with_dateparser(rest)
        if parsed is not None:
            a = m.end() + len(rest) - len(rest.lstrip())
            b = m.end() + len(rest.rstrip())
            return ReferenceDate(parsed, TextSpan(line[a:b], start + a, start + b), "stamp")
    return None


def _date_line(doc: Annotated) -> ReferenceDate | None:
    """A line near the top that holds nothing but a full date ("December 10, 2013"
    under the headline, as Wikinews and many sites print it), or a byline with one
    ("By Jane Doe | March 5, 2009")."""
    for block in doc.blocks[:DATE_LINE_BLOCKS]:
        if block.kind not in ("heading", "paragraph"):
            continue
        pos = block.start
        for line in block.text.split("\n"):
            start, found = pos, _line_date(line)
            pos += len(line) + 1
            if found is None:
                continue
            date, a, b, kind = found
            return ReferenceDate(date, TextSpan(line[a:b], start + a, start + b), kind)
    return None


def _line_date(line: str) -> tuple[dt.date, int, int, str] | None:
    text = line.strip()
    if not text or len(text) > 80:
        return None
    lead = len(line) - len(line.lstrip())
    byline = _BYLINE.match(text)
    if byline is not None:
        offset = lead + byline.end()
        for m in re.finditer(r"[^|•·]+", text[byline.end() :]):
            found = full_date(m.group())
            if found is not None:
                return (
                    found[0],
                    offset + m.start() + found[1],
                    offset + m.start() + found[2],
                    "byline",
                )
            field = m.group().strip()
            date = parse_with_dateparser(field)
            if date is not None:
                a = offset + m.start() + m.group().index(field)
                return date, a, a + len(field), "byline"
        return None
    date = parse_stated_date(text)
    if date is None:
        return None
    return date, lead, lead + len(text), "date line"


def _stated_year(doc: Annotated) -> int | None:
    stamp = _stamp(doc)
    if stamp is not None:
        return stamp.date.year
    for _, line in _lines(doc):
        m = _COPYRIGHT.search(line)
        if m:
            return int(m.group("year"))
    return None


def _dateline(doc: Annotated) -> ReferenceDate | None:
    for block in doc.blocks[:HEAD_BLOCKS]:
        m = DATELINE.match(block.text)
        if m is None:
            continue
        year = int(m.group("year")) if m.group("year") else _stated_year(doc)
        if year is None:
            return None
        month = MONTHS[m.group("month").lower().rstrip(".")]
        day = int(re.sub(r"\D", "", m.group("day")) or 0)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        a, b = m.start("month"), m.end("year") if m.group("year") else m.end("day")
        span = TextSpan(block.text[a:b], block.start + a, block.start + b)
        return ReferenceDate(date, span, "dateline")
    return None


def find_reference_date(doc: Annotated) -> ReferenceDate | None:
    """The article's own date: its dateline, else its Published/Updated line, else
    a line near the top holding only a date, else a byline's date."""
    return _dateline(doc) or _stamp(doc) or _date_line(doc)


def reference_warning(reference: dt.date | None, dates: list[TemporalExpr]) -> Warning | None:
    """The `no_reference_date` warning, when relative dates were left unresolved.

    Only dates whose value needed the reference date count: a duration such as
    "several years" (PXY) or a stated "Friday (2023)" (2023-WXX-5) does not.
    """
    if reference is not None:
        return None
    waiting = [
        d for d in dates
        if d.type in ("DATE", "TIME") and not d.resolved and d.relative
    ]  # fmt: skip
    if not waiting:
        return None
    return Warning(
        "no_reference_date",
        "the article states no date of its own and none was given (--reference-date): "
        "relative dates are left unresolved",
        [TextSpan(d.text, d.start, d.end) for d in waiting],
    )
