"""The one resolver: underspecified values to TIMEX3 values.

Rules emit either a finished TIMEX3 value ("1998-02-13", "P3Y", "PRESENT_REF") or
a call in a small language that only the reference date, the sentence's tense and
the last date mentioned before can settle. A call may be followed by a suffix that
is appended to its result ("wd(5)TMO" -> "2013-03-22TMO").

    this(UNIT[,K])   the period of the reference date, moved K units:
                     this(year,-1) -> 2012, this(week) -> 2013-W12, this(day,+1)
    near(CODE[,Y])   the occurrence of CODE nearest the reference date; one against
                     the clause's tense counts TENSE_PENALTY times as far (one
                     still to come in a tenseless clause UNKNOWN_PENALTY times,
                     and none at all in a clause told as over: `Context.over`,
                     nor one over before what was said would happen: `ahead`);
                     Y moves the result Y years. CODE is a month "03", a day
                     "03-12", a season "SP", a quarter "Q3", a half "H1", or a holiday
    rel(K,CODE)      the previous (K=-1) or next (K=+1) CODE; this (K=0) CODE, the
                     current year's unless over (then the next, outside the past)
    wd(N[,K])        weekday N (1 = Monday, "WE" = the weekend): by tense without
                     K, else strictly before (-1), strictly after (+1), same week (0)
    anchor(UNIT,K[,keep|clock|told])
                     the last date mentioned before, moved K units, at UNIT's
                     granularity ("the following year") or with `keep` at its own
                     ("a year earlier" after "the third quarter"), with `clock`
                     the last day told (a time of day); without one, this(UNIT,K),
                     or with `told` ("that day": a date told before) unknown
    dated(MM-DD,N)   a day named with its weekday: the nearby year where it fits
    inyear(YYYY)     the quarter last mentioned, in year YYYY ("the 1988 period")
    qend(MM-DD)      the quarter that ended on a day ("the quarter ended Sept. 30")
    latestq()        the last quarter named if over, else the quarter the story
                     reports if it is the current one (a fiscal label), else the
                     last one completed
    counted(CODE,K), incontext(CODE,K[,told])
                     CODE (a holiday) in the year this(year,K) or anchor(year,K[,told])
                     gives ("Thanksgiving last year", "Easter of that year")
    within(CODE,YYYY) CODE in the year of the date it stands beside ("the year-ago
                     quarter, the second quarter"): as on(), but the year is inferred
    weekof(CODE)     the week holding a day ("the week of March 6", "Easter week")
    wdanchor(N,K)    weekday N before (K=-1) or after (K=+1) the day last mentioned
    yearend()        the year whose end "year-end" means
    someday()        "one day" as some day: FUTURE_REF, or PAST_REF in a past clause
    dur(N,UNIT)      a duration: dur(2.5,year) -> P2Y6M, dur(X,week) -> PXW

Without a reference date nothing is resolved against a clock: the parts that need
one stay `X` ("XXXX-WXX-5", "XXXX-SP", "XXXX-XX-XX").

Where a code falls in a given year, and the period `this` counts to, are
`periods.py`'s; a value counted from the date told before (`anchor`) is
`anchored.py`'s; how a count of a unit is written as a duration is `values.py`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsbrief.temporal import periods
from newsbrief.temporal.anchored import anchored
from newsbrief.temporal.context import Context, Tense
from newsbrief.temporal.values import duration, fully_known, parse

_CALL = re.compile(r"^(?P<fn>[a-z]+)\((?P<args>[^)]*)\)(?P<suffix>.*)$")
_WEEK = re.compile(r"\d{4}-W\d\d")  # a week, which no part of a day can follow


def resolve(value: str, ctx: Context) -> str:
    """The TIMEX3 value of an underspecified `value` in context `ctx`."""
    m = _CALL.match(value)
    if not m:
        return value
    fn, suffix = m.group("fn"), m.group("suffix")
    args = [a.strip() for a in m.group("args").split(",")] if m.group("args") else []
    handler = _FUNCTIONS.get(fn)
    if handler is None:
        raise ValueError(f"unknown function {fn!r} in {value!r}")
    try:
        out = handler(args, ctx)
    except ValueError:
        # A vague count ("some years ago") has no calendar value: only a direction.
        return "PAST_REF" if "-" in m.group("args") else "FUTURE_REF"
    # "That night", after "Last week, ...": a night of that week, which is all it says.
    return out if suffix.startswith("T") and _WEEK.fullmatch(out) else out + suffix


# In a past-tense clause an occurrence still to come counts this many times as
# far as one already begun ("stock of record Nov. 17" in late October is this
# November, "signed in August" in February last August), and the other way round
# in a future-tense one. Without a tense, news reports the past somewhat more
# often than it announces the future.
TENSE_PENALTY = 4.5
UNKNOWN_PENALTY = 1.5
# How far past the reference date a day told as over may lie, and how far before
# it one still to come: a story dated in New York tells of the next day in Sydney
# ("was photographed on April 2", dated April 1).
_OVER_SLACK = dt.timedelta(days=1)


def _slack(span: tuple[dt.date, dt.date, str]) -> dt.timedelta:
    """`_OVER_SLACK` for a day; none for a longer period, which a time zone does not move."""
    return _OVER_SLACK if span[0] == span[1] else dt.timedelta(0)


def _fits(span: tuple[dt.date, dt.date, str], ref: dt.date, ctx: Context) -> bool:
    """Whether an occurrence is on the side of `ref` the words allow: begun for an
    event told as over, not yet ended for one still to come (`Context`)."""
    if ctx.over and span[0] > ref + _slack(span):
        return False
    return not (ctx.ahead and span[1] < ref - _slack(span))


def _distance(span: tuple[dt.date, dt.date, str], ref: dt.date, tense: Tense | None) -> float:
    if span[0] <= ref <= span[1]:
        return 0.0
    ahead = span[0] > ref
    days = float((span[0] - ref).days if ahead else (ref - span[1]).days)
    if tense == "future":
        return days if ahead else days * TENSE_PENALTY
    if ahead:
        return days * (TENSE_PENALTY if tense == "past" else UNKNOWN_PENALTY)
    return days


def near(code: str, ctx: Context, shift: int = 0) -> str:
    """The occurrence of `code` nearest the reference date, weighted by tense.

    A month or day named without a year is, in news, almost always of the
    current year or just across its boundary (AP style drops only the current
    year), so the nearest occurrence wins unless the tense points the other way.
    """
    ref = ctx.reference
    if ref is None:
        return periods.unknown_year(code)
    told = _told_month(code, ctx)
    # The story's month, unless the words put the day on the other side of now
    # ("... said Wednesday. Collier was killed on the evening of April 18").
    if told is not None and _fits(told, ref, ctx):
        return told[2]
    spans = [s for y in (ref.year - 1, ref.year, ref.year + 1) if (s := periods.span(code, y))]
    spans = [s for s in spans if _fits(s, ref, ctx)] or spans
    if not spans:
        return periods.unknown_year(code)
    best = min(spans, key=lambda s: _distance(s, ref, ctx.tense))
    if not shift:
        return best[2]
    moved = periods.span(code, int(best[2][:4]) + shift)
    return moved[2] if moved else periods.unknown_year(code)


# A day of a month without its year ("03-09"), and a day with its year.
_MONTH_DAY = re.compile(r"\d\d-\d\d")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _told_month(code: str, ctx: Context) -> tuple[dt.date, dt.date, str] | None:
    """A day without its year in the month of the date told last ("Bloody Sunday,
    March 7, 1965 ... on March 9, Parks walked"; "tweeted on the day of the April 15,
    2013, bombing. His last tweet was on April 17"): a day of that month's year,
    the story's, not the paper's. Only after a day: "the August 1988 cease-fire ...
    the invasion on Aug. 2" is the paper's August; nor for a month alone ("in
    January"): news names the latest one so. A day of that month told before other
    dates counts too when its year is one the nearest occurrence could have ("MH370
    disappeared on March 8 last year ... In late January, ... left for work on the
    evening of March 7"): which of the Marches near the paper's date is the story's."""
    if not _MONTH_DAY.fullmatch(code) or ctx.reference is None:
        return None
    last, day = ctx.anchors.get("last", ""), ctx.anchors.get("day", "")
    near_years = range(ctx.reference.year - 1, ctx.reference.year + 2)
    for told in (last, day):
        if not _DAY.match(told) or told[5:7] != code[:2]:
            continue
        if told == last or int(told[:4]) in near_years:
            return periods.span(code, int(told[:4]))
    return None


def dated(code: str, weekday_n: str, ctx: Context) -> str:
    """A month-day said with its weekday ("Monday, Oct. 26"): the year near the
    reference date where it fits, else a year of the dates told before where it
    fits ("three marches in March 1965. On Sunday, March 7"). Where it fits no such
    year, the year stays unknown: the nearest would contradict the weekday."""
    ref = ctx.reference
    if ref is None:
        return periods.unknown_year(code)
    told = [ctx.anchors["last"], *ctx.anchors.values()] if "last" in ctx.anchors else []
    years = [ref.year, ref.year - 1, ref.year + 1] + [int(v[:4]) for v in told if v[:4].isdigit()]
    for year in years:
        s = periods.span(code, year)
        if s is not None and s[0].isoweekday() == int(weekday_n):
            return s[2]
    return periods.unknown_year(code)


def rel(k: int, code: str, ctx: Context) -> str:
    """The previous (K=-1) or next (K=+1) occurrence of `code` strictly outside the
    reference date's own, skipping the month just gone (which is "last month");
    "this" (K=0) the nearest one the tense allows ("this spring" said in November
    is the coming one when it is planned)."""
    ref = ctx.reference
    if ref is None:
        return periods.unknown_year(code)
    if k == 0:
        # "this September": the current year's unless it is over and the clause is
        # not in the past ("this spring" said in November, of a planned visit).
        if ctx.tense == "past":
            return near(code, ctx)
        current = periods.span(code, ref.year)
        if current is not None and current[1] < ref:
            upcoming = periods.span(code, ref.year + 1)
            return upcoming[2] if upcoming else current[2]
        return current[2] if current else periods.unknown_year(code)
    spans = [s for y in range(ref.year - 2, ref.year + 3) if (s := periods.span(code, y))]
    if k < 0:
        before = [s for s in spans if s[1] < ref]
        if len(before) > 1 and re.fullmatch(r"\d\d", code) and _months_apart(before[-1], ref) == 1:
            # The month just gone is "last month": "crashed last February", said in
            # March, is the February of the year before.
            return before[-2][2]
        return before[-1][2] if before else periods.unknown_year(code)
    after = [s for s in spans if s[0] > ref]
    return after[0][2] if after else periods.unknown_year(code)


def _months_apart(span: tuple[dt.date, dt.date, str], ref: dt.date) -> int:
    return (ref.year - span[0].year) * 12 + ref.month - span[0].month


def weekday(n: str, k: int | None, ctx: Context) -> str:
    ref = ctx.reference
    if ref is None:
        return "XXXX-WXX-WE" if n == "WE" else f"XXXX-WXX-{n}"
    target = 6 if n == "WE" else int(n)
    back = (ref.isoweekday() - target) % 7  # to the latest one on or before
    ahead = (target - ref.isoweekday()) % 7 or 7  # to the first one after
    if k is None:
        # News names the day of publication by its weekday too (AP style): "the
        # snow would cause disruption on Friday", written on a Friday, is that day;
        # and a weekend it is written in is "the weekend" ("would continue through
        # the weekend", written on a Sunday).
        now = back == 0 or (n == "WE" and ref.isoweekday() == 7)
        day = (
            ref + dt.timedelta(days=ahead)
            if ctx.tense == "future" and not now
            else ref - dt.timedelta(days=back)
        )
    elif k == 0:
        day = ref + dt.timedelta(days=target - ref.isoweekday())
        if ctx.tense == "past" and day > ref:
            day -= dt.timedelta(days=7)  # "a video shot this Saturday": the one just gone
    elif k < 0:
        day = ref - dt.timedelta(days=back or 7)
    else:
        day = ref + dt.timedelta(days=ahead)
    return periods.week(day) + "-WE" if n == "WE" else day.isoformat()


def weekday_from_anchor(n: str, k: int, ctx: Context) -> str:
    """'the previous Friday', 'the following Monday': counted from the day last
    mentioned, else from the reference date."""
    day = ctx.anchors.get("day")
    try:
        base = dt.date.fromisoformat(day) if day else None
    except ValueError:
        base = None
    return weekday(n, k or -1, Context(base or ctx.reference, ctx.tense))


# The first and the last month of each season (winter ends in next year's February).
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def season_from_anchor(code: str, k: int, ctx: Context) -> str:
    """'the following summer', 'the previous winter', 'the following July': the
    first such season or month that starts after the date last mentioned, or the
    last one to end before it (after a bare year, the next or the last year's);
    'that summer' (`k` 0) the one of its year. Else counted from the reference
    date, as 'next summer' is, or for 'that summer' the nearest."""
    anchor = ctx.anchors.get("last")
    m = parse(anchor or "")
    months = _SEASON_MONTHS.get(code) or ((int(code),) * 2 if code.isdigit() else None)
    if anchor is None or m is None or not fully_known(m) or months is None:
        return rel(k, code, ctx) if k else near(code, ctx)
    year = int(m.group("y"))
    month = int(m.group("m")) if m.group("m") else None
    first, last = months
    if k > 0 and (month is None or month >= first):
        year += 1
    elif k < 0 and (month is None or month <= last):
        year -= 1
    elif k == 0 and month is not None and month + 12 <= last:
        year -= 1  # "in January 2015 ... that winter": the winter of 2014-15
    return f"{year:04d}-{code}"


def quarter_ended(code: str, ctx: Context) -> str:
    """'the quarter ended Sept. 30': the calendar quarter holding most of the three
    months before that day (a fiscal quarter ended July 31 is mostly Q2)."""
    end = near(code, ctx)
    try:
        day = dt.date.fromisoformat(end)
    except ValueError:
        return "XXXX-QX"
    middle = day - dt.timedelta(days=45)
    return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"


def week_of(code: str, ctx: Context) -> str:
    """'the week of March 6': the ISO week holding that day."""
    day = near(code, ctx)
    try:
        return periods.week(dt.date.fromisoformat(day))
    except ValueError:
        return "XXXX-WXX"


def latest_quarter(ctx: Context) -> str:
    """'the latest quarter': the quarter last named if it is over, else the
    reported one if it is the current quarter, else the last quarter completed
    before the reference date."""
    anchor = ctx.anchors.get("quarter")
    if anchor and periods.period_over(anchor, ctx.reference):
        return anchor
    # A story that reports results for the quarter still under way by the calendar
    # ("reported a decline in fourth-quarter earnings" on Nov. 2) names a fiscal
    # quarter that is over: its latest period is that quarter, as the story labels it.
    lead = ctx.anchors.get("lead quarter")
    if lead and lead == periods.this("quarter", 0, ctx.reference):
        return lead
    return periods.this("quarter", -1, ctx.reference)


def year_end(ctx: Context) -> str:
    """'year-end', 'by year's end': the year whose end is meant (TimeML puts the
    end in a modifier, not the value)."""
    day = near("12-31", ctx)
    return day[:4]


def in_year(year: str, ctx: Context) -> str:
    """'the 1988 period' after 'the third quarter': that quarter of 1988."""
    anchor = ctx.anchors.get("lead quarter") or ctx.anchors.get("quarter")
    return year + anchor[4:] if anchor else year


def _int(arg: str) -> int:
    """'+1' -> 1, '-2' -> -2, '-0.5' -> -1 (rounded away from zero); a vague 'X'
    raises ValueError."""
    return periods.away_from_zero(float(arg))


_FUNCTIONS: dict[str, Callable[[list[str], Context], str]] = {
    "this": lambda a, c: periods.this(a[0], float(a[1]) if len(a) > 1 else 0, c.reference),
    "near": lambda a, c: near(a[0], c, _int(a[1]) if len(a) > 1 else 0),
    "rel": lambda a, c: rel(_int(a[0]), a[1], c),
    "wd": lambda a, c: weekday(a[0], _int(a[1]) if len(a) > 1 else None, c),
    "anchor": lambda a, c: anchored(
        a[0],
        _int(a[1]) if len(a) > 1 else 0,
        c,
        "keep" in a,
        clock="clock" in a,
        told="told" in a,
        back="back" in a,
    ),
    "dated": lambda a, c: dated(a[0], a[1], c),
    "inyear": lambda a, c: in_year(a[0], c),
    "qend": lambda a, c: quarter_ended(a[0], c),
    "latestq": lambda a, c: latest_quarter(c),
    "weekof": lambda a, c: week_of(a[0], c),
    "wdanchor": lambda a, c: weekday_from_anchor(a[0], _int(a[1]), c),
    "seasonanchor": lambda a, c: season_from_anchor(a[0], _int(a[1]), c),
    "yearend": lambda a, c: year_end(c),
    # "will one day be": some day to come; "One day, he got angry": some day gone.
    "someday": lambda a, c: "PAST_REF" if c.tense == "past" else "FUTURE_REF",
    # "overnight": the night just gone in a past clause, the coming one otherwise.
    "night": lambda a, c: periods.this("day", -1 if c.tense == "past" else 0, c.reference),
    "dur": lambda a, c: duration(a[0], a[1]),
    "on": lambda a, c: periods.of_year(a[0], a[1]),
    "counted": lambda a, c: periods.of_year(a[0], periods.this("year", _int(a[1]), c.reference)),
    "incontext": lambda a, c: periods.of_year(
        a[0], anchored("year", _int(a[1]), c, told="told" in a)
    ),
    "within": lambda a, c: periods.of_year(a[0], a[1]),
}
