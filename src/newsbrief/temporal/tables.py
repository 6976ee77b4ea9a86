"""Names and codes for temporal expressions, as data.

Every word list the rules match and every code a value is built from lives here:
the patterns in `patterns.py` are generated from these keys, and their normalizers
look the matched words up in the same tables. Keys are lower case.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also ordinary words: only taken when capitalized and, for
# "May" and "March", not used as a verb (checked against the part of speech).
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec"})

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip

# TIMEX3 season codes.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# The months of each season, in order (winter runs into the next year).
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}

# Ordinals, as words and as numbers with suffix; used for days, quarters, halves,
# centuries.
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip

# Cardinal number words (the parts a compound like "twenty-four" is made of).
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a hundred": 100, "a thousand": 1000, "a": 1, "an": 1,
    "a couple of": 2,
    "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5,
    "half an": 0.5, "a half": 0.5, "one and a half": 1.5, "a quarter of a": 0.25,
    "a quarter of an": 0.25, "three quarters of an": 0.75, "three quarters of a": 0.75,
}  # fmt: skip

# Vague quantities: a duration of "several years" is PXY.
VAGUE_QUANTITIES = ("several", "a few", "few", "some", "many", "numerous", "a number of")

# Calendar units: (TIMEX3 duration code, whether it takes the `T` time designator,
# multiplier). A decade is ten years in durations ("two decades" -> P20Y).
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "weekend": ("D", False, 2), "fortnight": ("W", False, 2), "month": ("M", False, 1),
    "quarter": ("Q", False, 1), "year": ("Y", False, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000), "quarter-century": ("Y", False, 25),
    "half-century": ("Y", False, 50), "trading day": ("D", False, 1),
    "business day": ("D", False, 1), "working day": ("D", False, 1),
}  # fmt: skip

# Plural and other inflected unit forms, to their unit.
UNIT_FORMS = {
    **{u: u for u in UNITS},
    **{u + "s": u for u in UNITS if not u.endswith(("century", "millennium"))},
    "centuries": "century", "millennia": "millennium", "yrs": "year", "yr": "year",
    "quarter century": "quarter-century", "half century": "half-century",
    "hrs": "hour", "hr": "hour", "mins": "minute", "min": "minute", "secs": "second",
}  # fmt: skip

# Closed compounds of a unit and "long" ("a weeklong strike"), to the unit.
LONG_UNITS = {
    "hourlong": "hour", "daylong": "day", "weeklong": "week", "monthlong": "month",
    "yearlong": "year",
}  # fmt: skip

# Units a calendar reference ("this week", "last month") can name, to the
# granularity the resolver works at.
CALENDAR_UNITS = {
    "day": "day", "week": "week", "weekend": "weekend", "month": "month",
    "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
    "half": "half",
}  # fmt: skip

# Parts of a day, as TIMEX3 suffixes (after the date) or clock times.
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "mid afternoon": "AF",
    "mid-morning": "MO", "midmorning": "MO", "late afternoon": "AF",
    "early morning": "MO", "late night": "NI", "overnight": "NI", "daytime": "DT",
}  # fmt: skip

# Words for a day relative to the reference date, to the offset in days.
DAY_WORDS = {"today": "+0", "yesterday": "-1", "tomorrow": "+1"}

# Clock words, to their TIMEX3 time.
CLOCK_WORDS = {"noon": "T12:00", "midday": "T12:00", "mid-day": "T12:00", "midnight": "T24:00"}

# Words that stand for the present, the past or the future (TIMEX3 *_REF values).
REF_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "this moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "more recently": "PAST_REF",
    "most recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}  # fmt: skip

# "this/next/last" words before a calendar unit, month, weekday or season, to the
# direction the resolver moves from the reference date: 0 its own, -1 the previous,
# +1 the next.
DIRECTIONS = {
    "this": 0, "current": 0, "present": 0, "latest": -1, "most recent": -1,
    "this past": -1, "last": -1, "past": -1, "this coming": 1, "next": 1,
    "coming": 1, "upcoming": 1,
}  # fmt: skip

# The same words when they count from the date last mentioned rather than from the
# reference date ("the following year", "the previous day").
ANCHOR_DIRECTIONS = {
    "following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0,
}  # fmt: skip

# After the unit, ending the phrase: "down from $450 million the year before."
ANCHOR_DIRECTIONS_AFTER = {
    "before": -1, "earlier": -1, "previous": -1, "prior": -1, "after": 1, "later": 1,
}  # fmt: skip

# "the first half", "the second half".
HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "last": 2, "final": 2}

# Modifiers that narrow or blur a date; kept inside the expression's extent, as
# TimeML does ("early next year", "the end of 1990", "mid-November").
PART_WORDS = (
    "early", "earlier", "late", "later", "mid", "middle", "the middle of",
    "the end of", "the start of", "the beginning of", "the end of the",
    "end of", "beginning of", "start of", "the first half of", "the second half of",
    "the dawn of", "the close of", "the turn of",
    # "the last week of February" is some time in February, not last week.
    "the first week of", "the last week of", "the final week of", "the first weeks of",
    "the last weeks of", "the final weeks of", "the first days of", "the last days of",
    "the final days of", "the first day of", "the last day of",
)  # fmt: skip

# Words before a date that make it approximate ("around 1770", "at about 2 p.m.");
# between a bound word and its date they hedge the bound ("until at least 2014",
# "by about 1995"). TimeML leaves them out of the date's words.
HEDGES = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost"})

# Words of approximation and bounds kept inside a duration's extent ("about two
# years", "at least 30 days", "more than four hours").
APPROXIMATORS = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "some",
    "more than", "less than", "fewer than", "at least", "at most", "up to",
    "no more than", "no less than", "just over", "just under", "close to", "upwards of",
    "as many as", "the better part of", "well over", "a full", "a further",
    "an additional", "an extra", "a mere", "a little over", "a little more than",
)  # fmt: skip

# Fixed-date holidays: month-day.
HOLIDAYS_FIXED = {
    "new year's day": "01-01", "new year's eve": "12-31", "new year's": "01-01",
    "valentine's day": "02-14", "st. patrick's day": "03-17", "halloween": "10-31",
    "christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
    "boxing day": "12-26", "independence day": "07-04", "the fourth of july": "07-04",
    "veterans day": "11-11", "armistice day": "11-11", "bastille day": "07-14",
    "may day": "05-01", "guy fawkes night": "11-05", "all saints' day": "11-01",
    "april fool's day": "04-01", "april fools' day": "04-01", "april fools day": "04-01",
    "april fool's": "04-01",
}  # fmt: skip

# Holidays on the n-th weekday of a month: (month, ISO weekday, n); n = -1 is last.
HOLIDAYS_NTH_WEEKDAY = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4),
    "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
    "martin luther king day": (1, 1, 3), "presidents' day": (2, 1, 3),
    "presidents day": (2, 1, 3), "columbus day": (10, 1, 2),
    "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
}  # fmt: skip

# Holidays counted in days from Easter Sunday.
HOLIDAYS_EASTER = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1,
    "palm sunday": -7, "ash wednesday": -46, "pentecost": 49,
}  # fmt: skip

# Frequency words for sets: word -> TIMEX3 value ("daily" -> P1D).
FREQUENCIES = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M",
    "yearly": "P1Y", "semiannually": "P6M",
    "biannually": "P6M",
}  # fmt: skip

# Decade words: "the sixties" -> 6.
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

# Time zones that may follow a clock time ("5 p.m. EST").
TIME_ZONES = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
    "CEST", "JST", "ET", "PT", "CT", "MT", "local time",
)  # fmt: skip

# Nouns after a four-digit number that show it is a quantity, not a year
# ("2000 soldiers", "1990 kilometers").
NON_YEAR_NOUNS = frozenset(
    {"kilometer", "kilometers", "km", "mile", "miles", "meter", "meters", "foot", "feet",
     "dollar", "dollars", "yen", "euros", "pounds", "tons", "tonnes", "percent"}
)  # fmt: skip
