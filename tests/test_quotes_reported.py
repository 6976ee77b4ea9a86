"""Reported speech: its content, its cue, the mention attributing it, its kind."""

from __future__ import annotations

from typing import Any

import pytest

from support import INTRO, one


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        ("Okafor said the relationship with Ottawa needs work.", "the relationship", "said"),
        ("Okafor said that the relationship needs more work.", "that the relationship", "said"),
        ("Okafor says the relationship with Ottawa needs work.", "the relationship", "says"),
        ("Okafor told reporters the relationship needs more work.", "the relationship", "told"),
        ("Okafor warned that the relationship was in trouble.", "that the relationship", "warned"),
        ("Okafor argued that the funding had come too late.", "that the funding", "argued"),
        ("Okafor added that the talks would resume in March.", "that the talks", "added"),
    ],
)
def test_reported_speech_has_content_cue_and_speaker(
    quotes_of: Any, sentence: str, content: str, cue: str
) -> None:
    text = INTRO + sentence
    q = one(quotes_of(text), content)
    assert q.kind == "reported"
    assert q.text.startswith(content) and not q.text.endswith(".")
    assert q.text == text[q.start : q.end]
    assert q.speaker == "Maria Okafor"
    assert q.cue_span is not None and q.cue_span.text == cue
    assert text[q.cue_span.start : q.cue_span.end] == cue
    assert q.mention_span is not None and q.mention_span.text == "Okafor"


def test_according_to_gives_the_rest_of_the_sentence(quotes_of: Any) -> None:
    text = INTRO + "The commission will hold hearings in every province, according to Okafor."
    q = one(quotes_of(text), "hearings")
    assert q.kind == "reported"
    assert q.text == "The commission will hold hearings in every province"
    assert q.speaker == "Maria Okafor"
    assert q.cue_span is not None and q.cue_span.text == "according to"


def test_what_was_said_in_clauses_before_the_verb_is_said_whole(quotes_of: Any) -> None:
    text = INTRO + (
        "She had suggested getting a taxi, but Nemtsov didn't want to, preferring to "
        "walk, Okafor said."
    )
    q = one(quotes_of(text), "taxi")
    assert q.text == (
        "She had suggested getting a taxi, but Nemtsov didn't want to, preferring to walk"
    )
    assert q.speaker == "Maria Okafor"


def test_what_that_opens_after_the_verb_is_what_was_said(quotes_of: Any) -> None:
    # The clause before "Okafor said" was taken for what she said.
    text = INTRO + (
        "It's important to know that the scandal has been known publicly for a year and "
        "during the campaign, Okafor said over and over that she would root out corruption.\n\n"
        "Okafor said the company that she founded would close next year."
    )
    quotes = quotes_of(text)
    assert one(quotes, "corruption").text == "that she would root out corruption"
    assert [q.text for q in quotes if "important" in q.text] == []
    # A relative "that" opens no statement of its own.
    assert one(quotes, "founded").text == "the company that she founded would close next year"


def test_a_caption_run_on_before_the_speaker_is_not_what_was_said(quotes_of: Any) -> None:
    # Captions printed without a full stop run on into the next sentence.
    text = INTRO + (
        "James Boase, pictured, failed to stop after hitting another car on March 13, "
        "2014 near his Devon pub, pictured Mr Boase claimed that he went to bed around "
        "12.30am and must have been sleep walking."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes if "Devon pub" in q.text] == []
    assert one(quotes, "went to bed").text.startswith("that he went to bed around 12.30am")


def test_a_quote_after_a_colon_is_not_part_of_what_was_reported(quotes_of: Any) -> None:
    text = INTRO + (
        "She added that colleagues had worked double shifts to keep patients safe: "
        "\u201cNobody went home on time all week. Nobody.\u201d"
    )
    quotes = quotes_of(text)
    assert one(quotes, "double shifts").text == (
        "that colleagues had worked double shifts to keep patients safe"
    )
    assert one(quotes, "Nobody went home").kind == "direct"


def test_the_mention_is_the_pronoun_next_to_the_cue(quotes_of: Any) -> None:
    text = INTRO + "She said the relationship with Ottawa needs a great deal of work."
    q = one(quotes_of(text), "relationship")
    assert q.speaker == "Maria Okafor"
    assert q.mention_span is not None
    assert (q.mention_span.text, q.mention_span.start) == ("She", text.index("She said"))
    assert q.speaker_span is not None and q.speaker_span.text == "Maria Okafor"


def test_questions_and_denials_report_no_statement(quotes_of: Any) -> None:
    text = INTRO + (
        "Okafor did not say when the hearings would begin. "
        "Reporters asked whether the hearings would be public."
    )
    assert quotes_of(text) == []


def test_reported_speech_without_a_speaker_is_left_out(quotes_of: Any) -> None:
    assert quotes_of("It was said that the hearings would begin in the spring.") == []


def test_a_partial_quote_inside_reported_speech_is_one_mixed_statement(quotes_of: Any) -> None:
    text = INTRO + 'Okafor said the years on the commission had been "life-changing and hard."'
    quotes = quotes_of(text)
    assert len(quotes) == 1, quotes
    q = quotes[0]
    assert q.kind == "mixed"
    assert q.text.startswith("the years") and "life-changing" in q.text
    assert q.speaker == "Maria Okafor"


def test_a_single_quoted_word_makes_reported_speech_mixed_not_a_quote(quotes_of: Any) -> None:
    text = INTRO + 'Okafor said the delays in the hearings were "hazardous" for families.'
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["mixed"]
    assert not any(q.text == "hazardous" for q in quotes)


def test_a_direct_quote_after_said_stays_direct(quotes_of: Any) -> None:
    text = INTRO + 'Okafor said: "We have waited far too long for these hearings to begin."'
    q = one(quotes_of(text), "waited")
    assert q.kind == "direct"
    assert q.speaker == "Maria Okafor"


def test_the_speaker_of_reported_speech_is_found_among_entities(
    quotes_of: Any, entities_of: Any
) -> None:
    text = INTRO + "Okafor said the relationship with Ottawa needs work."
    q = one(quotes_of(text), "relationship")
    assert any(e.name == q.speaker for e in entities_of(text))


def test_reported_speech_tells_whom_a_later_pronoun_means(quotes_of: Any) -> None:
    text = (
        "Kevin Vickers was born in Miramichi. "
        "He said the business, along with a credit union run by his father's friend, "
        "Martin Legere, gave the province a much-needed boost.\n\n"
        '"They brought a lot of jobs to the whole province of New Brunswick," he said.'
    )
    q = one(quotes_of(text), "brought a lot")
    assert q.speaker == "Kevin Vickers"


def test_a_few_quoted_words_under_a_speech_verb_are_part_of_a_mixed_statement(
    quotes_of: Any,
) -> None:
    text = INTRO + 'Okafor called the new funding plan a "reckless gamble" on Tuesday.'
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["mixed"], quotes
    q = quotes[0]
    assert "the new funding plan" in q.text and "reckless gamble" in q.text
    assert q.speaker == "Maria Okafor"
    assert q.cue_span is not None and q.cue_span.text == "called"


def test_words_under_a_speech_verb_that_stop_before_the_quote_are_no_statement(
    quotes_of: Any,
) -> None:
    # The quoted words sit inside the object, in a clause of their own: the verb's
    # words up to them tell nothing anyone said.
    text = (
        "Tesla posted a fun little video to its Twitter feed Thursday in which a Model 3 "
        'shows off by taking "snow laps" in real snow.'
    )
    assert [q for q in quotes_of(text) if q.kind != "direct"] == []


def test_words_under_a_speech_verb_that_end_at_the_quote_take_it_in(quotes_of: Any) -> None:
    text = (
        "The pilots' union, the Air Line Pilots Council, said in a statement that it had "
        'raised concerns about the system "repeatedly" over the past year.'
    )
    q = one(quotes_of(text), "raised concerns")
    assert q.kind == "mixed"
    assert q.text.endswith('"repeatedly"')


@pytest.mark.parametrize(
    ("text", "begins"),
    [
        (
            "(CNN)An American nurse who fell ill in Liberia arrived Friday at a "
            "hospital in Maryland, the Health Ministry said.",
            "An American nurse",
        ),
        (
            "LONDON (Reuters) - The bank cut its main rate on Thursday, the governor said.",
            "The bank cut",
        ),
        (
            "OSLO, Norway — The committee will meet on March 3 to choose a new chair, an "
            "official said.",
            "The committee will",
        ),
        (
            "London (CNN)Top Gear presenter Jeremy Clarkson was suspended, the BBC reported.",
            "Top Gear presenter",
        ),
        (
            "NEW YORK, March 3 (Reuters) - Stocks fell on Monday, traders said.",
            "Stocks fell",
        ),
        (
            "(CNN)The flight crew of the plane that skidded into a fence cited brake issues, "
            "according to an update from the safety board.",
            "The flight crew",
        ),
    ],
)
def test_a_dateline_is_not_part_of_what_was_said(quotes_of: Any, text: str, begins: str) -> None:
    q = one(quotes_of(text), begins)
    assert q.text.startswith(begins)
    assert q.text == text[q.start : q.end]


def test_data_of_an_organization_is_given_by_that_organization(quotes_of: Any) -> None:
    text = (
        "The Northern Ports Authority counts cargo every year.\n\n"
        "More than 40 million tonnes passed through the harbour in 2019, according to "
        "the Northern Ports Authority's early shipping data."
    )
    q = one(quotes_of(text), "40 million")
    assert q.speaker == "Northern Ports Authority"
    assert q.mention_span is not None and "shipping data" in q.mention_span.text


def test_two_people_saying_it_together_are_both_the_speaker(quotes_of: Any) -> None:
    text = (
        "Maria Lopez and David Chen opened the cafe in 2009.\n\n"
        "In an emailed statement, the cafe's owners Maria Lopez and David Chen said they "
        "accepted the result of the ballot."
    )
    q = one(quotes_of(text), "accepted the result")
    assert q.speaker == "Maria Lopez and David Chen"
    assert q.speaker == text[q.speaker_span.start : q.speaker_span.end]


def test_a_statement_named_by_its_issuer_is_the_issuers(quotes_of: Any) -> None:
    text = (
        "The North Atlantic Treaty Organization (NATO) held talks on Monday.\n\n"
        "The NATO statement said relations between the member states had "
        "never been better."
    )
    q = one(quotes_of(text), "relations between")
    assert q.speaker in ("NATO", "North Atlantic Treaty Organization")  # not "The NATO statement"


def test_a_line_linking_to_another_story_reports_nothing(quotes_of: Any) -> None:
    text = (
        "Marise Payne said Australia was concerned about the two detained Canadians.\n\n"
        "READ MORE: Justin Trudeau says people around the world ‘extremely disturbed’ by "
        "detention of Canadians in China\n\n"
        "Read more: “We will keep pressing for their release every single day,” minister says\n\n"
        "Payne said the government would raise the cases with Beijing this week.\n"
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Marise Payne", "Marise Payne"]
    assert not any("Trudeau" in (q.speaker or "") or "pressing" in q.text for q in quotes)


def test_a_credit_after_the_story_is_no_reported_speech(quotes_of: Any) -> None:
    text = (
        "Rebels seized the airport on Sunday.\n\n"
        "Officials said the rebels had seized the airport and were moving south.\n\n"
        "The United Nations envoy warned of civil war.\n\n"
        "Journalist Hakim Almasmari reported from Sanaa, CNN's Catherine E. Shoichet "
        "reported from Atlanta and CNN's Richard Roth reported from the United Nations."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Officials"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Another critic, Laurence Tribe, likened the rules to "
        '"burning the Constitution" on Monday.',
        "In July, Newt Gingrich dismissed Estonia as being in the "
        '"suburbs of St. Petersburg" in an interview.',
        'Senator Ann Cole praised the rescuers for their "immense courage" in the storm.',
    ],
)
def test_a_verb_judging_in_quoted_words_gives_a_mixed_statement(
    quotes_of: Any, sentence: str
) -> None:
    found = quotes_of(sentence)
    assert [(q.kind, q.speaker) for q in found] == [
        ("mixed", next(n for n in ("Laurence Tribe", "Newt Gingrich", "Ann Cole") if n in sentence))
    ]


def test_according_to_at_the_start_ends_at_the_source_s_comma(quotes_of: Any) -> None:
    # The parse takes "the move reeks" for an apposition of the source.
    text = "According to talk radio host Rush Limbaugh, the move reeks of “fear” and desperation."
    found = quotes_of(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("the move reeks of “fear” and desperation", "Rush Limbaugh")
    ]
    later = (
        "The talks will resume on Monday, according to Anna Berg, a spokeswoman for the ministry."
    )
    assert [q.text for q in quotes_of(later)] == ["The talks will resume on Monday"]


def test_saying_after_a_preposition_is_said_by_the_clause_s_subject(quotes_of: Any) -> None:
    text = "Mayor Ann Cole closed the meeting after saying the budget would be balanced by June."
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("the budget would be balanced by June", "Ann Cole")
    ]


def test_the_listener_of_told_is_no_part_of_a_partly_quoted_statement(quotes_of: Any) -> None:
    text = (
        "The president told African-Americans this weekend he would consider it a "
        '"personal insult" if they did not vote.'
    )
    assert [q.text for q in quotes_of(text)] == [
        'he would consider it a "personal insult" if they did not vote'
    ]
    text = 'Mark Rowley told the committee there was a "steady flow" of girls leaving.'
    assert [q.text for q in quotes_of(text)] == ['there was a "steady flow" of girls leaving']
    # Unless the parse took the subject of what was said for the listener.
    text = 'Paul Brissette told psychologists mass shooters such as Roof were his "idols."'
    assert next(q.text for q in quotes_of(text)).startswith("psychologists mass shooters")


def test_according_to_inside_brackets_vouches_for_the_brackets_only(quotes_of: Any) -> None:
    # The whole sentence was "some stories'" statement.
    text = (
        "Malik has been part of the band since it was formed (at the urging of Simon "
        "Cowell, according to some stories) in 2010."
    )
    assert quotes_of(text) == []
    text = "The plant will close in May (staff were told on Friday, according to the union)."
    assert [q.text for q in quotes_of(text)] == ["staff were told on Friday"]
