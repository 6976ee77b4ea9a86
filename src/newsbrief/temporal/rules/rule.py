"""What an extraction rule is: a name, a pattern, a TIMEX3 type, a value template.

Patterns are written in the sub-patterns of `patterns.py` (`{month}`, `{num}`,
`{unit}`...); a template fills `{name}` with the normalized group and may be a call
the resolver settles later (see `resolve.py`): "near({month}-{day})" for "March 12",
"this(week,{dir})" for "last week". `{clock}` is the time of day built from the
`hour`, `minute` and `ampm` groups ("T22:00").

Every rule carries examples: a sentence, the expression TimeML would mark in it,
and its value with the reference date EXAMPLE_REFERENCE (Friday, 22 March 2013).
The tests run each one through the extractor, so an example is a test case.

Extents follow TimeML: determiners and modifiers ("the", "early", "about") are
inside, prepositions ("in", "on", "since") are not. The pattern pieces several
rules are written with are here too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from newsbrief.brief import DateType
from newsbrief.temporal.patterns import NORMALIZERS, expand
from newsbrief.temporal.tables import NUMBER_WORDS
from newsbrief.temporal.triggers import required_triggers, required_words, rule_triggers

EXAMPLE_REFERENCE = dt.date(2013, 3, 22)

# How far back `preceded_by` may look.
PRECEDING_CHARS = 40


@dataclass(frozen=True)
class Example:
    sentence: str
    text: str
    value: str


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    type: DateType
    value: str
    examples: tuple[Example, ...] = ()
    # A pattern the text just before the match must end with (any width, unlike a
    # regex lookbehind): "$5 a year" is a rate, "waited a year" a duration. It may
    # use sub-patterns, whose groups the value template can name ("April 24 and 25":
    # the month of "25" is in the text before it).
    preceded_by: str | None = None
    # Words (lower case) the stretch of text scanned must hold for the rule to be
    # tried at all: "ago" for "five years ago". Only a shortcut; the pattern decides.
    needs: tuple[str, ...] = ()
    triggers: frozenset[str] = field(init=False, repr=False, compare=False)
    # Trigger kinds every match holds (all of them, where `triggers` needs any one).
    requires: frozenset[str] = field(init=False, repr=False, compare=False)
    # Words every match holds: `needs` and the pattern's literal words outside
    # optional parts.
    words: frozenset[str] = field(init=False, repr=False, compare=False)
    kinds: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _, kinds = expand(self.pattern)
        object.__setattr__(self, "triggers", rule_triggers(self.pattern, kinds))
        if self.preceded_by is not None:
            kinds = {**expand(self.preceded_by)[1], **kinds}
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "requires", required_triggers(self.pattern))
        object.__setattr__(self, "words", frozenset(self.needs) | required_words(self.pattern))
        if not self.triggers:
            raise ValueError(f"rule {self.name} has no trigger word, table or digit")

    # The regular expressions are compiled on first use: compiling all of them is
    # most of the start-up of a run, and an article tries only the rules whose words
    # it holds.

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The pattern, matched not inside a word or a number, not after a currency sign."""
        body, _ = expand(self.pattern)
        return re.compile(rf"(?<![\w$€£¥])(?:{body})(?!\w)", re.IGNORECASE)

    @cached_property
    def before(self) -> re.Pattern[str] | None:
        """`preceded_by` anchored at the end of the text before a match."""
        if self.preceded_by is None:
            return None
        prefix, _ = expand(self.preceded_by)
        return re.compile(rf"(?:{prefix})\s*$", re.IGNORECASE)

    def prefix(self, text: str, start: int) -> re.Match[str] | bool | None:
        """The match of `preceded_by` ending at `start`; True when there is none to
        satisfy, None when it fails."""
        if self.before is None:
            return True
        return self.before.search(text, max(0, start - PRECEDING_CHARS), start)

    def fill(self, m: re.Match[str], prefix: re.Match[str] | None = None) -> str:
        """The value template with every `{name}` replaced by its normalized group."""
        groups = {**(prefix.groupdict() if prefix else {}), **{
            k: v for k, v in m.groupdict().items() if v is not None
        }}  # fmt: skip

        def group(ref: re.Match[str]) -> str:
            name = ref.group(1)
            if name == "clock":
                return _clock(m)
            text = groups.get(name)
            if text is None:
                return ""
            normalize = NORMALIZERS.get(self.kinds.get(name, ""))
            return normalize(text) if normalize else text

        return re.sub(r"\{(\w+)\}", group, self.value)


def _clock(m: re.Match[str]) -> str:
    groups = m.groupdict()
    hour = int(groups.get("hour") or groups.get("hour24") or 0)
    minute = groups.get("minute") or "00"
    ampm = (groups.get("ampm") or "").lower()
    if not ampm and groups.get("daypart"):
        # "4 in the morning", "8 in the evening", "11 at night" (but "2 at night" is a.m.)
        late = groups["daypart"].lower() in ("afternoon", "evening") or hour >= 6
        ampm = "pm" if late and groups["daypart"].lower() != "morning" else "am"
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    # ISO 8601 writes Coordinated Universal Time as "Z"; other zones are left off
    # (TimeML values carry no offsets for "EST", "local time").
    zone = "Z" if (groups.get("zone") or "").upper() in _UTC else ""
    return f"T{hour:02d}:{minute}{zone}"


_UTC = frozenset({"UTC", "GMT"})


def ex(sentence: str, text: str, value: str) -> Example:
    return Example(sentence, text, value)


# An amount just before "a year" makes it a rate ("$1.76 a year", "700 seats a
# week", "24 hours a day"), which TimeML types as a SET.
_AMOUNT_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "zero"))
RATE_AMOUNT = rf"(?:\d|\b(?:{_AMOUNT_WORDS}))(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?"

# Shared pattern pieces.
THE = r"(?:the\s+)?"
QUARTER = r"(?:fiscal[\s-]+)?{quarterord:ordinal}[\s-]+(?:fiscal[\s-]+)?quarter"
