"""The day a count of days or weeks "later" or "earlier" reaches from the day told
before it, and the month or year a count of months or years reaches ("He met her in
2010. Two years later they married": 2012).

"Tammy Meyers was hit in the head on Thursday. She died two days later": TimeML
marks "two days" a duration, the word "later" outside it, and that is what the
article's dates keep. The death still has a day, Saturday, counted from the date
the story told last when that is a day: the expression keeps it (`reached`), and
the events stage dates the death by it over the words "two days later", an
inferred date ("context"), so the row is approximate (`events.event.event_dates`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsbrief.temporal.context import Tense
from newsbrief.temporal.periods import shift_months
from newsbrief.temporal.values import parse

_LATER = re.compile(r"\s+(later|earlier)\b", re.IGNORECASE)
# A count of days, weeks, months or years ("P2D", "P1W", "P3M", "P2Y"); a vague one
# ("a few days": "PXD") counts to no time.
_COUNT = re.compile(r"^P(\d+)([DWMY])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def reached_day(
    value: str, after: str, day: str | None, tense: Tense | None, reference: dt.date | None
) -> tuple[str, str] | None:
    """The day a duration `value` followed by `after` (" later ...") reaches from
    `day`, the date told last if it names a day, with the words that say which way
    (" later"); for a count of months or years, the month or year it reaches. None
    when the words do not count from a day (a month or a season told since is no
    day to count from), or when a past event would land after the reference date
    (the date told before was then misread)."""
    m = _COUNT.match(value)
    said = _LATER.match(after)
    if m is None or said is None or day is None:
        return None
    count, unit = int(m.group(1)), m.group(2)
    sign = 1 if said.group(1).lower() == "later" else -1
    if unit in "MY":
        return _reached_period(count * sign, unit, day, tense, reference, said.group(0))
    if not _DAY.match(day):
        return None
    reached = dt.date.fromisoformat(day[:10]) + dt.timedelta(
        days=sign * count * (7 if unit == "W" else 1)
    )
    if tense == "past" and reference is not None and reached > reference:
        return None
    return reached.isoformat(), said.group(0)


def _reached_period(
    k: int, unit: str, told: str, tense: Tense | None, reference: dt.date | None, words: str
) -> tuple[str, str] | None:
    """The year ("Y") or month ("M") `k` of them from the date told last: a year
    from any date with its year, a month only from a month or a day ("two months
    later" after "in 2010" reaches no month), and not for a clause in the present."""
    parts = parse(told)  # "2010", "2011-03", "2011-03-12TEV", "2010-Q3"
    if parts is None or not parts.group("y").isdigit() or tense == "present":
        # "Five decades later, Wang is one of the top photojournalists": now, of
        # which the count tells only a bound.
        return None
    month = parts.group("m")
    if unit == "M" and not (month and month.isdigit()):
        return None
    year = int(parts.group("y"))
    if unit == "Y":
        first, value = (year + k, 1), f"{year + k:04d}"
    else:
        first = shift_months(year, int(month), k)
        value = f"{first[0]:04d}-{first[1]:02d}"
    if tense == "past" and reference is not None and first > (reference.year, reference.month):
        return None  # a past event cannot begin after the paper's month
    return value, words
