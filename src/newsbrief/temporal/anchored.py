"""Values counted from the date told before: "the following year", "that day", "a
year earlier" (`anchored`), each at its unit's granularity or the anchor's own,
and counted from the reference date when no date was told (unless that would be a
guess: "that day" with none told stays unknown)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from newsbrief.temporal import periods
from newsbrief.temporal.context import Context
from newsbrief.temporal.values import fully_known, granularity, parse, some_day


def _within(day: str | None, period: str) -> bool:
    """Whether the day `day` lies in the month, week or year `period`."""
    if day is None:
        return False
    if "-W" in period:
        parts = parse(day)
        return (
            parts is not None
            and bool(parts.group("d"))
            and periods.week(dt.date.fromisoformat(day[:10])) == period
        )
    return day.startswith(period)


def told_last(anchors: Mapping[str, str]) -> str | None:
    """The date told last, or, when that was set off by dashes or parentheses ("at
    Shinnecock in 2018 – a near facsimile of the 2004 Open – ... two years
    earlier"), the one the story told before it. (An apposition may tell the
    story on: "another Kenyan, Kimani Maruge, who in 2004 was named the oldest
    pupil. Five years later, he died".)"""
    last = anchors.get("last")
    if last is not None and last == anchors.get("parenthetical"):
        return anchors.get("main", last)
    return last


def _anchor_for(unit: str, keep: bool, ctx: Context, back: bool = False) -> str | None:
    if keep:
        # "a year earlier", "the year-ago period": the period just talked about
        # (this sentence or the one before): "third-quarter net rose ... from a
        # year earlier" compares quarters, "for the nine months ... a year
        # earlier" a stretch of last year. A day named nearby ("said Friday") is
        # when it was said, not what is compared. Failing that, a quarter named
        # anywhere before: results stories name it once and compare paragraphs on.
        period = ctx.recent.get("period")
        if period is not None:
            return None if period.startswith("P") else period
        quarter = ctx.anchors.get("lead quarter") or ctx.anchors.get("quarter")
        if quarter is None and back:
            # "In 2012, a professor was arrested. ... A year earlier, Delhi went
            # further": counted back from the time told, as "the year before" is;
            # only "a year ago" counts from now.
            return told_last(ctx.anchors)
        return quarter
    if unit in ("year", "decade", "century"):
        return told_last(ctx.anchors)
    if unit in ("day", "week"):
        day, last = ctx.anchors.get("day"), ctx.anchors.get("last")
        # A month told in passing ("Mendicino, until August 2018 the secretary,
        # went on CBC later in the day") is not where the story moved.
        moved = last is not None and (
            (granularity(last) == "month" and last != ctx.anchors.get("aside"))
            or last == ctx.anchors.get("scene")
        )
        if last and moved and not _within(day, last):
            # "in July. The following morning": a day of that month, not the day's;
            # "In 1991, Gorbachev went to Crimea. The next day": some day of 1991;
            # "Last week, a jet fired missiles. That same day": a day of that week.
            return last
        return day
    if unit == "month":
        # The later of a day and a month told: "Christmas ... Tesla's September
        # settlement. Musk's tweet the previous month" is August's.
        last = ctx.anchors.get("last")
        if last and granularity(last) in ("day", "month"):
            return last
        return ctx.anchors.get("day") or ctx.anchors.get("month")
    return ctx.anchors.get(unit)


def _moved_on(day: str | None, moved: str | None) -> bool:
    """Whether the story has moved from the day told to a longer time it told
    after it, not in passing, that does not hold it ("Jan. 31, 2016 ... set up a
    practice about 14 years ago"): "that day" is then no day the reader can tell.
    (`moved` is the latest such time, kept only while no day was told after it.)"""
    return day is not None and moved is not None and not _within(day, moved)


def anchored(
    unit: str,
    k: int,
    ctx: Context,
    keep: bool = False,
    *,
    clock: bool = False,
    told: bool = False,
    back: bool = False,
) -> str:
    """The date last mentioned, moved `k` units; else the reference date's (a day
    counted from no date told stays unknown).

    With `keep` the anchor keeps its own granularity ("a year earlier" after "the
    third quarter" is that quarter a year before); without, the result is at the
    granularity of `unit` ("the following year" after "May 22, 1995" is 1996).
    With `back` ("a year earlier", not "a year ago") and no period to compare,
    the time told last is the anchor. With `clock` (a time of day) only a day told
    counts: "The A380 was revealed in January 2005. The take-off, at 08:30 UTC" is
    not some day of January.
    """
    if clock:
        anchor = ctx.anchors.get("clock day") or ctx.anchors.get("day")
    else:
        anchor = _anchor_for(unit, keep, ctx, back)
        if unit == "day" and k == 0 and not keep:  # "9 a.m." after "11 a.m. Thursday"
            anchor = ctx.anchors.get("clock day", anchor)
        if told and unit == "day" and _moved_on(anchor, ctx.anchors.get("moved")):
            anchor = None
    if anchor is None and unit in ("month", "quarter") and abs(k) <= 1 and not keep:
        year = ctx.anchors.get("last") or ""
        if granularity(year) == "year":
            # "In 2012 the firm sold it. The following month ...": some month of
            # 2012, not the one after the paper's.
            return f"{year}-XX" if unit == "month" else f"{year}-QX"
    if unit == "day" and k == 0 and not keep and anchor is not None and some_day(anchor):
        # "Later that evening [of a December day] ... at 2am": that same day, known
        # no better; not the reference day.
        return anchor
    m = parse(anchor or "")
    if m is None or not fully_known(m) or anchor is None:
        if anchor is None and (told or (unit == "day" and k != 0)):
            # "He died the next day", "from that day on": not tomorrow, not today.
            return periods.PLACEHOLDER.get(unit, "XXXX")
        if unit == "quarter" and k == 0 and ctx.tense == "past":
            k = -1  # "in the quarter, sales fell": the quarter just reported
        return periods.this(unit, k, ctx.reference)
    y = int(m.group("y"))
    if unit == "year":
        return f"{y + k:04d}" + (anchor[4:] if keep else "")
    if unit == "decade":  # "In 1992, Li left. ... in the following decade": the 2000s
        return f"{y // 10 + k:03d}"
    if unit == "century":
        return f"{y // 100 + k:02d}"
    if unit == "quarter" and m.group("q"):
        index = y * 4 + int(m.group("q")) - 1 + k
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "month" and m.group("m"):
        yy, mm = periods.shift_months(y, int(m.group("m")), k)
        return f"{yy:04d}-{mm:02d}"
    if unit in ("day", "week") and not m.group("d") and m.group("m"):
        return f"{y:04d}-{m.group('m')}-XX" if unit == "day" else f"{y:04d}-WXX"
    if unit == "day" and m.group("w"):
        return anchor if k == 0 else f"{y:04d}-XX-XX"  # "that same day": some day of that week
    if unit in ("day", "week") and len(anchor) == 4:
        return f"{y:04d}-XX-XX" if unit == "day" else f"{y:04d}-WXX"
    if unit in ("day", "week") and m.group("d"):
        d = dt.date(y, int(m.group("m")), int(m.group("d")))
        return (
            (d + dt.timedelta(days=k)).isoformat()
            if unit == "day"
            else periods.week(d + dt.timedelta(weeks=k))
        )
    return periods.this(unit, k, ctx.reference)
