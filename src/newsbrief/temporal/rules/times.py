"""Rules for times of day: clock times ("10:35 a.m. local time", "10 p.m.
Wednesday"), parts of a day ("Friday morning", "that night"), "noon", "tonight".
"""

from __future__ import annotations

from newsbrief.temporal.rules.rule import Rule, ex

# The same time in another zone, in brackets: "11:20 a.m. (5:20 a.m. ET)", "6:40
# p.m. (GMT +8)"; part of the time, not a time of its own.
_CONVERTED = (
    r"(?:\s*\((?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)[^()]{0,24}"
    r"|(?:GMT|UTC)\s*[-+−]\s*\d{1,2})\))?"
)

# A 24-hour clock with its zone or "hours" ("14:30 GMT", "08:30 hours").
_CLOCK_24H = r"{hour24}:{minute}\s+(?:{zone}|hours|hrs)"

RULES: tuple[Rule, ...] = (
    # --- Times of day --------------------------------------------------------------------------
    Rule(
        "time_clock_weekday",
        r"(?:{approx}\s+)?{hour}(?:[:.]{minute})?\s*{ampm}(?:\s+{zone})?(?:\s*\([^()]{1,24}\))?"
        # The part of the day after the weekday only repeats the clock's.
        r",?\s+(?:on\s+)?{weekday}(?:\s+{part})?",
        "TIME",
        "wd({weekday}){clock}",
        (
            ex("The vote ended at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2013-03-20T22:00"),
            ex("We met at 6am on Sunday morning.", "6am on Sunday morning", "2013-03-17T06:00"),
            # The British clock: a full stop between hours and minutes.
            ex("He left at 9.30pm on Friday.", "9.30pm on Friday", "2013-03-22T21:30"),
        ),
    ),
    Rule(
        "time_clock_month_day_year",
        r"{hour}(?:[:.]{minute})?\s*{ampm}(?:\s+{zone})?,?\s+(?:on\s+)?{month}\s+{day},?\s+{year}",
        "TIME",
        "{year}-{month}-{day}{clock}",
        (
            ex(
                "Published 4:39 p.m. ET Jan. 7, 2019.",
                "4:39 p.m. ET Jan. 7, 2019",
                "2019-01-07T16:39",
            ),
        ),
    ),
    Rule(
        "time_clock_month_day",
        r"{hour}(?:[:.]{minute})?\s*{ampm}(?:\s+{zone})?,?\s+(?:on\s+)?{month}\s+{day}",
        "TIME",
        "near({month}-{day}){clock}",
        (ex("Bids are due by 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2013-11-06T17:00"),),
    ),
    Rule(
        # The day named right after a 24-hour clock is its day, as after "10 p.m."
        # (Wikinews writes "12:00 UTC Monday", "16:15 UTC, June 1st").
        "time_24h_weekday",
        rf"{_CLOCK_24H},?\s+(?:on\s+)?{{weekday}}",
        "TIME",
        "wd({weekday}){clock}",
        (ex("Trading halted at 12:00 UTC on Monday.", "12:00 UTC on Monday", "2013-03-18T12:00Z"),),
    ),
    Rule(
        "time_24h_month_day",
        rf"{_CLOCK_24H},?\s+(?:on\s+)?{{month}}\s+{{day}}",
        "TIME",
        "near({month}-{day}){clock}",
        (ex("He spoke at 16:15 UTC, June 1st.", "16:15 UTC, June 1st", "2012-06-01T16:15Z"),),
    ),
    Rule(
        "time_weekday_clock",
        r"{weekday}\s+at\s+{hour}(?:[:.]{minute})?\s*{ampm}(?:\s+{zone})?",
        "TIME",
        "wd({weekday}){clock}",
        (ex("It began Monday at 9 a.m.", "Monday at 9 a.m.", "2013-03-18T09:00"),),
    ),
    Rule(
        "time_clock",
        rf"(?:{{approx}}\s+)?{{hour}}(?:[:.]{{minute}})?\s*{{ampm}}(?:\s+{{zone}})?{_CONVERTED}",
        "TIME",
        "anchor(day,0,clock){clock}",
        (
            ex(
                "The blast came at 10:35 a.m. local time.",
                "10:35 a.m. local time",
                "2013-03-22T10:35",
            ),
            ex("They met around 7:15 p.m.", "around 7:15 p.m.", "2013-03-22T19:15"),
            ex(
                "He went to bed at approximately 12.30am.",
                "approximately 12.30am",
                "2013-03-22T00:30",
            ),
            ex(
                "It blew up around 11:20 a.m. (5:20 a.m. ET), he said.",
                "around 11:20 a.m. (5:20 a.m. ET)",
                "2013-03-22T11:20",
            ),
        ),
    ),
    Rule(
        "time_clock_24h",
        _CLOCK_24H,
        "TIME",
        "anchor(day,0,clock){clock}",
        (
            ex("The ceasefire began at 14:30 GMT.", "14:30 GMT", "2013-03-22T14:30Z"),
            ex("The flight took off at 08:30 hours.", "08:30 hours", "2013-03-22T08:30"),
        ),
    ),
    Rule(
        # A clock in four figures before a zone, as CNN stamps its pages ("Updated
        # 1932 GMT (0332 HKT)"): not the year 1932. The zone is matched in capitals,
        # so "1500 mt of rice" stays a quantity.
        "time_clock_four_figures",
        r"(?P<hour24>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?-i:(?P<zone>GMT|UTC|EST|EDT|CST|CDT|"
        r"PST|PDT|BST|CET|CEST|JST|ET))(?:\s*\((?:[01]\d|2[0-3])[0-5]\d\s+[A-Z]{2,5}\))?",
        "TIME",
        "anchor(day,0,clock){clock}",
        (ex("Updated 1932 GMT (0332 HKT), it said.", "1932 GMT (0332 HKT)", "2013-03-22T19:32Z"),),
    ),
    Rule(
        "time_oclock",
        r"{hour}\s+o[’']clock(?:\s+(?:in\s+the|at|this)\s+(?P<daypart>morning|afternoon|evening|night))?",
        "TIME",
        "anchor(day,0,clock){clock}",
        (
            ex("The shop opens at 9 o'clock.", "9 o'clock", "2013-03-22T09:00"),
            ex("She came home at 9 o’clock at night.", "9 o’clock at night", "2013-03-22T21:00"),
            ex(
                "It is due by 6 o'clock this afternoon.",
                "6 o'clock this afternoon",
                "2013-03-22T18:00",
            ),
        ),
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
        "time_clockword_month_day",
        r"(?:(?:around|about|shortly\s+(?:before|after))\s+)?{clockword},?\s+(?:on\s+)?{month}\s+{day}",
        "TIME",
        "near({month}-{day}){clockword}",
        (
            ex(
                "It was issued just after midnight on Nov. 27.",
                "midnight on Nov. 27",
                "2012-11-27T24:00",
            ),
        ),
    ),
    Rule(
        # "next Wednesday night": the direction stated, as for the day alone.
        "time_dir_weekday_part",
        r"(?:the\s+)?{dir}\s+{weekday}\s+{part}",
        "TIME",
        "wd({weekday},{dir}){part}",
        (
            ex("They face Celtic next Wednesday night.", "next Wednesday night", "2013-03-27TNI"),
            ex("He was seen last Friday evening.", "last Friday evening", "2013-03-15TEV"),
        ),
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
        "anchor(day,0,clock){clock}",
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
        "anchor(day,0,told){part}",
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
        # Not "the night the plane went down", "the (early) morning (hours) of May 2":
        # another day's.
        r"(?!\s+(?:hours\s+)?of\b|\s+(?:when|that|the|an?|he|she|it|they|we|i|before|after)\b)",
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
        r"(?:late\s+)?tonight",
        "TIME",
        "this(day)TNI",
        (ex("The talks will resume tonight.", "tonight", "2013-03-22TNI"),),
    ),
    Rule(
        "time_overnight",
        r"overnight",
        "TIME",
        "night()TNI",
        (
            ex("Trump took to Twitter overnight.", "overnight", "2013-03-21TNI"),
            ex("The road will close overnight.", "overnight", "2013-03-22TNI"),
        ),
    ),
    Rule(
        "time_noon",
        r"(?:around\s+|about\s+|shortly\s+(?:before|after)\s+)?{clockword}",
        "TIME",
        "anchor(day,0,clock){clockword}",
        (ex("The polls close at midnight.", "midnight", "2013-03-22T24:00"),),
    ),
)
