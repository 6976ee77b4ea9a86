"""The date an article states about itself: a dateline or a Published/Updated line.

    WASHINGTON, March 22, 2013 (AP) — ...          -> 2013-03-22 (dateline)
    Published: June 10, 2024 | Updated 3:45 p.m.   -> 2024-06-10
    Updated 10:32 AM EDT, Fri March 22, 2013       -> 2013-03-22
    December 10, 2013            (a line of its own under the headline)
    By Jane Doe | Tue 10 Dec 2013 14:35 GMT        -> 2013-12-10 (byline)
    December 10, 2013 / 2:35 PM / Updated 2 hours ago   (a date line with its clock)
    Jane Doe, CNN • Updated 10th December 2013     -> 2013-12-10 (a stamp in a field)

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
from newsbrief.temporal.patterns import alternation, expand
from newsbrief.temporal.stated import (
    DATELINE,
    full_date,
    parse_stated_date,
    parse_with_dateparser,
)
from newsbrief.temporal.tables import MONTHS, WEEKDAYS

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
        # The stamp may open the line or a field of it ("Jane Doe, CNN • Updated ...").
        for at, _ in _fields(line):
            found = _stamp_date(line[at:])
            if found is not None:
                date, a, b = found
                span = TextSpan(line[at + a : at + b], start + at + a, start + at + b)
                return ReferenceDate(date, span, "stamp")
    return None


# What separates the fields of a byline or a stamp line.
_FIELD_BREAK = re.compile(r"\s[|•·/]\s")


def _fields(line: str) -> list[tuple[int, int]]:
    """Where each field of `line` starts and ends (the whole line when it has one)."""
    breaks = list(_FIELD_BREAK.finditer(line))
    starts = [0, *(m.end() for m in breaks)]
    return list(zip(starts, [*(m.start() for m in breaks), len(line)], strict=True))


def _stamp_date(field: str) -> tuple[dt.date, int, int] | None:
    """The date a field opening with a stamp word states, with its offsets."""
    m = _STAMP.match(field)
    if m is None:
        return None
    found = full_date(field)
    if found is not None:
        return found
    # Layouts the rules do not know ("Published 14:35 GMT, Tuesday 10 Dec 2013"),
    # up to a separator that starts another field.
    rest = _FIELD_BREAK.split(field[m.end() :])[0]
    parsed = parse_with_dateparser(rest)
    if parsed is None:
        return None
    a = m.end() + len(rest) - len(rest.lstrip())
    return parsed, a, m.end() + len(rest.rstrip())


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
    if date is not None:
        return date, lead, lead + len(text), "date line"
    among = _date_among_furniture(line)
    if among is not None:
        return among
    # A line cut into fields is page furniture, not prose: a field holding only a
    # date dates it ("Story by Jane Doe • Jan 7, 2019", "January 7, 2019 | World").
    fields = _fields(line)
    for at, end in fields if len(fields) > 1 else ():
        among = _date_among_furniture(line[at:end])
        if among is not None:
            date, a, b, kind = among
            return date, at + a, at + b, kind
    return None


# What a date line may hold besides its date: clocks, zones, weekdays, stamp words,
# an update's age and separators ("January 7, 2019 / 4:39 PM / Updated 2 hours ago",
# "Monday 7 January 2019 16:39, UK"). Anything else tells a story.
_FURNITURE_BODY, _ = expand(
    r"(?:\s|[|•·/,:;()\[\]–—-]"
    r"|\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?m\.?)?(?!\w)|\d{1,2}\s*[ap]\.?m\.?(?!\w)"
    rf"|(?<!\w)(?:{alternation((*WEEKDAYS, 'weds'))}|{{zone}}|UK"
    r"|(?:last\s+|first\s+)?(?:published|updated|posted|modified)"
    r"|on|at|(?:\d+|an?|one)\s+(?:second|minute|hour|day)s?\s+ago|just\s+now)(?!\w)\.?)*"
)
_FURNITURE = re.compile(_FURNITURE_BODY, re.IGNORECASE)
# A byline's name before its date, with no separator between ("By Jane Doe  March 5, 2009").
_BYLINE_NAME = re.compile(r"^By(?:\s+[A-Z][\w.'’\-]*){1,4}[\s,]*$")


def _date_among_furniture(line: str) -> tuple[dt.date, int, int, str] | None:
    """The first full date of a line that holds only it, further full dates (an
    update's) and the furniture around them; a byline's name may come first."""
    found = full_date(line)
    if found is None:
        return None
    date, a, b = found
    if parse_stated_date(line[a:b]) is None:
        return None  # day and month could be swapped ("04/05/2009")
    before, rest, kind = line[:a], line[b:], "date line"
    if _BYLINE_NAME.match(before.strip() + " "):
        before, kind = "", "byline"
    while (more := full_date(rest)) is not None:
        rest = rest[: more[1]] + " " + rest[more[2] :]
    if _FURNITURE.fullmatch(before) is None or _FURNITURE.fullmatch(rest) is None:
        return None
    return date, a, b, kind


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
