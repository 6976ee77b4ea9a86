"""Rules for rates ("$5 a year", "twice a week"), durations ("three years", "the
next few days", "decades-long") and sets ("daily", "every Monday", "Sundays").

Rates come before durations, which match the same words; "one day" in "will one
day be" (FUTURE_REF) comes before the duration it would otherwise be.
"""

from __future__ import annotations

from newsbrief.temporal.rules.rule import RATE_AMOUNT, Rule, ex

# The end of a recurring slot ("weekdays from 6:00 a.m. to 9:00 a.m."): part of it.
_UNTIL_CLOCK = r"(?:\s*(?:to|until|-|–)\s*\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?!\w))?"

# Words that may stand between a count and its unit ("three more days", "six straight
# days", "two full weeks", "five long years"): the duration is the count's.
_MORE = (
    r"(?:\s+(?:more|straight|consecutive|successive|full|long|whole|additional|extra"
    r"|further|solid))?"
)

RULES: tuple[Rule, ...] = (
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
        r"first|previous|coming|following|latest|remaining|initial|same)\s+){num}"
        rf"{_MORE}\s+{{unit}}(?:\s+or\s+so)?",
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
        r"(?:{approx}\s+)?{num}[\s-]+{unit}[\s-]+and[\s-]+a[\s-]+half",
        "DURATION",
        "dur({num}.5,{unit})",
        (
            ex("The flight lasted an hour and a half.", "an hour and a half", "PT1H30M"),
            ex("He was gone a week-and-a-half.", "a week-and-a-half", "P1W4D"),
        ),
        needs=("half",),
    ),
    Rule(
        # "the next week and a half" is a stretch of time, not next week.
        "dur_span_and_a_half",
        r"(?:the\s+)?(?:last|past|next|first|previous|coming|following)\s+{unit}"
        r"[\s-]+and[\s-]+a[\s-]+half",
        "DURATION",
        "dur(1.5,{unit})",
        (
            ex(
                "Over the next week-and-a-half, King would argue.",
                "the next week-and-a-half",
                "P1W4D",
            ),
            ex(
                "He spent the past month and a half in jail.", "the past month and a half", "P1M15D"
            ),
        ),
        needs=("half",),
    ),
    # "one day" as some day, not a day long ("lasted one day", "by one day"): after a
    # modal, "to", a hope, a subject or at a sentence's start, and not before what
    # counts from it ("one day after", "from one day to the next", "One day you're a
    # social worker, the next ...").
    Rule(
        "date_someday",
        r"(?:one\s+day|some\s+day|someday)(?!\s+(?:after|before|later|earlier|ago|of|or|to)\b)"
        r"(?![^.?!]{0,80}\bthe\s+next\b)",
        "DATE",
        "someday()",
        (
            ex("Cricket will one day be the most watched sport here.", "one day", "FUTURE_REF"),
            ex("One day, he got angry and left.", "One day", "PAST_REF"),
        ),
        preceded_by=r"(?:^|[.!?;:]|\b(?:will|would|may|might|could|can|should|must|to|hopes?"
        r"|hoped|hoping|dreams?|dreamed|he|she|they|we|it|i|you|and|but))",
    ),
    Rule(
        "date_someday_gerund",
        r"(?:one\s+day|some\s+day|someday)(?=\s+\w+ing\b)",
        "DATE",
        "someday()",
        (ex("He dreams of one day playing for Madrid.", "one day", "FUTURE_REF"),),
        preceded_by=r"\b(?:of|about)",
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
        rf"(?:{{approx}}\s+)?{{num}}\s+(?:to|or|-|–)\s+{{num:num2}}{_MORE}\s+{{unit}}",
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
        rf"(?:{{approx}}\s+)?{{num}}{_MORE}[\s-]+{{unit}}",
        "DURATION",
        "dur({num},{unit})",
        (
            ex("The strike lasted 210 years.", "210 years", "P210Y"),
            ex("He served a five-year term.", "five-year", "P5Y"),
            ex("The talks ran for more than four hours.", "more than four hours", "PT4H"),
            ex("The trial took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
            ex("The ban lasted two decades.", "two decades", "P20Y"),
            ex("They waited a week.", "a week", "P1W"),
            ex("They waited half an hour.", "half an hour", "PT30M"),
            ex("He served a quarter of a century in jail.", "a quarter of a century", "P25Y"),
            ex("The dollar fell for six straight days.", "six straight days", "P6D"),
            ex("Shares rose for three consecutive years.", "three consecutive years", "P3Y"),
        ),
    ),
    Rule(
        "dur_vague",
        rf"(?:{{approx}}\s+)?(?:{{vague}}){_MORE}\s+{{unit}}",
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
    # A time of day that recurs: a programme's slot, which dates nothing ("Watch the
    # show weekdays at 4pm ET" is no event of the article's day).
    Rule(
        "set_weekdays_clock",
        r"(?:(?:every|each)\s+)?{weekdays}\s+(?:at|from)\s+{hour}(?:[:.]{minute})?\s*{ampm}"
        r"(?:\s+{zone})?" + _UNTIL_CLOCK,
        "SET",
        "XXXX-WXX-{weekdays}{clock}",
        (
            ex(
                "Behaving Badly is on Channel 5 Wednesdays at 9pm.",
                "Wednesdays at 9pm",
                "XXXX-WXX-3T21:00",
            ),
        ),
    ),
    Rule(
        "set_daily_clock",
        r"(?:weekdays|weeknights|daily|nightly|every\s+(?:day|night|morning|evening|weekday))"
        r"\s+(?:at|from)\s+{hour}(?:[:.]{minute})?\s*{ampm}(?:\s+{zone})?" + _UNTIL_CLOCK,
        "SET",
        "XXXX-XX-XX{clock}",
        (
            ex("Watch The Lead weekdays at 4pm ET.", "weekdays at 4pm ET", "XXXX-XX-XXT16:00"),
            ex(
                "It airs weekdays from 6 a.m. to 9 a.m.",
                "weekdays from 6 a.m. to 9 a.m.",
                "XXXX-XX-XXT06:00",
            ),
        ),
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
