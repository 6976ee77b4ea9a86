"""Rules for weekdays and weekends ("last Friday", "the weekend") and holidays
("last Christmas"), read against the reference date or the date last mentioned;
tried after those of `relative.py`."""

from __future__ import annotations

from newsbrief.temporal.rules.rule import Rule, ex

RULES: tuple[Rule, ...] = (
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
            # A holiday named after its month is that day, not the month.
            ex("The ad ran on April Fool's Day.", "April Fool's Day", "2013-04-01"),
        ),
    ),
    Rule(
        "date_dir_holiday",
        r"{dir}\s+{holiday}",
        "DATE",
        "rel({dir},{holiday})",
        (ex("Prices jumped last Christmas.", "last Christmas", "2012-12-25"),),
    ),
)
