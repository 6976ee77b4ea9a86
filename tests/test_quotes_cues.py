"""Speech verbs near a quote and their subjects."""

from __future__ import annotations

from typing import Any

from extract_support import said


def test_a_subject_the_parse_hung_elsewhere_is_the_name_before_the_verb(quotes_of: Any) -> None:
    # The parse makes "Kerry" an apposition of "Zarif", leaving "said" without a subject.
    text = (
        "Ahead of yet another meeting in Switzerland with Iranian Foreign Minister Mohammad "
        'Javid Zarif, U.S. Secretary of State John Kerry said Monday that "unless Iran is able '
        "to make the difficult decisions that will be required, there won't be a deal.\""
    )
    assert said(quotes_of(text), "unless Iran is able") == "John Kerry"


def test_the_dot_of_a_short_title_does_not_end_the_sentence_after_a_quote(
    quotes_of: Any,
) -> None:
    # The tokenizer splits "Capt." and "Const." into a word and a full stop.
    for title in ("Capt.", "Const.", "Insp."):
        text = (
            '"Many view this as an entertainment. It is illegal and dangerous," '
            f"{title} John McMahon told a local station."
        )
        assert said(quotes_of(text), "illegal and dangerous") == "John McMahon", title


MARTELL = (
    "Dave Martell has treated addiction in Lunenburg for 14 years.\n\n"
    "The province added the drugs to its monitoring program this fall.\n\n"
)


def test_a_person_subject_of_a_colon_lead_in_without_a_speech_verb_speaks(
    quotes_of: Any,
) -> None:
    text = MARTELL + (
        "Martell, the addictions doctor on the South Shore, is more blunt: "
        '"I think they are going to uncover things that are kind of horrifying."\n'
    )
    assert said(quotes_of(text), "kind of horrifying") == "Dave Martell"


def test_a_colon_paragraph_before_a_quote_gives_its_person_subject(quotes_of: Any) -> None:
    text = MARTELL + (
        "Martell is more blunt:\n\n"
        '"I think they are going to uncover things that are kind of horrifying."\n'
    )
    assert said(quotes_of(text), "kind of horrifying") == "Dave Martell"


def test_a_colon_lead_in_whose_subject_is_no_person_gives_nobody(quotes_of: Any) -> None:
    for lead in ("Martell's sign in the clinic is blunt:", "The note Martell found was short:"):
        text = MARTELL + f'{lead} "Do not share or sell your prescriptions, ever again."\n'
        assert said(quotes_of(text), "Do not share") != "Dave Martell", lead


def test_the_subject_of_the_clause_a_colon_ends_speaks(quotes_of: Any) -> None:
    text = (
        "Elon Musk settled with the regulator in September.\n\n"
        "Governance lassitude was on display in mid-December when Musk again took to "
        "Twitter with this: \"'Chairman' is an honorific, not executive role, which means "
        "it's not needed to run Tesla.\"\n"
    )
    assert said(quotes_of(text), "is an honorific") == "Elon Musk"


def test_a_speech_verb_in_a_clause_about_the_noun_after_a_quote_is_not_its_cue(
    quotes_of: Any,
) -> None:
    # The letter's poster did not write it: no speaker rather than a wrong one.
    text = (
        '"I ask you to provide instant support by all necessary means," read the letter, '
        "which was posted by Saudi Arabia's Foreign Ministry."
    )
    assert said(quotes_of(text), "instant support") is None
    # A clause about the speaker named by the quote's own verb keeps that speaker.
    text = '"We will stay," said Ahmed Ali, who told reporters he was tired.'
    assert said(quotes_of(text), "We will stay") == "Ahmed Ali"
