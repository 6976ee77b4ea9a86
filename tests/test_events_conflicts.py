"""Dates a clause holds that are no time of its event: a noun's date before a verb
told in another tense, a finished time past the object of a present perfect, and
a clause that tells what happens as a rule, a time of day a routine keeps."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REFERENCE = dt.date(1989, 10, 27)
APRIL_2015 = dt.date(2015, 4, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Buffalo Wild Wings stock has traditionally gone up in March.",
        "Weaning normally occurs in April.",
        "He regularly attended a February book fair in Dhaka.",
        "The bar always gets busy after 9 p.m. on Fridays.",
        "The international gatherings generally take place during the summer.",
        "Whenever someone else is having a Christmas day lunch, I go out to run.",
        # How often, in the simple present: "today" is these days.
        "Today more than 800,000 people visit the attraction every year.",
        "Today the paper prints 2 million copies daily.",
        # "would" with how often: what used to happen.
        "In summer, he would sometimes live in a tent.",
    ],
)
def test_a_clause_told_as_a_rule_is_dated_by_nothing(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert brief.timeline == []


def test_how_often_in_the_past_is_still_dated() -> None:
    brief = newsbrief.extract(
        "In 2010 he visited the attraction every year.", reference_date=APRIL_2015
    )
    assert [t.date.value for t in brief.timeline] == ["2010"]


def test_a_past_told_generally_is_still_dated() -> None:
    """'generally' with a past tells how one stretch went, not a rule."""
    brief = newsbrief.extract("The talks generally went well on Monday.", reference_date=APRIL_2015)
    assert [t.date.value for t in brief.timeline] == ["2015-03-30"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If he were alive today, he would embrace the technology.",
        "Unless talks resume on Monday, the strike will go on.",
        "Even if a pact is reached Tuesday, the hard part is still ahead.",
        # Joined to a condition, a condition too.
        "Republicans are also preparing strategic plays if the Supreme Court rules in their "
        "favor this summer, or if a Republican wins the White House next year backed by "
        "complementary majorities in the House and Senate.",
        # A condition told by putting the auxiliary first.
        "It would be disastrous for the party, should it win the presidency in 2016, to be "
        "the party that lost Afghanistan.",
        "Should the talks fail on Monday, the strike will go on.",
        "But had the talks failed in May, the deal would have collapsed.",
    ],
)
def test_a_condition_is_dated_by_nothing(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert brief.timeline == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        # An auxiliary put first after a word that stresses, or in a question, makes
        # no condition.
        ("Never had the company lost so much as in 2009.", "the company lost so much as in 2009"),
        (
            "Should the party win the presidency in 2016?",
            "Should the party win the presidency in 2016",
        ),
    ],
)
def test_an_inversion_that_is_no_condition_keeps_its_date(sentence: str, row: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [r.event for r in brief.timeline] == [row]


def test_if_as_whether_keeps_its_date() -> None:
    brief = newsbrief.extract("He asked me if I was born in 1986.", reference_date=APRIL_2015)
    assert [(r.event, r.date.value) for r in brief.timeline] == [("I was born in 1986", "1986")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He works a 3 am shift at a nearby warehouse.",
        "She had an 8 p.m. curfew.",
        "He was ordered to adhere to a curfew from 6pm to 2am.",
        "Trash collection must be conducted between the hours of 7 a.m. and 7 p.m.",
        "Visiting hours are 10 a.m.-5 p.m. every day.",
    ],
)
def test_a_time_of_day_a_routine_keeps_dates_no_event(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert brief.timeline == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack started about 5 p.m. local time.",
        # A stretch of hours is no routine.
        "After 36 hours of talks the deal came at 5 p.m.",
    ],
)
def test_a_time_of_day_of_one_event_dates_it(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [t.date.value for t in brief.timeline] == ["2015-04-01T17:00"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "generally" in market news is "broadly", not "as a rule".
        ("Bond prices generally rose yesterday.", "2015-03-31"),
        # "always" with a past verb may tell of one day.
        ("He always arrived late on Monday.", "2015-03-30"),
        ("On Monday night, Clinton leaned in heavy and often.", "2015-03-30TNI"),
    ],
)
def test_news_told_with_an_adverb_of_frequency_keeps_its_date(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [t.date.value for t in brief.timeline] == [value]


def test_a_past_date_after_the_subject_of_a_future_verb_is_the_nouns() -> None:
    sentence = (
        "The California earthquake last month will result in a fourth-quarter "
        "charge of less than $10 million."
    )
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["1989-Q4"]


def test_a_date_after_the_subject_of_a_guess_is_the_nouns() -> None:
    sentence = (
        "Her news conference Tuesday, at which she parried questions, might "
        "extinguish the matter for most voters."
    )
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert all("extinguish" not in t.event for t in brief.timeline)
    # A guess about the past keeps its date: "may have ended" is told of that day.
    brief = newsbrief.extract("The vote Tuesday may have ended it.", reference_date=REFERENCE)
    assert [t.event for t in brief.timeline] == ["The vote Tuesday may have ended it"]
    # A guess of now or ahead may be of that time.
    sentence = "Depending on the schedule this week, he could make more trips."
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["1989-W43"]


def test_a_past_date_after_a_future_verb_stays_a_contradiction() -> None:
    sentence = "The ministers will meet in Geneva last week."
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["1989-W42"]
    assert [w.code for w in brief.warnings] == ["planned_before_reference"]


def test_a_finished_time_past_the_object_of_a_present_perfect_is_not_its_date() -> None:
    # The date is the kidnapping's, hung from "sent" by the parse; the saying keeps
    # its own date and its row.
    sentence = (
        "The commander said Thursday he has sent a team to recover the remains of a "
        "British mine removal expert kidnapped and presumed killed by Khmer Rouge "
        "guerrillas almost two years ago."
    )
    brief = newsbrief.extract(sentence, reference_date=dt.date(1998, 2, 19))
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("1998-02-19", "The commander said Thursday he has sent a team")
    ]
    sentence = (
        "The insurer has started processing claims from the California earthquake "
        "nearly two weeks ago."
    )
    assert newsbrief.extract(sentence, reference_date=REFERENCE).timeline == []


def test_a_date_counted_back_a_present_perfect_reaches_through_a_noun_is_the_nouns() -> None:
    sentence = (
        "The 20-year-old has been arrested for the shootings of two police officers "
        "during last week's protests in Ferguson."
    )
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("2015-W13", "last week's protests in Ferguson")
    ]
    # ... unless it says how recent the event is.
    sentence = (
        "While there have been drone strikes as recently as last month, these efforts "
        "have been hampered by Yemen's growing difficulty in maintaining unity."
    )
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [t.date.value for t in brief.timeline] == ["2015-03"]


def test_a_stated_date_a_present_perfect_reaches_through_a_noun_is_the_nouns() -> None:
    sentence = "The group has released audio of a phone conversation from 2009."
    assert newsbrief.extract(sentence, reference_date=APRIL_2015).timeline == []
    sentence = "There has been no conviction in the January 2013 attack on Mohiuddin."
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [(t.date.value, t.certainty, t.event) for t in brief.timeline] == [
        ("2013-01", "exact", "the January 2013 attack on Mohiuddin")
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # News does join a finished time to a present perfect with nothing between.
        ("Steve Jobs has died yesterday at the age of 56.", "1989-10-26"),
        # A modal perfect is a guess about the past.
        ("Concern may have been responsible for a decline in the stock yesterday.",
         "1989-10-26"),
        # The past perfect takes a past time.
        ("The company had sold the plant two years ago.", "1987"),
        # A stated date hung from the perfect itself is its time, however odd.
        ("The firm has received the trademark in 2000.", "2000"),
    ],
)  # fmt: skip
def test_a_finished_time_dates_other_perfects(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # The parse read the noun "lead" as a verb in the present.
        "He had turned what looked like a solid Clinton lead a month ago into a tight race.",
        "The community remains deeply scarred by the events last year.",
    ],
)
def test_a_finished_time_dates_no_verb_in_the_simple_present(sentence: str) -> None:
    assert newsbrief.extract(sentence, reference_date=APRIL_2015).timeline == []


def test_a_stretch_up_to_now_dates_the_simple_present() -> None:
    sentence = "Ties between China and North Korea seem to have warmed over the past year."
    brief = newsbrief.extract(sentence, reference_date=APRIL_2015)
    assert [t.date.value for t in brief.timeline] == ["2014"]
