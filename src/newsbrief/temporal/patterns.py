"""Named sub-patterns the rules are written in, and how each one is normalized.

A rule writes `{month}` for "a month name, captured as the group `month`" and
`{month:m2}` for the same pattern captured as `m2`. Every sub-pattern is generated
from the word tables in `tables.py`; its normalizer turns the captured text into a
piece of a TIMEX3 value ("Sept." -> "09", "twenty-four" -> "24", "spring" -> "SP").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsbrief.temporal import tables as T


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any blank run."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts) + ")"


_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip

_MONTH_FULL = [m for m in T.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ABBR = [m for m in T.MONTHS if m not in _MONTH_FULL]
_WEEKDAY_FULL = [d for d in T.WEEKDAYS if d.endswith("day")]
_WEEKDAY_ABBR = [d for d in T.WEEKDAYS if not d.endswith("day")]
_SIMPLE_NUMBER_WORD = (
    rf"(?:{alternation(_TENS)}(?:[- ]{alternation(_ONES)})?|{alternation(_TEENS)}"
    rf"|{alternation(_ONES)})"
)
_NUMBER_WORD = rf"{_SIMPLE_NUMBER_WORD}(?:[- ](?:hundred|thousand))?"
_DIGITS = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2|\s*½)?"

_ORDINAL = rf"(?:{alternation(T.ORDINALS)}|[1-4](?:st|nd|rd|th))"

# Sub-pattern name -> regex (no capturing groups inside).
SUBPATTERNS: dict[str, str] = {
    # "March", "Sept.", "Jan" before a day number.
    "month": rf"(?:{alternation(_MONTH_FULL)}|{alternation(_MONTH_ABBR)}(?:\.|(?=\s+\d)))",
    "weekday": rf"(?:{alternation(_WEEKDAY_FULL)}|{alternation(_WEEKDAY_ABBR)}\.)",
    "day": rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|{alternation(T.ORDINALS)})",
    "year": r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)",
    # After a month and its day a number is a year, an old one too ("August 22, 1485").
    "fullyear": r"(?:1\d\d\d|20\d\d)(?![\d,.]\d)",
    "yy": r"(?:'|’)\d\d(?!\d)",
    "season": alternation(T.SEASONS),
    "ordinal": _ORDINAL,
    # A quarter's number: also "final" and "last", the fourth ("the final quarter of 2009").
    "quarterord": rf"(?:{_ORDINAL}|final|last)",
    # "three quarters of an hour" before "three": an alternation takes its first fit.
    "num": rf"(?:(?:a|three)\s+quarters?\s+of\s+an?|{_DIGITS}|{_NUMBER_WORD}(?:\s+and\s+a\s+half)?"
    r"|a\s+couple\s+of|a\s+couple|a\s+hundred|a\s+thousand"
    r"|couple\s+of|a\s+dozen|dozens\s+of|half\s+an?|an?(?:\s+and\s+a\s+half)?)",
    "vague": alternation(T.VAGUE_QUANTITIES),
    "unit": alternation(T.UNIT_FORMS),
    "calunit": alternation(
        ("day", "week", "weekend", "month", "quarter", "year", "decade", "century")
    ),
    "pluralunit": alternation(u for u in T.UNIT_FORMS if u.endswith(("s", "ia"))),
    "part": alternation(T.PARTS_OF_DAY),
    "dayword": alternation(T.DAY_WORDS),
    "clockword": alternation(T.CLOCK_WORDS),
    "refword": alternation(T.REF_WORDS),
    "frequency": alternation(T.FREQUENCIES),
    "approx": alternation(T.APPROXIMATORS),
    "partword": rf"(?:{alternation(T.PART_WORDS)})",
    "holiday": alternation([*T.HOLIDAYS_FIXED, *T.HOLIDAYS_NTH_WEEKDAY, *T.HOLIDAYS_EASTER]),
    "decadeword": alternation(T.DECADE_WORDS),
    "decade": r"(?:1[6-9]\d0|20\d0)(?:'|’)?s",
    # A decade without its century needs an apostrophe ("the '60s", "the 60's"):
    # bare "the mid-30s" is a temperature, a share in a poll or an age.
    "decade2": r"(?:(?:'|’)[1-9]0(?:'|’)?s|[1-9]0(?:'|’)s)",
    "hour": r"(?:1[0-2]|0?[1-9])",
    "hour24": r"(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d",
    "ampm": r"(?:a\.m\.?|p\.m\.?|am|pm|a\s+\.m\.?|p\s+\.m\.?)(?!\w)",
    "zone": alternation(T.TIME_ZONES),
    "mmnum": r"(?:1[0-2]|0?[1-9])",
    "ddnum": r"(?:3[01]|[12]\d|0?[1-9])",
    "dir": alternation(T.DIRECTIONS),
    "anchordir": alternation(T.ANCHOR_DIRECTIONS),
    "afterdir": alternation(T.ANCHOR_DIRECTIONS_AFTER),
    "half": alternation(T.HALVES),
    "weekdays": rf"(?:{alternation(d + 's' for d in _WEEKDAY_FULL)})",
    "longunit": alternation(T.LONG_UNITS),
    "centuryord": rf"(?:(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)|{alternation(T.ORDINALS)})",
    "yy2": r"\d\d(?!\d)",
    "yearword": rf"(?:nineteen[- ]{_SIMPLE_NUMBER_WORD}"
    rf"|two[- ]thousand(?:[- ](?:and\s+)?{_SIMPLE_NUMBER_WORD})?)",
}


def _number(text: str) -> float | None:
    """'two' -> 2, 'twenty-four' -> 24, '2 1/2' -> 2.5, 'a couple of' -> 2."""
    s = " ".join(text.lower().replace(",", "").split())
    if s in T.NUMBER_WORDS:
        return float(T.NUMBER_WORDS[s])
    half = 0.0
    for tail in (" and a half", " 1/2", "½"):
        if s.endswith(tail):
            s, half = s[: -len(tail)].strip(), 0.5
    if s.startswith("dozens"):
        return None
    try:
        return float(s) + half
    except ValueError:
        pass
    total, current = 0.0, 0.0
    for part in re.split(r"[- ]", s):
        if part not in T.NUMBER_WORDS:
            return None
        value = T.NUMBER_WORDS[part]
        if value in (100, 1000):
            current = (current or 1) * value
            if value == 1000:
                total, current = total + current, 0.0
        else:
            current += value
    total += current
    return total + half


def norm_number(text: str) -> str:
    value = _number(text)
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else str(value)


def _month(text: str) -> str:
    return f"{T.MONTHS[text.lower().rstrip('.')]:02d}"


def _day(text: str) -> str:
    s = text.lower()
    if s in T.ORDINALS:
        return f"{T.ORDINALS[s]:02d}"
    digits = re.sub(r"\D", "", s)
    return f"{int(digits):02d}"


def _ordinal(text: str) -> str:
    s = text.lower()
    return str(T.ORDINALS[s]) if s in T.ORDINALS else re.sub(r"\D", "", s)


def _yy(text: str) -> str:
    yy = int(text[-2:])
    # A two-digit year is this or the last century, whichever is nearer to now-ish
    # news: '29 and below read as 20xx.
    return f"{2000 + yy if yy < 30 else 1900 + yy}"


def _year_word(text: str) -> str:
    words = re.split(r"[- ]+", text.lower())
    if words[0] == "nineteen":
        return str(1900 + int(_number(" ".join(words[1:])) or 0))
    rest = [w for w in words[2:] if w != "and"]
    return str(2000 + int(_number(" ".join(rest)) or 0)) if rest else "2000"


def _decade(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits[:3]


def _decade2(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "19" + digits[0]


def _unit(text: str) -> str:
    return T.UNIT_FORMS[" ".join(text.lower().split())]


def _lookup(table: dict[str, object]) -> Callable[[str], str]:
    def norm(text: str) -> str:
        return str(table[" ".join(text.lower().split())])

    return norm


def _part(text: str) -> str:
    code = T.PARTS_OF_DAY[" ".join(text.lower().split())]
    return code if code.startswith("T") else "T" + code


def _hour(text: str) -> str:
    return f"{int(text):02d}"


# Sub-pattern name -> normalizer of the captured text. Names not listed keep the text.
NORMALIZERS: dict[str, Callable[[str], str]] = {
    "month": _month,
    "weekday": lambda s: str(T.WEEKDAYS[s.lower().rstrip(".")]),
    "day": _day,
    "year": lambda s: s,
    "yy": _yy,
    "season": _lookup(T.SEASONS),  # type: ignore[arg-type]
    "ordinal": _ordinal,
    "quarterord": lambda s: "4" if s.lower() in ("final", "last") else _ordinal(s),
    "num": norm_number,
    "vague": lambda s: "X",
    "unit": _unit,
    "calunit": lambda s: s.lower(),
    "pluralunit": _unit,
    "part": _part,
    "dayword": _lookup(T.DAY_WORDS),  # type: ignore[arg-type]
    "clockword": _lookup(T.CLOCK_WORDS),  # type: ignore[arg-type]
    "refword": _lookup(T.REF_WORDS),  # type: ignore[arg-type]
    "frequency": _lookup(T.FREQUENCIES),  # type: ignore[arg-type]
    "holiday": lambda s: " ".join(s.lower().split()),
    "decadeword": lambda s: "19" + str(T.DECADE_WORDS[s.lower()]),
    "decade": _decade,
    "decade2": _decade2,
    "hour": _hour,
    "hour24": _hour,
    "minute": lambda s: s,
    "ampm": lambda s: "pm" if s.lower().startswith("p") else "am",
    "mmnum": _hour,
    "ddnum": _hour,
    "yearword": _year_word,
    "dir": lambda s: f"{T.DIRECTIONS[' '.join(s.lower().split())]:+d}",
    "anchordir": lambda s: f"{T.ANCHOR_DIRECTIONS[s.lower()]:+d}",
    "afterdir": lambda s: f"{T.ANCHOR_DIRECTIONS_AFTER[s.lower()]:+d}",
    "half": lambda s: str(T.HALVES[s.lower()]),
    "weekdays": lambda s: str(T.WEEKDAYS[s.lower()[:-1]]),
    "longunit": lambda s: T.LONG_UNITS[s.lower()],
    "centuryord": lambda s: f"{int(_ordinal(s)) - 1:02d}",
    "yy2": _yy,
}

REFERENCE = re.compile(r"\{([a-z]\w*)(?::(\w+))?\}")


def expand(pattern: str) -> tuple[str, dict[str, str]]:
    """A rule pattern with its `{kind}`/`{kind:name}` references made into named groups.

    Returns the regex and a map from group name to sub-pattern kind.
    """
    kinds: dict[str, str] = {}

    def group(m: re.Match[str]) -> str:
        kind, name = m.group(1), m.group(2) or m.group(1)
        if kind not in SUBPATTERNS:
            raise KeyError(f"unknown sub-pattern {{{kind}}} in {pattern!r}")
        kinds[name] = kind
        return f"(?P<{name}>{SUBPATTERNS[kind]})"

    return REFERENCE.sub(group, pattern), kinds
