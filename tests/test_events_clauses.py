"""Clause events: predicate, text, actors, the date that anchors them, planned-ness."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief

REBELS = (
    "Rebels seized the airport in Goma on Monday after a short battle, "
    "and the United Nations said it would send envoys to Kampala next week."
)


def test_events_have_predicate_phrase_and_date() -> None:
    brief = newsbrief.extract(REBELS, reference_date=dt.date(2013, 3, 22))
    by_predicate = {e.predicate: e for e in brief.events}
    seize = by_predicate["seize"]
    assert seize.text == "Rebels seized the airport in Goma on Monday after a short battle"
    assert REBELS[seize.start : seize.end] == seize.text
    assert seize.date is not None and seize.date.value == "2013-03-18"
    send = by_predicate["send"]
    assert send.date is not None and send.date.value == "2013-W13"


def test_events_actors_are_who_acts_not_where() -> None:
    # The rebels seized (no named actor), in Goma; the United Nations ("it") will send
    # envoys, to Kampala.
    brief = newsbrief.extract(REBELS, reference_date=dt.date(2013, 3, 22))
    by_predicate = {e.predicate: e for e in brief.events}
    assert by_predicate["seize"].actors == []
    assert by_predicate["send"].actors == ["United Nations"]
    assert [e.label for e in brief.entities if e.name == "United Nations"] == ["ORG"]


@pytest.mark.parametrize(
    ("text", "predicate", "actors"),
    [
        # Who acts in a passive is its agent, not its subject.
        ("The plant in Ohio was bought by Siemens on Monday.", "buy", ["Siemens"]),
        # A verb joined to another shares its subject.
        ("Siemens bought the plant and closed it on Monday.", "close", ["Siemens"]),
        # So does an infinitive hung from a verb's clause.
        (
            "Siemens shares rose $2.50 to close at $117.375 in composite trading Monday.",
            "close",
            ["Siemens"],
        ),
        # A place in the subject's prepositional phrase is where, not who.
        ("Police in Kampala arrested 20 people on Monday.", "arrest", []),
        # A pronoun of what was said stands for a speaker it can name ...
        ("Barack Obama said he would visit Kenya next week.", "visit", ["Barack Obama"]),
        # ... and "it" for no person.
        ("Barack Obama said it would rain in Kenya next week.", "rain", []),
        # A dateline the parse makes a subject is where the story was filed.
        (
            "COLUMBUS, Ohio (AP) — Ohio sued Vantor Technologies on Monday over its cameras.",
            "sue",
            ["Ohio"],
        ),
        (
            "COLUMBUS, Ohio (AP) — Ohio's attorney general sued Vantor Technologies on Monday.",
            "sue",
            ["Ohio"],
        ),
    ],
)
def test_actors_by_their_role(text: str, predicate: str, actors: list[str]) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    by_predicate = {e.predicate: e for e in brief.events}
    assert by_predicate[predicate].actors == actors


def test_durations_sets_and_vague_references_do_not_anchor() -> None:
    text = (
        "The strike lasted three days. Workers met weekly. "
        "The company is now profitable. The union voted on Friday."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    dated = {e.predicate: e.date.value for e in brief.events if e.date is not None}
    assert dated == {"vote": "2013-03-22"}
    assert [t.date.value for t in brief.timeline] == ["2013-03-22"]


def test_a_planned_event_names_the_planned_action() -> None:
    text = "Trump and Takaichi agreed to schedule the trip for spring."
    brief = newsbrief.extract(text, reference_date=dt.date(2023, 11, 20))
    (event,) = [e for e in brief.events if e.date is not None]
    assert event.predicate == "schedule"
    assert event.date is not None and event.date.value == "2024-SP"


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("The appeal follows a donor conference in Geneva last week.", False),
        ("The ministers will meet in Geneva last week of March.", True),
        ("The summit is scheduled for March 3.", True),
        ("Talks are set to resume on March 3.", True),
        # A past plan is no contradiction, nor a plan word the date is not about.
        ("The state was scheduled to snap the streak last week.", False),
        ("She was shot shortly before police were set to speak with her in 1982.", False),
        ("The bank said it would close the branch on March 3.", False),
        ('"I\'ll be honest with you," Ferguson told James on Monday night.', False),
        ("Bush underwent planned colonoscopies in 2002 and 2007.", False),
        ("Knowles indicated Friday he won't be stepping down.", False),
        ("The convoy set off early on Sunday morning from Miami.", False),
    ],
)
def test_only_stated_plans_are_planned(sentence: str, planned: bool) -> None:
    # News writes past events in the simple present too: that is no plan.
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 22))
    warned = [w for w in brief.warnings if w.code == "planned_before_reference"]
    assert bool(warned) is planned, [t.event for t in brief.timeline]


def test_the_articles_own_date_is_no_event() -> None:
    text = (
        "Published June 10, 2024\n\n"
        "WASHINGTON, June 10, 2024 (AP) — The plant opened on June 3 after two years of work.\n"
    )
    brief = newsbrief.extract(text)
    assert brief.reference_date == dt.date(2024, 6, 10)
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("2024-06-03", "The plant opened on June 3 after two years of work")
    ]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Mike Westmacott, a member of the 1953 Everest team, has died.", None),
        ("This settlement replaces the 1991 agreement between the companies.", None),
        ("The companies signed the agreement in 1991.", "1991"),
    ],
)
def test_a_year_that_modifies_a_noun_does_not_date_the_clause(
    sentence: str, dated: str | None
) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 22))
    # (The noun's own event, "the 1991 agreement", has a row of its own: `nominal.py`.)
    clauses = [e for e in brief.events if e.predicate not in ("team", "agreement")]
    assert [e.date.value for e in clauses if e.date] == ([dated] if dated else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The law requires banks to sell the bonds by 1994.",
        "Power might not be restored before Monday morning.",
        "The offer stays open until March 30.",
        "Markets hit lows not seen since October 1982.",
        # A hedged bound is a bound too.
        "The deal keeps the jet in production until at least 2014.",
        "The firm must divest the unit by about 1995.",
        "Bids must be filed no later than Friday.",
    ],
)
def test_a_bound_is_not_the_time_of_the_event(sentence: str) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2013, 3, 22))
    assert brief.timeline == []


def test_as_of_dates_the_state_it_tells() -> None:
    # "as of" is no bound: the state held at that time.
    brief = newsbrief.extract(
        "As of Sept. 30, the bank had assets of $511 million.", reference_date=dt.date(2013, 11, 2)
    )
    assert [(r.date.value, r.event) for r in brief.timeline] == [
        ("2013-09-30", "As of Sept. 30, the bank had assets of $511 million")
    ]


def test_a_lone_verb_is_no_row() -> None:
    sentence = (
        "When asked about what happens next in Ferguson, Eric Holder said Friday, "
        '"We are prepared to use all the powers that we have."'
    )
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 3, 28))
    assert "asked" not in [t.event for t in brief.timeline]
    assert any(t.event.startswith("Eric Holder said Friday") for t in brief.timeline)


def test_a_later_date_within_the_first_narrows_it() -> None:
    sentence = "Near the end of the month, on March 23, Clinton will be the keynote speaker."
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 3, 1))
    assert [t.date.value for t in brief.timeline] == ["2015-03-23"]


@pytest.mark.parametrize(
    ("sentence", "value", "certainty"),
    [
        # Some day of a month: the month says what is known.
        ("The fire broke out one Friday evening in February.", "2015-02", "approximate"),
        ("He was killed on a Thursday night in April 2013.", "2013-04", "exact"),
        # A date counted from another, then stated in full: the stated one.
        (
            "Obama announced his support for gay marriage nearly a year earlier in March 2012.",
            "2012-03",
            "exact",
        ),
        ("A year ago, in March 2014, the firm collapsed.", "2014-03", "exact"),
    ],
)
def test_a_later_date_that_says_more_dates_the_row(
    sentence: str, value: str, certainty: str
) -> None:
    brief = newsbrief.extract(sentence, reference_date=dt.date(2015, 4, 1))
    assert [(t.date.value, t.certainty) for t in brief.timeline] == [(value, certainty)]


def test_a_conjunct_with_a_date_of_its_own_leaves_the_row() -> None:
    sentence = (
        "The concern may have been responsible for a decline in Intel's stock yesterday "
        "and partly responsible for a drop in Compaq's stock on Wednesday."
    )
    brief = newsbrief.extract(sentence, reference_date=dt.date(1989, 10, 27))
    (row,) = brief.timeline
    assert row.date.value == "1989-10-26"
    assert "Wednesday" not in row.event and "Compaq" not in row.event


def test_the_source_of_a_report_is_not_part_of_its_row() -> None:
    sentence = (
        "Last week alone, $1.6 billion flowed out of the junk funds, "
        "according to estimates by Dalbar Financial Services Inc."
    )
    brief = newsbrief.extract(sentence, reference_date=dt.date(1989, 10, 27))
    assert [t.event for t in brief.timeline] == [
        "Last week alone, $1.6 billion flowed out of the junk funds"
    ]


def test_what_was_said_within_the_time_of_saying_stays_in_the_row() -> None:
    # "this year" holds the Wednesday it was said on: one telling, one row.
    sentence = (
        "The agency said on Wednesday that measles cases had reached 412 this year, "
        "the highest count since 2019."
    )
    brief = newsbrief.extract(sentence, reference_date=dt.date(2025, 4, 10))
    said = [t.event for t in brief.timeline if t.date.value == "2025-04-09"]
    assert len(said) == 1
    assert said[0].startswith("The agency said on Wednesday that measles cases had reached")


def test_an_undated_dateline_is_no_part_of_the_first_row() -> None:
    text = (
        "SALEM, Ore. (AP) — Gov. Elena Vargas on Thursday vetoed a bill on rents.\n\n"
        "LONDON — The bank raised rates on Friday.\n"
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    assert [t.event for t in brief.timeline] == [
        "Gov. Elena Vargas on Thursday vetoed a bill on rents",
        "The bank raised rates on Friday",
    ]


def test_a_credit_glued_to_the_first_word_leaves_the_word_in_the_row() -> None:
    text = "London (CNN)Top Gear presenter Jeremy Clarkson was suspended on Wednesday.\n"
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 11))
    assert [t.event for t in brief.timeline] == [
        "Top Gear presenter Jeremy Clarkson was suspended on Wednesday"
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # The figure compared with is of another time: no part of the row.
        ("Savin reported a third-quarter net loss of $35.2 million, compared with "
         "year-earlier profit of $3.8 million.",
         "Savin reported a third-quarter net loss of $35.2 million"),
        ("Citadel posted a third-quarter net loss of $2.3 million versus net income "
         "of $5.3 million a year earlier.",
         "Citadel posted a third-quarter net loss of $2.3 million"),
        # A row ending in a percentage keeps its sign.
        ("On Friday the Nasdaq Composite had fallen 4.3%.",
         "On Friday the Nasdaq Composite had fallen 4.3%"),
        # Nor the sentence's stop and the spaces a text puts after it.
        ("Sales rose on Friday.  Why?",
         "Sales rose on Friday"),
        # A preposition that ends its clause is part of its verb ...
        ("She left her job last spring after complaining that she was being retaliated "
         "against.",
         "She left her job last spring after complaining that she was being retaliated "
         "against"),
        # ... one whose object the row leaves out is not.
        ("The office called for a re-run on June 18 after finding flaws in May.",
         "The office called for a re-run on June 18"),
    ],
)  # fmt: skip
def test_a_row_ends_where_its_event_does(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 11, 2))
    # (The figure compared with is a row of its own: `nominal.py`; so is a gerund
    # told with its doer apart, "The office … finding flaws in May".)
    main = [t.event for t in brief.timeline if t.event[0].isupper() and len(t.sources) == 1]
    assert main == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # Making a thing known is reporting it: the row is what was made known.
        ("Officials indicated on Monday that the plant would close.",
         ["Officials indicated on Monday that the plant would close"]),
        ("The White House yesterday disclosed that Kuwait had asked for help.",
         ["The White House yesterday disclosed that Kuwait had asked for help"]),
        # A relative clause's date inside what was said is that clause's own.
        ("Milton Roy disclosed in May that it was approached by Thermo Electron, "
         "which agreed to buy the line in February.",
         ["Thermo Electron, which agreed to buy the line in February",
          "Milton Roy disclosed in May that it was approached by Thermo Electron"]),
    ],
)  # fmt: skip
def test_what_was_made_known_is_the_row(text: str, rows: list[str]) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 11, 2))
    assert sorted(t.event for t in brief.timeline) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A date that describes a noun yields to the verb's own time.
        ("The company expects to release third-quarter results in mid-November.", "1989-11"),
        ("Last year's champion lost in the first round on Sunday.", "1989-10-29"),
        ("Friday's storm closed the airport on Saturday.", "1989-10-28"),
        # Alone, it still dates the clause.
        ("Citadel posted a third-quarter net loss of $2.3 million.", "1989-Q3"),
    ],
)
def test_the_verbs_own_time_beats_a_date_describing_a_noun(text: str, value: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(1989, 11, 2))
    assert [t.date.value for t in brief.timeline] == [value]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A gerund after a preposition, with no subject or date of its own, is part
        # of its verb's event ...
        ("In May 2014, the television presenter asked forgiveness after using a racist "
         "term during a taping of the show.",
         ["In May 2014, the television presenter asked forgiveness after using a racist "
          "term during a taping of the show"]),
        # ... but one with a date of its own is told in its own right.
        ("On Monday the presenter apologized for using a racist term in 2012.",
         ["On Monday the presenter apologized", "the presenter apologized for using a racist "
          "term in 2012"]),
        # A verb's complement clause is part of its event ...
        ("On Monday, a judge ruled that the woman is innocent.",
         ["On Monday, a judge ruled that the woman is innocent"]),
        ("Last year saw California Chrome come close to the Triple Crown.",
         ["Last year saw California Chrome come close to the Triple Crown"]),
        # ... unless it names a time of its own.
        ("On Monday, a judge ruled that the woman would be freed later this year.",
         ["On Monday, a judge ruled", "the woman would be freed later this year"]),
        # A participle with its own subject after "have" or "see" is one event with it.
        ("On Monday, PolitiFact announced it will have 18 fact-checkers working during "
         "the debate.",
         ["On Monday, PolitiFact announced it will have 18 fact-checkers working during "
          "the debate"]),
        # What completes a noun of the row is part of it ...
        ("On Monday night she started off by emphasizing fairness and a need to raise "
         "the minimum wage.",
         ["On Monday night she started off by emphasizing fairness and a need to raise "
          "the minimum wage"]),
        ("In May they went with the former with hopes of coming back to the latter.",
         ["In May they went with the former with hopes of coming back to the latter"]),
        # ... with what it is joined to ...
        ("In November 2013 he faced five counts of drugging and raping three women.",
         ["In November 2013 he faced five counts of drugging and raping three women"]),
        # ... and what a noun of the row says ("charges that ..."), no relative clause ...
        ("More than 800 people were killed in 2011 after charges that those elections "
         "were illegitimate.",
         ["More than 800 people were killed in 2011 after charges that those elections "
          "were illegitimate"]),
        ("The plan that he announced in 2011 failed.", ["The plan that he announced in 2011"]),
        # ... unless what it says holds a date of its own.
        ("She rejected in 2012 the idea that the tax would rise in 2015.",
         ["She rejected in 2012 the idea", "the idea that the tax would rise in 2015"]),
        # So is the verb's purpose.
        ("The council held a meeting Monday and set Jan. 24 to elect a new king.",
         ["The council held a meeting Monday", "The council … set Jan. 24 to elect a new king"]),
        # ... with what it says, and what completes it in turn.
        ("A witness called 911 on November 22 to say there was a man with a pistol.",
         ["A witness called 911 on November 22 to say there was a man with a pistol"]),
        ("I stayed after school that evening to see if I could get a chance to try it out.",
         ["I stayed after school that evening to see if I could get a chance to try it out"]),
        # ... unless it holds a date of its own.
        ("On Monday she announced a plan to raise the minimum wage next year.",
         ["On Monday she announced a plan", "a plan to raise the minimum wage next year"]),
        # So is what a word of the row is measured against.
        ("Clinton left an event on September 11th earlier than scheduled.",
         ["Clinton left an event on September 11th earlier than scheduled"]),
        ("On Monday, Japan released weaker-than-expected trade data.",
         ["On Monday, Japan released weaker-than-expected trade data"]),
        # A bare "It was <a time>" is told with what happened then ...
        ("It was midnight on Friday, and he had no choice but to wade out into the wind.",
         ["It was midnight on Friday, and he had no choice but to wade out into the wind"]),
        ("It was around 4 p.m. on February 2 when the officer first attempted to pull "
         "the car over, according to the charging documents.",
         ["It was around 4 p.m. on February 2 when the officer first attempted to pull "
          "the car over"]),
        # ... unless that has a date of its own, or the clause tells more than a time.
        ("It was Monday, and on Friday the storm hit the coast.",
         ["It was Monday", "on Friday the storm hit the coast"]),
        ("It was near a deal in November to sell the titles.",
         ["It was near a deal in November to sell the titles"]),
        # A light "came" is told with what it came after or as ...
        ("Tuesday's violence came a day after a magistrate ruled that three men must "
         "stand trial.",
         ["Tuesday's violence came a day after a magistrate ruled that three men must "
          "stand trial"]),
        ("A statement from the minister on Sunday came as protests grew.",
         ["A statement from the minister on Sunday came as protests grew"]),
        # ... unless that has a date of its own: another event.
        ("The vote on Monday came after talks collapsed on Friday.",
         ["The vote on Monday came", "talks collapsed on Friday"]),
        # "starting" with only a time after it opens the time of the verb it follows.
        ("Follow the live stream, which will provide you fact-checks in near real-time "
         "starting at 9 p.m. tonight.",
         ["the live stream, which will provide you fact-checks in near real-time "
          "starting at 9 p.m. tonight"]),
        # A participle joined to an adjective describes the same thing.
        ("On Monday, the debate underscored a glaring and well-known weakness.",
         ["On Monday, the debate underscored a glaring and well-known weakness"]),
        # What the object was left doing is part of the event ...
        ("Gunmen killed 19 people and sent tourists scrambling for cover in a siege at "
         "a museum on Wednesday.",
         ["Gunmen killed 19 people and sent tourists scrambling for cover in a siege at a "
          "museum on Wednesday"]),
        # ... and so is what the event happened while doing.
        ("The man died in late August while fighting for ISIS.",
         ["The man died in late August while fighting for ISIS"]),
        # What was foreseen, told bare, is a measure of the event, no event of its own.
        ("But in July 2012, Patriot failed as predicted.",
         ["in July 2012, Patriot failed as predicted"]),
        # A row ending where a quotation does keeps its closing mark.
        ('David Pepper called Friday\'s decision a "huge win for Ohio voters."',
         ['David Pepper called Friday\'s decision a "huge win for Ohio voters."']),
        # "beginning with" a thing begins with the thing, at its own time.
        ("They have given him plenty to consider beginning with a trip to Manchester "
         "on Saturday evening.",
         ["plenty to consider beginning with a trip to Manchester on Saturday evening"]),
    ],
)  # fmt: skip
def test_a_row_keeps_its_complement(text: str, rows: list[str]) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert sorted(t.event for t in brief.timeline) == sorted(rows)


def test_a_gerund_of_a_noun_stays_out_of_the_row() -> None:
    # "the wisdom in returning the boy" tells another event, of another time.
    text = (
        "The administration's wisdom in returning the boy to his father was confirmed "
        "over the weekend by his relatives."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2000, 4, 24))
    rows = [t.event for t in brief.timeline]
    assert rows and not any("returning" in r for r in rows)


def test_both_ends_of_a_range_of_dates_stay_in_the_row() -> None:
    text = "The plant ran between 2001 and 2009, the company said.\n"
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    assert [t.event for t in brief.timeline] == ["The plant ran between 2001 and 2009"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A verb joined to a dated one, with no subject or date of its own, is the
        # same telling's next step: the row holds both.
        (
            "Last week, Hezbollah fighters killed three Israeli soldiers and seriously "
            "wounded six others.",
            "Last week, Hezbollah fighters killed three Israeli soldiers and seriously "
            "wounded six others",
        ),
        (
            "The company told customers on Monday about the bugs and temporarily "
            "stopped shipping the product.",
            "The company told customers on Monday about the bugs and temporarily "
            "stopped shipping the product",
        ),
        # A past told with "did" is the same form.
        (
            "The company earlier this month announced its agreements to acquire the "
            "properties, but didn't disclose the purchase price.",
            "The company earlier this month announced its agreements to acquire the "
            "properties, but didn't disclose the purchase price",
        ),
    ],
)
def test_a_joined_verb_shares_its_dated_verbs_row(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(1998, 3, 1))
    assert [r.event for r in brief.timeline] == [row]


def test_a_joined_verb_with_its_own_subject_or_date_keeps_its_own_row() -> None:
    # Its own date: another telling.
    text = "Smith joined the firm in 2001 and left it in 2009."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 1))
    assert [(r.event, r.date.value) for r in brief.timeline] == [
        ("Smith joined the firm in 2001", "2001"),
        ("Smith … left it in 2009", "2009"),  # its doer told apart, not the other event
    ]
    # Its own subject: another event, left out of the dated one's row.
    text = "Rebels seized the airport on Monday and the army fled the town."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    assert [r.event for r in brief.timeline] == ["Rebels seized the airport on Monday"]
    # Another tense: a state now, not the dated step.
    text = "Smith was arrested in 2010 and remains in jail."
    brief = newsbrief.extract(text, reference_date=dt.date(2013, 3, 22))
    assert [r.event for r in brief.timeline] == ["Smith was arrested in 2010"]


def test_a_date_opening_the_sentence_dates_the_clauses_joined_after_it() -> None:
    text = "In November, a grand jury cleared Wilson and the prosecutor released the evidence."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert [(r.event, r.date.value) for r in brief.timeline] == [
        ("In November, a grand jury cleared Wilson", "2014-11"),
        ("the prosecutor released the evidence", "2014-11"),
    ]
    # Both in the past, however told: a passive, a negation.
    text = "In June, the leaders had a falling out, and Pol Pot was arrested."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    rows = [(r.date.value, r.certainty) for r in brief.timeline if r.event.startswith("Pol Pot")]
    assert rows == [("2014-06", "approximate")]  # told in another form: inferred
    # After a conjunction and a preposition the date still opens the sentence.
    text = "But in June, the leaders had a falling out, and Pol Pot was arrested."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert any(r.event.startswith("Pol Pot") for r in brief.timeline)
    text = "Late last week, the two began talks, but the talks didn't change the offer."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert any(r.event.startswith("the talks didn't") for r in brief.timeline)
    # A date inside the first clause is that clause's only.
    text = "A grand jury cleared Wilson in November and the prosecutor released the evidence."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert [r.event for r in brief.timeline] == ["A grand jury cleared Wilson in November"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A form of "be" heading a verb of what happens.
        (
            "The offer, which was due to expire yesterday, is conditional on shares being sold.",
            "The offer, which was due to expire yesterday",
        ),
        (
            "Shares, which were to be delisted from the exchange yesterday, closed at $23.25.",
            "Shares, which were to be delisted from the exchange yesterday",
        ),
        # In the past tense, saying more than the date.
        (
            "Lonsdale, who was at a conference in Japan on Saturday, said the storm hit homes.",
            "Lonsdale, who was at a conference in Japan on Saturday",
        ),
        # "There" with a form of "be" tells what came to be, in any tense.
        (
            "A new report says there has been a dramatic rise in hate groups over the past year.",
            "there has been a dramatic rise in hate groups over the past year",
        ),
        # A present state is the article's now; a bare "was in 2008" says nothing.
        ("He said it is only mid-March.", None),
        ("She said it was in 2008.", None),
        ("I don't know what my rent will be next year.", None),
        ("He said that after 2016 he can be the greatest.", None),
        # The date names the subject, not when it was.
        ('"Today\'s meltdown was entirely avoidable," the statement said.', None),
    ],
)
def test_a_dated_clause_of_be_is_a_row_when_it_tells_what_happened(
    text: str, row: str | None
) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert [r.event for r in brief.timeline] == ([row] if row else [])


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A clause of "when", "while" or "as" told in the tense of the dated clause
        # it hangs from is of its time.
        (
            "President Bush implied as much yesterday when reporters asked whether the "
            "interdiction would apply to food.",
            {
                ("President Bush implied as much yesterday", "2015-02-28"),
                (
                    "reporters asked whether the interdiction would apply to food",
                    "2015-02-28",
                ),
            },
        ),
        (
            "Output will fall in the fourth quarter as the automotive sector remains weak.",
            {
                ("Output will fall in the fourth quarter", "2015-Q4"),
                ("the automotive sector remains weak", "2015-Q4"),
            },
        ),
        # Another time ("after"), a present state, a time just named, an elided
        # telling and a likeness ("as if") are not.
        (
            "As if to prove that point, the coast guard in November seized three vessels.",
            {("the coast guard in November seized three vessels", "2014-11")},
        ),
        (
            "The plant opened on Monday after workers finished the roof.",
            {("The plant opened on Monday", "2015-02-23")},
        ),
        (
            "Profits rose on Monday, while analysts expect a weaker year.",
            {("Profits rose on Monday", "2015-02-23")},
        ),
        (
            "She died in the April 2013 attack, as did four others.",
            {("She died in the April 2013 attack", "2013-04")},
        ),
        # A present perfect tells a time up to now, not the clause's.
        (
            "Police had summoned five men in January, while the club has vowed to ban them.",
            {("Police had summoned five men in January", "2015-01")},
        ),
    ],
)
def test_a_clause_of_when_or_as_shares_the_time_of_its_clause(
    text: str, rows: set[tuple[str, str]]
) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert {(r.event, r.date.value) for r in brief.timeline} == rows
    # The time shared is inferred: that row is approximate.
    shared = [r for r in brief.timeline if r.event == "the automotive sector remains weak"]
    assert all(r.certainty == "approximate" for r in shared)


def test_a_participle_of_saying_dates_the_deed_it_hangs_from() -> None:
    text = (
        "The Russian foreign minister, meanwhile, sought to soften the harsh words of his "
        "military counterpart, saying on Friday that Russia would not intervene."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(1998, 2, 13))
    rows = {r.event: (r.date.value, r.certainty) for r in brief.timeline}
    deed = "The Russian foreign minister, meanwhile, sought to soften the harsh words of his "
    assert rows[deed + "military counterpart"] == ("1998-02-13", "approximate")


def test_a_deed_with_a_time_of_its_own_keeps_it_beside_a_saying() -> None:
    text = "Police arrested him in January, saying on Friday that he had confessed."
    brief = newsbrief.extract(text, reference_date=dt.date(1998, 2, 13))
    assert ("Police arrested him in January", "1998-01") in {
        (r.event, r.date.value) for r in brief.timeline
    }


def test_a_row_does_not_open_with_when() -> None:
    text = "When Charles and Camilla married in 2005, the queen stayed away."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert [r.event for r in brief.timeline] == ["Charles and Camilla married in 2005"]


@pytest.mark.parametrize(
    ("text", "row", "value"),
    [
        # A bound's date ("since"), then "when": the clause of "when" is of that time.
        (
            "Nearly 200 soldiers have been killed since 1985, when the Israelis created "
            "a buffer zone.",
            "the Israelis created a buffer zone",
            "1985",
        ),
        (
            "Herzog began his political career in 2003, when he first won a seat in the Knesset.",
            "he first won a seat in the Knesset",
            "2003",
        ),
    ],
)
def test_a_clause_of_when_after_a_date_is_of_that_time(text: str, row: str, value: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert (row, value) in {(r.event, r.date.value) for r in brief.timeline}


def test_a_clause_of_when_that_tells_a_rule_is_of_no_time() -> None:
    text = "Pups stay with their mothers until April, when weaning normally occurs."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert not any("weaning" in r.event for r in brief.timeline)


def test_a_clause_of_when_with_a_time_of_its_own_keeps_it() -> None:
    text = "Sales rose in 2003, when the plant reopened in March 2004."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    dates = {r.event: r.date.value for r in brief.timeline}
    assert dates.get("the plant reopened in March 2004") == "2004-03"


def test_a_clause_about_a_time_is_told_without_it() -> None:
    text = "The hashtag had been trending since Friday, when the cover was revealed."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 30))
    assert [(r.event, r.date.value) for r in brief.timeline] == [
        ("the cover was revealed", "2015-03-27")
    ]


def test_a_clause_of_when_whose_row_would_lose_its_subject_is_not_dated() -> None:
    # Its subject holds a clause the row cuts out: the row would be a bare verb.
    text = (
        "The embassy became a war zone in April 1983, when a truck loaded with "
        "explosives was rammed into its entrance."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 1))
    assert [r.event for r in brief.timeline] == ["The embassy became a war zone in April 1983"]


@pytest.mark.parametrize(
    ("sentence", "event", "text"),
    [
        (
            "Numbers rose since 2013-14, when there were 913,138 food bank visits.",
            "there were 913,138 food bank visits",
            "2013-14",
        ),
        (
            "Arsenal won the title in the 2001-02 season.",
            "Arsenal won the title in the 2001-02 season",
            "2001-02",
        ),
    ],
)
def test_a_range_of_years_dates_as_one(sentence: str, event: str, text: str) -> None:
    # "2013-14" is one stretch of time: its second year alone would date the event
    # exactly (and outside "since").
    brief = newsbrief.extract(sentence)
    assert [
        (t.event, t.date.text, t.date.value, t.certainty, t.inferred) for t in brief.timeline
    ] == [(event, text, text[:4], "approximate", "range")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He worked for MSNBC, which let him go in 2015.",
        "The court made him pay $5 million in 2014.",
        "Police saw him leave the house on March 3, 2014.",
        "She helped them build a school in 2010.",
    ],
)
def test_a_bare_infinitive_is_told_with_its_verb(sentence: str) -> None:
    # "let him go": one event, not "him go in 2015" without who let him.
    brief = newsbrief.extract(sentence)
    (row,) = brief.timeline
    assert row.event.startswith(("MSNBC, which", "The court", "Police", "She"))
    assert row.certainty == "exact"


def test_a_participle_that_names_a_thing_is_part_of_its_clause() -> None:
    # A subject named on its way is told with its verb.
    text = "Tikrit, best known to Westerners as the birthplace of Saddam, fell in June to ISIS."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert [t.event[:7] for t in brief.timeline] == ["Tikrit,"]
    # "called" with nothing named after it is a summons, a clause of its own.
    text = "The first witness the prosecution called Wednesday was Thomas Grilk."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert [t.event for t in brief.timeline] == ["the prosecution called Wednesday"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A subject with an infinitive.
        "Efforts to enact a climate treaty in Copenhagen fell apart in 2009.",
        "Plans to build a dam were dropped in 2012.",
        # What says which thing the object is: "released a video" alone does not
        # say what was released.
        "In March 2015, ISIS released a video showing prisoners being marched to a beach.",
        "In March 2015, Starbucks unveiled a campaign in which baristas would write on cups.",
        "In April 2006, Apple released an application that limits the volume of its players.",
    ],
)
def test_a_subject_with_its_infinitive_and_what_the_object_is_are_told_whole(
    sentence: str,
) -> None:
    brief = newsbrief.extract(sentence)
    assert [t.event for t in brief.timeline] == [sentence.rstrip(".")]


def test_a_clause_on_the_object_with_a_date_of_its_own_is_another_event() -> None:
    text = "In April 2006, Apple released an application that it had promised in 2004."
    brief = newsbrief.extract(text)
    rows = {t.date.value: t.event for t in brief.timeline}
    assert rows["2006-04"] == "In April 2006, Apple released an application"


def test_a_clause_on_the_object_is_left_out_when_a_date_follows_it() -> None:
    # Told whole, the row would take in "in September", a time of the report's own.
    text = (
        "The bank will publish the minutes of Tuesday's meeting on July 2 and its quarterly "
        "Monetary Policy Report, known locally by its Spanish initials IPoM, in September."
    )
    brief = newsbrief.extract(text)
    assert not any("September" in t.event and "July 2" in t.event for t in brief.timeline)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # The parse hangs "Thursday" on "said": the row still holds the whole date.
        ("The body was found at 10:21 a.m. Thursday, police said.", "10:21 a.m. Thursday"),
        (
            "The attack started about 5 p.m. local time when a car bomb exploded.",
            "about 5 p.m. local time when a car bomb exploded",
        ),
    ],
)
def test_a_row_cuts_no_date(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert any(row in t.event for t in brief.timeline), [t.event for t in brief.timeline]
    for t in brief.timeline:
        for d in brief.dates:
            for s in t.sources:
                assert not d.start < s.start < d.end and not d.start < s.end < d.end


def test_come_before_a_date_is_no_clause_of_its_own() -> None:
    brief = newsbrief.extract(
        "It may not be the defining issue come October.", reference_date=dt.date(2013, 3, 22)
    )
    assert [(t.date.value, t.event) for t in brief.timeline] == [
        ("2013-10", "It may not be the defining issue come October")
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "those", "anyone", "someone" say who only with their clause ...
        ("Clarkson tweeted his thanks Friday night to those who had supported him.",
         ["Clarkson tweeted his thanks Friday night to those who had supported him"]),
        ("On Friday, the last donor will give a kidney to someone who needs one.",
         ["On Friday, the last donor will give a kidney to someone who needs one"]),
        # ... unless a date of its own makes the clause another event.
        ("On Monday he thanked those who voted for him in 2015.",
         ["On Monday he thanked those", "those who voted for him in 2015"]),
    ],
)  # fmt: skip
def test_a_pronoun_keeps_the_clause_that_says_who(text: str, rows: list[str]) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2019, 1, 24))
    assert sorted(t.event for t in brief.timeline) == sorted(rows)


def test_a_verb_the_parse_made_a_subject_keeps_its_date() -> None:
    # The parse makes "won" the subject of "want": its date is the winning's.
    text = (
        "He learned that the senators from states Trump won in 2016 did not want "
        "to spend the money on the wall."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2018, 12, 31))
    rows = [t.event for t in brief.timeline if t.date.value == "2016"]
    assert rows and all("did not want" not in r for r in rows), rows
    assert any(r.endswith("states Trump won in 2016") for r in rows), rows


def test_what_a_row_is_measured_against_at_a_time_of_its_own_is_no_row() -> None:
    # "they did in 2015" would say nothing: the time compared with is no event's.
    brief = newsbrief.extract(
        "Sales rose in March more than they did in 2015.", reference_date=dt.date(2016, 9, 15)
    )
    rows = {t.date.value: t.event for t in brief.timeline}
    assert "2015" not in rows["2016-03"] and "2015" not in rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ('He starred in the film "Lord of Illusions" (1995).',
         'He starred in the film "Lord of Illusions" (1995)'),
        ("Malaga played well against Atletico (last week), he said.",
         "Malaga played well against Atletico (last week)"),
        ("The plane left at 10:01 a.m. (26 minutes late).",
         "The plane left at 10:01 a.m. (26 minutes late)"),
        # A bracket closed before the row ends is no reason to keep the last mark.
        ("Sales (in dollars) rose on Monday.", "Sales (in dollars) rose on Monday"),
    ],
)  # fmt: skip
def test_a_row_closes_the_bracket_it_opens(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert [e.event for e in brief.timeline] == [row]
    source = brief.timeline[0].sources[0]
    assert text[source.start : source.end] == row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A bare apposition whose clause is left out ends nothing ...
        ("In 1959, Holly and Valens were part of the Winter Dance Party, a tour that took "
         "them across the Midwest.",
         "In 1959, Holly and Valens were part of the Winter Dance Party"),
        ("An ISIS video released in January -- one that CNN could not verify -- shows a boy.",
         "An ISIS video released in January"),
        # ... one with a name, a figure or a possessor tells who or what, and stays.
        ("This week, residents protested the killing of Tony Robinson, a 19-year-old who "
         "was unarmed.",
         "This week, residents protested the killing of Tony Robinson, a 19-year-old"),
        ("Four people died in January by the hand of an extremist, Amedy Coulibaly, who "
         "was killed.",
         "Four people died in January by the hand of an extremist, Amedy Coulibaly"),
    ],
)  # fmt: skip
def test_a_row_does_not_end_on_a_bare_apposition(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert row in [e.event for e in brief.timeline]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A clause of "how", "what" or "whether" after a preposition is its object:
        # the row does not end on the preposition.
        ("In 2012, he told NPR that he was fascinated by how Americans discuss race.",
         "In 2012, he told NPR that he was fascinated by how Americans discuss race"),
        ("On Monday the minister spoke about what the floods had cost.",
         "On Monday the minister spoke about what the floods had cost"),
        ("Investors on Friday worried over whether the bank would survive.",
         "Investors on Friday worried over whether the bank would survive"),
        # A gerund told in its auxiliary is one too.
        ("Mondale was released from the clinic on Saturday after being admitted with "
         "influenza.",
         "Mondale was released from the clinic on Saturday after being admitted with "
         "influenza"),
        ("The teen died the following March after having spent nine months in a coma.",
         "The teen died the following March after having spent nine months in a coma"),
        # "in what": the writer's aside, no part of the event.
        ("On Tuesday Israel will elect a new parliament, in what is described as a "
         "celebration of people power.",
         "On Tuesday Israel will elect a new parliament"),
        # ... unless it holds a date of its own.
        ("On Monday he spoke about what happened in 2009.",
         "On Monday he spoke"),
    ],
)  # fmt: skip
def test_a_clause_a_preposition_governs_stays_in_the_row(text: str, row: str) -> None:
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert row in [t.event for t in brief.timeline]


def test_a_range_the_parse_split_dates_where_its_first_year_is() -> None:
    # "19" hung from "children": the range is still the participle's date.
    text = "It is clear that there are more children enrolled in 2018-19 than the past two years."
    brief = newsbrief.extract(text, reference_date=dt.date(2018, 12, 15))
    assert [r.event for r in brief.timeline] == [
        "more children enrolled in 2018-19 than the past two years"
    ]


def test_a_row_never_cuts_a_hyphened_word() -> None:
    # The parse hangs "e", "-" and "mail" apart; the row read "mail sent last July".
    text = "She wrote in an e-mail sent last July that she would call."
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 4, 1))
    assert [t.event for t in brief.timeline] == ["e-mail sent last July"]


def test_a_row_that_holds_its_doer_names_it_once() -> None:
    # The row reaches the subject after the participle; told apart, it would be twice.
    text = "Speaking Friday on behalf of the family, Salem said the men were innocent."
    (row,) = [r.event for r in newsbrief.extract(text, reference_date=dt.date(2015, 4, 1)).timeline]
    assert not row.startswith("Salem …") and "Salem" in row
