"""The resolver of underspecified values."""

from __future__ import annotations

import datetime as dt

import pytest

from newsbrief.temporal.context import Context, Tense
from newsbrief.temporal.resolve import resolve

REF = dt.date(2013, 3, 22)  # a Friday in ISO week 12, first quarter, spring


def r(value: str, tense: Tense | None = None, ref: dt.date | None = REF, **anchors: str) -> str:
    recent = {k[len("recent_") :]: v for k, v in anchors.items() if k.startswith("recent_")}
    plain = {k: v for k, v in anchors.items() if not k.startswith("recent_")}
    return resolve(value, Context(ref, tense, plain, recent))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-02-13", "1998-02-13"),
        ("P3Y", "P3Y"),
        ("PRESENT_REF", "PRESENT_REF"),
        ("this(year)", "2013"),
        ("this(year,-1)", "2012"),
        ("this(month,+1)", "2013-04"),
        ("this(month,-3)", "2012-12"),
        ("this(day,-1)", "2013-03-21"),
        ("this(week)", "2013-W12"),
        ("this(week,-1)", "2013-W11"),
        ("this(weekend)", "2013-W12-WE"),
        ("this(quarter,-1)", "2012-Q4"),
        ("this(half)", "2013-H1"),
        ("this(decade,-1)", "200"),
        ("this(year,-1.5)", "2011"),
        ("this(decade,-0.5)", "2008"),
        ("this(decade,-1.5)", "1998"),
        ("this(century,-0.5)", "1963"),
        ("this(century,-0.25)", "1988"),
        ("this(quarter-century,-1)", "1988"),
        ("this(half-century,-1)", "1963"),
        ("this(century)", "20"),
        ("this(hour,-2)", "2013-03-22"),
        ("this(fortnight,-1)", "2013-W10"),
        ("this(day)TMO", "2013-03-22TMO"),
        ("this(year)-SP", "2013-SP"),
    ],
)
def test_this_counts_from_the_reference_date(value: str, expected: str) -> None:
    assert r(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("this(year)", "XXXX"),
        ("this(day,-1)", "XXXX-XX-XX"),
        ("this(week)", "XXXX-WXX"),
        ("this(quarter)", "XXXX-QX"),
        ("near(SP)", "XXXX-SP"),
        ("near(03-12)", "XXXX-03-12"),
        ("near(christmas)", "XXXX-12-25"),
        ("near(thanksgiving)", "XXXX-XX-XX"),
        ("rel(-1,06)", "XXXX-06"),
        ("wd(5)", "XXXX-WXX-5"),
        ("wd(WE)", "XXXX-WXX-WE"),
        ("anchor(year,-1,keep)", "XXXX"),
        ("dur(3,year)", "P3Y"),
    ],
)
def test_without_a_reference_date_placeholders_stay(value: str, expected: str) -> None:
    assert r(value, ref=None) == expected


@pytest.mark.parametrize(
    ("code", "tense", "expected"),
    [
        ("11", None, "2012-11"),  # November is nearer behind than ahead
        ("05", None, "2013-05"),
        ("11", "future", "2013-11"),
        ("09", "past", "2012-09"),  # September still to come: last one in a past clause
        ("04", "past", "2013-04"),  # ... but a few weeks ahead stays this year
        ("03-12", "past", "2013-03-12"),
        ("12-25", "future", "2013-12-25"),
        ("Q3", "past", "2012-Q3"),
        ("Q1", None, "2013-Q1"),
        ("SP", "future", "2013-SP"),
        ("H2", "future", "2013-H2"),
        ("thanksgiving", "past", "2012-11-22"),
        ("easter", "future", "2013-03-31"),
    ],
)
def test_near_picks_the_occurrence_the_tense_points_at(
    code: str, tense: Tense | None, expected: str
) -> None:
    assert r(f"near({code})", tense) == expected


def test_near_in_a_clause_told_as_over_takes_no_occurrence_still_to_come() -> None:
    over = Context(REF, "past", over=True)
    assert resolve("near(04)", over) == "2012-04"  # "changed in April", said in March
    assert resolve("near(03)", over) == "2013-03"  # the month under way has begun
    assert r("near(04)", "past") == "2013-04"


def test_a_day_in_the_month_of_the_day_told_last_is_of_its_year() -> None:
    # "Bloody Sunday, March 7, 1965 ... on March 9": the story's March.
    assert r("near(03-09)", "past", last="1965-03-07") == "1965-03-09"
    # Not after a month alone ("the August 1988 cease-fire ... on Aug. 2"), not in
    # another month, and not for a month without its day.
    assert r("near(03-09)", "past", last="1965-03") == "2013-03-09"
    assert r("near(02-09)", "past", last="1965-03-07") == "2013-02-09"
    assert r("near(03)", "past", last="1965-03-07") == "2013-03"
    # A day of that month told before other dates: when its year is one the
    # nearest March could have, it says which ("March 8 last year ... In late
    # January ... on the evening of March 7"); a day long past does not.
    assert r("near(03-07)", "past", last="2013-01", day="2012-03-08") == "2012-03-07"
    assert r("near(03-09)", "future", last="2013", day="1950-03-03") == "2013-03-09"


def test_near_can_move_years() -> None:
    assert r("near(Q3,-1)", "past") == "2011-Q3"


@pytest.mark.parametrize(
    ("value", "tense", "ref", "expected"),
    [
        ("rel(-1,06)", None, REF, "2012-06"),
        ("rel(-1,03)", None, REF, "2012-03"),  # strictly before the current March
        ("rel(+1,02)", None, REF, "2014-02"),
        ("rel(-1,FA)", None, REF, "2012-FA"),
        ("rel(+1,SU)", None, REF, "2013-SU"),
        ("rel(0,09)", None, REF, "2013-09"),
        ("rel(0,SP)", "future", dt.date(2023, 11, 20), "2024-SP"),  # "this spring" ahead
        ("rel(0,SP)", "past", dt.date(2023, 8, 1), "2023-SP"),
        ("rel(-1,12-25)", None, REF, "2012-12-25"),
        # The month just gone is "last month": "last February", said in March, is the
        # February of the year before; "last January" the one just before it.
        ("rel(-1,02)", None, REF, "2012-02"),
        ("rel(-1,01)", None, REF, "2013-01"),
        ("rel(-1,12)", None, dt.date(2013, 1, 15), "2011-12"),
    ],
)
def test_rel_moves_to_the_previous_or_next_occurrence(
    value: str, tense: Tense | None, ref: dt.date, expected: str
) -> None:
    assert r(value, tense, ref) == expected


@pytest.mark.parametrize(
    ("value", "tense", "expected"),
    [
        ("wd(5)", "past", "2013-03-22"),  # the reference day itself
        ("wd(3)", "past", "2013-03-20"),
        ("wd(3)", None, "2013-03-20"),
        ("wd(1)", "future", "2013-03-25"),
        ("wd(5)", "future", "2013-03-22"),  # named on its own day: that day (AP style)
        ("wd(4)", "future", "2013-03-28"),
        ("wd(5,-1)", None, "2013-03-15"),  # "last Friday"
        ("wd(1,+1)", None, "2013-03-25"),  # "next Monday"
        ("wd(2,0)", None, "2013-03-19"),  # "this Tuesday": the same week
        ("wd(6,+0)", None, "2013-03-23"),  # "this Saturday": still to come
        ("wd(6,+0)", "past", "2013-03-16"),  # "was shot this Saturday": the one gone
        ("wd(WE)", "past", "2013-W11-WE"),
        ("wd(4)T12:00", "past", "2013-03-21T12:00"),
    ],
)
def test_weekdays(value: str, tense: Tense | None, expected: str) -> None:
    assert r(value, tense) == expected


def test_the_weekend_told_on_a_weekend_is_that_weekend() -> None:
    # "a curfew would continue through the weekend", written on a Sunday or a Saturday.
    for day in (dt.date(2016, 9, 24), dt.date(2016, 9, 25)):
        assert r("wd(WE)", "future", day) == "2016-W38-WE"
        assert r("wd(WE)", "past", day) == "2016-W38-WE"
    assert r("wd(WE)", "future", dt.date(2016, 9, 23)) == "2016-W38-WE"  # from a Friday
    assert r("wd(WE)", "past", dt.date(2016, 9, 26)) == "2016-W38-WE"  # from a Monday


def test_weekday_from_anchor_counts_from_the_day_named_before() -> None:
    assert r("wdanchor(5,-1)", day="1989-10-27") == "1989-10-20"
    assert r("wdanchor(1,+1)", day="2013-03-08") == "2013-03-11"


@pytest.mark.parametrize(
    ("value", "anchors", "expected"),
    [
        ("anchor(year,-1,keep)", {"quarter": "1989-Q3"}, "1988-Q3"),
        ("anchor(year,-1,keep)", {"recent_period": "1990-04", "quarter": "1989-Q3"}, "1989-04"),
        ("anchor(year,-1,keep)", {"recent_period": "P9M", "quarter": "1989-Q3"}, "2012"),
        ("anchor(year,-1,keep)", {}, "2012"),
        ("anchor(year,+1)", {"last": "1995-05-22"}, "1996"),
        ("anchor(day,+2)", {"day": "2013-03-04"}, "2013-03-06"),
        ("anchor(day,0)T10:35", {"day": "2013-03-04"}, "2013-03-04T10:35"),
        ("anchor(week,-1)", {"day": "2013-03-04"}, "2013-W09"),
        ("anchor(month,-1)", {"month": "2013-01"}, "2012-12"),
        # The later of a day and a month told: "on Christmas ... Tesla's September
        # settlement. Musk's tweet the previous month" is August.
        (
            "anchor(month,-1)",
            {"day": "2018-12-25", "month": "2018-09", "last": "2018-09"},
            "2018-08",
        ),
        (
            "anchor(month,-1)",
            {"day": "2018-12-25", "month": "2018-09", "last": "2018-12-25"},
            "2018-11",
        ),
        (
            "anchor(month,0)",
            {"day": "2016-09-12", "month": "2012-06", "last": "2012-06"},
            "2012-06",
        ),
        # A month named after the last day: the next morning is some day of it.
        ("anchor(day,+1)TMO", {"day": "2013-03-04", "last": "2012-07"}, "2012-07-XXTMO"),
        ("anchor(day,+1)", {"day": "2013-03-04", "last": "2013-03"}, "2013-03-05"),
        # A year the story moved to after the last day: the next day is some day of
        # it; a year named in passing leaves the day told before.
        ("anchor(day,+1)", {"day": "2015-03-27", "last": "1991", "scene": "1991"}, "1991-XX-XX"),
        ("anchor(day,+1)", {"day": "1959-02-03", "last": "2002"}, "1959-02-04"),
        ("anchor(day,+1)", {"day": "2015-03-27", "last": "2015", "scene": "2015"}, "2015-03-28"),
        # A time of day takes a day told, not some day of a month named since.
        ("anchor(day,0,clock)T08:30Z", {"last": "2005-01"}, "2013-03-22T08:30Z"),
        ("anchor(day,0,clock)T08:30", {"day": "2013-03-04", "last": "2005-01"}, "2013-03-04T08:30"),
        ("anchor(quarter,0)", {"quarter": "1989-Q3"}, "1989-Q3"),
        # "He died the next day" with no day told before: not tomorrow.
        ("anchor(day,+1)", {}, "XXXX-XX-XX"),
        # "that summer": the season of the year last named; "that winter" after a
        # January is the winter that began the December before.
        ("seasonanchor(SU,0)", {"last": "1965"}, "1965-SU"),
        ("seasonanchor(WI,0)", {"last": "2015-01"}, "2014-WI"),
        ("seasonanchor(WI,0)", {"last": "2014-12-05"}, "2014-WI"),
        ("inyear(1988)", {"quarter": "1989-Q3"}, "1988-Q3"),
        ("inyear(1988)", {}, "1988"),
    ],
)
def test_anchored_values(value: str, anchors: dict[str, str], expected: str) -> None:
    assert r(value, **anchors) == expected


def test_the_quarter_without_an_anchor_in_a_past_clause_is_the_last_one() -> None:
    assert r("anchor(quarter,0)", "past") == "2012-Q4"
    assert r("anchor(quarter,0)", "present") == "2013-Q1"


@pytest.mark.parametrize(
    ("value", "anchors", "expected"),
    [
        ("latestq()", {"quarter": "2012-Q3"}, "2012-Q3"),
        ("latestq()", {"quarter": "2013-Q2"}, "2012-Q4"),  # not over yet
        ("latestq()", {}, "2012-Q4"),
        # Results reported for the current quarter: a fiscal one, over as the story tells it.
        ("latestq()", {"quarter": "2013-Q1", "lead quarter": "2013-Q1"}, "2013-Q1"),
        ("latestq()", {"quarter": "2013-Q1"}, "2012-Q4"),  # named, not reported
    ],
)
def test_latest_quarter_is_a_completed_one(
    value: str, anchors: dict[str, str], expected: str
) -> None:
    assert r(value, **anchors) == expected


@pytest.mark.parametrize(
    ("value", "tense", "expected"),
    [
        ("qend(09-30)", "past", "2012-Q3"),
        ("qend(07-31)", "past", "2012-Q2"),  # a fiscal quarter ended July 31 is mostly Q2
        ("weekof(03-06)", None, "2013-W10"),
        ("weekof(easter)", None, "2013-W13"),
        ("yearend()", "future", "2013"),
        ("yearend()", "past", "2012"),
        ("dated(10-26,6)", "past", "2013-10-26"),  # the year where Oct 26 is a Saturday
        ("on(christmas,2010)", None, "2010-12-25"),
        ("night()TNI", "past", "2013-03-21TNI"),  # "overnight": the night just gone
        ("night()TNI", "future", "2013-03-22TNI"),
    ],
)
def test_special_functions(value: str, tense: Tense | None, expected: str) -> None:
    assert r(value, tense) == expected


@pytest.mark.parametrize(
    ("anchors", "expected"),
    [
        # March 7 is a Sunday in 1965, none of 2012-2014: the year the story told.
        ({"last": "1965-03", "month": "1965-03"}, "1965-03-07"),
        # In no year told nor near: unknown, not the nearest March 7.
        ({}, "XXXX-03-07"),
        ({"last": "1990"}, "XXXX-03-07"),
    ],
)
def test_a_day_whose_weekday_fits_no_nearby_year(anchors: dict[str, str], expected: str) -> None:
    assert r("dated(03-07,7)", "past", **anchors) == expected


def test_vague_counts_keep_only_a_direction() -> None:
    assert r("this(year,-X)") == "PAST_REF"


def test_unknown_functions_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown function"):
        r("later(year)")


def test_a_holiday_in_a_counted_year_is_its_day_in_that_year() -> None:
    assert r("counted(thanksgiving,-1)") == "2012-11-22"
    assert r("counted(christmas,-1)", ref=None) == "XXXX-12-25"
    assert r("incontext(easter,0,told)", last="2009") == "2009-04-12"
    assert r("incontext(easter,0,told)") == "XXXX-XX-XX"  # no year told
