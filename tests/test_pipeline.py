"""The pipeline as newsbrief adjusts it: tokenizer rules for newsroom writing and
its own components (`pipeline.py`)."""

from __future__ import annotations

import pytest


def test_an_agency_credit_glued_to_the_first_word_is_split(nlp) -> None:  # type: ignore[no-untyped-def]
    # Nearly every CNN story opens "(CNN)The ...": the first word is its own token.
    words = [t.text for t in nlp('London (CNN)Top Gear was pulled. (Reuters)"We are sorry"')]
    assert words[:5] == ["London", "(", "CNN", ")", "Top"]
    assert words[-7:-3] == ["Reuters", ")", '"', "We"]
    assert "state(s" in [t.text for t in nlp("each state(s) and Mr(s)Smith")]  # no credit there


def test_a_dash_glued_to_a_word_is_split_from_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Monday--" was one token: no date, and the row ending there kept the dash.
    words = [t.text for t in nlp("until officials relented Monday-- after the night --the end")]
    assert words[3:5] == ["Monday", "--"]
    assert words[-3:] == ["--", "the", "end"]
    assert "--" in [t.text for t in nlp("word--word")]


def test_a_short_title_keeps_its_period_and_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sgt" alone ended the sentence, and "Sgt" became the quote's speaker.
    doc = nlp('"We are good at it," said Sgt. Jeremy Lewis with the city\'s police.')
    assert "Sgt." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Jeremy Lewis"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # The clock goes on into a weekday, a time zone, a lower-case word.
        ("A car crashed into a wall at 10:45 a.m. Sunday.", 1),
        ("It went down about 8:30 p.m. Tuesday, the military has said.", 1),
        ("The plane left after its scheduled 9:45 a.m. local time departure.", 1),
        ("The show airs at 12:35 a.m. ET on CBS.", 1),
        # A capital word after it may open the next sentence, and does unless it
        # names a month or a place's time.
        ("The bar gets busy after 9 p.m. So what's up with the bras?", 2),
        ("The plane landed shortly after 11 a.m. The plane slid off the runway.", 2),
        ("Shots struck a building at about 6 p.m. Along with the gun, police found a car.", 2),
        ("He was cited after starting work about 5 a.m. McGill said he was stunned.", 2),
        ("Trading opens at 10 a.m. Eastern time on Monday.", 1),
        ("It opens at 9 a.m. Hong Kong time, the exchange said.", 1),
        ("Fact-checks start at 9 p.m. E.T. by relying on our database.", 1),
        ("The vote ends at 8 p.m. Nov. 8 in most states.", 1),
    ],
)
def test_a_clock_time_does_not_end_a_sentence_that_goes_on(  # type: ignore[no-untyped-def]
    nlp, text: str, sentences: int
) -> None:
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Lucasfilm re-released the trilogy in 1997.", "re-released"),
        ("The Ansaru members re-integrated with Shekau.", "re-integrated"),
        ("He said he was de-committing from the Sooners.", "de-committing"),
    ],
)
def test_a_prefixed_verb_is_one_word_and_the_verb(  # type: ignore[no-untyped-def]
    nlp, text: str, verb: str
) -> None:
    # Cut at its hyphen, "re" was parsed as the verb and "released" joined to it.
    (token,) = [t for t in nlp(text) if t.text == verb]
    assert token.pos_ == "VERB"
    assert token.dep_ in ("ROOT", "ccomp", "xcomp")


def test_a_prefixed_noun_or_name_is_left_to_the_tokenizer(nlp) -> None:  # type: ignore[no-untyped-def]
    # Merged, "co-founder" (a word the model never met whole) was read as a verb;
    # "Vice-President Wang Qishan" lost its person.
    doc = nlp("Chinese Vice-President Wang Qishan met Microsoft co-founder Paul Allen.")
    assert "co-founder" not in [t.text for t in doc]
    assert "Vice-President" not in [t.text for t in doc]
    assert "Wang Qishan" in [e.text for e in doc.ents]
    # Nor is a longer compound cut short: "anti-being" of "anti-being-told-what-to-do".
    assert "anti-being" not in [t.text for t in nlp("They are anti-being-told-what-to-do.")]


def test_a_province_abbreviation_keeps_its_period_and_its_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sask" and "." apart: the "." hung from the sentence's first verb, and the
    # date after it with it ("they drove ... on Feb. 22, 2016").
    doc = nlp(
        "They drove a truck like the one that collided with a semi near Langham, Sask., "
        "on Feb. 22, 2016."
    )
    assert "Sask." in [t.text for t in doc]
    on = next(t for t in doc if t.text == "on")
    assert on.head.text == "collided"
    # "Man." is left to the tokenizer: "the Isle of Man." ends its sentence.
    assert len(list(nlp("He moved to the Isle of Man. He likes it.").sents)) == 2


def test_wed_is_one_word(nlp) -> None:  # type: ignore[no-untyped-def]
    # The tokenizer's "we" + "'d" left the sentence without its verb, and the row
    # without the marriage.
    doc = nlp("In 2002, Barrientos wed Koridze on Valentine's Day.")
    wed = next(t for t in doc if t.text == "wed")
    assert wed.pos_ == "VERB"


def test_speakers_the_parse_joined_to_a_list_are_the_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Bangladesh, police and fire officials" was one list, and "told" had no subject.
    doc = nlp(
        "Six people died after a roof collapsed Thursday in southwestern Bangladesh, "
        "police and fire officials told CNN."
    )
    told = next(t for t in doc if t.text == "told")
    assert [c.text for c in told.children if c.dep_ == "nsubj"] == ["police"]
    bangladesh = next(t for t in doc if t.text == "Bangladesh")
    assert "officials" not in [t.text for t in bangladesh.subtree]
    # A verb with a subject of its own is left alone.
    doc = nlp("Officials in Bangladesh, India and Nepal said the storm had passed.")
    said_ = next(t for t in doc if t.text == "said")
    assert [c.text for c in said_.children if c.dep_ == "nsubj"] == ["Officials"]
