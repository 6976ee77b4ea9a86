"""Extraction rules, as data: a name, a pattern, a TIMEX3 type, a value template.

Patterns are written in the sub-patterns of `patterns.py` (`{month}`, `{num}`,
`{unit}`...); a template fills `{name}` with the normalized group and may be a call
the resolver settles later (see `resolve.py`): "near({month}-{day})" for "March 12",
"this(week,{dir})" for "last week". `{clock}` is the time of day built from the
`hour`, `minute` and `ampm` groups ("T22:00").

Every rule carries examples: a sentence, the expression TimeML would mark in it,
and its value with the reference date EXAMPLE_REFERENCE (Friday, 22 March 2013).
The tests run each one through the extractor, so an example is a test case.

Where matches overlap the longest wins, then the rule listed first. Extents follow
TimeML: determiners and modifiers ("the", "early", "about") are inside, prepositions
("in", "on", "since") are not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsbrief.brief import DateType
from newsbrief.temporal.patterns import NORMALIZERS, expand, required_triggers, rule_triggers
from newsbrief.temporal.tables import NUMBER_WORDS

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
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    before: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    triggers: frozenset[str] = field(init=False, repr=False, compare=False)
    # Trigger kinds every match holds (all of them, where `triggers` needs any one).
    requires: frozenset[str] = field(init=False, repr=False, compare=False)
    kinds: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        body, kinds = expand(self.pattern)
        # Not inside a word or a number, not after a currency sign.
        regex = re.compile(rf"(?<![\w$€£¥])(?:{body})(?!\w)", re.IGNORECASE)
        object.__setattr__(self, "regex", regex)
        before = None
        if self.preceded_by is not None:
            prefix, prefix_kinds = expand(self.preceded_by)
            before = re.compile(rf"(?:{prefix})\s*$", re.IGNORECASE)
            kinds = {**prefix_kinds, **kinds}
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "before", before)
        object.__setattr__(self, "triggers", rule_triggers(self.pattern, expand(self.pattern)[1]))
        object.__setattr__(self, "requires", required_triggers(self.pattern))
        if not self.triggers:
            raise ValueError(f"rule {self.name} has no trigger word, table or digit")

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
    return f"T{hour:02d}:{minute}"


def ex(sentence: str, text: str, value: str) -> Example:
    return Example(sentence, text, value)


# An amount just before "a year" makes it a rate ("$1.76 a year", "700 seats a
# week", "24 hours a day"), which TimeML types as a SET.
_AMOUNT_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an", "zero"))
RATE_AMOUNT = rf"(?:\d|\b(?:{_AMOUNT_WORDS}))(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?"

# Shared pattern pieces.
THE = r"(?:the\s+)?"
QUARTER = r"(?:fiscal[\s-]+)?{ordinal}[\s-]+(?:fiscal[\s-]+)?quarter"

RULES: tuple[Rule, ...] = (
    # --- Times of day --------------------------------------------------------------------------
    Rule(
        "time_clock_weekday",
        r"(?:{approx}\s+)?{hour}(?::{minute})?\s*{ampm}(?:\s+{zone})?(?:\s*\([^()]{1,24}\))?"
        r",?\s+(?:on\s+)?{weekday}",
        "TIME",
        "wd({weekday}){clock}",
        (ex("The vote ended at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2013-03-20T22:00"),),
    ),
    Rule(
        "time_clock_month_day",
        r"{hour}(?::{minute})?\s*{ampm}(?:\s+{zone})?,?\s+(?:on\s+)?{month}\s+{day}",
        "TIME",
        "near({month}-{day}){clock}",
        (ex("Bids are due by 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2013-11-06T17:00"),),
    ),
    Rule(
        "time_weekday_clock",
        r"{weekday}\s+at\s+{hour}(?::{minute})?\s*{ampm}(?:\s+{zone})?",
        "TIME",
        "wd({weekday}){clock}",
        (ex("It began Monday at 9 a.m.", "Monday at 9 a.m.", "2013-03-18T09:00"),),
    ),
    Rule(
        "time_clock",
        r"(?:{approx}\s+)?{hour}(?::{minute})?\s*{ampm}(?:\s+{zone})?",
        "TIME",
        "anchor(day,0){clock}",
        (
            ex(
                "The blast came at 10:35 a.m. local time.",
                "10:35 a.m. local time",
                "2013-03-22T10:35",
            ),
            ex("They met around 7:15 p.m.", "around 7:15 p.m.", "2013-03-22T19:15"),
        ),
    ),
    Rule(
        "time_clock_24h",
        r"{hour24}:{minute}\s+(?:{zone}|hours|hrs)",
        "TIME",
        "this(day){clock}",
        (ex("The ceasefire began at 14:30 GMT.", "14:30 GMT", "2013-03-22T14:30"),),
    ),
    Rule(
        "time_oclock",
        r"{hour}\s+o'clock",
        "TIME",
        "this(day){clock}",
        (ex("The shop opens at 9 o'clock.", "9 o'clock", "2013-03-22T09:00"),),
    ),
    Rule(
        "time_part_weekday",
        r"{part}\s+(?:on\s+)?{weekday}",
        "TIME",
        "wd({weekday}){part}",
        (ex("The raid began early morning Tuesday.", "early morning Tuesday", "2013-03-19TMO"),),
    ),
    Rule(
        "time_clockword_weekday",
        r"(?:(?:around|about|shortly\s+(?:before|after))\s+)?{clockword}\s+(?:on\s+)?{weekday}",
        "TIME",
        "wd({weekday}){clockword}",
        (ex("The deadline passed at noon Thursday.", "noon Thursday", "2013-03-21T12:00"),),
    ),
    Rule(
        "time_weekday_part",
        r"(?:early\s+|late\s+)?{weekday}\s+{part}",
        "TIME",
        "wd({weekday}){part}",
        (ex("Police arrived Friday morning.", "Friday morning", "2013-03-22TMO"),),
    ),
    Rule(
        "time_dayword_part",
        r"(?:early\s+|late\s+)?{dayword}\s+{part}",
        "TIME",
        "this(day,{dayword}){part}",
        (ex("He spoke yesterday afternoon.", "yesterday afternoon", "2013-03-21TAF"),),
    ),
    Rule(
        "time_part_dayword",
        r"(?:early\s+|late\s+)?{part}\s+{dayword}",
        "TIME",
        "this(day,{dayword}){part}",
        (ex("Shares fell mid-afternoon yesterday.", "mid-afternoon yesterday", "2013-03-21TAF"),),
    ),
    Rule(
        "time_this_part",
        r"(?:(?:earlier|later)\s+)?this\s+{part}",
        "TIME",
        "this(day){part}",
        (ex("The minister resigned this morning.", "this morning", "2013-03-22TMO"),),
    ),
    Rule(
        "time_clock_in_the_part",
        r"{hour}(?::{minute})?\s+(?:in\s+the|at)\s+(?P<daypart>morning|afternoon|evening|night)",
        "TIME",
        "anchor(day,0){clock}",
        (
            ex("He will leave at 4 in the morning.", "4 in the morning", "2013-03-22T04:00"),
            ex("The polls closed at 8 in the evening.", "8 in the evening", "2013-03-22T20:00"),
            ex("The curfew starts at 11 at night.", "11 at night", "2013-03-22T23:00"),
        ),
        # "the index rose 5 in the afternoon" is a number, "at 5 in the afternoon" a time.
        preceded_by=r"\b(?:at|until|till|by|before|after|from|around|about)",
    ),
    Rule(
        "time_anchor_part",
        r"the\s+{anchordir}\s+{part}",
        "TIME",
        "anchor(day,{anchordir}){part}",
        (
            ex(
                "He was arrested on March 4, 2013, and appeared in court the next morning.",
                "the next morning",
                "2013-03-05TMO",
            ),
        ),
    ),
    Rule(
        "time_that_part",
        r"(?:(?:earlier|later)\s+)?that\s+{part}",
        "TIME",
        "anchor(day,0){part}",
        (
            ex(
                "Talks began on March 4, 2013, and broke down that night.",
                "that night",
                "2013-03-04TNI",
            ),
        ),
    ),
    Rule(
        "time_the_part",
        r"(?:the\s+(?:(?:early|late|mid)[\s-]*)?{part}|(?:early|late|mid)[\s-]*{part:part2})"
        # Not "the night the plane went down", "the morning of May 2": another day's.
        r"(?!\s+(?:of|when|that|the|an?|he|she|it|they|we|i|before|after)\b)",
        "TIME",
        "anchor(day,0){part}{part2}",
        (
            ex(
                "Shares fell Friday. Buyers came back in the afternoon.",
                "the afternoon",
                "2013-03-22TAF",
            ),
            ex("By mid afternoon, the fighting had stopped.", "mid afternoon", "2013-03-22TAF"),
        ),
        preceded_by=r"\b(?:in|during|by|until|through|throughout|since|from)",
    ),
    Rule(
        "time_last_night",
        r"(?:late\s+)?last\s+night",
        "TIME",
        "this(day,-1)TNI",
        (ex("Fighting resumed last night.", "last night", "2013-03-21TNI"),),
    ),
    Rule(
        "time_tonight",
        r"(?:late\s+)?(?:tonight|overnight)",
        "TIME",
        "this(day)TNI",
        (ex("The talks will resume tonight.", "tonight", "2013-03-22TNI"),),
    ),
    Rule(
        "time_noon",
        r"(?:around\s+|about\s+|shortly\s+(?:before|after)\s+)?{clockword}",
        "TIME",
        "this(day){clockword}",
        (ex("The polls close at midnight.", "midnight", "2013-03-22T24:00"),),
    ),
    # --- Full dates ----------------------------------------------------------------------------
    Rule(
        "date_iso",
        r"{year}-{mmnum}-{ddnum}",
        "DATE",
        "{year}-{mmnum}-{ddnum}",
        (ex("The filing is dated 2010-01-29.", "2010-01-29", "2010-01-29"),),
    ),
    Rule(
        "date_slash",
        r"{mmnum}/{ddnum}/{year}",
        "DATE",
        "{year}-{mmnum}-{ddnum}",
        (ex("Posted 09/26/1999 by staff.", "09/26/1999", "1999-09-26"),),
    ),
    Rule(
        "date_slash_yy",
        r"{mmnum}/{ddnum}/{yy2}",
        "DATE",
        "{yy2}-{mmnum}-{ddnum}",
        (ex("Posted 11/02/89 by staff.", "11/02/89", "1989-11-02"),),
    ),
    Rule(
        "date_weekday_month_day_year",
        r"{weekday},?\s+{month}\s+{day},?\s+{year}",
        "DATE",
        "{year}-{month}-{day}",
        (ex("It opened on Monday, Oct. 12, 2009.", "Monday, Oct. 12, 2009", "2009-10-12"),),
    ),
    Rule(
        "date_month_day_year",
        r"{month}\s+{day},?\s+{year}",
        "DATE",
        "{year}-{month}-{day}",
        (
            ex("He was born on March 5, 1946.", "March 5, 1946", "1946-03-05"),
            ex("The bonds mature Nov. 1, 2004.", "Nov. 1, 2004", "2004-11-01"),
        ),
    ),
    Rule(
        "date_day_month_year",
        r"{day}\s+(?:of\s+)?{month},?\s+{year}",
        "DATE",
        "{year}-{month}-{day}",
        (ex("The treaty was signed on 25 February 2009.", "25 February 2009", "2009-02-25"),),
    ),
    Rule(
        "date_weekday_month_day",
        r"(?:this\s+coming\s+)?{weekday},?\s+{month}\s+{day}",
        "DATE",
        "dated({month}-{day},{weekday})",
        (
            ex("The vote is set for Saturday, April 6.", "Saturday, April 6", "2013-04-06"),
            ex("The report was dated Saturday, Oct. 26.", "Saturday, Oct. 26", "2013-10-26"),
        ),
    ),
    Rule(
        "date_month_day",
        r"(?:(?:early|late|around|about)\s+)?{month}\s+{day}",
        "DATE",
        "near({month}-{day})",
        (
            ex("The deal closed Oct. 31.", "Oct. 31", "2012-10-31"),
            ex("The plant will reopen on April 8.", "April 8", "2013-04-08"),
            ex("The company reported on Jan. 14 that sales rose.", "Jan. 14", "2013-01-14"),
        ),
    ),
    Rule(
        "date_dir_month_day",
        r"{dir}\s+{month}\s+{day}",
        "DATE",
        "rel({dir},{month}-{day})",
        (ex("He was shot last Oct. 23 at home.", "last Oct. 23", "2012-10-23"),),
    ),
    Rule(
        "date_range_second_day",
        r"{ddnum:d2}(?:st|nd|rd|th)?",
        "DATE",
        "near({month}-{d2})",
        (ex("The summit is on April 24 and 25 in Washington.", "25", "2013-04-25"),),
        preceded_by=r"{month}\s+{day}\s*(?:,|and|or|to|through|-|–)\s*",
    ),
    Rule(
        "date_week_of",
        r"the\s+week\s+of\s+{month}\s+{day}",
        "DATE",
        "weekof({month}-{day})",
        (ex("A hearing is set for the week of March 6.", "the week of March 6", "2013-W10"),),
    ),
    Rule(
        "date_day_month",
        r"(?:the\s+)?{day}\s+(?:of\s+)?{month}",
        "DATE",
        "near({month}-{day})",
        (ex("They arrived on 19 March.", "19 March", "2013-03-19"),),
    ),
    # --- Months --------------------------------------------------------------------------------
    Rule(
        "date_month_year",
        r"(?:(?:the\s+)?{partword}[\s-]*)?{month},?\s+(?:of\s+)?{year}",
        "DATE",
        "{year}-{month}",
        (
            ex("Prices peaked in August 1988.", "August 1988", "1988-08"),
            ex("It opened in early October 1998.", "early October 1998", "1998-10"),
        ),
    ),
    Rule(
        "date_month_yy",
        r"{month}\s+{yy}",
        "DATE",
        "{yy}-{month}",
        (ex("Sales slumped in June '89.", "June '89", "1989-06"),),
    ),
    Rule(
        "date_month_yearword",
        r"{month},?\s+{yearword}",
        "DATE",
        "{yearword}-{month}",
        (
            ex(
                "January nineteen ninety-seven was cold.",
                "January nineteen ninety-seven",
                "1997-01",
            ),
        ),
    ),
    Rule(
        "date_month_dir_year",
        r"{month}\s+(?:of\s+)?{dir}\s+year",
        "DATE",
        "this(year,{dir})-{month}",
        (ex("The plan was announced in June last year.", "June last year", "2012-06"),),
    ),
    Rule(
        "date_dir_month",
        r"(?:the\s+)?{dir}\s+{month}",
        "DATE",
        "rel({dir},{month})",
        (
            ex("The law took effect last June.", "last June", "2012-06"),
            ex("Elections are due next February.", "next February", "2014-02"),
            ex("The hearing is this September.", "this September", "2013-09"),
        ),
    ),
    Rule(
        "date_partword_month",
        r"(?:the\s+)?{partword}[\s-]*{month}",
        "DATE",
        "near({month})",
        (
            ex("The strike began in mid-November.", "mid-November", "2012-11"),
            ex("It ended at the end of November.", "the end of November", "2012-11"),
        ),
    ),
    Rule(
        "date_month",
        r"{month}",
        "DATE",
        "near({month})",
        (
            ex("Exports rose in February.", "February", "2013-02"),
            ex("The company will report in May.", "May", "2013-05"),
        ),
    ),
    # --- Seasons -------------------------------------------------------------------------------
    Rule(
        "date_season_year",
        r"(?:the\s+)?(?:{partword}[\s-]*)?{season}\s+(?:of\s+)?{year}",
        "DATE",
        "{year}-{season}",
        (
            ex("The visit was planned for spring 2024.", "spring 2024", "2024-SP"),
            ex("It happened in the winter of 1994.", "the winter of 1994", "1994-WI"),
        ),
    ),
    Rule(
        "date_season_yearword",
        r"(?:the\s+)?{season}\s+(?:of\s+)?{yearword}",
        "DATE",
        "{yearword}-{season}",
        (
            ex(
                "It was the winter of nineteen ninety-four.",
                "the winter of nineteen ninety-four",
                "1994-WI",
            ),
        ),
    ),
    Rule(
        "date_dir_season",
        r"(?:the\s+)?(?:{partword}[\s-]*)?{dir}\s+{season}",
        "DATE",
        "rel({dir},{season})",
        (
            ex("Trump invited her to visit this spring.", "this spring", "2013-SP"),
            ex("Sales slumped last fall.", "last fall", "2012-FA"),
            ex("Talks resume next summer.", "next summer", "2013-SU"),
        ),
    ),
    Rule(
        "date_season",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?{season}",
        "DATE",
        "near({season})",
        (
            ex("They agreed to schedule the trip for spring.", "spring", "2013-SP"),
            ex("Sales were weak in the summer.", "the summer", "2012-SU"),
        ),
    ),
    # --- Quarters and halves -------------------------------------------------------------------
    Rule(
        "date_q_year",
        # "Q3 2012", "Q3 of 2012", "2012 Q3", "H1 2012" (\d: the digit triggers the rule).
        r"(?P<qh>(?-i:[QH]))(?P<n>\d)(?<=[QH][1-4])(?<!H[34])\s+(?:of\s+)?{year}"
        r"|{year:y2}[\s-]+(?P<qh2>(?-i:[QH]))(?P<n2>\d)(?<=[QH][1-4])(?<!H[34])",
        "DATE",
        "{year}{y2}-{qh}{qh2}{n}{n2}",
        (
            ex("The company reported Q3 2012 earnings.", "Q3 2012", "2012-Q3"),
            ex("Sales rose in H1 2012.", "H1 2012", "2012-H1"),
            ex("Its 2012 Q4 results were weak.", "2012 Q4", "2012-Q4"),
        ),
    ),
    Rule(
        "date_q",
        r"(?P<qh>(?-i:[QH]))(?P<n>\d)(?<=[QH][1-4])(?<!H[34])",
        "DATE",
        "near({qh}{n})",
        (ex("The company will report Q4 results in April.", "Q4", "2013-Q4"),),
    ),
    Rule(
        "date_quarter_of_year",
        rf"{THE}{QUARTER}\s+of\s+(?:fiscal\s+)?{{year}}",
        "DATE",
        "{year}-Q{ordinal}",
        (ex("Output fell in the third quarter of 1990.", "the third quarter of 1990", "1990-Q3"),),
        needs=("quarter",),
    ),
    Rule(
        "date_year_quarter",
        rf"{THE}(?:fiscal\s+)?{{year}}\s+{QUARTER}",
        "DATE",
        "{year}-Q{ordinal}",
        (ex("That compares with the 1988 third quarter.", "the 1988 third quarter", "1988-Q3"),),
        needs=("quarter",),
    ),
    Rule(
        "date_year_poss_quarter",
        r"{dir}\s+year(?:'|’)s\s+(?:fiscal[\s-]+)?{ordinal}[\s-]+quarter",
        "DATE",
        "this(year,{dir})-Q{ordinal}",
        (
            ex(
                "Profit will rise in this year's third quarter.",
                "this year's third quarter",
                "2013-Q3",
            ),
        ),
    ),
    Rule(
        "date_year_ago_quarter",
        r"(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?:earlier|ago)\s+{ordinal}[\s-]+quarter",
        "DATE",
        "near(Q{ordinal},-1)",
        (
            ex(
                "Net rose from the year-earlier third quarter.",
                "the year-earlier third quarter",
                "2011-Q3",
            ),
        ),
    ),
    Rule(
        "date_quarter",
        r"(?:the\s+(?:(?:latest|current|most\s+recent|same)\s+)?(?:fiscal[\s-]+)?"
        r"{ordinal}\s+(?:fiscal\s+)?quarter|(?:fiscal[\s-]+)?{ordinal:ord2}[\s-]+quarter)",
        "DATE",
        "near(Q{ordinal}{ord2})",
        (
            ex("The company reported third-quarter earnings.", "third-quarter", "2012-Q3"),
            ex("Sales rose in the fiscal first quarter.", "the fiscal first quarter", "2013-Q1"),
            ex("Profit will fall in the fourth quarter.", "the fourth quarter", "2013-Q4"),
        ),
    ),
    Rule(
        "date_year_ago_period",
        r"(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?(?:year[\s-](?:earlier|ago)|prior[\s-]year)"
        r"\s+(?:quarter|period)"
        r"|the\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)"
        r"|the\s+quarter\s+a\s+year\s+(?:earlier|ago)",
        "DATE",
        "anchor(year,-1,keep)",
        (
            ex(
                "Net rose in the third quarter of 2012 from the year-earlier period.",
                "the year-earlier period",
                "2011-Q3",
            ),
        ),
    ),
    Rule(
        "date_quarter_ended",
        r"(?:the|its|their)\s+(?:(?:latest|most\s+recent|fiscal)\s+)*quarter"
        r"(?=\s+(?:that\s+)?(?:ended|ending|ends|to)\s+{month}\s+{day})",
        "DATE",
        "qend({month}-{day})",
        (ex("For the quarter ended Sept. 30, net rose.", "the quarter", "2012-Q3"),),
    ),
    Rule(
        "date_year_period",
        r"the\s+{year}\s+(?:quarter|period)",
        "DATE",
        "inyear({year})",
        (
            ex(
                "Net rose in the third quarter of 2012 from the 2011 period.",
                "the 2011 period",
                "2011-Q3",
            ),
        ),
    ),
    Rule(
        "date_latest_quarter",
        r"the\s+(?:latest|most\s+recent|recent|past|last)\s+(?:fiscal\s+)?(?:quarter|period)",
        "DATE",
        "latestq()",
        (
            ex("Sales rose in the latest quarter.", "the latest quarter", "2012-Q4"),
            ex(
                "Profit in the third quarter of 2012 rose; in the latest period, sales fell.",
                "the latest period",
                "2012-Q3",
            ),
        ),
    ),
    Rule(
        "date_the_quarter",
        r"(?:the|that|this)\s+(?:same\s+)?quarter(?![\s-]+to[\s-]+quarter)",
        "DATE",
        "anchor(quarter,0)",
        (
            ex(
                "In the third quarter of 2012, profit rose; in the quarter, sales fell.",
                "the quarter",
                "2012-Q3",
            ),
        ),
    ),
    Rule(
        "date_quarter_of_dir_year",
        rf"{THE}{QUARTER}\s+of\s+{{dir}}\s+(?:fiscal\s+)?year",
        "DATE",
        "this(year,{dir})-Q{ordinal}",
        (
            ex(
                "Sales rose in the fourth quarter of last year.",
                "the fourth quarter of last year",
                "2012-Q4",
            ),
        ),
        needs=("quarter",),
    ),
    Rule(
        "date_half_of_dir_year",
        r"(?:the\s+)?{half}\s+half\s+of\s+{dir}\s+(?:fiscal\s+)?year",
        "DATE",
        "this(year,{dir})-H{half}",
        (
            ex(
                "The deal will close in the first half of next year.",
                "the first half of next year",
                "2014-H1",
            ),
        ),
        needs=("half",),
    ),
    Rule(
        "date_half_of_year",
        r"(?:the\s+)?{half}\s+half\s+(?:of\s+)?{year}",
        "DATE",
        "{year}-H{half}",
        (ex("Growth slowed in the second half of 1989.", "the second half of 1989", "1989-H2"),),
        needs=("half",),
    ),
    Rule(
        "date_two_quarters_of_year",
        r"(?:at\s+least\s+)?(?:the\s+)?{half}\s+two\s+quarters\s+(?:of\s+)?{year}",
        "DATE",
        "{year}-H{half}",
        (
            ex(
                "Sales will lag through the first two quarters of 1990.",
                "the first two quarters of 1990",
                "1990-H1",
            ),
        ),
        needs=("quarter",),
    ),
    Rule(
        "date_half",
        r"(?:the\s+)?{half}\s+half(?!\s+(?:of|century|hour|point|percent|dozen|mile))",
        "DATE",
        "near(H{half})",
        (ex("Sales will improve in the second half.", "the second half", "2013-H2"),),
        needs=("half",),
    ),
    # --- Years, decades, centuries -------------------------------------------------------------
    Rule(
        "date_year_range_end",
        r"(?<=(?P<cc>1[6-9]|20)\d\d[-–])(?P<yy>\d\d)(?!\d)",
        "DATE",
        "{cc}{yy}",
        (ex("Losses mounted in the 1990-91 season.", "91", "1991"),),
    ),
    Rule(
        "date_fiscal_year",
        r"(?:(?:the\s+)?fiscal(?:\s+year)?|FY|the\s+(?:calendar\s+)?year|(?:post|pre)-)\s*{year}",
        "DATE",
        "{year}",
        (
            ex("Earnings rose in fiscal 1989.", "fiscal 1989", "1989"),
            ex("The tax expires in the year 2000.", "the year 2000", "2000"),
        ),
    ),
    Rule(
        "date_partword_year",
        r"(?:the\s+)?{partword}[\s-]*{year}",
        "DATE",
        "{year}",
        (
            ex("The plant opens in early 1991.", "early 1991", "1991"),
            ex("Rates rose until the end of 1990.", "the end of 1990", "1990"),
            ex("Sales peaked in mid-1996.", "mid-1996", "1996"),
        ),
    ),
    Rule(
        "date_year",
        r"{year}",
        "DATE",
        "{year}",
        (ex("Prices doubled in 1987.", "1987", "1987"),),
    ),
    Rule(
        "date_yy",
        r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bby\s)){yy}",
        "DATE",
        "{yy}",
        (ex("The firm was founded in '89.", "'89", "1989"),),
    ),
    Rule(
        "date_yearword",
        r"(?:the\s+year\s+)?{yearword}",
        "DATE",
        "{yearword}",
        (ex("It was nineteen ninety-six.", "nineteen ninety-six", "1996"),),
    ),
    Rule(
        "date_decade",
        r"(?:the\s+)?(?:{partword}[\s-]*)?{decade}",
        "DATE",
        "{decade}",
        (
            ex("Prices soared in the 1990s.", "the 1990s", "199"),
            ex("It was built in the early 1980s.", "the early 1980s", "198"),
        ),
    ),
    Rule(
        "date_decade_short",
        r"the\s+(?:{partword}[\s-]*)?{decade2}|(?:{partword:pw2}[\s-]*)(?:'|’){decade2:d2}",
        "DATE",
        "{decade2}{d2}",
        (ex("It was popular in the '60s.", "the '60s", "196"),),
    ),
    Rule(
        "date_decade_word",
        r"the\s+(?:{partword}[\s-]*)?(?:nineteen[\s-]+)?{decadeword}",
        "DATE",
        "{decadeword}",
        (ex("The firm grew in the nineties.", "the nineties", "199"),),
    ),
    Rule(
        "date_century",
        r"(?:the\s+)?(?:{partword}[\s-]*)?{centuryord}[\s-]+century",
        "DATE",
        "{centuryord}",
        (ex("It dates from the 19th century.", "the 19th century", "18"),),
        needs=("century",),
    ),
    # --- Relative to the reference date --------------------------------------------------------
    Rule(
        "date_dayword",
        r"(?:(?:early|late|later|earlier)\s+)?{dayword}",
        "DATE",
        "this(day,{dayword})",
        (
            ex("The ministers met yesterday.", "yesterday", "2013-03-21"),
            ex("The court rules tomorrow.", "tomorrow", "2013-03-23"),
            ex("Talks resumed late yesterday.", "late yesterday", "2013-03-21"),
        ),
    ),
    Rule(
        "date_day_before_yesterday",
        r"the\s+day\s+before\s+yesterday",
        "DATE",
        "this(day,-2)",
        (ex("They left the day before yesterday.", "the day before yesterday", "2013-03-20"),),
    ),
    Rule(
        "dur_past_decade",
        r"the\s+past\s+(?P<unit>decade|century)(?!\s+or\s+so)",
        "DURATION",
        "dur(1,{unit})",
        (ex("Crime fell over the past decade.", "the past decade", "P10Y"),),
    ),
    Rule(
        "date_last_year_quarter",
        r"last\s+year(?:'|’)s\s+(?:same\s+|comparable\s+)?(?:quarter|period)",
        "DATE",
        "anchor(year,-1,keep)",
        (
            ex(
                "Third-quarter sales fell; sales for last year's quarter were $3 million.",
                "last year's quarter",
                "2011-Q3",
            ),
        ),
    ),
    Rule(
        "date_anchor_unit",
        r"the\s+{anchordir}\s+{calunit}",
        "DATE",
        "anchor({calunit},{anchordir})",
        (
            ex(
                "He was elected in 2010 and resigned the following year.",
                "the following year",
                "2011",
            ),
        ),
    ),
    Rule(
        "date_dir_unit",
        r"(?:the\s+)?{dir}\s+(?:fiscal\s+)?{calunit}(?:\s+or\s+so)?",
        "DATE",
        "this({calunit},{dir})",
        (
            ex("Sales rose last year.", "last year", "2012"),
            ex("The minister resigned last week.", "last week", "2013-W11"),
            ex("Prices will rise next month.", "next month", "2013-04"),
            ex("The board meets this week.", "this week", "2013-W12"),
            ex("Sales fell over the past year.", "the past year", "2012"),
            ex("Trading was thin this weekend.", "this weekend", "2013-W12-WE"),
        ),
    ),
    Rule(
        "date_partword_dir_unit",
        r"(?:the\s+)?{partword}\s+(?:of\s+|in\s+)?(?:the\s+)?{dir}\s+{calunit}",
        "DATE",
        "this({calunit},{dir})",
        (
            ex("The plant will open early next year.", "early next year", "2014"),
            ex("Rates fell earlier this month.", "earlier this month", "2013-03"),
            ex("He retired late last year.", "late last year", "2012"),
        ),
    ),
    Rule(
        "date_partword_the_unit",
        r"(?:the\s+)?{partword}\s+(?:of\s+|in\s+)?the\s+(?:(?:fiscal|current)\s+)?"
        r"(?P<calunit>year|month|week|quarter|decade|century)",
        "DATE",
        "this({calunit})",
        (
            ex("Sales will improve by the end of the year.", "the end of the year", "2013"),
            ex("Prices rose earlier in the year.", "earlier in the year", "2013"),
        ),
    ),
    Rule(
        "date_that_unit",
        r"(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?{calunit}",
        "DATE",
        "anchor({calunit},0)",
        (ex("He left in June 2010 and returned later that year.", "later that year", "2010"),),
    ),
    Rule(
        "dur_year_ended",
        r"the\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?(?:ended|ending|ends|to\s+date))",
        "DURATION",
        "dur(1,year)",
        (ex("Net rose in the year ended March 31.", "the year", "P1Y"),),
    ),
    Rule(
        "date_the_year",
        r"the\s+(?:full|whole|entire|fiscal|calendar|current)\s+year|the\s+year"
        r"(?!\s+(?:ended|ending|before|after|earlier|ago|later|that|when|in|of|to|since)\b)",
        "DATE",
        "this(year)",
        (ex("Sales for the full year rose 13%.", "the full year", "2013"),),
        preceded_by=r"\b(?:for|during|throughout|of|over)",
    ),
    Rule(
        "date_year_end",
        r"(?:(?:around|at)\s+)?year(?:'s|’s)?[\s-]end",
        "DATE",
        "yearend()",
        (
            ex("Debt will be repaid by year-end.", "year-end", "2013"),
            ex("The index has fallen 5% since year-end.", "year-end", "2012"),
        ),
    ),
    Rule(
        "date_year_ago",
        r"(?:{approx}\s+)?an?\s+year\s+(?:earlier|ago|before)|year[\s-](?:earlier|ago)",
        "DATE",
        "anchor(year,-1,keep)",
        (
            ex(
                "Net fell in the third quarter of 2012 from $4 million a year earlier.",
                "a year earlier",
                "2011-Q3",
            ),
            ex("Sales rose from a year ago.", "a year ago", "2012"),
        ),
    ),
    Rule(
        "date_units_ago",
        r"(?:{approx}\s+)?{num}\s+(?:more\s+)?{unit}\s+(?:or\s+so\s+)?ago",
        "DATE",
        "this({unit},-{num})",
        (
            ex("He left five years ago.", "five years ago", "2008"),
            ex("The firm was sold two months ago.", "two months ago", "2013-01"),
            ex("He arrived two weeks ago.", "two weeks ago", "2013-W10"),
            ex("They met three days ago.", "three days ago", "2013-03-19"),
        ),
        needs=("ago",),
    ),
    Rule(
        "date_vague_ago",
        r"(?:{approx}\s+)?{vague}\s+{unit}\s+ago",
        "DATE",
        "PAST_REF",
        (ex("The plan was dropped several years ago.", "several years ago", "PAST_REF"),),
        needs=("ago",),
    ),
    Rule(
        "date_units_from_now",
        r"(?:{approx}\s+)?{num}\s+{unit}\s+from\s+(?:now|today)",
        "DATE",
        "this({unit},+{num})",
        (ex("The tax expires two years from now.", "two years from now", "2015"),),
        needs=("from",),
    ),
    Rule(
        "date_units_ago_vague",
        r"(?:just\s+)?{pluralunit}\s+ago",
        "DATE",
        "PAST_REF",
        (ex("The firm was near collapse just months ago.", "just months ago", "PAST_REF"),),
        needs=("ago",),
    ),
    Rule(
        "date_recent_units",
        r"(?:(?:more|most)\s+)?recent\s+(?:{unit}(?:\s+and\s+{unit:unit2})?)",
        "DURATION",
        "dur(X,{unit})",
        (ex("Prices have soared in recent years.", "recent years", "PXY"),),
    ),
    Rule(
        "date_coming_units",
        r"(?:the\s+)?(?:coming|upcoming|future)\s+{unit}|the\s+{unit:unit2}\s+ahead",
        "DATE",
        "FUTURE_REF",
        (
            ex("Rates will rise in the coming months.", "the coming months", "FUTURE_REF"),
            ex("Sales will slow in the weeks ahead.", "the weeks ahead", "FUTURE_REF"),
        ),
    ),
    Rule(
        "date_refword",
        r"{refword}",
        "DATE",
        "{refword}",
        (
            ex("The company is now profitable.", "now", "PRESENT_REF"),
            ex("He recently resigned.", "recently", "PAST_REF"),
            ex("The plant is currently closed.", "currently", "PRESENT_REF"),
        ),
    ),
    # --- Weekdays and weekends -----------------------------------------------------------------
    Rule(
        "date_weekday_year",
        r"{weekday}\s*\(\s*{year}\s*\)",
        "DATE",
        "{year}-WXX-{weekday}",
        (ex("Friday (2023): phone call.", "Friday (2023)", "2023-WXX-5"),),
        needs=("(",),
    ),
    Rule(
        "date_dir_weekday",
        r"(?:the\s+)?{dir}\s+{weekday}",
        "DATE",
        "wd({weekday},{dir})",
        (
            ex("The vote was held last Friday.", "last Friday", "2013-03-15"),
            ex("The vote will be held next Monday.", "next Monday", "2013-03-25"),
        ),
    ),
    Rule(
        "date_anchor_weekday",
        r"the\s+{anchordir}\s+{weekday}",
        "DATE",
        "wdanchor({weekday},{anchordir})",
        (
            ex("He had arrived the previous Friday.", "the previous Friday", "2013-03-15"),
            ex(
                "Stocks fell on March 8, 2013, and rose the following Monday.",
                "the following Monday",
                "2013-03-11",
            ),
        ),
    ),
    Rule(
        "date_partword_weekday",
        r"(?:early|late)\s+{weekday}",
        "DATE",
        "wd({weekday})",
        (
            ex("The talks collapsed early Tuesday.", "early Tuesday", "2013-03-19"),
            ex("The storm made landfall late Thursday.", "late Thursday", "2013-03-21"),
        ),
    ),
    Rule(
        "date_weekday",
        r"{weekday}",
        "DATE",
        "wd({weekday})",
        (
            ex("Trump called Takaichi on Friday.", "Friday", "2013-03-22"),
            ex("The minister spoke Wednesday.", "Wednesday", "2013-03-20"),
            ex("The board will meet Tuesday.", "Tuesday", "2013-03-26"),
        ),
    ),
    Rule(
        "date_weekend",
        r"(?:the|that)\s+weekend",
        "DATE",
        "wd(WE)",
        (ex("Rebels attacked over the weekend.", "the weekend", "2013-W11-WE"),),
    ),
    Rule(
        "date_holiday_week",
        r"{holiday}\s+week",
        "DATE",
        "weekof({holiday})",
        (ex("Protesters prayed as Easter week began.", "Easter week", "2013-W13"),),
    ),
    Rule(
        "date_holiday_year",
        r"{holiday}\s+{year}",
        "DATE",
        "on({holiday},{year})",
        (ex("Sales rose at Christmas 2010.", "Christmas 2010", "2010-12-25"),),
    ),
    Rule(
        "date_holiday",
        r"(?:the\s+)?{holiday}",
        "DATE",
        "near({holiday})",
        (
            ex("Shops were busy before Christmas.", "Christmas", "2012-12-25"),
            ex("Shops will open on Christmas Eve.", "Christmas Eve", "2013-12-24"),
            ex("The family met on Thanksgiving Day.", "Thanksgiving Day", "2012-11-22"),
        ),
    ),
    Rule(
        "date_dir_holiday",
        r"{dir}\s+{holiday}",
        "DATE",
        "rel({dir},{holiday})",
        (ex("Prices jumped last Christmas.", "last Christmas", "2012-12-25"),),
    ),
    # --- Rates: "$5 a year", "twice a week" (before durations, which match the same words)
    Rule(
        "set_rate",
        r"an?\s+{unit}",
        "SET",
        "dur(1,{unit})",
        (
            ex("The stock pays a dividend of $1.76 a year.", "a year", "P1Y"),
            ex("Qantas adds four flights a week.", "a week", "P1W"),
        ),
        preceded_by=RATE_AMOUNT,
    ),
    Rule(
        "set_times_a_unit",
        r"(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\btimes\s))an?\s+{unit}",
        "SET",
        "dur(1,{unit})",
        (ex("The board meets twice a year.", "a year", "P1Y"),),
    ),
    # --- Durations -----------------------------------------------------------------------------
    Rule(
        "dur_span_num",
        # "last" only after "the": "the talks could last three weeks" is a verb.
        r"(?:at\s+least\s+)?(?:each\s+of\s+)?(?:the\s+(?:last|final)\s+|(?:the\s+)?(?:past|next|"
        r"first|previous|coming|following|latest|remaining|initial|same)\s+){num}\s+(?:more\s+)?"
        r"{unit}(?:\s+or\s+so)?",
        "DURATION",
        "dur({num},{unit})",
        (
            ex("Prices tripled in the past three years.", "the past three years", "P3Y"),
            ex("Sales rose 5% in the first nine months.", "the first nine months", "P9M"),
            ex("Talks will continue for the next two weeks.", "the next two weeks", "P2W"),
        ),
    ),
    Rule(
        "dur_and_a_half",
        r"(?:{approx}\s+)?{num}\s+{unit}\s+and\s+a\s+half",
        "DURATION",
        "dur({num}.5,{unit})",
        (ex("The flight lasted an hour and a half.", "an hour and a half", "PT1H30M"),),
        needs=("half",),
    ),
    Rule(
        "date_someday",
        r"one\s+day|some\s+day|someday",
        "DATE",
        "FUTURE_REF",
        (ex("Cricket will one day be the most watched sport here.", "one day", "FUTURE_REF"),),
        preceded_by=r"\b(?:will|would|may|might|could|can|should|must|to|hopes?|he|she|they|we|it)",
    ),
    Rule(
        "dur_span_vague",
        r"(?:the\s+last|(?:the\s+)?(?:past|next|first|coming|previous))\s+"
        r"(?:few|several|couple\s+of|many)\s+{unit}",
        "DURATION",
        "dur(X,{unit})",
        (ex("He will decide in the next few days.", "the next few days", "PXD"),),
    ),
    Rule(
        "dur_compared_span",
        r"the\s+(?:comparable\s+|same\s+)?(?:year[\s-](?:earlier|ago)|prior[\s-]year|comparable)"
        r"\s+{num}\s+{unit}",
        "DURATION",
        "dur({num},{unit})",
        (ex("Net for the year-earlier nine months fell.", "the year-earlier nine months", "P9M"),),
    ),
    Rule(
        "dur_the_num",
        r"the\s+{num}\s+{unit}",
        "DURATION",
        "dur({num},{unit})",
        (ex("Revenue rose in the nine months.", "the nine months", "P9M"),),
    ),
    Rule(
        "dur_range",
        r"(?:{approx}\s+)?{num}\s+(?:to|or|-|–)\s+{num:num2}\s+(?:more\s+)?{unit}",
        "DURATION",
        "dur(X,{unit})",
        (ex("The repairs take two to three weeks.", "two to three weeks", "PXW"),),
    ),
    Rule(
        "dur_units_long",
        r"{pluralunit}[\s-]long",
        "DURATION",
        "dur(X,{pluralunit})",
        (ex("It ended a decades-long feud.", "decades-long", "PXY"),),
        needs=("long",),
    ),
    Rule(
        "dur_num_unit_long",
        r"(?!an?\b){num}[\s-]+{unit}[\s-]long",
        "DURATION",
        "dur({num},{unit})",
        (ex("It was a two-hour-long hearing.", "two-hour-long", "PT2H"),),
        needs=("long",),
    ),
    Rule(
        "dur_unit_long",
        r"{unit}-long|{longunit}",
        "DURATION",
        "dur(1,{unit}{longunit})",
        (
            ex("They emerged from a day-long meeting.", "day-long", "P1D"),
            ex("The union began a weeklong protest.", "weeklong", "P1W"),
        ),
        needs=("long",),
    ),
    Rule(
        "dur_num_unit",
        r"(?:{approx}\s+)?{num}(?:\s+more)?[\s-]+{unit}",
        "DURATION",
        "dur({num},{unit})",
        (
            ex("The strike lasted 210 years.", "210 years", "P210Y"),
            ex("He served a five-year term.", "five-year", "P5Y"),
            ex("The talks ran for more than four hours.", "more than four hours", "PT4H"),
            ex("The trial took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
            ex("The ban lasted two decades.", "two decades", "P20Y"),
            ex("They waited a week.", "a week", "P1W"),
        ),
    ),
    Rule(
        "dur_vague",
        r"(?:{approx}\s+)?(?:{vague})\s+(?:more\s+)?{unit}",
        "DURATION",
        "dur(X,{unit})",
        (ex("The talks took several years.", "several years", "PXY"),),
    ),
    Rule(
        "dur_span_units",
        r"the\s+(?:first|last|past|next|coming|final|early|initial)\s+{pluralunit}",
        "DURATION",
        "dur(X,{pluralunit})",
        (ex("Prisoners were taken in the first hours of the war.", "the first hours", "PTXH"),),
    ),
    Rule(
        "dur_for_units",
        r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)){pluralunit}",
        "DURATION",
        "dur(X,{pluralunit})",
        (ex("They have fought for years.", "years", "PXY"),),
    ),
    Rule(
        "dur_units_of",
        # "months of negotiations", "years of war"; not "days of the week", nor "within
        # weeks or months of his capture" (a distance from an event).
        r"(?<!\bwithin\s)(?<!\bor\s){pluralunit}(?=\s+of\s)"
        r"(?!\s+of\s+(?:the\s+)?(?:week|month|year|age)\b)",
        "DURATION",
        "dur(X,{pluralunit})",
        (ex("The deal follows months of negotiations.", "months", "PXM"),),
        needs=("of",),
    ),
    Rule(
        "dur_the_units",
        r"the\s+(?:{pluralunit})(?!\s+(?:ahead|to\s+come)\b)",
        "DURATION",
        "dur(X,{pluralunit})",
        (
            ex("Over the years, the company grew.", "the years", "PXY"),
            ex("Throughout the decades that followed, it shrank.", "the decades", "PXY"),
        ),
        # A span gone through; "in the weeks before the vote" is a period located by
        # an event, not a duration.
        preceded_by=r"\b(?:over|through|throughout|during|across)",
    ),
    # --- Sets ----------------------------------------------------------------------------------
    Rule(
        "set_frequency",
        r"{frequency}",
        "SET",
        "{frequency}",
        (ex("The paper is published daily.", "daily", "P1D"),),
    ),
    Rule(
        "set_every_weekday",
        r"(?:every|each)\s+{weekday}",
        "SET",
        "XXXX-WXX-{weekday}",
        (ex("The board meets each Thursday.", "each Thursday", "XXXX-WXX-4"),),
    ),
    Rule(
        "set_weekdays",
        r"{weekdays}",
        "SET",
        "XXXX-WXX-{weekdays}",
        (ex("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7"),),
    ),
    Rule(
        "set_every_month",
        r"(?:every|each)\s+{month}",
        "SET",
        "XXXX-{month}",
        (ex("The festival is held each July.", "each July", "XXXX-07"),),
    ),
    Rule(
        "set_every_unit",
        r"(?:every|each)\s+(?:other\s+)?(?:{num}\s+)?{unit}",
        "SET",
        "dur(1,{unit})",
        (ex("Prices are reviewed every month.", "every month", "P1M"),),
    ),
)

RULES_BY_NAME = {rule.name: rule for rule in RULES}
