"""Extraction over an article: values resolved in document order by tense, anchors
and the reference date, and offsets into the article."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.blocks import split_blocks
from newsbrief.nlp import annotate, load_model, resolve_model_name
from newsbrief.temporal import find_dates
from newsbrief.temporal.extract import TemporalExpr
from newsbrief.temporal.rules import EXAMPLE_REFERENCE
from support import found, values

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Trump called Takaichi on Friday.", "Friday", "XXXX-WXX-5"),
        ("He will visit this spring.", "this spring", "XXXX-SP"),
        ("Sales rose last year.", "last year", "XXXX"),
        ("The talks ended yesterday.", "yesterday", "XXXX-XX-XX"),
        ("Prices rose last week.", "last week", "XXXX-WXX"),
        ("The plant opened in October.", "October", "XXXX-10"),
        ("He was born on March 5, 1946.", "March 5, 1946", "1946-03-05"),
        ("The company is now profitable.", "now", "PRESENT_REF"),
        ("The strike lasted three days.", "three days", "P3D"),
    ],
)
def test_no_reference_date_leaves_placeholders(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    """Without a reference date nothing is read against today's clock."""
    assert values(nlp, sentence, None)[text] == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister resigned on Friday.", "2013-03-22"),
        ("The minister resigned on Wednesday.", "2013-03-20"),
        ("The minister will resign on Wednesday.", "2013-03-27"),
        ("The talks are to resume Tuesday.", "2013-03-26"),
        ("The family could come as soon as Tuesday.", "2013-03-26"),
        ("Officials postponed the ruling until Tuesday.", "2013-03-26"),
        ("It had been due to expire Friday.", "2013-03-22"),
    ],
)
def test_weekdays_follow_tense(nlp: Language, sentence: str, value: str) -> None:
    """A weekday is the latest one by the reference date unless the clause looks ahead."""
    (f,) = [f for f in found(nlp, sentence) if f.date.type == "DATE"]
    assert f.date.value == value


@pytest.mark.parametrize(
    ("sentence", "reference", "value"),
    [
        # A month-day a few weeks ahead is this year's even in a past-tense clause.
        ("The offer was extended to Nov. 20.", dt.date(1989, 10, 30), "1989-11-20"),
        # One half a year ahead in a past-tense clause is last year's.
        ("The record was set on Aug. 6.", dt.date(1998, 2, 6), "1997-08-06"),
        # A future clause looks ahead across the year boundary.
        ("He will fly a mission in December.", dt.date(1998, 3, 4), "1998-12"),
        ("The dividend is payable Jan. 2.", dt.date(1989, 11, 2), "1990-01-02"),
        # "Come November" is the next one, however much nearer the last.
        ("Voters may be tired of the issue come November.", dt.date(2019, 1, 9), "2019-11"),
        ("Come November, voters will be tired.", dt.date(2019, 1, 9), "2019-11"),
    ],
)
def test_month_days_pick_the_nearest_year_by_tense(
    nlp: Language, sentence: str, reference: dt.date, value: str
) -> None:
    (f,) = found(nlp, sentence, reference)
    assert f.date.value == value


def test_a_year_earlier_compares_the_quarter_named_before(nlp: Language) -> None:
    text = "Net income fell 5% in the third quarter. Revenue rose 3% from a year earlier."
    assert values(nlp, text, dt.date(1989, 10, 30))["a year earlier"] == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in 2010 rose 5%. A year earlier they fell.", "2009"),
        # "last year" is the paper's year: what it is compared with is that year's.
        ("Sales rose last year. The year-earlier results were weaker.", "1988"),
    ],
)
def test_a_year_earlier_compares_a_year_stated_in_figures(
    nlp: Language, text: str, expected: str
) -> None:
    found_values = values(nlp, text, dt.date(1989, 11, 1))
    assert found_values[next(k for k in found_values if "earlier" in k.lower())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told, in another paragraph than any period: counted back from the year
        # told last.
        (
            "In 2012, a professor was arrested.\n\nThe cartoon went viral.\n\n"
            "A year earlier, Delhi went one step further.",
            "2011",
        ),
        (
            "Jonathan won in 2011.\n\nRiots broke out.\n\n"
            "Buhari had founded the party a year earlier.",
            "2010",
        ),
        # Compared, with no period near: the present's year, as "a year ago" is.
        (
            "In 2012, a professor was arrested.\n\nThe cartoon went viral.\n\n"
            "Wages were 3.8 percent higher than a year earlier.",
            "2014",
        ),
    ],
)
def test_a_year_earlier_told_counts_back_from_the_time_told(
    nlp: Language, text: str, expected: str
) -> None:
    found_values = values(nlp, text, dt.date(2015, 4, 1))
    assert found_values[next(k for k in found_values if "earlier" in k.lower())] == expected


def test_a_year_earlier_compares_the_quarter_the_story_reports(nlp: Language) -> None:
    """A quarter named in passing in another paragraph is not what the story compares."""
    text = (
        "Net income rose 20% in the third quarter.\n\n"
        "After a flat second quarter, sales recovered. The gains came from prices.\n\n"
        "The quarter-to-quarter comparison was helped by charges in the year-earlier "
        "period. In the 1988 period also, costs were lower than a year ago.\n"
    )
    found_values = values(nlp, text, dt.date(1989, 11, 1))
    assert found_values["the year-earlier period"] == "1988-Q3"
    assert found_values["the 1988 period"] == "1988-Q3"
    assert found_values["a year ago"] == "1988-Q3"
    assert "The quarter" not in found_values


def test_a_year_ago_quarter_is_the_quarter_named_before_not_a_later_month(
    nlp: Language,
) -> None:
    text = (
        "Net income fell in the third quarter. The operator changed to a calendar year "
        "in December. In the comparable year-ago quarter, it lost $5 million."
    )
    found_values = values(nlp, text, dt.date(1989, 10, 27))
    assert found_values["the comparable year-ago quarter"] == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "reference", "expression", "value"),
    [
        (
            "Net income fell in the third quarter. In the comparable year-ago quarter, "
            "the second quarter ended Oct. 31, it lost $5 million.",
            dt.date(1989, 10, 27),
            "the second quarter",
            "1988-Q2",
        ),
        ("A year ago, in March, the plant closed.", dt.date(2013, 2, 10), "March", "2012-03"),
        ("Last year, in October, the firm was sold.", dt.date(2013, 3, 10), "October", "2012-10"),
    ],
)
def test_a_date_set_beside_another_takes_its_year(
    nlp: Language, text: str, reference: dt.date, expression: str, value: str
) -> None:
    """The second names the first: its year is the first's, inferred, not the nearest."""
    (f,) = [f for f in found(nlp, text, reference) if f.date.text == expression]
    assert f.date.value == value
    assert f.date.inferred == "context"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He was killed on a Thursday night in April 2013.", "Thursday night", "2013-04-XXTNI"),
        ("The fire broke out one Friday evening in February.", "Friday evening", "2013-02-XXTEV"),
        ("She was arrested that night in April 2011.", "that night", "2011-04-XXTNI"),
        # A place, or a month set apart by a comma, is not where the day lies.
        ("He arrived on Friday in Paris.", "Friday", "2013-03-22"),
        ("Police said Friday, in December 2012, the agency was tipped.", "Friday", "2013-03-22"),
    ],
)
def test_a_day_named_inside_a_month_is_some_day_of_that_month(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    """A Friday evening in February is no Friday of the paper's week; which day of
    February it was the text does not say."""
    assert values(nlp, text)[expression] == value


def test_the_next_day_after_a_year_the_story_moves_to_is_a_day_of_that_year(
    nlp: Language,
) -> None:
    text = (
        "Putin was not seen on Friday. In 1991, Gorbachev went to his summer home in "
        "Crimea. The next day, the Russian people were told that he was ill."
    )
    assert values(nlp, text)["The next day"] == "1991-XX-XX"
    text = (
        "The plane crashed on February 3, 1959. Jennings, who died in 2002, gave up his "
        "seat. He was the only headliner who didn't die that night."
    )
    assert values(nlp, text)["that night"] == "1959-02-03TNI"
    # The same year named later in passing is no scene to move to.
    text = (
        "In 1991, Gorbachev went to Crimea. Putin was seen on March 2, 2015, at a "
        "ceremony for the 1991 treaty. The next day, he left for Minsk."
    )
    assert values(nlp, text)["The next day"] == "2015-03-03"


def test_that_day_after_a_week_the_story_moves_to_is_a_day_of_that_week(
    nlp: Language,
) -> None:
    # Said on Friday 2013-03-22: Monday is the 18th, in week 12; last week is 11.
    text = (
        "On Monday, the council met. Last week, a jet fired missiles at a palace. "
        "That same day, forces battled near the airport. That night, it rained."
    )
    found = values(nlp, text)
    assert found["That same day"] == "2013-W11"
    assert found["That night"] == "2013-W11"  # a night of that week: no part of a day
    # A day told within that week stays the day.
    text = "On Monday, the council met. This week, jets flew. That same day, troops moved."
    assert values(nlp, text)["That same day"] == "2013-03-18"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He arrived Wednesday morning. He left the next day.", "the next day", "2013-03-21"),
        ("Stocks rose Wednesday morning, recovering losses from the day before.",
         "the day before", "2013-03-19"),
        # "overnight" names no day: the day it falls on is counted, not told.
        ("Prices fell on Monday. Overnight losses in Tokyo weighed. The next day they rose.",
         "The next day", "2013-03-19"),
    ],
)  # fmt: skip
def test_a_time_that_names_its_day_tells_that_day(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    assert values(nlp, text, dt.date(2013, 3, 22))[expression] == value


def test_a_live_blog_s_entry_time_is_of_the_paper_s_day(nlp: Language) -> None:
    text = (
        "The Latest on the race (all times EDT):\n\n7 p.m.\n\nTrump spoke of Monday "
        "night's debate.\n\n4:30 p.m.\n\nClinton held a rally. She spoke at 5 p.m.\n"
    )
    found_values = values(nlp, text, dt.date(2013, 3, 22))
    assert found_values["4:30 p.m."] == "2013-03-22T16:30"
    # A time inside an entry's text still takes the day told.
    assert values(nlp, "He left Monday night. He came back at 2 a.m.", dt.date(2013, 3, 22))[
        "2 a.m."
    ].startswith("2013-03-18")


def test_that_summer_is_the_summer_of_the_year_named_before(nlp: Language) -> None:
    text = "Congress passed the Voting Rights Act in 1965. That summer, riots broke out."
    assert values(nlp, text)["That summer"] == "1965-SU"


def test_a_year_earlier_after_a_span_is_last_year(nlp: Language) -> None:
    text = (
        "Net income fell in the third quarter. "
        "For the nine months, profit was $5 million, compared with $4 million a year earlier."
    )
    assert values(nlp, text, dt.date(1989, 10, 30))["a year earlier"] == "1988"


@pytest.mark.parametrize(
    ("text", "month", "expected"),
    [
        (
            "There were three marches in March 1965. The assassination of Malcolm X that "
            "February had re-energized her.",
            "February",
            "1965-02",
        ),
        (
            "Romney ran in 2008.\n\nThat July, Dermer helped orchestrate his visit.",
            "July",
            "2008-07",
        ),
        # After a verb, "that" opens what is said: the month nearest the paper's date.
        ("Sales rose in 2010.\n\nOfficials said that February sales rose.", "February", "2013-02"),
    ],
)
def test_that_month_is_the_month_of_the_year_told(
    nlp: Language, text: str, month: str, expected: str
) -> None:
    assert values(nlp, text)[month] == expected


def test_anchored_expressions_count_from_the_date_named_before(nlp: Language) -> None:
    text = "He was arrested on May 22, 1995, and tried the following year."
    assert values(nlp, text)["the following year"] == "1996"
    # ... a decade or a century too.
    text = "In 1992, Li left Ili. No studies were conducted in the following decade."
    assert values(nlp, text)["the following decade"] == "200"
    text = "The church was built in 1650. In the following century it burned."
    assert values(nlp, text)["the following century"] == "17"


def test_clock_times_take_the_day_named_before(nlp: Language) -> None:
    text = "The attack came on March 4, 2013. The blast was heard at 10:35 a.m."
    assert values(nlp, text)["10:35 a.m."] == "2013-03-04T10:35"


def test_clock_times_take_the_day_of_a_time_told_before(nlp: Language) -> None:
    text = "The plane landed shortly after 11 a.m. Thursday. It had left Atlanta after 9 a.m."
    assert values(nlp, text)["9 a.m."] == "2013-03-21T09:00"
    # A date named since then is the day again.
    text += " On March 4, the pilots trained. The drill began at 10 a.m."
    assert values(nlp, text)["10 a.m."] == "2013-03-04T10:00"


def test_a_day_told_as_over_is_not_of_the_month_told_if_that_is_still_to_come(
    nlp: Language,
) -> None:
    # April is the month of the day told last ("Wednesday", April 3), but April 18
    # of that year is still to come, and the killing is told as over.
    text = "Prosecutors spoke Wednesday. Collier was killed on the evening of April 18."
    assert values(nlp, text, dt.date(2013, 4, 3))["April 18"] == "2012-04-18"
    # Told as over through a part of that day too: not the April 18 ahead.
    assert values(nlp, "Collier was killed on the evening of April 18.", dt.date(2013, 4, 3)) == {
        "April 18": "2012-04-18"
    }


def test_clock_times_after_an_evening_of_an_unknown_day_are_of_that_day(nlp: Language) -> None:
    # "Later that evening" of a December day not told: a later "2am" and "that
    # night" are of that day, known no better, not the reference day.
    text = (
        "They went out in December last year. Later that evening he invited her in. "
        "He then sent a text at 2am. There were a lot of people there that night."
    )
    found = values(nlp, text)
    assert found["Later that evening"] == "2012-12-XXTEV"
    assert found["2am"] == "2012-12-XXT02:00"
    assert found["that night"] == "2012-12-XXTNI"


def test_a_month_or_quarter_counted_from_a_year_told_is_of_that_year(nlp: Language) -> None:
    # Some month or quarter of the year told, not one counted from the paper's day.
    text = "In 2009 the company sold its unit. The following month, profit rose."
    assert values(nlp, text)["The following month"] == "2009-XX"
    text = "Last year the institute won the prize. GDP jumped by 5% that quarter."
    assert values(nlp, text)["that quarter"] == "2012-QX"
    # With no date told, "that quarter" is none the story gives; "the quarter" of a
    # results story is the one just reported.
    assert values(nlp, "GDP jumped by 5% that quarter.") == {"that quarter": "XXXX-QX"}
    assert values(nlp, "In the quarter, sales fell.")["the quarter"] == "2012-Q4"


def test_a_year_before_1600_is_one_after_a_word_of_time(nlp: Language) -> None:
    text = "Richard III died at Bosworth in 1485. Cervantes was wounded in 1571, in battle."
    assert values(nlp, text) == {"1485": "1485", "1571": "1571"}
    assert values(nlp, "The index rose to 1450 on Friday.") == {"Friday": "2013-03-22"}


def test_a_date_written_in_numbers_is_one_date_not_a_range_of_years(nlp: Language) -> None:
    text = "The file is stamped 2019-01-07T14:32:00+05:00 and dated 2019/01/07."
    assert values(nlp, text) == {
        "2019-01-07T14:32:00+05:00": "2019-01-07T14:32",
        "2019/01/07": "2019-01-07",
    }
    # A season's years still join ("2018-19"), but a month after a year is no year.
    assert values(nlp, "Losses mounted in the 2018-19 season.") == {"2018": "2018", "19": "2019"}
    assert values(nlp, "The log reads 2019-01-07T25:61.") == {"2019": "2019"}


def test_four_figures_before_a_time_zone_are_a_clock_not_a_year(nlp: Language) -> None:
    text = "The page was updated 1932 GMT (0332 HKT), it said."
    assert values(nlp, text) == {"1932 GMT (0332 HKT)": "2013-03-22T19:32Z"}
    assert values(nlp, "The dam opened in 1932. It moved 1500 MT of rock.") == {"1932": "1932"}


def test_a_decade_with_its_apostrophe_needs_no_the_but_is_no_kind(nlp: Language) -> None:
    text = "She lived in Rome for parts of the 1970s and '80s."
    assert values(nlp, text) == {"the 1970s": "197", "'80s": "198"}
    # Before a noun it tells a kind ("that '70s feeling"); "80s" alone may be ages.
    assert values(nlp, "It channels that '70s feeling. They are in their 80s.") == {}


def test_find_dates_returns_expressions_that_know_how_they_were_read(nlp: Language) -> None:
    text = "Trump called on Friday, a year after the Oct. 5, 2012 summit."
    dates = find_dates(annotate(nlp, text, split_blocks(text)), EXAMPLE_REFERENCE)
    by_text = {d.text: d for d in dates}
    assert all(isinstance(d, TemporalExpr) for d in dates)
    assert by_text["Friday"].relative
    assert not by_text["Oct. 5, 2012"].relative
    assert text[by_text["Friday"].start : by_text["Friday"].end] == "Friday"


def test_offsets_index_the_article_across_blocks(nlp: Language) -> None:
    text = "Budget Talks\n\nLawmakers met on Monday.\n\n- Next: a vote on March 30, 2013.\n"
    for f in found(nlp, text):
        assert text[f.date.start : f.date.end] == f.date.text


FRAGMENTS = [
    "Friday", "last week", "March 5, 2013", "the third quarter", "a year earlier", "now",
    "2 1/2 years", "10 p.m.", "spring 2024", "(date unspecified)", "| Oct 2023 |", "-",
    "ago", "the", "in", "Feb. 30", "'89", "1990-91", "noon Saturday", "\n\n", "# Heading\n",
    "- ", "Planned", "until", "will", "said", ",", ".", "é", "2000 soldiers", "year-end",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25))
def test_any_text_gives_valid_offsets(fragments: list[str]) -> None:
    """Whatever the text, extraction neither fails nor points outside it."""
    nlp = load_model(resolve_model_name(None))
    text = " ".join(fragments)
    for reference in (None, EXAMPLE_REFERENCE):
        for f in found(nlp, text, reference):
            assert text[f.date.start : f.date.end] == f.date.text
            assert f.date.value


@pytest.mark.parametrize(
    ("sentence", "reference", "text", "value"),
    [
        # A year stated in the same phrase wins over the nearest year.
        ("She remembered that January day in 2011.", dt.date(2013, 3, 5), "January", "2011-01"),
        ("It opened on March 5 of 2009.", dt.date(2013, 3, 5), "March 5", "2009-03-05"),
        # ... and so does a year counted from the reference date, one expression
        # with the day, as "June last year" is.
        ("We started on June 16th of last year.", dt.date(2016, 10, 2),
         "June 16th of last year", "2015-06-16"),
        ("On March 5 next year, it opens.", dt.date(2016, 10, 2), "March 5 next year",
         "2017-03-05"),
        # ... a holiday too: its day in the counted year.
        ("We met at Christmas last year.", dt.date(2016, 10, 2), "Christmas", "2015-12-25"),
        ("They met on Thanksgiving of last year.", dt.date(2016, 10, 2), "Thanksgiving",
         "2015-11-26"),
        ("In 2009 they wed. They split at Easter of that year.", dt.date(2016, 10, 2), "Easter",
         "2009-04-12"),
        # ... but not a year of another phrase.
        ("It opened in October and closed in 2011.", dt.date(2013, 3, 5), "October", "2012-10"),
        # A date between a past verb and its infinitive goes with the verb.
        ("BP agreed in October to pay $20 billion.", dt.date(2013, 3, 5), "October", "2012-10"),
        # "before" looks ahead unless the clause is past.
        ("Power might not be restored before Monday morning.", dt.date(2013, 3, 22),
         "Monday morning", "2013-03-25TMO"),
        ("The rebels left before Monday.", dt.date(2013, 3, 22), "Monday", "2013-03-18"),
        # A weekday named on that weekday is the day itself, even ahead.
        ("The snow would cause disruption on Friday.", dt.date(2013, 3, 22), "Friday",
         "2013-03-22"),
        # "as of" is a time already reached.
        ("As of March 20, the fund holds $2 billion.", dt.date(2013, 11, 12), "March 20",
         "2013-03-20"),
        # An event told as over in the simple past is in no month still to come...
        ("The operator changed to a calendar year in December.", dt.date(1989, 10, 27),
         "December", "1988-12"),
        ("The operator changed to a calendar year in October.", dt.date(1989, 10, 27),
         "October", "1989-10"),
        # ... nor on a day still to come, however near.
        ("The quarter ended Oct. 31.", dt.date(1989, 10, 27), "Oct. 31", "1988-10-31"),
        ("He received the contract on April 15.", dt.date(2015, 4, 1), "April 15",
         "2014-04-15"),
        ("He received the contract on March 15.", dt.date(2015, 4, 1), "March 15",
         "2015-03-15"),
        # ... told in a past passive or a pluperfect too...
        ("He was charged on April 15.", dt.date(2015, 4, 1), "April 15", "2014-04-15"),
        ("He had been charged on April 15.", dt.date(2015, 4, 1), "April 15", "2014-04-15"),
        # ... save a day past the reference, which another time zone may hold.
        ("He landed in Sydney on April 2.", dt.date(2015, 4, 1), "April 2", "2015-04-02"),
        # An event told with "will" is in no month or on no day already over...
        ("The board will meet in March.", dt.date(2015, 4, 1), "March", "2016-03"),
        ("The board will meet on March 25.", dt.date(2015, 4, 1), "March 25", "2016-03-25"),
        # ... or told as planned in the present.
        ("The board plans to meet in March.", dt.date(2015, 4, 1), "March", "2016-03"),
        ("The firm expects to report results on March 20.", dt.date(2015, 4, 1), "March 20",
         "2016-03-20"),
        ("The board planned to meet on March 20.", dt.date(2015, 4, 1), "March 20",
         "2015-03-20"),
        # ... save a day before the reference, which another time zone may hold.
        ("The board will meet on March 31.", dt.date(2015, 4, 1), "March 31", "2015-03-31"),
        # The date a verb of moving moves to is ahead of the move...
        ("Paramount moved up the release date to July 31.", dt.date(2015, 4, 1), "July 31",
         "2015-07-31"),
        # ... which may itself be over.
        ("Voting ended after problems saw it extended to Sunday.", dt.date(2015, 4, 1),
         "Sunday", "2015-03-29"),
        # The day a verb of setting sets is ahead of the setting, which may be over:
        # the nearest such day, not the last one.
        ("The council met on Monday and set Jan. 24 to elect a new king.",
         dt.date(2019, 1, 7), "Jan. 24", "2019-01-24"),
        ("A week ago the general picked Saturday night as the time to strike.",
         dt.date(1991, 2, 25), "Saturday night", "1991-02-23TNI"),
        # ... but what was said, expected or moved may be.
        ("The firm said in November it would close.", dt.date(1989, 10, 27), "November",
         "1989-11"),
        ("The closing was expected in November.", dt.date(1989, 10, 27), "November", "1989-11"),
        ("The hearing was set for April 15.", dt.date(2015, 4, 1), "April 15", "2015-04-15"),
    ],
)  # fmt: skip
def test_the_phrase_and_clause_a_date_belongs_to(
    nlp: Language, sentence: str, reference: dt.date, text: str, value: str
) -> None:
    assert values(nlp, sentence, reference)[text] == value


def test_a_quoted_post_with_its_own_date_is_read_against_it(nlp: Language) -> None:
    text = (
        "Storm hits city\n\nThe storm hit on Monday.\n\n"
        "> Power is out everywhere today. Stay safe!\n"
        "> — Jane Roe (@janeroe) November 1, 2013\n\nCrews worked today.\n"
    )
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 11, 5))
    today = [d for d in dates if d.text == "today"]
    assert [d.value for d in today] == ["2013-11-01", "2013-11-05"]


def test_a_relative_date_in_quoted_speech_is_inferred(nlp: Language) -> None:
    text = 'Officials said "we told the families today." The plant closed today.'
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 11, 5))
    assert [(d.value, d.inferred) for d in dates] == [
        ("2013-11-05", "speech"),
        ("2013-11-05", None),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Written on a Wednesday: the weekend just gone in a past clause, the
        # coming one otherwise; either way the tense chose it, the words did not.
        ("Paul won the straw poll this weekend.", "2015-W13-WE"),
        ("Fans will gather in Indianapolis this weekend.", "2015-W14-WE"),
        ("The video was shot this Saturday.", "2015-03-28"),
    ],
)
def test_this_weekend_is_chosen_by_the_tense_and_says_so(
    nlp: Language, text: str, value: str
) -> None:
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2015, 4, 1))
    assert [(d.value, d.inferred) for d in dates] == [(value, "direction")]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("He ran the plant from 1998 to 2004.", ["1998"]),
        ("He ran the plant in 1998-2004.", ["1998"]),
        ("The plant ran between 2001 and 2009.", ["2001"]),
        ("Sales rose in 2010 and 2011.", ["2010"]),
        ("He was jailed in 2009 or 2010.", ["2009"]),
        ("Prices rose in 2009, 2010 and 2011.", ["2009", "2010"]),
        ("She served from January through March.", ["January"]),
        # "the" before the second end: "played from 1997 through the 2010 season".
        ("He played from 1997 through the 2010 season.", ["1997"]),
        ("He coached from 2001 to the 2005 season.", ["2001"]),
        # Dates that are not joined: each is the time of its own words.
        ("He left in 2004 and returned in 2010.", []),
        ("Sales rose in 2010, when prices fell in March.", []),
    ],
)
def test_the_first_of_dates_joined_is_one_of_them(
    nlp: Language, text: str, joined: list[str]
) -> None:
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 11, 5))
    assert [d.text for d in dates if d.joined] == joined
    stated = [d for d in dates if d.joined and d.template == d.value]
    assert all(d.inferred == "range" for d in stated)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Midnight or noon without its day is the day named before, as a clock time is.
        ("On Tuesday, the curfew began at midnight.", "2013-03-19T24:00"),
        # With no day named, the reference day, which the words do not state.
        ("A curfew was announced from midnight to 6 a.m.", "2013-03-22T24:00"),
    ],
)
def test_midnight_takes_its_day_from_the_context(nlp: Language, text: str, value: str) -> None:
    (f,) = [f for f in found(nlp, text, EXAMPLE_REFERENCE) if f.date.text == "midnight"]
    assert f.date.value == value
    assert f.date.inferred == "context"


def test_later_in_the_day_is_the_day_named_before(nlp: Language) -> None:
    text = "On Tuesday, he spoke in Ohio. He arrived in Philadelphia later in the day."
    (f,) = [f for f in found(nlp, text, EXAMPLE_REFERENCE) if f.date.text == "the day"]
    assert (f.date.value, f.date.inferred) == ("2013-03-19", "context")


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("The PKK was founded in 1978. On May 8 of that year, it disarmed.", "May 8", "1978-05-08"),
        ("He was elected in 2010. In June of the following year he quit.", "June", "2011-06"),
    ],
)
def test_a_day_of_that_year_is_in_the_year_named_before(
    nlp: Language, text: str, day: str, value: str
) -> None:
    (f,) = [f for f in found(nlp, text, EXAMPLE_REFERENCE) if f.date.text == day]
    assert (f.date.value, f.date.inferred) == (value, "context")


def test_a_part_of_the_day_of_a_date_is_not_the_day_before(nlp: Language) -> None:
    # "the early morning hours of April 19, 2013" is April 19's, not the context day's.
    text = (
        "On Monday, jurors saw the boat. The shootout in the early morning hours of "
        "April 19, 2013, was dramatic. Later that day, he died."
    )
    got = values(nlp, text)
    assert "the early morning" not in got
    assert got["Later that day"] == "2013-04-19"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("School, from that day on, became a reminder.", "that day", "XXXX-XX-XX"),
        ("Some had escaped that night.", "that night", "XXXX-XX-XXTNI"),
        ("That year he stopped writing.", "That year", "XXXX"),
        # ... while a date told before is what they point back to.
        ("The raid came on March 4, 2013. Some escaped that night.", "that night", "2013-03-04TNI"),
    ],
)
def test_that_day_with_no_date_told_before_stays_unknown(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    """'That day' points back to a date told; with none it is no day of the paper's."""
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The story moved on to another time since the day: no day the reader can tell.
        (
            "His death Monday brought back memories. We met three years ago in an Atlanta "
            "hotel. That day in Atlanta, I listened to him.",
            "XXXX-XX-XX",
        ),
        # A year only in passing leaves the day the story's.
        (
            "The plane crashed on Feb. 3, 1959. Jennings, who died in 2002, gave up his "
            "seat. Dion was the only one who did not die that day.",
            "1959-02-03",
        ),
        (
            "The plane crashed on Feb. 3, 1959. Busey played Holly in the 1978 movie. "
            "McLean memorialized that day in a song.",
            "1959-02-03",
        ),
        # A day told after the other time (here by a time of day) is the day again.
        (
            "He joined the force in January. Friday night's shooting shocked the city. "
            "We must find out what happened that day.",
            "2013-03-22",
        ),
    ],
)
def test_that_day_after_another_time_was_told(nlp: Language, text: str, value: str) -> None:
    got = values(nlp, text)
    assert got.get("That day", got.get("that day")) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A month the story moves to: "the following morning" is some day of it.
        (
            "Trudeau spoke on Thursday. Cruz refused in July. He said so the following morning.",
            "2012-07-XXTMO",
        ),
        # A month told in an aside, between dashes or in apposition, is not where the
        # story went: the day told before is.
        (
            "Trudeau spoke on Thursday. Mendicino — until August 2018 the secretary to the "
            "attorney general — went on CBC later in the day.",
            "2013-03-21",
        ),
        (
            "Trudeau spoke on Thursday. Mendicino, the secretary since August, went on CBC "
            "later in the day.",
            "2013-03-21",
        ),
        (
            "Trudeau spoke on Thursday. Mendicino (the secretary until August 2018) went on "
            "CBC later in the day.",
            "2013-03-21",
        ),
        (
            "Trudeau spoke on Thursday. Mendicino went on CBC (he had left the ministry in "
            "August 2018) later in the day.",
            "2013-03-21",
        ),
    ],
)
def test_a_month_told_in_an_aside_moves_no_later_day(nlp: Language, text: str, value: str) -> None:
    got = values(nlp, text)
    assert got.get("the following morning", got.get("the day")) == value


def test_a_24_hour_clock_takes_the_day_named_before(nlp: Language) -> None:
    text = "The jet made its first flight Tuesday in Everett at 18:00 UTC."
    assert values(nlp, text)["18:00 UTC"] == "2013-03-19T18:00Z"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Watch The Lead with Jake Tapper weekdays at 4pm ET.", "weekdays at 4pm ET"),
        ("Behaving Badly is on Channel 5 Wednesdays at 9pm.", "Wednesdays at 9pm"),
        ("The show airs weekdays from 6:00 a.m. to 9:00 a.m. Eastern.",
         "weekdays from 6:00 a.m. to 9:00 a.m."),
    ],
)  # fmt: skip
def test_a_recurring_slot_dates_no_day(nlp: Language, text: str, found: str) -> None:
    """A programme's slot recurs: one SET, no time of the article's day, no row."""
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2015, 4, 1))
    assert [(d.text, d.type) for d in dates] == [(found, "SET")]
    assert newsbrief.extract(text, reference_date=dt.date(2015, 4, 1)).timeline == []


def test_a_date_naming_an_event_is_no_day_the_story_moves_to(nlp: Language) -> None:
    """A date naming an event ("the 9/11 plotter") is no day a later "earlier in the
    day" is of; the event's year still dates a later "before Sept. 11"."""
    text = (
        "The candidates spoke at a forum on Wednesday. Clinton stressed her support of "
        "the raid that killed 9/11 plotter Osama bin Laden. During a speech earlier in "
        "the day, Trump attacked Clinton."
    )
    assert values(nlp, text, dt.date(2016, 9, 8))["the day"] == "2016-09-07"
    text = (
        "Bin Laden judged America a paper tiger, encouraging the 9/11 attacks. The "
        "failure to comprehend the threat before Sept. 11 is excusable."
    )
    assert values(nlp, text, dt.date(2016, 9, 22))["Sept. 11"] == "2001-09-11"


@pytest.mark.parametrize(
    ("text", "inferred"),
    [
        # The day stated in full: the time is stated with it, not counted from it.
        ("On March 8, 2014, at 1:19 a.m., someone spoke those last words.", None),
        # The day's own guess is the time's.
        ("On March 9, at 3 p.m., the police arrested him.", "year"),
        ("On Friday, around 3 p.m., the police arrested him.", "direction"),
        ("He left on March 1, 2014. The next day, at 4 p.m., he came back.", "context"),
        # A time apart from the day is still counted from it.
        ("He left on March 1, 2014. At 4 p.m. he came back.", "context"),
    ],
)
def test_a_clock_time_right_after_its_day_is_as_certain_as_the_day(
    nlp: Language, text: str, inferred: str | None
) -> None:
    (clock,) = [f.date for f in found(nlp, text, dt.date(2015, 4, 1)) if f.date.type == "TIME"]
    assert clock.inferred == inferred
