"""TIMEX3 values: the one grammar of date values, what a date value allows on the
calendar, and duration values.

Every reader of a value parses it with `parse`: the year, then at most one of a
month (and day), a quarter, a half, a week (and weekday) or a season, then any
time of day; unknown parts are `X`. `fully_known` says whether a parse is a date
the resolver may count from (every part known, no weekday, no time of day), and
`granularity` what it is a date of. `calendar_of` reads a value as the days it
allows (what the timeline compares and sorts by), `date_start` and `date_end`
say where it begins and ends, and `relation` how two values meet. `duration`
writes a count of a unit as a duration value ("P2Y6M").

    2013-03-22   day         2013-Q3   quarter     2013-W12-WE   a weekend
    2013-SP      season      2013-H1   half        XXXX-WXX-5    a Friday, date unknown
    201          a decade    2013-03-22T10:35      a time on that day
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from newsbrief.temporal import tables as T

_VALUE = re.compile(
    r"^(?P<y>\d{4}|XXXX)(?:-(?:(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?|Q(?P<q>[1-4X])|H(?P<h>[12X])"
    r"|W(?P<w>\d\d|XX)(?:-(?P<wd>\d|WE))?|(?P<s>SP|SU|FA|WI)))?(?P<t>T.*)?$"
)


def parse(value: str) -> re.Match[str] | None:
    """The parts of a TIMEX3 date value, as the groups y, m, d, q, h, w, wd, s and t
    (the time of day); None for other values (durations, PRESENT_REF, a decade)."""
    return _VALUE.match(value)


_REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def is_reference(value: str) -> bool:
    """Whether a value only points back, at, or ahead of the time of speaking
    ("now", "recently", "the future"): a direction, no calendar time."""
    return value in _REFERENCES


def fully_known(parts: re.Match[str]) -> bool:
    """Whether a parsed value is a date with every part known and no weekday or time
    of day ("1998-02-13", "1998-Q3", "1998-W12", "1998-SP", "1998")."""
    return parts.group("wd") is None and parts.group("t") is None and "X" not in parts.group(0)


_GRANULARITY_GROUPS = (("d", "day"), ("m", "month"), ("q", "quarter"), ("h", "half"),
                       ("w", "week"), ("s", "season"))  # fmt: skip


def granularity(value: str) -> str | None:
    """'1998-02-13' -> 'day', '1998-Q3' -> 'quarter', '1998' -> 'year'; None otherwise."""
    m = parse(value)
    if m is None or not fully_known(m):
        return None
    return next((name for group, name in _GRANULARITY_GROUPS if m.group(group)), "year")


def some_day(value: str) -> bool:
    """Whether a value is a day of a known month, the day itself unknown
    ("2014-12-XX", "2014-12-XXTEV": "later that evening" of a December day)."""
    m = parse(value)
    return (
        m is not None and "X" not in m.group("y") + (m.group("m") or "X") and m.group("d") == "XX"
    )


@dataclass(frozen=True)
class Calendar:
    """The days a TIMEX3 value allows: years (None = any), months, day, weekday."""

    years: frozenset[int] | None
    months: frozenset[int]
    day: int | None
    weekday: int | None
    kind: str  # year, half, quarter, season, month, week, day
    sub: str  # the value without its year ("10", "SP", "WXX-5"): same sub, other year

    def admits(self, other: Calendar) -> bool:
        """Whether some day satisfies both."""
        years = _meet(self.years, other.years)
        if years is not None and not years:
            return False
        months = self.months & other.months
        if not months:
            return False
        days = {d for d in (self.day, other.day) if d is not None}
        if len(days) > 1:
            return False
        weekdays = {w for w in (self.weekday, other.weekday) if w is not None}
        if len(weekdays) > 1:
            return False
        if not weekdays or not days:
            return True
        # A day of the month named with a weekday: some year must fit.
        day, weekday = days.pop(), weekdays.pop()
        for year in sorted(years) if years else range(2000, 2028):
            for month in months:
                fits = day <= calendar.monthrange(year, month)[1]
                if fits and dt.date(year, month, day).isoweekday() == weekday:
                    return True
        return False


def _meet(a: frozenset[int] | None, b: frozenset[int] | None) -> frozenset[int] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a & b


@lru_cache(maxsize=4096)
def calendar_of(value: str) -> Calendar | None:
    """The calendar reading of a TIMEX3 date value, or None for other values."""
    m = parse(value)
    if m is None:
        if re.fullmatch(r"\d{3}", value):  # a decade
            decade = frozenset(range(int(value) * 10, int(value) * 10 + 10))
            return Calendar(decade, frozenset(range(1, 13)), None, None, "year", "decade")
        return None
    years = None if m.group("y") == "XXXX" else frozenset({int(m.group("y"))})
    every = frozenset(range(1, 13))
    sub = value[5:].split("T")[0]
    if m.group("m") is not None:
        if m.group("m") == "XX":
            return Calendar(years, every, None, None, "day" if m.group("d") else "month", sub)
        month = int(m.group("m"))
        d = m.group("d")
        day = int(d) if d and d != "XX" else None
        return Calendar(years, frozenset({month}), day, None, "day" if d else "month", sub)
    if m.group("q") is not None:
        q = m.group("q")
        months = every if q == "X" else frozenset(range(3 * int(q) - 2, 3 * int(q) + 1))
        return Calendar(years, months, None, None, "quarter", sub)
    if m.group("h") is not None:
        h = m.group("h")
        months = every if h == "X" else frozenset(range(6 * int(h) - 5, 6 * int(h) + 1))
        return Calendar(years, months, None, None, "half", sub)
    if m.group("s") is not None:
        return Calendar(years, frozenset(T.SEASON_MONTHS[m.group("s")]), None, None, "season", sub)
    if m.group("w") is not None:
        wd = m.group("wd")
        if m.group("w") == "XX":
            weekday = int(wd) if wd and wd != "WE" else None
            return Calendar(years, every, None, weekday, "day" if weekday else "week", sub)
        # A numbered ISO week: the months its days fall in.
        monday = dt.date.fromisocalendar(int(m.group("y") or 2000), int(m.group("w")), 1)
        days = [monday + dt.timedelta(days=i) for i in range(7)]
        return Calendar(
            frozenset(d.year for d in days), frozenset(d.month for d in days), None, None,
            "week", sub,
        )  # fmt: skip
    return Calendar(years, every, None, None, "year", "")


def date_start(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) where a value begins, None while its year is unknown."""
    cal = calendar_of(value)
    if cal is None or cal.years is None:
        return None
    week = re.match(r"^(\d{4})-W(\d\d)", value)
    if week:
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday.year, monday.month, monday.day
    year = min(cal.years)
    month = min(cal.months)
    if cal.kind == "season" and 12 in cal.months:  # winter starts in December
        month = 12
    return year, month, cal.day or 1


def date_end(value: str) -> dt.date | None:
    """The last day a value covers, None while its year is unknown."""
    cal = calendar_of(value)
    if cal is None or cal.years is None:
        return None
    week = re.match(r"^(\d{4})-W(\d\d)", value)
    if week:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7)
    year = max(cal.years)
    months = sorted(cal.months)
    month = months[-1]
    if cal.kind == "season" and 12 in cal.months:  # winter ends in the next year
        year, month = year + 1, 2
    day = cal.day or calendar.monthrange(year, month)[1]
    return dt.date(year, month, day)


_NUMBERED_WEEK = re.compile(r"-W\d\d")


def _days_apart(a: str, b: str) -> bool:
    """Whether two values of known years cover no day in common ("2015-03-26" and
    "2015-W14", which runs from March 30)."""
    start_a, start_b = date_start(a), date_start(b)
    end_a, end_b = date_end(a), date_end(b)
    if start_a is None or start_b is None or end_a is None or end_b is None:
        return False
    return end_a < dt.date(*start_b) or end_b < dt.date(*start_a)


@lru_cache(maxsize=16384)
def relation(a: str, b: str) -> str | None:
    """How two values relate: "same" (they can name one time at one granularity),
    "refines" (one can lie inside the other), "other-year" (the same time of year
    in different years: a contradiction), or None."""
    ca, cb = calendar_of(a), calendar_of(b)
    if ca is None or cb is None:
        return None
    if (_NUMBERED_WEEK.search(a) or _NUMBERED_WEEK.search(b)) and _days_apart(a, b):
        return None  # a numbered week's calendar names its months, not its days
    if ca.admits(cb):
        return "same" if ca.kind == cb.kind else "refines"
    if ca.years and cb.years and not ca.years & cb.years and ca.kind == cb.kind:
        any_a = Calendar(None, ca.months, ca.day, ca.weekday, ca.kind, ca.sub)
        any_b = Calendar(None, cb.months, cb.day, cb.weekday, cb.kind, cb.sub)
        if ca.kind not in ("year", "week") and any_a.admits(any_b):
            return "other-year"
    return None


# --- Durations ----------------------------------------------------------------------

# How a fraction of a unit is said in the next smaller one: (code, factor, time).
_SMALLER = {
    ("Y", False): ("M", 12, False), ("M", False): ("D", 30, False),
    ("W", False): ("D", 7, False), ("D", False): ("H", 24, True),
    ("H", True): ("M", 60, True), ("M", True): ("S", 60, True), ("Q", False): ("M", 3, False),
}  # fmt: skip


def duration(n: str, unit: str) -> str:
    """'dur(2.5,year)' -> P2Y6M, 'dur(1.5,hour)' -> PT1H30M, 'dur(X,week)' -> PXW."""
    code, is_time, multiplier = T.UNITS.get(unit, ("X", False, 1))
    t = "T" if is_time else ""
    if n == "X":
        return f"P{t}X{code}"
    value = float(n) * multiplier
    whole = int(value)
    rest = value - whole
    if rest and (code, is_time) in _SMALLER:
        small, factor, small_time = _SMALLER[(code, is_time)]
        part = round(rest * factor)
        if whole == 0:
            return f"P{'T' if small_time else ''}{part}{small}"
        if small_time and not is_time:
            return f"P{whole}{code}T{part}{small}"
        return f"P{t}{whole}{code}{part}{small}"
    return f"P{t}{whole}{code}"
