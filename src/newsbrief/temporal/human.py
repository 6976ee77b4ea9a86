"""TIMEX3 values as a wire-service timeline writes them.

2013-03-22 -> "Fri, Mar 22 2013"     2013-03 -> "Mar 2013"     2024-SP -> "Spring 2024"
2013-Q1 -> "Q1 2013"    2013-W11 -> "Week of March 11, 2013"    201 -> "2010s"
XXXX-WXX-5 -> "Friday (date unknown)"    2023-WXX-5 -> "Friday (2023, date unknown)"
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_SEASON_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Fall", "WI": "Winter"}
_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_REF_NAMES = {"PRESENT_REF": "Now", "PAST_REF": "In the past", "FUTURE_REF": "In the future"}
_UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter",
               "H": "hour", "TM": "minute", "S": "second"}  # fmt: skip
_WEEKDAY_NAMES = [calendar.day_name[i] for i in range(7)]


def _time(part: str) -> str:
    if part in _PART_NAMES:
        return _PART_NAMES[part]
    m = re.fullmatch(r"(\d\d)(?::(\d\d))?(Z?).*", part)
    if m and m.group(1) == "24" and m.group(2) in (None, "00"):
        return "midnight" + (" UTC" if m.group(3) else "")  # TimeML's end of the day
    if m:
        return f"{m.group(1)}:{m.group(2) or '00'}" + (" UTC" if m.group(3) else "")
    return part


def _duration(value: str) -> str:
    m = re.fullmatch(r"P(T?)(\d+(?:\.\d+)?|X)([A-Z])", value)
    if not m:
        return value
    t, n, code = m.groups()
    unit = _UNIT_NAMES.get(("T" if t and code == "M" else "") + code, code)
    if n == "X":
        return f"{unit}s"
    return f"{n} {unit}" + ("" if n == "1" else "s")


def human_date(value: str) -> str:
    """A readable form of a TIMEX3 value, saying plainly what is unknown."""
    if value in _REF_NAMES:
        return _REF_NAMES[value]
    if value.startswith("P"):
        return _duration(value)
    date_part, _, time_part = value.partition("T")
    time_text = f" {_time(time_part)}" if time_part else ""
    m = re.fullmatch(r"(\d{4}|XXXX)-WXX-(\d|WE)", date_part)
    if m:
        year, day = m.groups()
        name = "Weekend" if day == "WE" else _WEEKDAY_NAMES[int(day) - 1]
        known = f"{year}, date unknown" if year != "XXXX" else "date unknown"
        return f"{name}{time_text} ({known})"
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", date_part)
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return value
        return f"{day:%a}, {day:%b} {day.day} {day.year}{time_text}"
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d|XX)(?:-(\d\d|XX))?", date_part)
    if m:
        year, month, day_s = m.groups()
        if month == "XX":
            return f"{'date unknown' if year == 'XXXX' else year + ' (month unknown)'}"
        name = calendar.month_abbr[int(month)]
        if day_s and day_s != "XX":
            text = f"{name} {int(day_s)}"
        else:
            text = name if day_s is None else f"{name} (day unknown)"
        if year == "XXXX":
            return f"{calendar.month_name[int(month)] if day_s is None else text} (year unknown)"
        return f"{text} {year}{time_text}"
    m = re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", date_part)
    if m:
        season = _SEASON_NAMES[m.group(2)]
        return f"{season} (year unknown)" if m.group(1) == "XXXX" else f"{season} {m.group(1)}"
    m = re.fullmatch(r"(\d{4}|XXXX)-([QH])([1-4X])", date_part)
    if m:
        year, kind, n = m.groups()
        label = f"{kind}{n}" if n != "X" else ("Quarter" if kind == "Q" else "Half")
        return f"{label} (year unknown)" if year == "XXXX" else f"{label} {year}"
    m = re.fullmatch(r"(\d{4}|XXXX)-W(\d\d|XX)(-WE)?", date_part)
    if m:
        year, week, weekend = m.groups()
        if year == "XXXX" or week == "XX":
            return f"{'Weekend' if weekend else 'Week'} (date unknown)"
        # As people write it: the week of its Monday, the weekend of its Saturday.
        try:
            first = dt.date.fromisocalendar(int(year), int(week), 6 if weekend else 1)
        except ValueError:  # a week 53 the year does not have
            return f"{'Weekend of week' if weekend else 'Week'} {int(week)}, {year}"
        label = "Weekend" if weekend else "Week"
        return f"{label} of {first:%B} {first.day}, {first.year}"
    if re.fullmatch(r"\d{4}", date_part):
        return date_part + time_text
    if re.fullmatch(r"\d{3}", date_part):
        return f"{date_part}0s"
    if re.fullmatch(r"\d{2}", date_part):
        return f"{int(date_part) + 1}th century"
    if date_part == "XXXX":
        return "Year unknown"
    return value
