"""The attribution sieve: one test per quote form, the strategies' order and use."""

from __future__ import annotations

from typing import Any

import pytest

from extract_support import said, sample
from newsbrief.entities import find_entities
from newsbrief.quotes import Attributed, find_quotes
from newsbrief.quotes.passes import PASSES
from newsbrief.quotes.sieve import STRATEGIES


def test_block_quote_takes_its_said_lead_in(quotes_of: Any) -> None:
    quotes = quotes_of(sample("takaichi-visit.txt"))
    assert said(quotes, "They are extremely good friends") == "Trump"
    q = next(q for q in quotes if q.speaker == "Trump")
    assert q.text == "They are extremely good friends, and she should call him anytime."


def test_said_then_name_with_apposition(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "slow-motion disaster") == "Maria Okafor"


def test_name_said_colon_before_the_quote(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "Every month we wait") == "Maria Okafor"


def test_quote_then_name_said(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "We have the engineers") == "Maria Okafor"


def test_told_a_news_organization(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "first tankers can leave") == "Daniel Reyes"


def test_according_to_a_titled_surname(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "The boreholes buy us weeks") == "Daniel Reyes"


def test_wrote(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "Our hospitals are stretched") == "Mark Delaney"


def test_partial_quote_inside_reported_speech(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "reckless gamble") == "Amadou Sissoko"


def test_partial_quote_under_said_that(quotes_of: Any) -> None:
    quotes = quotes_of(sample("markdown-report.md"))
    assert said(quotes, "not against jobs") == "Renee Pulaski"
    assert said(quotes, "the most important thing") == "Linda Chen"


def test_scare_quotes_and_titles_have_no_speaker(quotes_of: Any) -> None:
    wire = quotes_of(sample("wire-prose.txt"))
    assert '"green corridor"' in sample("wire-prose.txt")
    assert not any("green corridor" in q.text for q in wire)
    # ... while the quotes around it are found, with their speakers.
    assert said(wire, "state fuel depots") is not None
    assert said(wire, "slow-motion disaster") == "Maria Okafor"
    measles = quotes_of(sample("measles-outbreak.txt"))
    assert "“Measles: A Preventable Return.”" in sample("measles-outbreak.txt")
    assert not any("Preventable Return" in q.text for q in measles)
    # "experts say the so-called "herd immunity threshold" is ...": reported speech
    # holding a label, not a partial quote.
    assert [(q.kind, q.speaker) for q in measles if "herd immunity" in q.text] == [
        ("reported", "Public health experts")
    ]


def test_short_quoted_phrase_that_no_one_says_is_left_out(quotes_of: Any) -> None:
    text = 'Tourists love "the big blue" bridge, and it opened "on time" in the spring.'
    assert quotes_of(text) == []


def test_quote_split_by_its_attribution(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "could never happen here") == "George Lowe"
    assert said(quotes, "and nobody listened") == "George Lowe"


def test_second_quote_of_a_paragraph_keeps_the_speaker(quotes_of: Any) -> None:
    quotes = quotes_of(sample("no-dates.txt"))
    assert said(quotes, "nine drills") == "Priya Nandakumar"


def test_lead_in_with_a_comma(quotes_of: Any) -> None:
    quotes = quotes_of(sample("refinery-fire.txt"))
    assert said(quotes, "We will find out what went wrong") == "Karen Whitlock"


def test_question_before_its_speaker(quotes_of: Any) -> None:
    quotes = quotes_of(sample("refinery-fire.txt"))
    assert said(quotes, "How many warnings") == "Jordan Ellis"


def test_single_quotes(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "We wrote letters") == "Priya Lowe"


def test_a_paragraph_lead_in_names_the_council_in_full(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "Our priority is keeping people safe") == (
        "Vale of White Horse District Council"
    )


def test_attribution_in_the_next_short_paragraph(quotes_of: Any) -> None:
    text = (
        "Ray Tolliver was a milkman in 1974, and he heard the news on his round.\n\n"
        '"The next morning I went to work in a daze."\n\n'
        "Tolliver recalled.\n"
    )
    assert said(quotes_of(text), "went to work in a daze") == "Ray Tolliver"


def test_unattributed_direct_quote_keeps_a_null_speaker(quotes_of: Any) -> None:
    text = 'The crowd chanted for an hour. "We will not be moved from this square tonight."'
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [None]


def test_someone_else_acting_between_two_quotes_stops_the_inheritance(quotes_of: Any) -> None:
    text = (
        "In an interview, Aaron Fielding says, 'I never stole from my employer, not once.' "
        "Even though the inquiry is over, Carol Fielding backs him and agrees the shortfall "
        "was 'a mistake that could happen to anyone at all'."
    )
    quotes = quotes_of(text)
    assert said(quotes, "I never stole") == "Aaron Fielding"
    # Carol Fielding's words (she "agrees" it was), or no one's: never Aaron's.
    assert said(quotes, "could happen to anyone") in (None, "Carol Fielding")


# --- The sieve ------------------------------------------------------------------------


def test_the_strategies_and_passes_in_their_order() -> None:
    assert [s.name for s in STRATEGIES] == [
        "transcript_label",
        "block_speaker",
        "verb_after",
        "lead_in",
        "governing_verb",
        "paragraph_lead_in",
        "next_fragment",
    ]
    assert [p.name for p in PASSES] == [
        "reported_before",
        "inherit_run",
        "inherit_previous",
        "inherit_forward",
    ]


TOLLIVER = (
    "Ray Tolliver was a milkman in 1974, and he heard the news on his round.\n\n"
    '"The next morning I went to work in a daze."\n\n'
    "Tolliver recalled.\n"
)
SANTOS = (
    "Coach Maria Santos said the team had trained harder than ever this spring.\n\n"
    '"We have never been this fit, and the players know what is at stake on Sunday."\n'
)
TWO_QUOTES = (
    "Maria Okafor walked through what was left of her house.\n\n"
    '"We lost everything we had in one night." "Nothing is left," she said.\n'
)

TRANSCRIPT = (
    "Mike Pence spoke to Chris Wallace on Sunday. Partial transcript as follows:\n\n"
    '"WALLACE: Will Gennifer Flowers be at the debate tomorrow night?\n\n'
    '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n'
    '"But the truth is that Donald Trump has a unique way of talking to people.\n\n'
    '"WALLACE: Governor, I do not want to interrupt, but we are out of time."\n'
)

# For each strategy and pass, a quote it decides and the speaker it gives (a
# sample's file name, or the text itself).
DECIDED_BY = {
    "transcript_label": (TRANSCRIPT, "will not be attending", "Mike Pence"),
    "block_speaker": ("takaichi-visit.txt", "They are extremely good friends", "Trump"),
    "verb_after": ("wire-prose.txt", "We have the engineers", "Maria Okafor"),
    "lead_in": ("wire-prose.txt", "Every month we wait", "Maria Okafor"),
    "governing_verb": ("chip-layoffs.txt", "long-term outlook", "Daniel Brandt"),
    "paragraph_lead_in": (
        "flood-evacuation.txt",
        "Our priority is keeping people safe",
        "Vale of White Horse District Council",
    ),
    "next_fragment": (TOLLIVER, "went to work in a daze", "Ray Tolliver"),
    "reported_before": (SANTOS, "We have never been this fit", "Maria Santos"),
    "inherit_run": ("wire-prose.txt", "I met a mother", "Maria Okafor"),
    "inherit_previous": ("no-dates.txt", "nine drills", "Priya Nandakumar"),
    "inherit_forward": (TWO_QUOTES, "We lost everything", "Maria Okafor"),
}


def decided(attributed: list[Attributed], fragment: str) -> tuple[str | None, str | None]:
    """The strategy and the speaker of the one quote containing `fragment`."""
    found = [a for a in attributed if fragment in a.quote.text]
    assert len(found) == 1, [(a.strategy, a.quote.speaker, a.quote.text) for a in attributed]
    return found[0].strategy, found[0].quote.speaker


def test_every_strategy_and_pass_has_a_case() -> None:
    assert list(DECIDED_BY) == [s.name for s in STRATEGIES] + [p.name for p in PASSES]


@pytest.mark.parametrize("name", list(DECIDED_BY))
def test_each_strategy_decides_its_case(attributed_of: Any, name: str) -> None:
    source, fragment, speaker = DECIDED_BY[name]
    text = sample(source) if source.endswith((".txt", ".md")) else source
    assert decided(attributed_of(text), fragment) == (name, speaker)


def test_a_transcripts_turns_each_go_to_their_label(attributed_of: Any) -> None:
    found = attributed_of(TRANSCRIPT)
    assert [(a.quote.text[:12], a.quote.speaker) for a in found] == [
        ("Will Gennife", "Chris Wallace"),
        ("Gennifer Flo", "Mike Pence"),
        ("But the trut", "Mike Pence"),  # the rest of Pence's turn, not Wallace's
        ("Governor, I ", "Chris Wallace"),
    ]
    pence = found[1].quote
    assert pence.mention_span is not None and pence.mention_span.text == "PENCE"
    # A label in capitals that names nobody, once, is no speaker.
    note = 'The memo ended abruptly. "UPDATE: The council will meet again on Friday at noon."'
    assert [a.quote.speaker for a in attributed_of(note)] == [None]


def test_a_strategy_may_decide_that_nobody_is_named(attributed_of: Any) -> None:
    # A lead-in whose "he" is nobody named stops the chain ...
    text = (
        "He said he was going to leave out Craig Mellor and Stuart Bannan.\n\n"
        "He said, 'I have played in some huge derbies in Portugal and in Turin.'"
    )
    assert decided(attributed_of(text), "huge derbies") == ("lead_in", None)
    # ... and so does a quote inside a sentence that no speech verb governs.
    text = 'The crowd chanted "we will not be moved from this square tonight" for an hour.'
    assert decided(attributed_of(text), "not be moved") == ("governing_verb", None)


def test_a_verb_after_the_quote_that_names_nobody_lets_the_next_strategy_try(
    attributed_of: Any,
) -> None:
    text = 'Smith said: "We will win this race and then we will win the next one," before leaving.'
    assert decided(attributed_of(text), "win this race") == ("lead_in", "Smith")


def test_no_strategy_applies(attributed_of: Any) -> None:
    text = 'The crowd chanted for an hour. "We will not be moved from this square tonight."'
    assert decided(attributed_of(text), "not be moved") == (None, None)


def test_find_quotes_is_attribute_without_the_names(
    nlp: Any, annotated_of: Any, attributed_of: Any
) -> None:
    text = sample("wire-prose.txt")
    doc = annotated_of(text)
    assert find_quotes(doc, find_entities(doc, nlp)) == [a.quote for a in attributed_of(text)]


def test_single_quoted_words_and_titles_are_no_quotes(quotes_of: Any) -> None:
    text = (
        'Ruth Calloway, a nurse, said staff showed "empathy" all week. '
        'The hospital screened "The Kid Who Would Be King." for patients. '
        '"We were writing notes by hand all night," Calloway said.'
    )
    quotes = quotes_of(text)
    assert not any(q.text in ("empathy", "The Kid Who Would Be King.") for q in quotes)
    assert not any(q.kind == "direct" and "Kid Who" in q.text for q in quotes)
    assert said([q for q in quotes if q.kind == "direct"], "writing notes") == "Ruth Calloway"


def test_a_quoted_label_of_the_noun_after_it_is_no_quote(quotes_of: Any) -> None:
    text = (
        "Merida's brothers are a classic example of the “boys will be boys” trope called "
        "out in the Gillette spot. Critics reject the “lock them up and throw away the key” "
        "approach.\n\n"
        '"Most of them are lightly camouflaged stereotypes of the strong man."\n\n'
        "The plan was a “reckless gamble that would fail,” Dana Whitlock said."
    )
    quotes = quotes_of(text)
    assert not any("boys will be boys" in q.text or "lock them up" in q.text for q in quotes)
    # The noun a label stands before says nothing, and no quote is given to it.
    assert said(quotes, "camouflaged stereotypes") is None
    assert said(quotes, "reckless gamble") == "Dana Whitlock"


def test_an_exclamation_of_one_word_is_still_a_quote(quotes_of: Any) -> None:
    text = 'Tom Brandt ran to the door. "Fire!" Brandt shouted to his neighbours.'
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == ["Fire!"]


def test_a_heading_after_a_quote_does_not_name_its_speaker(quotes_of: Any) -> None:
    text = (
        '"This is the kind of thing people have been predicting for years," said Konrad '
        "Gajewski, a professor of geography.\n\n"
        '"This kind of pattern of more extremes is what we are expecting for the future."\n\n'
        "Common belief says warming Arctic to blame\n\n"
        "The cold snap comes from the jet stream."
    )
    q = next(q for q in quotes_of(text) if "more extremes" in q.text)
    assert q.speaker != "Common belief"


def test_a_quote_its_own_sentence_tells_of_takes_no_speaker_from_the_one_before(
    quotes_of: Any,
) -> None:
    text = (
        'Tesla posted a video of a car taking "snow laps around a frozen lake," its '
        "spokesman Tom Brandt said. "
        '"The best sleigh this Christmas!" was the response of one jolly viewer.'
    )
    q = next(q for q in quotes_of(text) if "best sleigh" in q.text)
    assert q.speaker is None


def test_a_quote_ending_its_sentence_still_takes_the_speaker_before(quotes_of: Any) -> None:
    text = (
        '"We lost power at noon," Tom Brandt said. "Then the phones went down too." '
        "Crews arrived later."
    )
    assert said(quotes_of(text), "phones went down") == "Tom Brandt"


def test_a_comma_after_an_abbreviation_keeps_the_sentence_going(quotes_of: Any) -> None:
    text = (
        "Erin Kim leads the program.\n\n"
        "“As everyone knows, a healthier workforce takes fewer days off etc.,” Kim says."
    )
    assert said(quotes_of(text), "healthier workforce") == "Erin Kim"


def test_a_follow_line_inside_a_transcript_is_no_quote(quotes_of: Any) -> None:
    text = (
        "Republican vice presidential nominee Mike Pence spoke with Chris Wallace on Sunday.\n\n"
        "Partial transcript as follows:\n\n"
        '"WALLACE: Will she be at the debate tomorrow night?\n\n'
        '"PENCE: She will not be attending the debate tomorrow night. Donald Trump was '
        "joking. He’s going to focus in this debate on the issues people care about.\n\n"
        '"(CROSSTALK.)\n\n'
        '"WALLACE: Governor, I don’t want to interrupt, but I want to try to get —.\n\n'
        '"PENCE: And that’s why Donald Trump is on his way to the White House.\n\n'
        '"Follow Pam Key on Twitter @pamkeyNEN."'
    )
    quotes = quotes_of(text)
    assert said(quotes, "on his way to the White House") == "Mike Pence"
    assert not [q for q in quotes if "Follow" in q.text]
