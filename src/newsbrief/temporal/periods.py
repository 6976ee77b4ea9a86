"""Calendar periods named by a code, located in a given year.

A code names a time of year without its year: a month "03", a day "03-12", a
season "SP", a quarter "Q3", a half "H1", or a holiday ("christmas", "easter",
"thanksgiving"). `span` gives its first and last day in a year and its TIMEX3
value there; the resolver chooses the year. Holidays are fixed days, the n-th
weekday of a month, or counted from Easter Sunday (`easter`). `this` counts a
period from the reference date ("this(year,-1)": last year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from newsbrief.temporal import tables as T

# A season's first and last month, the last counted on past December (winter: 12, 14).
_SEASON_BOUNDS = {
    code: (months[0], months[0] + len(months) - 1) for code, months in T.SEASON_MONTHS.items()
}


def shift_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 19 * m) // 433
    month = (h + m - 7 * n + 90) // 25
    return dt.date(year, month, (h + m - 7 * n + 33 * month + 19) % 32)


def holiday(name: str, year: int) -> dt.date | None:
    if name in T.HOLIDAYS_FIXED:
        mm, dd = T.HOLIDAYS_FIXED[name].split("-")
        return dt.date(year, int(mm), int(dd))
    if name in T.HOLIDAYS_NTH_WEEKDAY:
        month, weekday, n = T.HOLIDAYS_NTH_WEEKDAY[name]
        days = [
            d
            for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).isoweekday() == weekday
        ]
        return dt.date(year, month, days[n - 1] if n > 0 else days[n])
    if name in T.HOLIDAYS_EASTER:
        return easter(year) + dt.timedelta(days=T.HOLIDAYS_EASTER[name])
    return None


def span(code: str, year: int) -> tuple[dt.date, dt.date, str] | None:
    """First and last day of `code` in `year`, and its TIMEX3 value."""
    if re.fullmatch(r"\d\d", code):
        m = int(code)
        return (
            dt.date(year, m, 1),
            dt.date(year, m, calendar.monthrange(year, m)[1]),
            f"{year:04d}-{code}",
        )
    if re.fullmatch(r"\d\d-\d\d", code):
        mm, dd = int(code[:2]), int(code[3:])
        if dd > calendar.monthrange(year, mm)[1]:
            return None
        d = dt.date(year, mm, dd)
        return d, d, f"{year:04d}-{code}"
    if code in _SEASON_BOUNDS:
        first, last = _SEASON_BOUNDS[code]
        ly, lm = shift_months(year, first, last - first)
        return (
            dt.date(year, first, 1),
            dt.date(ly, lm, calendar.monthrange(ly, lm)[1]),
            f"{year:04d}-{code}",
        )
    if re.fullmatch(r"Q[1-4]", code):
        q = int(code[1])
        last = 3 * q
        return (
            dt.date(year, last - 2, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
            f"{year:04d}-{code}",
        )
    if re.fullmatch(r"H[12]", code):
        h = int(code[1])
        return (
            dt.date(year, 6 * h - 5, 1),
            dt.date(year, 6 * h, 30 if h == 1 else 31),
            f"{year:04d}-{code}",
        )
    day = holiday(code, year)
    if day is not None:
        return day, day, day.isoformat()
    return None


def of_year(code: str, year: str) -> str:
    """`code` in a given year: 'on(Q3,1989)' -> 1989-Q3 (a year not known: `unknown_year`)."""
    if not year.isdigit():
        return unknown_year(code)
    found = span(code, int(year))
    return found[2] if found else f"{year}-XX-XX"


# Codes written after a year to name a time in it: a month, a day, a season, a
# quarter, a half (a holiday's name is not: it is placed by `holiday`).
CALENDAR_CODE = re.compile(r"\d\d(?:-\d\d)?|SP|SU|FA|WI|Q[1-4]|H[12]")


def unknown_year(code: str) -> str:
    if code in T.HOLIDAYS_FIXED:
        return "XXXX-" + T.HOLIDAYS_FIXED[code]
    if CALENDAR_CODE.fullmatch(code):
        return "XXXX-" + code
    return "XXXX-XX-XX"


def period_over(value: str, ref: dt.date | None) -> bool:
    """Whether the period `value` ("1989-Q3", "1990-03") ended before `ref`."""
    if ref is None or not re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d)", value):
        return False
    period = span(value[5:], int(value[:4]))
    return period is not None and period[1] < ref


# --- Periods counted from the reference date -------------------------------------

PLACEHOLDER = {
    "year": "XXXX", "half": "XXXX-HX", "quarter": "XXXX-QX",
    "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "day": "XXXX-XX-XX",
    "decade": "XXX", "century": "XX",
}  # fmt: skip

# Units below a day count as the reference day; others are said in calendar units.
_CALENDAR_UNIT = {
    "second": ("day", 0), "minute": ("day", 0), "hour": ("day", 0), "night": ("day", 1),
    "trading day": ("day", 1), "business day": ("day", 1), "working day": ("day", 1),
    "fortnight": ("week", 2), "millennium": ("century", 10), "quarter-century": ("year", 25),
    "half-century": ("year", 50),
}  # fmt: skip

# A fraction of a unit is counted in a smaller one and told to this many
# characters: "a year and a half ago" is 18 months ago, that month's year; "half a
# century ago" is 50 years ago, a year (not last century).
_FRACTION_IN = {
    "century": ("year", 100, 4), "decade": ("year", 10, 4), "year": ("month", 12, 4),
    "month": ("day", 30, 7),
}  # fmt: skip


def away_from_zero(value: float) -> int:
    """A count as a whole one, a fraction rounded away from zero: -0.5 -> -1."""
    return int(value) if value == int(value) else int(value) + (1 if value > 0 else -1)


def this(unit: str, count: float, ref: dt.date | None) -> str:
    """The reference date's `unit` moved by `count` units."""
    unit, scale = _CALENDAR_UNIT.get(unit, (unit, 1))
    count *= scale
    if ref is None:
        return PLACEHOLDER.get(unit, "XXXX")
    if count != int(count) and unit in _FRACTION_IN:
        smaller, n, length = _FRACTION_IN[unit]
        return this(smaller, round(count * n), ref)[:length]
    # Other fractions are rounded away from zero: "a week and a half ago" is two weeks ago.
    k = away_from_zero(count)
    y = ref.year
    if unit == "year":
        return f"{y + k:04d}"
    if unit == "decade":
        return f"{y // 10 + k:03d}"
    if unit == "century":
        return f"{y // 100 + k:02d}"
    if unit == "month":
        yy, mm = shift_months(y, ref.month, k)
        return f"{yy:04d}-{mm:02d}"
    if unit == "quarter":
        index = y * 4 + (ref.month - 1) // 3 + k
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "half":
        index = y * 2 + (ref.month - 1) // 6 + k
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "week":
        return week(ref + dt.timedelta(weeks=k))
    if unit == "weekend":
        return week(ref + dt.timedelta(weeks=k)) + "-WE"
    if unit == "day":
        return (ref + dt.timedelta(days=k)).isoformat()
    return f"{y + k:04d}"
