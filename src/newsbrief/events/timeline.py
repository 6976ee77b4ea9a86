"""The timeline: the same event told several times merged into one dated entry.

Tellings come from an article's own timeline bullets, its table rows and its
prose; `merging.py` decides which are one event (a date that names the same
month, season or weekday in another year is merged and reported as a
contradiction rather than smoothed over). Each entry shows its most specific date
that no explicit source contradicts, with a certainty; entries are sorted by date.
Warnings also flag a source that says a date is unknown while another gives it,
and a planned event dated before the reference date.
"""

from __future__ import annotations

import datetime as dt
import re

from newsbrief.brief import Certainty, TextSpan, TimelineEntry, Warning
from newsbrief.events.event import ArticleEvent, anchors
from newsbrief.events.merging import RANK, Entry, merge
from newsbrief.temporal import (
    TemporalExpr,
    calendar_of,
    date_end,
    date_start,
    human_date,
    relation,
)

# Words in a date that hedge it or give only a bound ("less than two weeks ago"
# is some day of the last two weeks, not the week the resolver picks), a part of
# it ("the end of 2009": some weeks of that year), or a fraction of a unit ("half
# a century ago": a year the words do not state).
_APPROXIMATE = re.compile(
    r"\b(?:early|late|mid|middle|end|beginning|start|around|about|approximately|roughly"
    r"|some|some\s*time|possibly|or\s+so|or\s+two|give\s+or\s+take|half|quarter"
    r"|less\s+than|more\s+than|nearly|almost|over|under|at\s+least|at\s+most|up\s+to)\b",
    re.IGNORECASE,
)


# "over the past year", "in the last month": the stretch up to now, which the
# calendar period before this one ("2014") only approximates ("last year" is that
# calendar year).
_ROLLING = re.compile(r"the\s+(?:past|last)\s+(?:year|month|week)", re.IGNORECASE)


def _unknowns(value: str) -> int:
    return value.count("X")


def _specificity(date: TemporalExpr) -> tuple[int, int, int]:
    cal = calendar_of(date.value)
    rank = RANK.get(cal.kind, 0) if cal else 0
    return (-_unknowns(date.value), rank, 0 if date.relative else 1)


def _chosen_date(entry: Entry) -> TemporalExpr:
    """The date an entry shows: the most specific one that no explicit source contradicts."""
    dates = entry.dates
    explicit = [d for d in dates if not d.relative]
    stated = {d.value for d in explicit}
    agree = {
        v for v in entry.values
        if all(relation(v, e) not in (None, "other-year") for e in stated)
    }  # fmt: skip
    fitting = [d for d in dates if d.value in agree] or explicit or dates
    return max(fitting, key=_specificity)


def _certainty(date: TemporalExpr) -> Certainty:
    """Exact only when the words state the date: one whose direction, year or anchor
    the resolver chose is approximate, however likely the choice."""
    if "X" in date.value:
        return "unresolved"
    if date.inferred is not None:
        return "approximate"
    cal = calendar_of(date.value)
    if cal is None or cal.kind in ("season", "quarter", "half") or _APPROXIMATE.search(date.text):
        return "approximate"
    if _ROLLING.fullmatch(date.text):
        return "approximate"
    if re.fullmatch(r"\d{3}", date.value):
        return "approximate"
    return "exact"


def _event_text(entry: Entry) -> str:
    order = {"row": 0, "bullet": 1, "clause": 2}
    best = min(entry.events, key=lambda e: (order.get(e.kind, 3), e.start))
    # "He … died in London in 2006": its doer, told apart before it, first.
    return f"{best.subject.text} … {best.text}" if best.subject is not None else best.text


def _sort(entries: list[Entry], chosen: dict[int, TemporalExpr]) -> list[Entry]:
    """Date order; an entry whose place within its year is unknown keeps the place the
    article's own timeline (its bullets and rows) gives it; unknown years go last."""

    first_listed = {}
    for e in entries:
        items = [ev.start for ev in e.events if ev.kind != "clause"]
        first_listed[id(e)] = min(items) if items else min(ev.start for ev in e.events)

    def listed(e: Entry) -> int:
        return first_listed[id(e)]

    known: list[Entry] = []
    partial: list[Entry] = []
    unknown: list[Entry] = []
    for e in entries:
        value = chosen[id(e)].value
        cal = calendar_of(value)
        if cal is None or cal.years is None:
            unknown.append(e)
        elif date_start(value) is not None and not _month_unknown(value):
            known.append(e)
        else:
            partial.append(e)

    def key(e: Entry) -> tuple[tuple[int, int, int], int, int, int]:
        value = chosen[id(e)].value
        cal = calendar_of(value)
        start = date_start(value) or (9999, 0, 0)
        return start, RANK.get(cal.kind if cal else "year", 0), _minute_of_day(value), listed(e)

    ordered = sorted(known, key=key)
    for e in sorted(partial, key=listed):
        year = (date_start(chosen[id(e)].value) or (9999, 0, 0))[0]
        position = 0
        for i, other in enumerate(ordered):
            other_year = (date_start(chosen[id(other)].value) or (9999, 0, 0))[0]
            if other_year < year or (other_year == year and listed(other) < listed(e)):
                position = i + 1
        ordered.insert(position, e)
    return ordered + sorted(unknown, key=listed)


# Where a part of a day falls, in minutes after midnight: "Sunday morning" comes
# before "Sunday afternoon", whatever order the article tells them in.
_PART_MINUTES = {"MO": 8 * 60, "MI": 12 * 60, "DT": 12 * 60, "AF": 15 * 60, "EV": 19 * 60,
                 "NI": 22 * 60}  # fmt: skip
_TIME_OF_DAY = re.compile(r"T(?:(\d\d):(\d\d)|(MO|MI|DT|AF|EV|NI))")


def _minute_of_day(value: str) -> int:
    """Where in its day a value falls (a clock time or a part of the day), -1 for
    a whole day or longer: a day's row comes before the rows of its hours."""
    m = _TIME_OF_DAY.search(value)
    if m is None:
        return -1
    if m.group(3):
        return _PART_MINUTES[m.group(3)]
    return int(m.group(1)) * 60 + int(m.group(2))


def _month_unknown(value: str) -> bool:
    """A known year with an unknown place in it ("2023-WXX-5", "2023-XX-XX")."""
    return bool(re.match(r"^\d{4}-(?:WXX|XX)", value))


def _quote(text: str) -> str:
    return "“" + text.strip() + "”"


def _warnings(entry: Entry, shown: str, reference: dt.date | None) -> list[Warning]:
    out: list[Warning] = []
    for a, b in entry.conflicts:
        out.append(
            Warning(
                "date_conflict",
                f"{_quote(shown)} is dated {human_date(a.value)} ({_quote(a.text)}) in one "
                f"place and {human_date(b.value)} ({_quote(b.text)}) in another",
                [TextSpan(a.text, a.start, a.end), TextSpan(b.text, b.start, b.end)],
            )
        )
    for ev in entry.events:
        if ev.unknown_date is None:
            continue
        marker = ev.unknown_date
        own = ev.date.value if ev.date is not None else "XXXX"
        # Another source that says more: fewer unknown parts, or stated outright.
        known = [
            d for d in entry.dates
            if d is not ev.date and (_unknowns(d.value) < _unknowns(own) or not d.relative)
        ]  # fmt: skip
        if known:
            other = max(known, key=_specificity)
            out.append(
                Warning(
                    "date_unspecified",
                    f"{_quote(shown)} is dated {_quote(marker.text)} in one place and "
                    f"{_quote(other.text)} in another",
                    [marker, TextSpan(other.text, other.start, other.end)],
                )
            )
            break
    if reference is not None and any(ev.planned for ev in entry.events):
        date = _chosen_date(entry)
        end = date_end(date.value)
        if end is not None and end < reference:
            out.append(
                Warning(
                    "planned_before_reference",
                    f"{_quote(shown)} is planned for {human_date(date.value)}, which is "
                    f"before the reference date {reference.isoformat()}",
                    [TextSpan(date.text, date.start, date.end)],
                )
            )
    return out


def _told_within(dated: list[ArticleEvent]) -> list[ArticleEvent]:
    """The events without a clause told inside another's words with the same date:
    'Kerry conceded Monday there was "a little more light there today"' is one row,
    not a second one for the light (a clause of another date stays a row: "The
    company, which was founded in 1990, said on Monday ...")."""
    spans: dict[tuple[int, str], set[tuple[int, int]]] = {}
    for e in dated:
        if e.kind == "clause" and e.date is not None:
            spans.setdefault((e.block, e.date.value), set()).add((e.start, e.end))
    inside: set[tuple[int, str, int, int]] = set()
    for (block, value), found in spans.items():
        reach = -1  # the furthest end of the spans starting before, or as wide and earlier
        for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
            if reach >= end:
                inside.add((block, value, start, end))
            reach = max(reach, end)
    return [
        e for e in dated
        if e.date is None or (e.block, e.date.value, e.start, e.end) not in inside
        or e.kind != "clause"
    ]  # fmt: skip


def build_timeline(
    events: list[ArticleEvent], reference: dt.date | None
) -> tuple[list[TimelineEntry], list[Warning]]:
    """Dated events merged across sources, in date order, with their warnings."""
    dated = _told_within([e for e in events if anchors(e.date) and not e.summary])
    # The article's own timeline (rows, bullets) first, then prose, each in order.
    dated.sort(key=lambda e: (e.kind == "clause", e.start))
    entries = merge(dated)

    chosen = {id(e): _chosen_date(e) for e in entries}
    timeline: list[TimelineEntry] = []
    warnings: list[Warning] = []
    for entry in _sort(entries, chosen):
        date = chosen[id(entry)]
        text = _event_text(entry)
        sources = sorted(
            (s for ev in entry.events for s in (ev.subject, ev.source) if s is not None),
            key=lambda s: s.start,
        )
        certainty = _certainty(date)
        if certainty == "exact" and date.hedged:  # "around 1770", "at about 2 p.m."
            certainty = "approximate"
        inferred = date.inferred if certainty == "approximate" else None
        if certainty == "approximate" and any(e.carried and e.date is date for e in entry.events):
            inferred = "carried"  # what the reader most needs to know of such a date
        if any(e.lead and e.date is date for e in entry.events):
            inferred = "lead"
        timeline.append(TimelineEntry(date, text, certainty, sources, inferred))
        warnings.extend(_warnings(entry, text, reference))
    return timeline, warnings
