"""The tense a date is read in: each rule of `tense.py` with sentences it decides.

The reference date is EXAMPLE_REFERENCE, Friday 22 March 2013: a weekday read in
the past is the latest one on or before it, one read in the future the next one.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from newsbrief.blocks import split_blocks
from newsbrief.nlp import annotate
from newsbrief.temporal.extract import found_in
from newsbrief.temporal.rules import EXAMPLE_REFERENCE

if TYPE_CHECKING:
    from spacy.language import Language


def only_value(nlp: Language, sentence: str) -> str:
    """The value of the one date `sentence` holds."""
    dates = found_in(annotate(nlp, sentence, split_blocks(sentence)), EXAMPLE_REFERENCE)
    (hit,) = [f.date.value for f in dates]
    return hit


def value_of(nlp: Language, sentence: str, text: str) -> str:
    dates = found_in(annotate(nlp, sentence, split_blocks(sentence)), EXAMPLE_REFERENCE)
    (hit,) = [f.date.value for f in dates if f.date.text == text]
    return hit


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # A bare present with a singular subject is a past form ("hurt", "cut", "set").
        ("Weakness in technology stocks hurt the index on Wednesday.", "Wednesday", "2013-03-20"),
        ("The company cut its forecast on Wednesday.", "Wednesday", "2013-03-20"),
        # ... but not with a plural or coordinated subject: the news present of a plan.
        ("He and Arafat meet separately Monday with Albright.", "Monday", "2013-03-25"),
        ("The ministers meet on Monday.", "Monday", "2013-03-25"),
        # ... nor when the word is no past form: a team agrees in the plural.
        ("Real Madrid, who face Barcelona on Sunday, lost on Wednesday.", "Sunday", "2013-03-24"),
        ("The unions, which meet on Monday, called the strike.", "Monday", "2013-03-25"),
        ("The German champions, who host Porto on Tuesday, won again.", "Tuesday", "2013-03-26"),
    ],
)
def test_a_bare_present_agrees_with_its_subject(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert value_of(nlp, sentence, text) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Negotiations are set to resume Monday in Belfast.", "2013-03-25"),
        ("The peace process, due to resume Monday, stalled.", "2013-03-25"),
        ("The vote is slated to take place Tuesday.", "2013-03-26"),
        # A past perfect keeps it in the past.
        ("It had been due to expire Friday.", "2013-03-22"),
        # A day's thing ahead of which something is told is still to come.
        ("Chelsea has two games in hand ahead of Sunday's clash with Southampton.", "2013-03-24"),
        # ... unless what is told is over: the day's thing came after it, in the past.
        ("Ahead of Thursday's meeting, France and Germany unveiled a plan.", "2013-03-21"),
        ("The Senate will debate Tuesday's ruling.", "2013-03-19"),  # a ruling given
        # A day's happening told by a verb of the future is still to come ...
        ("Hamilton will begin Sunday's Grand Prix in pole position.", "2013-03-24"),
        ("Voters expect Clinton to win Tuesday's debate.", "2013-03-26"),
        ("Thursday's forum will be held at a theater.", "2013-03-28"),
        # ... not by another tense, news style's present or a future seen from the past ...
        ("Instant polls showed Clinton won Tuesday's debate.", "2013-03-19"),
        ("Most voters view jobs as the priority for Tuesday's poll.", "2013-03-19"),
        ("They said they would abstain from Tuesday's vote.", "2013-03-19"),
        # ... nor a thing that a day leaves behind.
        ("Whether Tuesday's speech will do that is not clear.", "2013-03-19"),
    ],
)
def test_set_and_due_to_point_ahead(nlp: Language, sentence: str, value: str) -> None:
    assert only_value(nlp, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # A past in a clause of time under a clause ahead is that clause's future.
        ("He said he would sign the deal when the board met Thursday.", "Thursday", "2013-03-28"),
        ("Buyers were likely to bid as soon as trading opened Monday.", "Monday", "2013-03-25"),
        # ... under a past clause it stays past, and under a future told in the
        # present too, which would take a present in its clause of time.
        ("He left when the board met Tuesday.", "Tuesday", "2013-03-19"),
        (
            "As the dust settles after the high court ruled on Thursday, questions linger.",
            "Thursday",
            "2013-03-21",
        ),
        (
            "He will start seventh on Sunday as his car struggled on Thursday.",
            "Thursday",
            "2013-03-21",
        ),
    ],
)
def test_a_clause_of_time_takes_the_future_of_the_clause_above(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert value_of(nlp, sentence, text) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # What a clause follows is over, however news style tells that clause ...
        ("Spieth has McIlroy in his sights after winning the title on Sunday.", "2013-03-17"),
        ("She has been in hospital since collapsing on Sunday.", "2013-03-17"),
        # ... unless words put the clause ahead.
        ("He will rest after winning the title on Sunday.", "2013-03-24"),
    ],
)
def test_a_gerund_after_after_is_over(nlp: Language, sentence: str, value: str) -> None:
    assert value_of(nlp, sentence, "Sunday") == value


def test_a_stative_present_is_not_a_schedule(nlp: Language) -> None:
    """'they meet Monday' is planned; 'I want to be clear', said Wednesday, is not."""
    sentence = 'Lockhart on Wednesday: "I want to be absolutely clear."'
    assert value_of(nlp, sentence, "Wednesday") == "2013-03-20"


def test_what_records_show_is_not_a_schedule(nlp: Language) -> None:
    """'Records show on December 20 ...' tells what records hold, no December ahead."""
    sentence = "Records show on December 20, more than 1,600 veterans were waiting."
    assert value_of(nlp, sentence, "December 20") == "2012-12-20"


def test_a_state_that_remains_is_not_a_schedule(nlp: Language) -> None:
    """'The community remains deeply scarred by the November decision' looks back: no
    November ahead."""
    sentence = "The community remains deeply scarred by the November decision by the grand jury."
    assert value_of(nlp, sentence, "November") == "2012-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "The arrest follows that of three teenagers from London on Sunday.",
        "The move comes after an attack on Sunday.",
        # Any present: what it is after or since is over.
        "Durst now sits in a New Orleans jail after his arrest Sunday.",
        "The county has 79 cases since an outbreak on Sunday.",
    ],
)
def test_what_a_present_follows_is_over(nlp: Language, sentence: str) -> None:
    """'The arrest follows that of three teenagers on Sunday': Sunday is behind it."""
    assert value_of(nlp, sentence, "Sunday") == "2013-03-17"


def test_a_participle_clause_takes_the_tense_of_the_clause_above(nlp: Language) -> None:
    sentence = (
        "The airline said new routes would serve Lisbon from April 12, "
        "with the fourth flying each Tuesday from September 9."
    )
    # Said in January: the September ahead, as "would serve" says, not the one before.
    dates = found_in(annotate(nlp, sentence, split_blocks(sentence)), dt.date(2004, 1, 21))
    assert {f.date.text: f.date.value for f in dates}["September 9"] == "2004-09-09"


def test_a_participle_describing_a_noun_is_no_schedule(nlp: Language) -> None:
    """A simple present above a participle that describes a noun makes no future
    of the participle's time: the cheers came out on the Monday just past."""
    sentence = (
        "For all the huzzahs coming out of her Brooklyn headquarters Monday night, "
        "Clinton still has work to do for herself."
    )
    dates = found_in(annotate(nlp, sentence, split_blocks(sentence)), dt.date(2016, 9, 29))
    assert {f.date.text: f.date.value for f in dates}["Monday night"] == "2016-09-26TNI"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # The marker governs another noun, not the date: the clause's past decides.
        (
            "A bomb ripped through an office building next to the embassy in Nairobi, "
            "Kenya Friday morning.",
            "Friday morning",
            "2013-03-22TMO",
        ),
        (
            "Sony completed the offer, with shareholders tendering 99% of the shares by "
            "the Tuesday deadline.",
            "Tuesday",
            "2013-03-19",
        ),
        # Markers that govern the date itself still point ahead.
        ("The offer was extended until Tuesday.", "Tuesday", "2013-03-26"),
        ("Bids are due by 5 p.m. EST on Tuesday.", "5 p.m. EST on Tuesday", "2013-03-26T17:00"),
    ],
)
def test_forward_markers_count_only_when_they_govern_the_date(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert value_of(nlp, sentence, text) == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # Between a reporting verb and what was said: when it was said.
        (
            "Forecasters said on Wednesday the snow would cause disruption.",
            "Wednesday",
            "2013-03-20",
        ),
        # Inside what was said: its own time.
        ("Forecasters said the snow would cause disruption on Monday.", "Monday", "2013-03-25"),
        # After the quotation mark or the colon that opens it, too.
        ('The mayor said: "On Monday we will vote."', "Monday", "2013-03-25"),
        ("The mayor said: On Monday we will vote.", "Monday", "2013-03-25"),
    ],
)
def test_a_date_before_what_was_said_takes_the_reporting_verbs_tense(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert value_of(nlp, sentence, text) == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # Accounts that are reported are of a period already over.
        ("The company will report Q4 results in April.", "Q4", "2012-Q4"),
        ("The bank will post fourth-quarter earnings next month.", "fourth-quarter", "2012-Q4"),
        ("Results for the fourth quarter will be released in April.", "the fourth quarter",
         "2012-Q4"),
        # A forecast of a period is not a report of it.
        ("Profit will fall in the fourth quarter.", "the fourth quarter", "2013-Q4"),
        ("Analysts expect Q4 sales to rise.", "Q4", "2013-Q4"),
    ],
)  # fmt: skip
def test_reported_accounts_are_of_a_period_past(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert value_of(nlp, sentence, text) == value


def test_a_datelines_day_is_read_in_the_past(nlp: Language) -> None:
    # The day a story was filed is never ahead of it, whatever the story's tense.
    sentence = "LOS ANGELES, Sept. 28 (UPI) — In a preview clip, Blige sings to Clinton."
    assert value_of(nlp, sentence, "Sept. 28") == "2012-09-28"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "would" with an adverb of frequency tells a past habit ...
        ("In summer, he would sometimes live in a tent.", "2012-SU"),
        ("In August, they would often sleep at the station.", "2012-08"),
        # ... without one, a future seen from the past.
        ("He said he would live in a tent in summer.", "2013-SU"),
    ],
)
def test_would_with_an_adverb_of_frequency_is_a_past_habit(
    nlp: Language, sentence: str, value: str
) -> None:
    dates = found_in(annotate(nlp, sentence, split_blocks(sentence)), EXAMPLE_REFERENCE)
    assert [f.date.value for f in dates] == [value]


def test_a_date_in_an_according_to_phrase_is_not_read_in_the_clauses_tense(
    nlp: Language,
) -> None:
    # The release is out: its Thursday is not the one after a Friday reference date,
    # as "will represent" alone would make it.
    sentence = "The union will represent all staff, according to the union's Thursday release."
    assert value_of(nlp, sentence, "Thursday") == "2013-03-21"


def test_come_before_a_date_puts_it_ahead(nlp: Language) -> None:
    sentence = "It may not be the defining issue come October."
    assert value_of(nlp, sentence, "October") == "2013-10"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # What a present "follows" or "comes after" names is over ...
        ("The move follows a vote at the Winnipeg location Thursday.", "Thursday", "2013-03-21"),
        ("The announcement comes after a similar attack on Tuesday.", "Tuesday", "2013-03-19"),
        # ... what will follow is still to come.
        ("A vote will follow on Tuesday.", "Tuesday", "2013-03-26"),
    ],
)
def test_what_a_present_follows_is_past(
    nlp: Language, sentence: str, text: str, value: str
) -> None:
    assert value_of(nlp, sentence, text) == value


def test_a_date_at_the_end_of_a_long_list_takes_its_verbs_tense(nlp: Language) -> None:
    # The verb is twelve words up the parse, past a list of nouns.
    sentence = (
        "The sanctions came in response to Russia's annexation of Crimea, its support "
        "for rebels in eastern Ukraine, its meddling in the U.S. election and the "
        "poisoning in August of a former spy in Britain."
    )
    assert value_of(nlp, sentence, "August") == "2012-08"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Arsenal are looking to win at Burnley on Saturday.", "2013-03-23"),
        ("The club is looking to sign him on Monday.", "2013-03-25"),
        # Looking at something is no plan.
        ("He looked at the figures on Monday.", "2013-03-18"),
    ],
)
def test_looking_to_do_something_is_a_plan(nlp: Language, sentence: str, value: str) -> None:
    assert only_value(nlp, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "sought to" is an attempt made then, as "tried to" is: the date is the trying's.
        ("Peskov sought to quell the rumors of ill health on Thursday.", "2013-03-21"),
        ("Rebels sought to retake the town on Monday.", "2013-03-18"),
        # ... while "seeks to" aims ahead, as "plans to" does.
        ("The company seeks to close the deal on Thursday.", "2013-03-28"),
        ("Peskov planned to speak on Thursday.", "2013-03-28"),
    ],
)
def test_what_was_sought_was_tried_then(nlp: Language, sentence: str, value: str) -> None:
    assert only_value(nlp, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Between a noun subject and its simple present: the subject's day.
        ("His speech to Congress on Tuesday threatens to undermine support.", "2013-03-19"),
        ("The agreement over the weekend carries extra significance.", "2013-W11-WE"),
        # ... not after the verb, nor with a name for subject: news style's schedule.
        ("The ministers meet on Tuesday.", "2013-03-26"),
        ("Obama on Tuesday signs the bill.", "2013-03-26"),
    ],
)
def test_a_date_after_a_noun_subject_is_the_subject_s_time(
    nlp: Language, sentence: str, value: str
) -> None:
    assert only_value(nlp, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # The present progressive of a deed with its own day is an arrangement.
        ("She is meeting the president on Thursday.", "2013-03-28"),
        ("They are playing Arsenal on Wednesday night.", "2013-03-27TNI"),
        # ... not what has gone on since, nor a thing's day in a clause below it.
        ("He has been playing since Monday.", "2013-03-18"),
        ("He is facing charges stemming from his arrest on Monday.", "2013-03-18"),
    ],
)
def test_a_present_progressive_with_a_day_is_an_arrangement(
    nlp: Language, sentence: str, value: str
) -> None:
    assert only_value(nlp, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A present "be" telling when a happening is held: still to come.
        ("His performance is Thursday.", "2013-03-28"),
        ("The vote is on Wednesday.", "2013-03-27"),
        # Told in the past, or of a thing that is no happening, it is not.
        ("The wedding was Thursday.", "2013-03-21"),
        ("The store is closed on Thursday.", "2013-03-21"),
    ],
)
def test_a_happening_is_on_a_day_still_to_come(nlp: Language, sentence: str, value: str) -> None:
    assert only_value(nlp, sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # A thing set for a time lies ahead of the telling.
        ("Leaders came out against his speech to Congress, set for Tuesday.", "2013-03-26"),
        # One who sets a thing tells what was done.
        ("Boston has set a record this month for the snowiest month.", "2013-03"),
        ("Messi has set the stage for a big week, as his team won on Tuesday.", "2013-03-19"),
    ],
)
def test_set_for_a_time_is_a_plan_and_setting_a_thing_is_not(
    nlp: Language, sentence: str, value: str
) -> None:
    dates = found_in(annotate(nlp, sentence, split_blocks(sentence)), EXAMPLE_REFERENCE)
    assert [f.date.value for f in dates] == [value]
