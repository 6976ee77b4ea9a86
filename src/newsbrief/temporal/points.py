"""The day a count of days or weeks "later" or "earlier" reaches from the day told
before it.

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

_LATER = re.compile(r"\s+(later|earlier)\b", re.IGNORECASE)
# A count of days or weeks ("P2D", "P1W"); a vague one ("a few days": "PXD") counts
# to no day.
_COUNT = re.compile(r"^P(\d+)([DW])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def reached_day(
    value: str, after: str, day: str | None, tense: Tense | None, reference: dt.date | None
) -> tuple[str, str] | None:
    """The day a duration `value` followed by `after` (" later ...") reaches from
    `day`, the date told last if it names a day, with the words that say which way
    (" later"); None when the words do not count from a day (a month or a season
    told since is no day to count from), or when a past event would land after the
    reference date (the day told before was then misread)."""
    m = _COUNT.match(value)
    said = _LATER.match(after)
    if m is None or said is None or day is None or not _DAY.match(day):
        return None
    days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    sign = 1 if said.group(1).lower() == "later" else -1
    reached = dt.date.fromisoformat(day[:10]) + dt.timedelta(days=sign * days)
    if tense == "past" and reference is not None and reached > reference:
        return None
    return reached.isoformat(), said.group(0)
