"""Rules for dates named on the calendar: full dates ("March 5, 1946"), months,
seasons, quarters and halves ("the third quarter of 1990"), years, decades and
centuries.
"""

from __future__ import annotations

from newsbrief.temporal.rules.rule import QUARTER, THE, Rule, ex

# The rule of the day whose date became its name ("9/11", "the September 11 attacks").
NAMED_DAY_RULE = "date_nine_eleven"

RULES: tuple[Rule, ...] = (
    # --- Full dates ----------------------------------------------------------------------------
    Rule(
        "date_iso",
        r"{year}-{mmnum}-{ddnum}",
        "DATE",
        "{year}-{mmnum}-{ddnum}",
        (ex("The filing is dated 2010-01-29.", "2010-01-29", "2010-01-29"),),
    ),
    Rule(
        # A machine's timestamp, as metadata and feeds print it: the time of day
        # is kept, and "Z" (Coordinated Universal Time) with it.
        "date_iso_time",
        r"{year}-{mmnum}-{ddnum}(?:T|\s+){hour24}:{minute}(?::[0-5]\d(?:\.\d+)?)?"
        r"(?:(?P<utc>Z)|[-+]\d\d:?\d\d)?",
        "TIME",
        "{year}-{mmnum}-{ddnum}T{hour24}:{minute}{utc}",
        (
            ex(
                "Posted 2019-01-07T14:32:00Z by the desk.",
                "2019-01-07T14:32:00Z",
                "2019-01-07T14:32Z",
            ),
            ex("Filed 2019-01-07 14:32 by the desk.", "2019-01-07 14:32", "2019-01-07T14:32"),
        ),
    ),
    Rule(
        # Year first, then month and day: never day and month swapped.
        "date_slash_ymd",
        r"{year}/{mmnum}/{ddnum}",
        "DATE",
        "{year}-{mmnum}-{ddnum}",
        (ex("The file is dated 2019/01/07.", "2019/01/07", "2019-01-07"),),
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
    # The attacks of 11 September 2001 are named by their date: "the September 11
    # attacks", "after 9/11" name that day, not this year's.
    Rule(
        NAMED_DAY_RULE,
        r"(?<![\d/.])9/11(?![\d/])|(?:September|Sept\.?)\s+11(?:th)?(?=,?\s+(?:attacks?|terror"
        r"|hijack|commission|plot|conspiracy|victims|memorial|anniversary))",
        "DATE",
        "2001-09-11",
        (
            ex("Security changed after 9/11.", "9/11", "2001-09-11"),
            ex("He lost a son in the September 11 attacks.", "September 11", "2001-09-11"),
        ),
    ),
    Rule(
        "date_weekday_month_day_year",
        r"{weekday},?\s+{month}\s+{day},?\s+{fullyear:year}",
        "DATE",
        "{year}-{month}-{day}",
        (ex("It opened on Monday, Oct. 12, 2009.", "Monday, Oct. 12, 2009", "2009-10-12"),),
    ),
    Rule(
        "date_weekday_day_month_year",
        r"{weekday},?\s+(?:the\s+)?{day}\s+(?:of\s+)?{month},?\s+{fullyear:year}",
        "DATE",
        "{year}-{month}-{day}",
        (ex("Kick-off is on Saturday 16 March 2013.", "Saturday 16 March 2013", "2013-03-16"),),
    ),
    Rule(
        "date_month_day_year",
        r"{month}\s+{day},?\s+{fullyear:year}",
        "DATE",
        "{year}-{month}-{day}",
        (
            ex("He was born on March 5, 1946.", "March 5, 1946", "1946-03-05"),
            ex("He fell at Bosworth on August 22, 1485.", "August 22, 1485", "1485-08-22"),
            ex("The bonds mature Nov. 1, 2004.", "Nov. 1, 2004", "2004-11-01"),
        ),
    ),
    Rule(
        "date_day_month_year",
        r"{day}\s+(?:of\s+)?{month},?\s+{fullyear:year}",
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
        # The British order: "Tuesday 17 February", "Wednesday, 25 March".
        "date_weekday_day_month",
        r"(?:this\s+coming\s+)?{weekday},?\s+(?:the\s+)?{day}\s+(?:of\s+)?{month}",
        "DATE",
        "dated({month}-{day},{weekday})",
        (
            ex("The court sits on Wednesday, 27 March.", "Wednesday, 27 March", "2013-03-27"),
            ex("The fixture was on Tuesday 19 February.", "Tuesday 19 February", "2013-02-19"),
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
        r"(?:(?:the\s+)?{partword}(?:-|\s+))?{month},?\s+(?:of\s+)?{year}",
        "DATE",
        "{year}-{month}",
        (
            ex("Prices peaked in August 1988.", "August 1988", "1988-08"),
            ex("It opened in early October 1998.", "early October 1998", "1998-10"),
        ),
    ),
    Rule(
        # A stats box or a caption abbreviates the year: "Feb 24, '90", "4 Sep ’03".
        "date_month_day_yy",
        r"{month}\s+{day},?\s+{yy}(?!\w)(?!%)",
        "DATE",
        "{yy}-{month}-{day}",
        (ex("First Test: Kingston, Feb 24, '90.", "Feb 24, '90", "1990-02-24"),),
    ),
    Rule(
        "date_day_month_yy",
        r"{day}\s+{month},?\s+{yy}(?!\w)(?!%)",
        "DATE",
        "{yy}-{month}-{day}",
        (ex("He retired on 4 September ’03.", "4 September ’03", "2003-09-04"),),
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
        "date_month_day_dir_year",
        r"{month}\s+{day},?\s+(?:of\s+)?{dir}\s+year",
        "DATE",
        "this(year,{dir})-{month}-{day}",
        (ex("He was stopped on October 14 last year.", "October 14 last year", "2012-10-14"),),
    ),
    Rule(
        "date_day_month_dir_year",
        r"{day}\s+(?:of\s+)?{month},?\s+(?:of\s+)?{dir}\s+year",
        "DATE",
        "this(year,{dir})-{month}-{day}",
        (ex("The shop opened on 3 May last year.", "3 May last year", "2012-05-03"),),
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
        r"(?:the\s+)?{partword}(?:-|\s+){month}",
        "DATE",
        "near({month})",
        (
            ex("The strike began in mid-November.", "mid-November", "2012-11"),
            ex("It ended at the end of November.", "the end of November", "2012-11"),
            ex("Cases rose in the last week of February.", "the last week of February", "2013-02"),
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
        r"(?:the\s+)?(?:{partword}(?:-|\s+))?{season}\s+(?:of\s+)?{year}",
        "DATE",
        "{year}-{season}",
        (
            ex("The visit was planned for spring 2024.", "spring 2024", "2024-SP"),
            ex("It happened in the winter of 1994.", "the winter of 1994", "1994-WI"),
        ),
    ),
    Rule(
        # A year before the season names that season ("LL Cool J's 1996 summer hit",
        # "the 2012 Summer Olympics"), not the nearest one.
        "date_year_season",
        r"{year}\s+{season}",
        "DATE",
        "{year}-{season}",
        (
            ex("He played a 1996 summer hit.", "1996 summer", "1996-SU"),
            ex("The 2012 Summer Olympics were a success.", "2012 Summer", "2012-SU"),
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
        r"(?:the\s+)?(?:{partword}(?:-|\s+))?{dir}\s+{season}",
        "DATE",
        "rel({dir},{season})",
        (
            ex("Trump invited her to visit this spring.", "this spring", "2013-SP"),
            ex("Sales slumped last fall.", "last fall", "2012-FA"),
            ex("Talks resume next summer.", "next summer", "2013-SU"),
        ),
    ),
    Rule(
        "date_anchor_season",
        r"the\s+(?!next\b){anchordir}\s+{season}",
        "DATE",
        "seasonanchor({season},{anchordir})",
        (
            ex(
                "He joined the club in 2011 and signed for good the following summer.",
                "the following summer",
                "2012-SU",
            ),
            ex(
                "The plant closed in March 2010; the previous summer it had cut 300 jobs.",
                "the previous summer",
                "2009-SU",
            ),
        ),
    ),
    Rule(
        "date_anchor_month",
        r"the\s+(?!next\b){anchordir}\s+{month}",
        "DATE",
        "seasonanchor({month},{anchordir})",
        (
            ex(
                "He played his last match in May 2012 and left the following July.",
                "the following July",
                "2012-07",
            ),
            ex("In 2009 he moved; the following March he left.", "the following March", "2010-03"),
        ),
    ),
    Rule(
        # "that summer": the season of the year last named, not the nearest one.
        "date_that_season",
        r"that\s+(?:same\s+)?{season}",
        "DATE",
        "seasonanchor({season},0)",
        (
            ex(
                "Congress passed the Voting Rights Act in 1965. That summer, riots broke out.",
                "That summer",
                "1965-SU",
            ),
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
        (ex("Demand will recover in Q4.", "Q4", "2013-Q4"),),
    ),
    Rule(
        "date_quarter_of_year",
        rf"{THE}{QUARTER}\s+of\s+(?:fiscal\s+)?{{year}}",
        "DATE",
        "{year}-Q{ordinal}",
        (
            ex("Output fell in the third quarter of 1990.", "the third quarter of 1990", "1990-Q3"),
            ex(
                "Ford made a profit in the final quarter of 2009.",
                "the final quarter of 2009",
                "2009-Q4",
            ),
        ),
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
        # A quarter a year back: the quarter last named, four quarters earlier (not
        # a month named since: "changed ... in December. In the comparable year-ago
        # quarter, ...").
        "date_year_ago_named_quarter",
        r"(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?(?:year[\s-](?:earlier|ago)|prior[\s-]year)"
        r"\s+quarter"
        r"|the\s+(?:same|corresponding|comparable)\s+quarter\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)"
        r"|the\s+quarter\s+a\s+year\s+(?:earlier|ago)",
        "DATE",
        "anchor(quarter,-4)",
        (
            ex(
                "Net rose in the third quarter of 2012 from the year-ago quarter.",
                "the year-ago quarter",
                "2011-Q3",
            ),
        ),
    ),
    Rule(
        "date_year_ago_period",
        r"(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?(?:year[\s-](?:earlier|ago)|prior[\s-]year)"
        r"\s+period"
        r"|the\s+(?:same|corresponding|comparable)\s+(?:period|month)"
        r"\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year)",
        "DATE",
        "anchor(year,-1,keep)",
        (
            ex(
                "Net rose in the third quarter of 2012 from the year-earlier period.",
                "the year-earlier period",
                "2011-Q3",
            ),
            ex(
                "Sales fell in January 2012 from the same month a year ago.",
                "the same month a year ago",
                "2011-01",
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
        # Not "the last quarter of the game", "the past quarter of a century".
        r"the\s+(?:latest|most\s+recent|recent|past|last)\s+(?:fiscal\s+)?(?:quarter|period)"
        r"(?!\s+of\b)",
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
        # "that quarter" is one told before ("Last year ... GDP jumped 5% that
        # quarter" is some quarter of last year); "the quarter" of a results story
        # is the one just reported.
        "date_that_quarter",
        r"that\s+(?:same\s+)?quarter(?![\s-]+to[\s-]+quarter|[\s-]*final)",
        "DATE",
        "anchor(quarter,0,told)",
        (ex("In 2012, sales fell. Profit rose that quarter.", "that quarter", "2012-QX"),),
    ),
    Rule(
        "date_the_quarter",
        r"(?:the|this)\s+(?:same\s+)?quarter(?![\s-]+to[\s-]+quarter|[\s-]*final)",
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
        r"(?:the\s+)?{half}\s+half(?![-‐]|\s+(?:of|century|hour|point|percent|dozen|mile))",
        "DATE",
        "near(H{half})",
        (ex("Sales will improve in the second half.", "the second half", "2013-H2"),),
        needs=("half",),
    ),
    # --- Years, decades, centuries -------------------------------------------------------------
    Rule(
        "date_year_range_end",
        # Not the month of a date written in numbers ("2019-01-07").
        r"(?<=(?P<cc>1[6-9]|20)\d\d[-–])(?P<yy>\d\d)(?!\d)(?![-–/.:T]\d)",
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
        r"(?:the\s+)?{partword}(?:-|\s+){year}",
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
        # A year before 1600 only after a word that makes it a time ("scene of his
        # death in 1485"): alone such a number is more often a count ("1200 people").
        "date_old_year",
        r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bcirca\s))"
        r"(?=1[0-5]\d\d\b){fullyear}",
        "DATE",
        "{fullyear}",
        (ex("Richard III died in 1485, at Bosworth.", "1485", "1485"),),
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
        r"(?:the\s+)?(?:{partword}(?:-|\s+))?{decade}",
        "DATE",
        "{decade}",
        (
            ex("Prices soared in the 1990s.", "the 1990s", "199"),
            ex("It was built in the early 1980s.", "the early 1980s", "198"),
        ),
    ),
    Rule(
        "date_decade_short",
        r"the\s+(?:{partword}(?:-|\s+))?{decade2}|{partword:pw2}[\s-]*(?=['’]){decade2:d2}"
        # With its apostrophe a decade without "the" too: "the late '70s and '80s";
        # not before a noun ("that '70s feeling", a kind, which the parse splits).
        r"|(?<![\w'’])(?=['’]){decade2:d3}(?=\s*(?:[,.;:!?)\"”]|and\b|or\b|$))",
        "DATE",
        "{decade2}{d2}{d3}",
        (
            ex("It was popular in the '60s.", "the '60s", "196"),
            ex("He edited it in the late '70s and '80s.", "'80s", "198"),
            ex("Songs of the 70's played.", "the 70's", "197"),
            ex("It peaked in the mid-'80s.", "the mid-'80s", "198"),
        ),
    ),
    Rule(
        "date_decade_word",
        r"the\s+(?:{partword}(?:-|\s+))?(?:nineteen[\s-]+)?{decadeword}",
        "DATE",
        "{decadeword}",
        (ex("The firm grew in the nineties.", "the nineties", "199"),),
    ),
    Rule(
        "date_century",
        r"(?:the\s+)?(?:{partword}(?:-|\s+))?{centuryord}[\s-]+century",
        "DATE",
        "{centuryord}",
        (ex("It dates from the 19th century.", "the 19th century", "18"),),
        needs=("century",),
    ),
)
