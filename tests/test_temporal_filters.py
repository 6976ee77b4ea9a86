"""The filters: matches that the parse shows are not temporal are dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from support import values

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors may sell the shares.",
        "The army sent 2000 soldiers to the border.",
        "The drug failed in 1200 patients.",
        "The index rose from 1450 points.",
        "Prices fall when supply rises.",
        "A 6-year-old boy was rescued.",
        "Iraq imports three-quarters of its food.",
        "About three quarters of the country voted.",
        "Around three quarters of those questioned said yes.",
        "This quarter of despair is at the center of attention.",
        "It was the last day of the trial.",
        "Temperatures are expected to be in the 30s Celsius.",
        "Highs will be in the 80s.",
        "Over the past day, rebels fired 40 rockets.",
        "In this day and age, he can travel.",
        "He remains a lightning rod to this day.",
        "That is very important to the future of our peoples.",
        "They were still hoping for a brighter tomorrow.",
        "We fight for a better, safer tomorrow.",
        "The brewery offers about 30 styles of beer throughout the year.",
        "This follows a large fall in the value of the index.",
        "South Korea saw a 9% fall.",
        "Return the boy as soon as they can.",
        "He ran for a second term.",
        "She thought she was going to a summer camp.",
        "It was an autumn day like any other.",
        "He is enjoying an Indian summer to his football career.",
        "It is a byproduct of today's society.",
        "The chips are in many of today's personal computers.",
        "The racial struggles, which, even today, inflame the streets, are old.",
        "Even today, the journey towards justice is not complete.",
        'Russia is in the grips of a "spring fever" that is causing trouble.',
        "On a busy summer day, tourists outnumber residents.",
        "You will get the answers some spring day.",
        "A cry rings out in the bright spring air.",
        "Customers saw their credit ratings fall, got credit cards in the mail.",
        "They lost friends and saw relationships that fall apart.",
        "He grew up in Fall River, Massachusetts.",
        "His ex-wife took the fall for him and went to prison.",
        "The boy's leg was injured in the fall, but he was not attacked by the animals.",
        "She recovered slowly after the fall from the balcony.",
        "He was last seen wearing a gray winter jacket.",
        "Kenya's summer flowers are popular in Russia.",
        "Teams tried the new tyres in winter testing.",
        "This is one of the great mysteries of the last week of Jesus' life.",
        "It was the last week of the couple's holiday.",
        "The last year of US involvement was costly.",
        "Ronaldo put Real ahead with a second half penalty.",
        "First half goals from Fellaini and Rooney ended the match as a contest.",
        "Wales scored twice in the second half.",
        "A flurry of first half goals in Sofia gave Bulgaria the lead.",
        "Circus companies have dealt with numerous challenges over the last half-century.",
        "Call 202-278-2000 or 1-800-555-2014 with any information.",
        # A chart's scale and axis left in the text.
        "S&P 500 index 1,800 101.0 1,600 101.5 2015 2016 2017 2018 ‘19 SOURCE: Bloomberg",
        # Some such day, none the story names.
        "He roamed the stage like a preacher on a Sunday morning.",
        "It is a lovely way to spend a Sunday evening.",
        "Any Friday, the market is busy.",
        "He said he could come back on another Monday.",
    ],
)
def test_filters_drop_non_temporal_matches(nlp: Language, sentence: str) -> None:
    assert values(nlp, sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("She will host a dinner tomorrow.", "tomorrow"),
        ("He faces a tough battle tomorrow.", "tomorrow"),
        ("The baby is a year old today.", "today"),
        ("The bank raised rates again today.", "today"),
        # A day's own thing, or a name, after "today's": that day.
        ("The offer, advertised in today's editions, ends.", "today"),
        ("I had today's big match under control.", "today"),
        ("She wrote in today's New York Times.", "today"),
        ("Sales rose throughout the year.", "the year"),
        ("The film opens in the fall.", "the fall"),
        ("He died in the fall of 1990.", "the fall of 1990"),
        # "net" as a noun is business news's: the half stays the year's.
        ("It reported first half net of $68.2 million.", "first half"),
        # A half reported for; a season something suffers in, not a tumble.
        ("The bank posted its results for the first half on Tuesday.", "the first half"),
        ("Tourism will suffer during fall, officials said.", "fall"),
        # A weekday before its noun tells the day it was, after "a" too.
        ("Netanyahu said in a Monday interview that he would stay.", "Monday"),
        ("Congress misses a Friday deadline.", "Friday"),
        # "any other Tuesday" tells that the story's day was a Tuesday.
        ("It began as what seemed like any other Tuesday.", "Tuesday"),
        # A year beside one other number is no chart's axis.
        ("In 2014 50 people died.", "2014"),
        ("The 2015 2.5 percent rise held.", "2015"),
    ],
)
def test_a_day_after_a_thing_stays_a_day(nlp: Language, sentence: str, text: str) -> None:
    assert text in values(nlp, sentence)


def test_impossible_days_are_not_dates(nlp: Language) -> None:
    assert values(nlp, "The filing is dated 2013-02-30 and Feb. 30, 2013.") == {}


@pytest.mark.parametrize(
    "sentence",
    ["He will visit this fall.", "The plant opened in fall 2008.", "It will close by fall."],
)
def test_autumn_is_still_a_season(nlp: Language, sentence: str) -> None:
    assert list(values(nlp, sentence).values()) == ["2008-FA" if "2008" in sentence else "2013-FA"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Profit for the first half rose to $54.8 million.", {"the first half": "2013-H1"}),
        ("Congress left for the winter recess.", {"the winter": "2012-WI"}),
        # A test held in a season is a kind of test: the time is the one stated.
        (
            "He crashed at the penultimate winter test in Barcelona last month.",
            {"last month": "2013-02"},
        ),
        ("He ruled from 1998-2000.", {"1998": "1998", "2000": "2000"}),
    ],
)
def test_a_half_of_the_year_a_season_of_time_and_a_range_of_years_stay_dates(
    nlp: Language, sentence: str, found: dict[str, str]
) -> None:
    assert values(nlp, sentence) == found


def test_a_goal_for_a_half_year_is_business(nlp: Language) -> None:
    sentence = "The company said its goal for the second half is a 10% rise in sales."
    assert "the second half" in values(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose in the quarter of fiscal 2013.",
        "Sales rose in the quarter of the year.",
        "It made money after several quarters of losses.",
        "The firm lost money in three quarters of the last four.",
        "Sales grew in two quarters of the fiscal year.",
    ],
)
def test_a_quarter_of_a_year_stays_a_date(nlp: Language, sentence: str) -> None:
    assert any("quarter" in text for text in values(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # "of" and a figure: the profit's, not the year's ("the past year").
        ("It posted a profit for the last year of US$2.7 billion.", "the last year"),
        ("He was tired over the last week.", "the last week"),
    ],
)
def test_the_last_week_or_year_of_a_figure_or_alone_is_a_time(
    nlp: Language, sentence: str, text: str
) -> None:
    assert text in values(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "night"),
    [
        ("It doesn't just happen overnight.", False),
        ("She became an overnight success.", False),
        ("She now works the overnight shift at a plant.", False),
        ("The problems won't be fixed overnight.", False),
        ("Things will not change overnight.", False),
        ("The new timber will not replace steel overnight.", False),
        ("Overnight I went from being a small-town police chief to being a symbol.", False),
        ("Prices went up overnight.", True),
        ("Rebels took the town overnight.", True),
        ("Prices changed little overnight in Asian trading.", True),
        ("Police did not arrest anyone overnight.", True),
    ],
)
def test_overnight_meaning_suddenly_is_no_night(nlp: Language, sentence: str, night: bool) -> None:
    assert ("overnight" in {t.lower() for t in values(nlp, sentence)}) is night


@pytest.mark.parametrize(
    ("sentence", "quarter"),
    [
        ("Bayer crashed out of the cup at the quarter-final stage.", False),
        ("They lost in the quarter final to Chelsea.", False),
        ("The quarterback threw two touchdowns in the first quarter.", False),
        ("Hamilton's lap on his first run in Q3 was enough to claim pole.", False),
        ("The company's third-quarter profit failed to match estimates.", True),
        ("Sales rose in the quarter.", True),
        ("The first lap ends when they report first-quarter fund-raising totals.", True),
    ],
)
def test_a_quarter_of_a_match_or_a_cup_is_no_quarter_of_a_year(
    nlp: Language, sentence: str, quarter: bool
) -> None:
    found = {t.lower() for t in values(nlp, sentence)}
    assert any("quarter" in t or t == "q3" for t in found) is quarter


def test_a_half_before_a_weekday_is_the_half_of_a_match(nlp: Language) -> None:
    sentence = "Hazard ensured three more points when he netted in the first half Wednesday."
    assert values(nlp, sentence) == {"Wednesday": "2013-03-20"}


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A newspaper or magazine named by how often it comes out.
        ("According to the Spanish daily El Pais, the government paid.", False),
        ("He was the picture editor for Life, the monthly, for years.", False),
        ("This week, the conservative weekly The Washington Examiner mocked it.", False),
        ("He writes for a local weekly.", False),
        # Capitalized inside a sentence, part of a paper's name; opening one, a word.
        ("The Daily Mail revealed how the firms made millions.", False),
        ("A spokesperson told Daily Mail Australia that the damage was slight.", False),
        ("Daily life in the city is hard.", True),
        # How often something happens, or a kind of thing that comes out that often.
        ("The center serves 3,000 meals daily to the homeless.", True),
        ("The paper is published weekly.", True),
        ("The girls went about their daily lives.", True),
        ("They draw for the weekly satirical magazine Penguen.", True),
        ("It happens on a daily basis.", True),
    ],
)
def test_a_daily_or_a_weekly_paper_is_no_frequency(
    nlp: Language, sentence: str, kept: bool
) -> None:
    found = {t.lower() for t in values(nlp, sentence)}
    assert bool(found & {"daily", "weekly", "monthly"}) is kept


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("My adviser will issue some chart in the morning meetings.", False),
        ("He watched the evening news with his wife.", False),
        ("She works the night shift at the plant.", False),
        ("The storm hit in the morning hours.", True),
        ("The storm hit in the morning.", True),
        ("He left on Monday morning.", True),
    ],
)
def test_a_part_of_the_day_naming_a_kind_is_no_time(
    nlp: Language, sentence: str, time: bool
) -> None:
    found = {t.lower() for t in values(nlp, sentence)}
    assert any(w in t for t in found for w in ("morning", "evening", "night")) is time
