"""Which clause a date belongs to: dates of a bound, of a noun's thing or of one
member of a list date no clause."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

import newsbrief
from newsbrief.events.anchoring import through_a_noun
from newsbrief.render import json as render_json
from newsbrief.render import markdown
from support import validate

REFERENCE = dt.date(1989, 10, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        "Several attacks, including one on Monday, killed 20 people.",
        "Prices of many goods, such as oil in 2008, soared.",
    ],
)
def test_a_date_of_one_member_of_a_list_does_not_date_the_event(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert brief.timeline == []


def test_a_date_beside_including_still_dates_its_event() -> None:
    sentence = "He was arrested on Monday, including for theft."
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.date.value for t in brief.timeline] == ["1989-10-23"]


@pytest.mark.parametrize(
    "sentence",
    ["Arsenal won the title in the 2013 season.", "Profits fell in the 2012 financial year."],
)
def test_a_year_of_a_stretch_of_time_dates_the_clause(sentence: str) -> None:
    # Unlike "a member of the 1953 team", where the year is the team's.
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.event for t in brief.timeline] == [sentence.rstrip(".")]


def test_a_date_between_a_reporting_verb_and_what_was_said_dates_the_saying() -> None:
    sentence = "Forecasters said on Wednesday the snow would cause disruption on Friday."
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 20))
    # What was said is its own row; the bare frame is none.
    assert [(t.event, t.date.value) for t in brief.timeline] == [
        ("the snow would cause disruption on Friday", "2013-03-22")
    ]
    (said,) = [d for d in brief.dates if d.text == "Wednesday"]
    assert said.value == "2013-03-20"


@pytest.mark.parametrize(
    "sentence",
    [
        'The prosecutor said: "On October 14, 2014, he was driving a Mercedes."',
        "The prosecutor said: 'On October 14, 2014, he was driving a Mercedes.'",
    ],
)
def test_a_date_that_opens_a_quotation_dates_what_was_said(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 4, 1))
    assert [(t.event, t.date.value) for t in brief.timeline] == [
        ("On October 14, 2014, he was driving a Mercedes", "2014-10-14")
    ]


def test_a_reporting_verbs_date_leaves_what_was_said_in_its_row() -> None:
    sentence = "The company said on Wednesday the plant would close."
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 22))
    assert [(t.event, t.date.value) for t in brief.timeline] == [
        ("The company said on Wednesday the plant would close", "2013-03-20")
    ]


def test_a_date_before_a_subordinate_clause_dates_the_clause_above() -> None:
    sentence = (
        "Prime Minister John Howard, a monarchist himself, promised to put the question "
        "to a national referendum next year after convention delegates voted 89-52 for "
        "a republic, with 11 abstentions."
    )
    brief = newsbrief.extract(sentence, reference_date=dt.date(1998, 2, 13))
    (row,) = brief.timeline
    assert row.date.value == "1999"
    assert "promised" in row.event and "voted" not in row.event
    # Which clause the date dates is the parse's guess: the row says so.
    assert (row.certainty, row.inferred) == ("approximate", "clause")


def test_a_date_before_the_word_opening_a_clause_in_front_is_not_in_it() -> None:
    """The parse hangs "The following year" from "made", in a clause it took for
    what was said; before "after", the date is the clause above's."""
    text = (
        "Bieber egged the house in 2013. The following year, after the egging episode made "
        "headlines, the Schwartzes say they were subject to constant harassment by the media."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 27))
    assert [(t.date.value, t.event) for t in brief.timeline][1:] == [
        (
            "2014",
            "The following year, after the egging episode made headlines, the Schwartzes say "
            "they were subject to constant harassment by the media",
        )
    ]


def test_a_year_after_a_name_is_the_names_not_the_clauses() -> None:
    # A lifespan or an event's name ("Euro 2016") does not date what the sentence tells.
    text = (
        "Steve Jobs 1955-2011 was honored on Tuesday.\n\n"
        "The Euro 2016 tournament opened on Friday.\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("2013-03-19", "Steve Jobs 1955-2011 was honored on Tuesday"),
        ("2013-03-22", "The Euro 2016 tournament opened on Friday"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He ran the plant from 1998 to 2004.", "1998"),
        ("Sales rose in 2010 and 2011.", "2010"),
    ],
)
def test_a_row_dated_by_the_first_of_dates_joined_is_approximate(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(t.date.value, t.certainty, t.inferred) for t in brief.timeline] == [
        (value, "approximate", "range")
    ]
    assert "approximate (first of the dates it names)" in markdown.render(brief)
    data = json.loads(render_json.render(brief))
    validate(data)
    assert [t["inferred"] for t in data["timeline"]] == ["range"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gains included $27 million from the sale of Federated Investors in August 1989.",
        "The job figures for January 1989 extended a surge in employment gains.",
        "Unisys's announcement on March 1, 1989 of a loss showed the strain.",
        # Right after the thing an event follows: that thing's day.
        "The British FTSE gained 0.77%, but after a large loss yesterday.",
    ],
)
def test_a_date_the_verb_reaches_through_a_noun_is_approximate(sentence: str) -> None:
    # The noun may own the date (the sale, the figures, the announcement).
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(t.certainty, t.inferred) for t in brief.timeline] == [("approximate", "clause")]
    assert "approximate (may date another part of the sentence)" in markdown.render(brief)
    data = json.loads(render_json.render(brief))
    validate(data)
    assert [t["inferred"] for t in data["timeline"]] == ["clause"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He moved to London in 2009.",
        "Apple launched the iPhone in June 2007.",
        "Forecasters said on March 20, 1989 the snow would cause disruption.",
        # Opening the sentence, though the parse hangs it from the subject.
        "Yesterday a 29-minute video, titled 'Until It Came To Them', showed dozens of militants.",
        "This month, Microsoft co-founder Paul Allen and a team of researchers found a wreck.",
        # A clock time the parse hangs from its day's name: the day's, not a thing's.
        "On March 10 1989 at 3 p.m. the police arrested him.",
    ],
)
def test_a_stated_date_of_the_verb_itself_stays_exact(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(t.certainty, t.inferred) for t in brief.timeline] == [("exact", None)]


def test_a_subject_holding_its_clauses_date_stays_in_the_row() -> None:
    sentence = (
        "Speaker John Boehner's late-January invitation to Netanyahu to address a joint session"
        " of Congress was coordinated with neither the White House nor the State Department."
    )
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [t.event for t in brief.timeline] == [sentence.rstrip(".")]


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_a_place_between_a_date_and_its_verb_owns_no_time() -> None:
    # "crashed near Tripoli on May 12": a parse that hangs the date from the place.
    words = ["The", "plane", "crashed", "near", "Tripoli", "on", "May", "12"]
    heads = [1, 2, 2, 2, 3, 4, 5, 6]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "nummod"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "NUM"]
    doc = _parsed(words, heads, deps, pos)
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    assert not through_a_noun(doc[6:8], doc[2])
    # The same parse with a thing that has a time of its own: "a ceremony on May 12".
    words[4] = "ceremony"
    pos[4] = "NOUN"
    doc = _parsed(words, heads, deps, pos)
    assert through_a_noun(doc[6:8], doc[2])


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The company released third-quarter results yesterday.", "1989-10-26"),
        ("Parliament rose for the winter recess last week.", "1989-W42"),
    ],
)
def test_the_verbs_own_date_wins_over_one_describing_a_noun(sentence: str, value: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert [(t.date.value, t.certainty) for t in brief.timeline] == [(value, "exact")]


NINE_ELEVEN = ["2001-09-11"]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # A day named by its date tells the kind of the noun after it.
        ("They are wrong, said 9/11 widow Terry Strada.", []),
        ("Strada accused the government of attempting to intimidate the 9/11 families.", []),
        ("He met one of the 9/11 hijackers and swore allegiance to bin Laden.", []),
        ("The network has at times trafficked in Sept. 11 conspiracy theories.", []),
        # An era a date bounds.
        ("He promised to wind down America's post-9/11 wars.", []),
        ("Travel has not returned to pre-March 2020 levels.", []),
        # The day's own happening keeps its date.
        ("Bin Laden judged America a paper tiger, encouraging the 9/11 attacks.", NINE_ELEVEN),
        ("Cockpits were hardened after the September 11 hijackings.", NINE_ELEVEN),
        # (What came after the day is not of it: `followed`.)
        ("Airport security changed after 9/11.", []),
    ],
)
def test_a_named_day_dates_its_happening_not_a_kind_or_an_era(
    sentence: str, dated: list[str]
) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2016, 9, 23))
    assert [t.date.value for t in brief.timeline] == dated


def test_a_range_of_years_naming_a_thing_dates_no_event() -> None:
    brief = newsbrief.extract(
        "Internal debt was approved for the 1988-1992 capital program.", reference_date=REFERENCE
    )
    assert brief.timeline == []
    # After an opening preposition the years are the clause's, whatever the parse.
    brief = newsbrief.extract(
        "From 1986-1988 black drivers were twice as likely to be stopped.",
        reference_date=REFERENCE,
    )
    assert [t.date.value for t in brief.timeline] == ["1986"]


def test_a_source_date_dates_no_event() -> None:
    brief = newsbrief.extract(
        "The union will represent all staff, according to the union's Thursday release.",
        reference_date=REFERENCE,
    )
    assert not [t for t in brief.timeline if "represent" in t.event]


def test_a_date_of_the_reported_clauses_subject_stays_with_that_clause() -> None:
    brief = newsbrief.extract(
        "Experts believe Thursday's bomb threats can be traced to the group.",
        reference_date=REFERENCE,
    )
    assert [t.event for t in brief.timeline] == [
        "Thursday's bomb threats can be traced to the group"
    ]


def test_a_verb_the_parse_left_unattached_heads_its_dated_clause() -> None:
    brief = newsbrief.extract(
        "Tap the image above to read the city's plans for the Cloverdale Sport and Ice "
        "Complex, initially expected to open in 2020.",
        reference_date=REFERENCE,
    )
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("2020", "initially expected to open in 2020")
    ]


def test_a_date_through_one_noun_does_not_outrank_one_through_another() -> None:
    # "yesterday" is the decline's and "on Wednesday" the drop's: the parse hangs
    # both from "responsible", each through its noun, and the first stays.
    text = (
        "Concern about the chip may have been responsible for a decline of 87.5 cents "
        "in Intel's stock to $32 a share yesterday in over-the-counter trading, on "
        "volume of 3,609,800 shares, and partly responsible for a drop in Compaq "
        "Computer Corp.'s stock in over-the-counter trading on Wednesday, on volume "
        "of 4,611,000 shares."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 10, 27))
    assert [r.date.value for r in brief.timeline] == ["1989-10-26"]


def test_a_verbs_own_date_wins_over_one_it_reaches_through_a_noun() -> None:
    # "in August 2014" is the release's due date, reached through "release";
    # "in December 2013" is when he was released.
    text = (
        "Due for release in August 2014, he was released nearly a year earlier, in "
        "December 2013, after Putin signed an amnesty decree pardoning him."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert [(r.date.value, r.certainty) for r in brief.timeline] == [("2013-12", "exact")]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        # A count no finer than the date moves the event off it: the date is the
        # thing's the count runs from.
        ("Exactly 11 years after the September 11 attacks, terrorists struck again.",
         [("2001-09-11", "the September 11 attacks")]),
        ("It was published less than two weeks after the December 20 ambush.", []),
        # The parse hangs "after" from the unit counted.
        ("He raised $13 million for his campaign on the day after Monday's debate.",
         [("2015-03-30", "Monday's debate")]),
        # A finer count leaves the date the event's.
        ("She removed a box the day after the slaying of Odin Lloyd in 2013.",
         [("2013", "She removed a box the day after the slaying of Odin Lloyd in 2013")]),
        ("Police released him two hours after the arrest on June 26, 2013.",
         [("2013-06-26", "Police released him two hours after the arrest on June 26, 2013")]),
        # A time of day is finer than any count of hours.
        ("The plane left four hours after its scheduled 9:45 a.m. local time departure.", []),
    ],
)  # fmt: skip
def test_a_date_a_count_runs_from_does_not_date_the_event(
    sentence: str, rows: list[tuple[str, str]]
) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 4, 1))
    assert [(r.date.value, r.event) for r in brief.timeline] == rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Airlines across the world hardened cockpit doors after 9/11.",
        "The franchises won't be renewed after October of next year.",
        "You are in luck in case you were born after 1972.",
        # The parse makes the month the object, the determiner its own.
        "After the September 11, 2001, attacks, cockpit doors were made stronger.",
        "After this last week, they might start by reading a book.",
    ],
)
def test_a_day_or_period_the_event_followed_dates_it_not(sentence: str) -> None:
    """ "after 2008" is no time of the event: it came later."""
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert brief.timeline == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        # A time of day the event followed by little: that day's.
        ("The plane took off shortly after 9 a.m. Thursday.",
         "The plane took off shortly after 9 a.m. Thursday"),
        # A date of a noun after "after": the noun's own event has it.
        ("Shares rose after Friday's report.", "Shares rose after Friday's report"),
        ("He resigned after the 1988 election.", "the 1988 election"),
    ],
)  # fmt: skip
def test_after_a_time_of_day_or_a_nouns_date(sentence: str, row: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=REFERENCE)
    assert row in [t.event for t in brief.timeline]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Investigators are still probing the March 24 crash of the jet.",
            "the March 24 crash of the jet",
        ),
        (
            "His record was questioned in the run-up to the March 28 election.",
            "the March 28 election",
        ),
        (
            "Security was tightened after the September 11 hijackings.",
            "the September 11 hijackings",
        ),
    ],
)
def test_a_day_of_an_event_noun_is_the_nouns_not_the_clauses(sentence: str, row: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 4, 1))
    assert [t.event for t in brief.timeline] == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a July 16 press conference, Jobs said that buyers would receive a free case.",
        "A student was killed during the December 16 attack on the school.",
        "He phoned the bomber on the morning of the July 21 attack.",
        "Within minutes after the Thursday attack, Rahman posted photos of the scene.",
        # Taking part in the event is at its time.
        "Chelsea had suffered a chastening Christmas defeat to the same opposition.",
        "She attended the March 4 hearing in Boston.",
    ],
)
def test_a_clause_set_in_a_dated_event_noun_keeps_its_day(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 4, 1))
    assert [t.event for t in brief.timeline] == [sentence.rstrip(".")]
