"""When a date was said: a quotation counts from the time its sentence names,
what a past report said would happen lies ahead of the day it was said."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from newsbrief.blocks import split_blocks
from newsbrief.nlp import annotate
from newsbrief.temporal import find_dates
from support import values

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        # Said on a day the sentence names: counted from that day.
        ('"We will meet again tomorrow," he said on Monday, Oct. 21.', "tomorrow", "2013-10-22"),
        ('She tweeted on Nov. 1: "Problems today with the trains."', "today", "2013-11-01"),
        # Written at a time named less precisely: the day is not known.
        (
            'In an e-mail sent last July, she wrote: "Call me Sunday night."',
            "Sunday night",
            "XXXX-WXX-7TNI",
        ),
        # No time named outside the quotation: the article's.
        ('He said: "We will meet again tomorrow."', "tomorrow", "2013-11-06"),
        # Single marks quote as double ones do ...
        (
            "The minister said on Monday, Oct. 21: 'We will meet again tomorrow.'",
            "tomorrow",
            "2013-10-22",
        ),
        # ... and a quotation's later sentence is still inside it.
        ('"We lost. We will be back tomorrow," he said.', "tomorrow", "2013-11-06"),
        # A "now" outside that tells who the speaker is now is no time of saying.
        (
            '"If, at the end of June, there is no deal, sanctions will come," said Einhorn, '
            "now with the Brookings Institution.",
            "the end of June",
            "2014-06",
        ),
        # Nor is a time told of the speaker in a clause or an apposition.
        (
            '"There are more issues this year," said Ricciardo, who was third in 2012.',
            "this year",
            "2013",
        ),
        (
            '"He was in great form today," said the German, who ran wide in Q3.',
            "today",
            "2013-11-05",
        ),
    ],
)
def test_a_quotation_counts_from_when_its_sentence_says_it_was_said(
    nlp: Language, text: str, quoted: str, value: str
) -> None:
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 11, 5))
    (date,) = [d for d in dates if d.text == quoted]
    assert (date.value, date.speech) == (value, True)


def test_a_date_set_off_in_marks_in_the_writers_phrase_is_no_quotation(nlp: Language) -> None:
    """'in the "late summer,"': words set off, not what someone said at 2016's time."""
    text = 'The drama will premiere in the "late summer," with season two set for 2016.'
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 11, 5))
    (date,) = [d for d in dates if d.text == "late summer"]
    assert (date.value, date.speech) == ("2014-SU", False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Said on Wednesday that it would happen on Friday: the Friday after, even
        # when the paper is Saturday's.
        ("Forecasters said on Wednesday the snow would cause disruption on Friday.", "2013-03-22"),
        ("The company said Wednesday it would close the plant on Friday.", "2013-03-22"),
        # The day of saying not named: ahead of the paper, as before.
        ("Forecasters warned the snow would cause disruption on Friday.", "2013-03-29"),
    ],
)
def test_what_would_happen_lies_ahead_of_the_day_it_was_said(
    nlp: Language, text: str, value: str
) -> None:
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 3, 23))
    (friday,) = [d for d in dates if d.text == "Friday"]
    assert friday.value == value


def test_the_day_of_saying_is_looked_for_in_its_own_sentence_only(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article of many "said on Wednesday ... would ... on Friday" sentences:
    each Friday is checked against the dates of its own sentence, not the
    article's (a check that grew with the square of the article's length)."""
    import newsbrief.temporal.said as said

    calls = 0
    checked = said.before_what_was_said

    def counting(token: object, verb: object) -> bool:
        nonlocal calls
        calls += 1
        return checked(token, verb)  # type: ignore[arg-type]

    monkeypatch.setattr(said, "before_what_was_said", counting)
    sentence = "Officials said on Wednesday the talks would resume on Friday. "
    text = sentence * 200
    dates = find_dates(annotate(nlp, text, split_blocks(text)), dt.date(2013, 3, 23))
    fridays = [d.value for d in dates if d.text == "Friday"]
    assert fridays == ["2013-03-22"] * 200
    assert calls <= 2 * 200


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company said on Monday it would close the plant in January.", "2014-01"),
        ("He said last month that the plant would close in January.", "2014-01"),
        ("The company said last month it would close the plant in February.", "2013-02"),
        ("The company said in October that it would close the plant in January.", "2013-01"),
    ],
)
def test_what_would_happen_is_no_month_over_before_it_was_said(
    nlp: Language, text: str, value: str
) -> None:
    """A month a past report said something would happen in is not one already
    over when it was said, whatever the tense's weighing of the nearest."""
    assert (
        values(nlp, text, dt.date(2013, 3, 22))["January" if "January" in text else "February"]
        == value
    )


def test_a_relative_date_said_in_a_month_counts_from_the_paper(nlp: Language) -> None:
    """The day in the month it was said is not given: 'next week' is not counted from it."""
    text = "He said last month that the plant would open next week."
    assert values(nlp, text, dt.date(2013, 3, 22))["next week"] == "2013-W13"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A deed a past verb follows, or blames or credits, is over.
        ("Police arrested him for stealing a car in May.", "2014-05"),
        ("He was praised after winning the race in June.", "2014-06"),
        # Not one a verb argues for, which may lie ahead.
        ("He voted for holding the election in June.", "2015-06"),
    ],
)
def test_a_gerund_a_past_verb_follows_or_blames_is_over(
    nlp: Language, sentence: str, value: str
) -> None:
    found = values(nlp, sentence, dt.date(2015, 4, 1))
    assert list(found.values()) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A thing made at the time: over, though the clause is in the present.
        ("The ad features a New York Times report from over the weekend.", "2016-W39-WE"),
        ("The ad shows photos from Saturday.", "2016-10-01"),
        # "from" opening a plan, or a stretch, is left to the clause's tense.
        ("She will travel from Friday.", "2016-10-07"),
        ("He will rest over the weekend.", "2016-W40-WE"),
    ],
)
def test_a_thing_from_a_time_was_made_then(nlp: Language, text: str, value: str) -> None:
    (found,) = values(nlp, text, dt.date(2016, 10, 3)).values()
    assert found == value
