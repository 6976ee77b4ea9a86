"""Speech verbs and their subjects in the parse."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import said


def test_passive_speech_verb_is_not_its_subject_speaking(quotes_of: Any) -> None:
    text = (
        'Delia Marsh apologized on Tuesday. "I was wrong, and I am sorry for it," she said. '
        "On Instagram, where she was called everything "
        'from arrogant to "rotten to the core", the clip circulated widely.'
    )
    quotes = quotes_of(text)
    assert said(quotes, "I was wrong") == "Delia Marsh"
    # What others called her is not her speaking (nor a quote of hers carried on).
    assert [q.speaker for q in quotes if "rotten" in q.text] in ([], [None])


def test_told_the_court_names_the_listener_not_the_speaker(quotes_of: Any) -> None:
    text = (
        "Mr Dorrance said that every penny had gone into his own account and told the court: "
        "‘It was betting on horses at weekends that kept pulling me back in.’"
    )
    assert said(quotes_of(text), "betting on horses") in ("Dorrance", "Mr Dorrance")


def test_a_participle_speech_verb_gives_the_noun_it_describes(quotes_of: Any) -> None:
    text = (
        "Customers were sent through confusing menus, according to the complaint. One "
        "internal email shows a Vantor product manager describing the program as "
        '"basically free money."\n'
    )
    speaker = said(quotes_of(text), "basically free money")
    assert speaker is not None and "manager" in speaker


def test_a_verb_conjoined_to_a_passive_one_shares_its_subject_not_its_agent(
    quotes_of: Any,
) -> None:
    text = (
        "Lewis Hamilton finished sixth at the 2011 Monaco Grand Prix.\n\n"
        "Hamilton had been penalized by race stewards after finishing sixth and exclaimed "
        'to the media: "It\'s an absolute joke, and everybody in the paddock knows it."\n'
    )
    assert said(quotes_of(text), "absolute joke") in ("Lewis Hamilton", "Hamilton")


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawsuit alleges that Vantor collected data from a million households.",
        "Mayor Dana Whitlock lamented that the city had lost its last newspaper.",
        "Coach Ray Tolliver reiterated that the team would not trade its captain.",
    ],
)
def test_more_verbs_report_speech(quotes_of: Any, sentence: str) -> None:
    assert [q.kind for q in quotes_of(sentence)] == ["reported"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A person familiar with the talks but unauthorized to speak publicly said "
            "that Schumer began calling senators.",
            "A person familiar with the talks",
        ),
        (
            "People arrested last week said that protesters were put at risk by the police.",
            "People arrested last week",
        ),
    ],
)
def test_a_description_keeps_what_follows_its_noun(
    quotes_of: Any, sentence: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Washington (CNN)Maryland authorities said Tuesday that an officer was arrested.",
            "Maryland authorities",
        ),
        (
            "LONDON (Reuters) - British police said on Monday they had arrested a man.",
            "British police",
        ),
    ],
)
def test_a_speaker_phrase_does_not_open_with_the_dateline(
    quotes_of: Any, text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(f"Arrest made\n\n{text}\n")] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The plan is dead and we will not revive it," The Wrap reported Lee Daniels saying.',
        'The Times quoted Lee Daniels as saying: "The plan is dead and we will not revive it."',
    ],
)
def test_the_one_cited_as_saying_speaks_not_the_outlet(quotes_of: Any, sentence: str) -> None:
    assert said(quotes_of(f"Plan ends\n\n{sentence}\n"), "plan is dead") == "Lee Daniels"


def test_a_credit_the_parse_made_the_subject_gives_way_to_the_name_beside_it(
    quotes_of: Any,
) -> None:
    text = 'Paint\n\n(CNN)Pablo Picasso once asked: "Are we to paint what is on the face?"\n'
    assert said(quotes_of(text), "Are we to paint") == "Pablo Picasso"


def test_a_day_owns_no_document(quotes_of: Any) -> None:
    text = (
        'Suit\n\nThursday\'s lawsuit alleges a nine-month pattern of "offensive" behavior '
        "by the singer and his entourage.\n"
    )
    assert said(quotes_of(text), "nine-month pattern") == "Thursday's lawsuit"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Chancellor Gene Block of UCLA called it a "teachable moment."', "Gene Block"),
        ('"How did you feel?" Assistant U.S. Attorney William Weinreb asked.', "William Weinreb"),
    ],
)
def test_a_name_the_recognizer_missed_is_given_without_its_title(
    quotes_of: Any, sentence: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_of(f"Campus\n\n{sentence}\n")] == [speaker]


def test_a_copula_subject_does_not_speak_but_its_owner_may(quotes_of: Any) -> None:
    mine = 'Q\n\nMy goal is to ask the question, "Why did this happen to us?"\n'
    assert said(quotes_of(mine), "Why did this happen") is None  # the writer's goal
    his = (
        "Jobs\n\nDonald Trump spoke last.\n\nWhen pressed about jobs, his best response "
        "was to say he would prevent more from leaving the country.\n"
    )
    assert said(quotes_of(his), "prevent more from leaving") == "Donald Trump"


def test_according_to_inside_a_joined_clause_reports_that_clause(quotes_of: Any) -> None:
    text = (
        "Richard III\n\nHistory, they say, is written by the victors, and according to the "
        "Tudors, Richard was hunchbacked, with a withered hand and limping gait.\n"
    )
    quote = next(q for q in quotes_of(text) if "hunchbacked" in q.text)
    assert quote.text.startswith("Richard was hunchbacked")


def test_a_common_noun_before_a_copula_says_nothing(quotes_of: Any) -> None:
    text = (
        "Bias\n\nNone of this is to suggest that all of the criticism aimed at the president "
        "stems from bias.\n"
    )
    assert all(q.speaker != "None" for q in quotes_of(text))
    named = "Q\n\nThe president is to announce on Monday that the troops will come home.\n"
    assert said(quotes_of(named), "troops will come home") == "The president"


def test_a_body_named_by_its_lead_word_and_of_is_named_whole(quotes_of: Any) -> None:
    text = (
        'Case\n\n"This was an extremely difficult case for all involved," the Borough of '
        "Hummelstown said in a statement.\n"
    )
    assert said(quotes_of(text), "extremely difficult") == "Borough of Hummelstown"


def test_a_hyphened_name_the_recognizer_missed_is_kept_whole(quotes_of: Any) -> None:
    text = (
        "The engineering firm faces fraud charges in Montreal.\n\n"
        "Later that month, SNC-Lavalin said the refusal was "
        '"unreasonable and incoherent in every respect."\n'
    )
    assert said(quotes_of(text), "unreasonable and incoherent") == "SNC-Lavalin"


@pytest.mark.parametrize("office", ["Sheriff's Office", "Prime Minister's Office"])
def test_an_office_named_by_its_holder_s_title_is_named_whole(quotes_of: Any, office: str) -> None:
    text = (
        "Deputies found the car on Route 9 late on Friday.\n\n"
        f'"The driver was taken to a hospital with minor injuries," the {office} said.\n'
    )
    assert said(quotes_of(text), "minor injuries") == office


def test_who_after_a_place_stands_for_the_people_before_it(quotes_of: Any) -> None:
    # The parse hangs "who have argued" on "Capitol Hill": a place says nothing.
    text = (
        "The change is likely to placate nervous Democrats on Capitol Hill, who have argued "
        "that it helps down-ballot when Trump is painted as a greedy Republican."
    )
    assert said(quotes_of(text), "helps down-ballot") == "Democrats"


def test_who_after_a_person_stands_for_that_person(quotes_of: Any) -> None:
    text = "It was a decision for Smith's lawyer, Anne Cole, who said the appeal would be filed."
    assert said(quotes_of(text), "appeal would be filed") == "Anne Cole"


def test_a_name_in_apposition_after_the_nouns_own_phrase_is_beside_it(quotes_of: Any) -> None:
    text = (
        "Benjamin Netanyahu won the election.\n\n"
        'The Israeli ambassador to Canada, Rafael Barak, said Wednesday, "This is an '
        'election campaign."'
    )
    assert said(quotes_of(text), "This is an election campaign") == "Rafael Barak"
