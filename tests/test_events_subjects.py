"""A clause row without a subject of its own reaches back to whom it is about."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import newsbrief
from newsbrief.events.subjects import MAX_REACH, reach_start
from support import rows_of

if TYPE_CHECKING:
    from spacy.language import Language

REFERENCE = dt.date(2015, 3, 1)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A relative clause is about its antecedent, even past an apposition.
        ("The heaviest lamb was Bruno, nicknamed 'Woolly', who was born in "
         "Worcestershire in 2009.",
         "Bruno, nicknamed 'Woolly', who was born in Worcestershire in 2009"),
        # An infinitive of purpose is done by the subject of its verb.
        ("Police named Aqsa Mahmood, who left her home in Scotland to travel to Syria "
         "in 2013.",
         "Aqsa Mahmood, who left her home in Scotland to travel to Syria in 2013"),
        # A participle describing a noun is about that noun.
        ("Police are questioning the man arrested for shooting two police officers "
         "during protests in Ferguson last week.",
         "the man arrested for shooting two police officers during protests in "
         "Ferguson last week"),
        ("The families of those killed in the March 24 crash gathered.",
         "those killed in the March 24 crash"),
        # "who" after a bare noun closing a phrase ("on board") stands for the noun
        # before that phrase: "board" is no one ...
        ("For the families of the 239 passengers and crew on board, who have had "
         "nothing but hope and prayers to carry them through the past year, it's about "
         "finding answers.",
         "the 239 passengers and crew on board, who have had nothing but hope and "
         "prayers to carry them through the past year"),
        # ... but "someone" is.
        ("It was the first match of the week against someone who beat me last year.",
         "someone who beat me last year"),
        # A relative clause the parse took for a complement is still about the noun
        # its pronoun follows, unless "that" follows a name.
        ("But it is small consolation for a country that, 100 years ago, was a "
         "superpower with truly global reach.",
         "a country that, 100 years ago, was a superpower with truly global reach"),
        # A gerund after a preposition is done by the subject of the verb above it.
        ("He had blamed the agency for orchestrating a series of bombings in 1999.",
         "He had blamed the agency for orchestrating a series of bombings in 1999"),
    ],
)  # fmt: skip
def test_a_row_reaches_back_to_whom_it_is_about(text: str, row: str) -> None:
    assert rows_of(text, REFERENCE) == [row]


def test_a_subject_the_parse_took_for_an_object_of_as_is_the_rows() -> None:
    # The parse reads "as the San Jose Sharks" as a preposition and its object.
    text = (
        "The defenceman had four points in his return as the San Jose Sharks beat the "
        "Edmonton Oilers 7-4 on Saturday."
    )
    assert rows_of(text, REFERENCE) == [
        "the San Jose Sharks beat the Edmonton Oilers 7-4 on Saturday"
    ]
    # ... also when its noun has a noun of "of" after it.
    text = (
        "More than 60 were injured after the roof of a partially built cement factory "
        "collapsed Thursday in southwestern Bangladesh."
    )
    assert rows_of(text, REFERENCE) == [
        "the roof of a partially built cement factory collapsed Thursday in southwestern Bangladesh"
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("(CNN)Retired NFL star Darren Sharper changed course and pleaded guilty Monday "
         "to one count of sexual assault.",
         "Retired NFL star Darren Sharper changed course and pleaded guilty Monday to one "
         "count of sexual assault"),
        ("Istanbul (CNN)A prosecutor involved in a controversial case died Tuesday after "
         "he was shot during a hostage siege.",
         "A prosecutor involved in a controversial case died Tuesday"),
        # ... and a word opening the clause is no part of its doer.
        ("New York (CNN)When prosecuting attorneys began their closing arguments in the "
         "terrorism trial on Monday morning, they spoke of blood.",
         "prosecuting attorneys began their closing arguments in the terrorism trial on "
         "Monday morning"),
    ],
)  # fmt: skip
def test_a_dateline_the_parse_takes_for_a_subject_is_none(text: str, row: str) -> None:
    assert row in rows_of(text, REFERENCE)


def test_a_joined_verb_does_not_reach_back_over_its_partner() -> None:
    # "made profits" is another event: the row dated this year does not hold it, and
    # tells its doer apart (`test_a_row_tells_apart_a_doer_it_cannot_reach`).
    brief = newsbrief.extract(
        "Ford made profits of $868 million, and expects to stay profitable this year.",
        reference_date=dt.date(2015, 3, 1),
    )
    (row,) = brief.timeline
    assert row.event == "Ford … expects to stay profitable this year"
    assert [s.text for s in row.sources] == ["Ford", "expects to stay profitable this year"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Africa was shot and killed by Los Angeles police Sunday.",
         "Africa was shot and killed by Los Angeles police Sunday"),
        ("An officer shot and killed Michael Brown in August.",
         "An officer shot and killed Michael Brown in August"),
        # A partner in the same past with no time of its own, too.
        ("Gunmen killed 19 people and sent tourists scrambling for cover on Wednesday.",
         "Gunmen killed 19 people and sent tourists scrambling for cover on Wednesday"),
        ("He was arrested in Texas and charged with murder on Monday.",
         "He was arrested in Texas and charged with murder on Monday"),
    ],
)  # fmt: skip
def test_a_verb_joined_to_a_bare_one_reaches_back_over_it(text: str, row: str) -> None:
    """'shot and killed': one event told by two verbs, and whose it is (a partner of
    another tense does not join: `test_a_joined_verb_does_not_reach_back_over_its_partner`)."""
    assert rows_of(text, REFERENCE) == [row]


def test_a_row_reaches_only_so_far_within_its_sentence(nlp: Language) -> None:
    doc = nlp("The lamb was Bruno, nicknamed 'Woolly', who was born in Leeds in 2009.")
    who = next(t for t in doc if t.lower_ == "who")
    born = who.head
    bruno = next(t for t in doc if t.text == "Bruno")
    assert reach_start(born, who.i, set(), 0) == bruno.i
    # Not past the row's floor (a dateline), nor over another event's date ...
    assert reach_start(born, who.i, set(), bruno.i + 1) == who.i
    assert reach_start(born, who.i, {bruno.i + 2}, 0) == who.i
    # ... nor further back than MAX_REACH tokens.
    far = nlp("The lamb was Bruno, nicknamed 'Woolly' by the farmers of the green valley "
              "for many long years, who was born in Leeds in 2009.")  # fmt: skip
    who = next(t for t in far if t.lower_ == "who")
    assert who.i - next(t for t in far if t.text == "Bruno").i > MAX_REACH
    assert reach_start(who.head, who.i, set(), 0) == who.i


def test_a_clause_with_its_own_subject_keeps_its_start() -> None:
    text = "After the storm, officials said the road reopened on Monday."
    assert rows_of(text, REFERENCE) == ["the road reopened on Monday"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A subject holding a clause that tells which one is part of the event ...
        ("A Brooklyn woman who was watching her clothes dry in a laundromat was "
         "killed Thursday evening.",
         "A Brooklyn woman who was watching her clothes dry in a laundromat was killed "
         "Thursday evening"),
        ("Students who admitted sexting were more likely to report having sex the "
         "next year.",
         "Students who admitted sexting were more likely to report having sex the next "
         "year"),
        # ... one set aside by commas too, without it the row would not say who,
        ("The singer, whose full name was Kayahan Acar, was born in Izmir on March 29, "
         "1949.",
         "The singer, whose full name was Kayahan Acar, was born in Izmir on March 29, 1949"),
        # ... a participle of its verb set aside, or a relative clause between dashes,
        ("City, seeking to retain its title, is only one point ahead after Saturday.",
         "City, seeking to retain its title, is only one point ahead after Saturday"),
        ("The 20-year-old -- who was born in Syria -- was arrested on January 14.",
         "The 20-year-old -- who was born in Syria -- was arrested on January 14"),
        # ... and one of now on a subject of several, which told apart would lose
        # the others.
        ("The Kremlin, which owns the paper, and its allies denied the report on Monday.",
         "The Kremlin, which owns the paper, and its allies denied the report on Monday"),
        # ... unless it holds a time of its own, another event's (its doer is then
        # told apart),
        ("The 56,300-ton warship, which was launched in 1956, was decommissioned in 1993.",
         "The 56,300-ton warship … was decommissioned in 1993"),
        # ... but another name for it between commas is the subject still.
        ("The centerpiece of his climate strategy, federal rules curbing emissions "
         "from power plants, faces a key test on Tuesday.",
         "The centerpiece of his climate strategy, federal rules curbing emissions "
         "from power plants, faces a key test on Tuesday"),
        ("The plan, a set of federal rules curbing emissions from power plants, faces "
         "a key test on Tuesday.",
         "The plan, a set of federal rules curbing emissions from power plants, faces a "
         "key test on Tuesday"),
        # ... nor commas that list names within it.
        ('On February 3, 1959, a small aircraft carrying Buddy Holly, Ritchie Valens '
         'and "The Big Bopper" Richardson crashed near Clear Lake, Iowa.',
         'a small aircraft carrying Buddy Holly, Ritchie Valens and "The Big Bopper" '
         "Richardson crashed near Clear Lake, Iowa"),
        # ... nor commas around a participle with no time of its own ...
        ("Winners of the annual contest, judged by the Stars and Stripes newspaper, "
         "were announced this month.",
         "Winners of the annual contest, judged by the Stars and Stripes newspaper, "
         "were announced this month"),
        # ... or dashes: the row was the bare "began last year".
        ("The search for Cervantes' coffin -- using radar -- began last year.",
         "The search for Cervantes' coffin -- using radar -- began last year"),
        # ... nor one holding a date of another event (its doer told apart).
        ("The warship that was launched in 1956 was decommissioned in 1993.",
         "The warship … was decommissioned in 1993"),
        # A subject holding the row's own date is reached all the same.
        ("Wednesday's terrorist attack, which killed 23 people, hit Tunisia where it hurt.",
         "Wednesday's terrorist attack, which killed 23 people, hit Tunisia"),
        ("A November 2014 study published in the journal found that women show more "
         "signs of depression.",
         "A November 2014 study published in the journal found that women show more "
         "signs of depression"),
    ],
)  # fmt: skip
def test_a_row_reaches_back_to_its_own_subject_holding_a_clause(text: str, row: str) -> None:
    assert row in rows_of(text, REFERENCE)


@pytest.mark.parametrize(
    ("text", "row", "sources"),
    [
        # A verb sharing the subject of one of another event ...
        ("Alexander Litvinenko was poisoned by a lethal dose of polonium and died in "
         "London in 2006.",
         "Alexander Litvinenko … died in London in 2006",
         ["Alexander Litvinenko", "died in London in 2006"]),
        # ... the first of a list of them too,
        ("He managed to curb his wild ways (for the most part), served two tours in "
         "Afghanistan and achieved the rank of captain in 2011.",
         "He … achieved the rank of captain in 2011",
         ["He", "achieved the rank of captain in 2011"]),
        # ... or whose own subject an aside of another time sets off; a name's
        # apposition not set off is the name's ("Motion Picture Arts and Sciences").
        ("The Academy of Motion Picture Arts and Sciences, the group that presents the "
         "Oscars, purchased the spacecraft at auction Saturday for $344,000.",
         "The Academy of Motion Picture Arts and Sciences … purchased the spacecraft at "
         "auction Saturday for $344,000",
         ["The Academy of Motion Picture Arts and Sciences",
          "purchased the spacecraft at auction Saturday for $344,000"]),
        # ... or one of now on a verb of the past or the future,
        ("Carnival, which has three ships on order, presented claims in the bankruptcy "
         "court this week.",
         "Carnival … presented claims in the bankruptcy court this week",
         ["Carnival", "presented claims in the bankruptcy court this week"]),
        ("The 20-year-old -- who claims he is affiliated with ISIS -- was arrested on "
         "January 14.",
         "The 20-year-old … was arrested on January 14",
         ["The 20-year-old", "was arrested on January 14"]),
        ("The battery plant, which makes rechargeable nickel cadmium products, will be "
         "closed next year.",
         "The battery plant … will be closed next year",
         ["The battery plant", "will be closed next year"]),
        # ... or a relative pronoun stands for further back than the row reaches.
        ("The lamb was Bruno, nicknamed 'Woolly' by the farmers of the green valley "
         "for many long years, who was born in Leeds in 2009.",
         "Bruno … who was born in Leeds in 2009",
         ["Bruno", "who was born in Leeds in 2009"]),
        # A relative clause between, about another noun, has a doer of its own.
        ("Smith left the band, which had toured for years, and joined a rival group in "
         "2010.",
         "Smith … joined a rival group in 2010",
         ["Smith", "joined a rival group in 2010"]),
        # A dateline the parse takes for a second subject is none.
        ("Tunis (CNN)The bodies of four Italian tourists slain in a terror attack on "
         "Tunisia's Bardo Museum three days ago arrived back in Italy on Saturday, an "
         "official said.",
         "The bodies of four Italian tourists … arrived back in Italy on Saturday",
         ["The bodies of four Italian tourists", "arrived back in Italy on Saturday"]),
        # A bracket the doer's phrase opens, it closes ...
        ("Japan's (ANA) were to take delivery in May 2008, but will now receive the "
         "aircraft next month.",
         "Japan's (ANA) … will now receive the aircraft next month",
         ["Japan's (ANA)", "will now receive the aircraft next month"]),
        # ... and a quotation it is written in is kept whole.
        ('In February 2014, "little green men" -- the Ukrainian term for soldiers wearing '
         "no insignia -- seized key installations around Crimea.",
         '"little green men" … seized key installations around Crimea',
         ['"little green men"', "seized key installations around Crimea"]),
    ],
)  # fmt: skip
def test_a_row_tells_apart_a_doer_it_cannot_reach(text: str, row: str, sources: list[str]) -> None:
    """The row cannot hold its doer without holding another event: it is told apart
    before it, and both stretches are the row's sources."""
    (entry,) = [t for t in newsbrief.extract(text, reference_date=dt.date(2015, 4, 1)).timeline
                if t.event.endswith(sources[-1])]  # fmt: skip
    assert entry.event == row
    assert [s.text for s in entry.sources] == sources
    assert all(text[s.start : s.end] == s.text for s in entry.sources)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # Another doer between the one found and the row: the parse joined what is
        # not joined ("began" hangs from "plunged", not from "marginalized").
        ("Yemen was plunged into chaos when the Houthi rebels, who have long felt "
         "marginalized in the majority Sunni country, began seizing control of the "
         "capital last fall.",
         "began seizing control of the capital last fall"),
        # ... here the doer ("Bayern") is the object the parse gave "as".
        ("Sebastian Rode scored in the 38th minute and Hoffenheim's Andreas Beck added "
         "an own goal in stoppage time as Bayern, with youngsters Mitchell Weiser and "
         "Gianluca Gaudino in the lineup, opened a 13-point lead over second-placed VfL "
         "Wolfsburg on Sunday.",
         "opened a 13-point lead over second-placed VfL Wolfsburg on Sunday"),
        # Words not of the antecedent the parse gives "that" stand between them.
        ("He had blamed the agency for orchestrating a series of apartment bombings in "
         "Russia in 1999 that left hundreds dead and led to Russia's invasion of "
         "Chechnya later that year.",
         "led to Russia's invasion of Chechnya later that year"),
        # A noun after "with" is no doer of the clause after it.
        ("With tensions running high after the shooting of two officers in Ferguson, "
         "Missouri, state and county police took over protest security in the St. Louis "
         "suburb Thursday.",
         "took over protest security in the St. Louis suburb Thursday"),
        # Verbs the parse joins with no "and" between them are not one doer's.
        ("According to the court documents, security services believe five members of "
         "the group -- CE, Berjawi, BX, Ezzouek, Miah and Chentouf -- attended an al "
         "Qaeda training camp in Somalia in 2006.",
         "attended an al Qaeda training camp in Somalia in 2006"),
        # Two subjects of one verb: the parse has joined two clauses into one.
        ("In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music "
         "player and the following year the Mac OS X operating system was released.",
         "the Mac OS X operating system was released"),
    ],
)  # fmt: skip
def test_no_doer_rather_than_a_wrong_one(text: str, row: str) -> None:
    assert row in rows_of(text, REFERENCE)


def test_a_that_the_parse_left_unattached_does_not_stand_for_a_name_before_it() -> None:
    text = (
        "His death came on the heels of a fatal police shooting in Tulsa and another in "
        "Columbus that killed a 13-year-old last week."
    )
    rows = rows_of(text, dt.date(2016, 9, 25))
    assert rows and not any(r.startswith("Columbus") for r in rows)
