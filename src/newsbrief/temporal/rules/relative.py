"""Rules for dates read against the reference date or the date last mentioned
("yesterday", "last week", "the following year", "five years ago", "now").
Weekdays, weekends and holidays are in `days.py`.

A few durations sit among them, listed before the dates that would take the same
words ("the past decade", "the year ended March 31", "recent years").
"""

from __future__ import annotations

from newsbrief.temporal.rules.rule import Rule, ex

# Nothing but punctuation or the end after it: "the year before." and not "the
# year before the vote", which counts from an event.
_ENDS_PHRASE = r"(?=\s*(?:[.,;:!?)]|$))"

# "a year earlier" told ("A year earlier, he had fled") or compared ("higher than
# a year earlier", "from $4 million a year earlier"). "a year before the bombings"
# counts from an event, not a date: no date.
_YEAR_EARLIER = rf"(?:{{approx}}\s+)?an?\s+year\s+(?:earlier|before{_ENDS_PHRASE})"
_COMPARED = (
    r"\b(?:than|from|over|on|compared\s+(?:with|to)|versus|vs\.)"
    r"(?:\s+(?:[$€£]?\d[\d.,]*%?|million|billion|trillion|percent|cents?|points?|a\s+share|or),?)*"
)

# Before a time counted back, "over" and "under" bound it as "more than" does:
# "began over 30 years ago".
_AGO_BOUND = r"(?:(?:{approx}|over|under)\s+)?"

RULES: tuple[Rule, ...] = (
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
        # The direction after the unit, closing the phrase ("the year before.", "the
        # day after,"); "the day before the vote" is no date. Only the units a date
        # told anchors (not "the quarter before" after "March 3, 2010").
        "date_unit_anchor",
        rf"the\s+(?=(?:day|week|month|year)\b){{calunit}}\s+{{afterdir}}{_ENDS_PHRASE}",
        "DATE",
        "anchor({calunit},{afterdir})",
        (
            ex(
                "Profit fell to $300 million in 2012, from $450 million the year before.",
                "the year before",
                "2011",
            ),
        ),
    ),
    # "this weekend" is the coming one or, in a past clause, the one just gone:
    # "won the straw poll this weekend" written on a Monday.
    Rule(
        "date_this_weekend",
        r"this\s+weekend",
        "DATE",
        "wd(WE,+0)",
        (
            ex("Fans will gather this weekend.", "this weekend", "2013-W12-WE"),
            ex("Paul won the straw poll this weekend.", "this weekend", "2013-W11-WE"),
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
        # "later in the day": the day named before ("at the end of the day", "late in
        # the day" are said of anything, not of a day). TimeML marks "the day".
        "date_in_the_day",
        r"the\s+day",
        "DATE",
        "anchor(day,0)",
        (ex("He arrived in Philadelphia later in the day.", "the day", "2013-03-22"),),
        preceded_by=r"\b(?:earlier|later)\s+in\s+",
    ),
    Rule(
        # A market report's day: "ending the day at 8,017", "For the day, the Nikkei
        # closed down". Only a day told is its day, as for a clock time ("since
        # October 1982. For the day, ..." is no day of 1982); only in the past or to
        # come ("I end the day with a prayer" is any day).
        "date_trading_day",
        r"the\s+day(?!\s+(?:of|that|when)\b)",
        "DATE",
        "anchor(day,0,clock)",
        (
            ex("The Dow rose 39 points, ending the day at 8,017.", "the day", "2013-03-22"),
            ex("For the day, the Nikkei closed down 6.4 percent.", "the day", "2013-03-22"),
        ),
        preceded_by=r"\b(?:ended|ending|finished|finishing|closed|closing|to\s+(?:end|finish|close))\s+"
        r"|(?:^|[.!?]\s+)for\s+",
    ),
    Rule(
        # "that day": a day told before, else unknown ("School, from that day on,
        # became a reminder", with no day told, is no day of the paper's).
        "date_that_unit",
        r"(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?{calunit}",
        "DATE",
        "anchor({calunit},0,told)",
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
        # "For the week, the index dropped 3.8%": a market report's week, the
        # reference date's; not "the week before", "the week of March 6".
        "date_for_the_week",
        r"the\s+week(?!\s+(?:ended|ending|before|after|earlier|ago|later|that|when|of|to|"
        r"since|ahead|following)\b)",
        "DATE",
        "this(week)",
        (ex("For the week, the index dropped 3.8%.", "the week", "2013-W12"),),
        preceded_by=r"\b(?:for|throughout)",
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
        _AGO_BOUND + r"an?\s+year\s+ago|year[\s-](?:ago|earlier)",
        "DATE",
        "anchor(year,-1,keep)",
        (
            ex("Net fell in the third quarter of 2012 from a year ago.", "a year ago", "2011-Q3"),
            ex("Sales rose from a year ago.", "a year ago", "2012"),
        ),
    ),
    Rule(
        "date_year_earlier_compared",
        # "higher than a year earlier", "from a year earlier": compared with the
        # period talked about, or with the present when none is near.
        _YEAR_EARLIER,
        "DATE",
        "anchor(year,-1,keep)",
        (
            ex(
                "Net fell in the third quarter of 2012 from $4 million a year earlier.",
                "a year earlier",
                "2011-Q3",
            ),
            ex("Wages were higher than a year earlier.", "a year earlier", "2012"),
        ),
        preceded_by=_COMPARED,
    ),
    Rule(
        "date_year_earlier",
        # Told, not compared (the rule above wins where both match): counted back
        # from the time told last.
        _YEAR_EARLIER,
        "DATE",
        "anchor(year,-1,keep,back)",
        (
            ex("He had left a year before.", "a year before", "2012"),
            ex(
                "In 2009, he was arrested. He was freed. Police were blamed. A year earlier, he "
                "had fled.",
                "A year earlier",
                "2008",
            ),
        ),
    ),
    Rule(
        "date_units_ago",
        _AGO_BOUND + r"{num}\s+(?:more\s+)?{unit}\s+(?:or\s+so\s+)?ago",
        "DATE",
        "this({unit},-{num})",
        (
            ex("He left five years ago.", "five years ago", "2008"),
            ex("The firm was sold two months ago.", "two months ago", "2013-01"),
            ex("He arrived two weeks ago.", "two weeks ago", "2013-W10"),
            ex("They met three days ago.", "three days ago", "2013-03-19"),
            ex("The mill shut half a century ago.", "half a century ago", "1963"),
            ex("The mill shut a quarter-century ago.", "a quarter-century ago", "1988"),
            ex("The group began over 30 years ago.", "over 30 years ago", "1983"),
        ),
        needs=("ago",),
    ),
    Rule(
        "date_units_and_a_half_ago",
        _AGO_BOUND + r"{num}\s+{unit}\s+and\s+a\s+half\s+ago",
        "DATE",
        "this({unit},-{num}.5)",
        (ex("He left a year and a half ago.", "a year and a half ago", "2011"),),
        needs=("ago",),
    ),
    Rule(
        "date_vague_ago",
        _AGO_BOUND + r"{vague}\s+{unit}\s+ago",
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
)
