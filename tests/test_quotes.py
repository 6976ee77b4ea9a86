"""Direct quotes and their speakers, one test per quote form and speaker rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief.brief import Quote
from newsbrief.entities import find_entities
from newsbrief.quotes import find_quotes, quote_spans

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def quotes_of(nlp: Any, annotated_of: Any) -> Any:
    cache: dict[str, list[Quote]] = {}

    def run(text: str) -> list[Quote]:
        if text not in cache:
            doc = annotated_of(text)
            cache[text] = find_quotes(doc, find_entities(doc, nlp))
        return cache[text]

    return run


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def said(quotes: list[Quote], fragment: str) -> str | None:
    """The speaker of the one quote containing `fragment`."""
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [(q.speaker, q.text) for q in quotes]
    return found[0].speaker


# --- Quotation marks ------------------------------------------------------------------


def test_marks_pair_straight_and_curly_double_quotes() -> None:
    text = 'He said "yes" and “no” today.'
    spans = quote_spans(text)
    assert [text[a + 1 : b] for a, b in spans if b is not None] == ["yes", "no"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "'We don't know,' said the residents' lawyer, citing Lowe’s notes."
    spans = quote_spans(text)
    assert [text[a + 1 : b] for a, b in spans if b is not None] == ["We don't know,"]


def test_a_quote_within_a_quote_belongs_to_the_outer_one() -> None:
    text = '"My sister hosts the show "Harbour Lights" -- but that is not why," Tessier wrote.'
    spans = quote_spans(text)
    assert len(spans) == 1
    assert text[spans[0][0] + 1 : spans[0][1]].endswith("not why,")


def test_a_lost_closing_mark_does_not_swallow_the_paragraph() -> None:
    text = '"Boil the water first. "This bacterium is stubborn," Varga added. Pupils fell ill.'
    spans = quote_spans(text)
    inner = [text[a + 1 : b] for a, b in spans if b is not None]
    assert inner == ["Boil the water first. ", "This bacterium is stubborn,"]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    assert quote_spans('"I met a mother. She asked me.') == [(0, None)]


# --- Quote forms ----------------------------------------------------------------------


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


def test_quote_running_over_two_paragraphs(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "I met a mother") == "Maria Okafor"
    assert said(quotes, "I told her that we knew") == "Maria Okafor"


def test_partial_quote_inside_reported_speech(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "reckless gamble") == "Amadou Sissoko"


def test_partial_quote_under_said_that(quotes_of: Any) -> None:
    quotes = quotes_of(sample("markdown-report.md"))
    assert said(quotes, "not against jobs") == "Renee Pulaski"
    assert said(quotes, "the most important thing") == "Linda Chen"


def test_scare_quotes_and_titles_have_no_speaker(quotes_of: Any) -> None:
    wire = quotes_of(sample("wire-prose.txt"))
    assert not any("green corridor" in q.text for q in wire)
    measles = quotes_of(sample("measles-outbreak.txt"))
    assert not any("Preventable Return" in q.text for q in measles)
    assert not any("herd immunity" in q.text for q in measles)


def test_short_quoted_phrase_that_no_one_says_is_left_out(quotes_of: Any) -> None:
    text = 'Tourists love "the big blue" bridge, and it opened "on time" in the spring.'
    assert quotes_of(text) == []


def test_passive_speech_verb_is_not_its_subject_speaking(quotes_of: Any) -> None:
    text = (
        "Delia Marsh apologized on Tuesday. On Instagram, where she was called everything "
        'from arrogant to "rotten to the core", the clip circulated widely.'
    )
    assert all(q.speaker != "Delia Marsh" for q in quotes_of(text))


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


def test_single_quotes_and_a_paragraph_lead_in(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "Our priority is keeping people safe") == "White Horse District Council"
    assert said(quotes, "We wrote letters") == "Priya Lowe"


def test_attribution_in_the_next_short_paragraph(quotes_of: Any) -> None:
    text = (
        "Ray Tolliver was a milkman in 1974, and he heard the news on his round.\n\n"
        '"The next morning I went to work in a daze."\n\n'
        "Tolliver recalled.\n"
    )
    assert said(quotes_of(text), "went to work in a daze") == "Ray Tolliver"


# --- Speakers -------------------------------------------------------------------------


def test_speaker_is_the_consolidated_name(quotes_of: Any) -> None:
    quotes = quotes_of(sample("markdown-report.md"))
    assert said(quotes, "We are going to be here") == "Linda Chen"  # "Chen said:"


def test_pronoun_goes_to_the_nearest_person_before(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "Some villages are walking") == "Daniel Reyes"


def test_pronoun_skips_a_person_of_the_other_gender(quotes_of: Any) -> None:
    text = (
        "Maria Okafor described the drought to reporters, and she said it was getting worse. "
        "Daniel Reyes, a field engineer, nodded.\n\n"
        '"Nobody outside the region knows how bad it is," she said.'
    )
    assert said(quotes_of(text), "Nobody outside the region") == "Maria Okafor"


def test_gendered_titles_choose_between_people_sharing_a_surname(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "People in my district") == "Paul Roth"  # "Mr. Roth said"
    assert said(quotes, "Nobody is being told") == "Rachel Roth"  # "she said"
    assert said(quotes, "heavy-handed mandate") == "Paul Roth"  # "he called ..."


def test_the_ministry_said_in_a_statement(quotes_of: Any) -> None:
    quotes = quotes_of(sample("wire-prose.txt"))
    assert said(quotes, "state fuel depots") == "Niger's Ministry of Water and Sanitation"


def test_the_company_said(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "enough supply") == "Halvorsen Biologics"


def test_the_statement_said_goes_to_its_issuer(quotes_of: Any) -> None:
    quotes = quotes_of(sample("measles-outbreak.txt"))
    assert said(quotes, "Two doses of the vaccine") == "Centers for Disease Control and Prevention"


def test_organization_named_as_speaker(quotes_of: Any) -> None:
    quotes = quotes_of(sample("refinery-fire.txt"))
    assert said(quotes, "Our first priority") == "Meridian Petroleum Corp."
    flood = quotes_of(sample("flood-evacuation.txt"))
    assert said(flood, "River levels rose") == "Environment Agency"  # "the EA said"


def test_role_noun_goes_back_to_the_person_introduced_with_it(quotes_of: Any) -> None:
    text = (
        "The couple's lawyer, Harold Pennick, said the girls were recovering at home.\n\n"
        'The lawyer added: "The couple trusts that whoever did this will answer for it in '
        'court."'
    )
    assert said(quotes_of(text), "The couple trusts") == "Harold Pennick"


def test_appositive_name_of_a_role_subject(quotes_of: Any) -> None:
    quotes = quotes_of(sample("court-ruling.txt"))
    assert said(quotes, "restore confidence") == "Linda Cole"


def test_speaker_not_in_the_entities_is_kept_as_written(quotes_of: Any) -> None:
    quotes = quotes_of(sample("flood-evacuation.txt"))
    assert said(quotes, "Our teams have been working") == "a spokeswoman for the company"


def test_unattributed_direct_quote_keeps_a_null_speaker(quotes_of: Any) -> None:
    text = 'The crowd chanted for an hour. "We will not be moved from this square tonight."'
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [None]


def test_quote_text_has_no_marks_and_slices_the_article(quotes_of: Any) -> None:
    for name in ("wire-prose.txt", "flood-evacuation.txt", "takaichi-visit.txt"):
        text = sample(name)
        for q in quotes_of(text):
            assert text[q.start : q.end] == q.text
            assert q.text[:1] not in "\"“”'‘’" and q.text[-1:] not in "\"“”'‘’,"
            if q.speaker_span is not None:
                span = q.speaker_span
                assert text[span.start : span.end] == span.text


def test_quote_running_through_paragraphs_without_marks(quotes_of: Any) -> None:
    # Copy set one sentence a paragraph keeps only the first opening mark and the
    # last closing one of a long quote.
    text = (
        "Asked about the vacancy, Pemberton said: ‘I won’t commit until I see the terms.\n\n"
        "As a captain I did pretty much whatever the club wanted from me.\n\n"
        "If they rang me, naturally I’d hear them out.’\n\n"
        "Pemberton won 87 caps for Wales.\n"
    )
    quotes = quotes_of(text)
    assert said(quotes, "As a captain I did") == "Pemberton"
    assert said(quotes, "naturally I’d hear them out") == "Pemberton"
    assert not any("87 caps" in q.text for q in quotes)


# One quote each: the speaker the construction names (None: nobody it names).
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            (
                "Coach Maria Santos said the team had trained harder than ever this spring.\n\n"
                '"We have never been this fit, and the players know what is at stake on Sunday."\n'
            ),
            "We have never been this fit",
            "Maria Santos",
            id="quote_paragraph_after_reported_speech",
        ),
        pytest.param(
            (
                "Professor Helen Marchetti, head of the institute, said the verdict would give "
                "landlords a blank cheque, adding: 'This judgment could cost tenants thousands.'"
            ),
            "cost tenants thousands",
            "Helen Marchetti",
            id="participle_speech_verb_belongs_to_the_reporting_clause",
        ),
        pytest.param(
            (
                "The idea is untested.\n\n"
                "‘We believe that it is entirely plausible,’ said study co-author "
                "Miriam Achterberg, "
                "reported the magazine."
            ),
            "entirely plausible",
            "Miriam Achterberg",
            id="name_after_said_wins_over_its_role_words",
        ),
        pytest.param(
            (
                "The Oregon Apartment Owners Association praised the veto. "
                '"Today the governor chose '
                "homes over headlines,\" the group's executive director, Sharon Kimura, said in a "
                "statement."
            ),
            "chose homes over headlines",
            "Sharon Kimura",
            id="person_named_between_the_quote_and_a_verb_without_subject",
        ),
        pytest.param(
            (
                "But Victor Hallam, managing director of the club, disagreed with Tom Rendell.\n\n"
                "He said: 'The simple truth is that Tom is not prepared to honour the deal.'"
            ),
            "The simple truth",
            "Victor Hallam",
            id="pronoun_goes_to_the_subject_not_to_a_name_after_it",
        ),
        pytest.param(
            (
                "Aaron Fielding still insists he did nothing wrong.\n\n"
                "In an episode of Dr Hank airing Wednesday, he says, "
                "'I never stole from my employer, "
                "not once, not ever.'"
            ),
            "I never stole from my employer",
            "Aaron Fielding",
            id="pronoun_is_not_a_name_in_passing_in_its_own_sentence",
        ),
        pytest.param(
            (
                "He said he was going to leave out Craig Mellor and Stuart Bannan.\n\n"
                "He said, 'I have played in some huge derbies in Portugal and in Turin.'"
            ),
            "huge derbies",
            None,
            id="pronoun_with_another_he_as_the_subject_is_nobody_named",
        ),
        pytest.param(
            (
                "The cause of the fire is under investigation, the U.S. Forest Service said.\n\n"
                "Pacific Crest Power, the region's electric utility, said it had shut off power "
                "to about 11,000 customers.\n\n"
                '"We are cooperating fully with investigators," the company said in a statement.\n'
            ),
            "cooperating fully",
            "Pacific Crest Power",
            id="the_company_is_the_organization_named_as_subject_just_before",
        ),
    ],
)
def test_speaker_of_each_construction(
    quotes_of: Any, text: str, fragment: str, speaker: str | None
) -> None:
    assert said(quotes_of(text), fragment) == speaker


def test_shared_surname_speaker_is_the_paragraph_subject(quotes_of: Any) -> None:
    quotes = quotes_of(sample("cup-final.txt"))
    assert said(quotes, "My dad has been telling me") == "Gavin Price"
    assert said(quotes, "proud of the lads") == "Alan Price"
    assert said(quotes, "This one is for them") == "Luke Brennan"  # "the captain said"


def test_told_the_court_names_the_listener_not_the_speaker(quotes_of: Any) -> None:
    text = (
        "Mr Dorrance said that every penny had gone into his own account and told the court: "
        "‘It was betting on horses at weekends that kept pulling me back in.’"
    )
    assert said(quotes_of(text), "betting on horses") in ("Dorrance", "Mr Dorrance")


def test_pronoun_carries_on_from_the_last_one_resolved(quotes_of: Any) -> None:
    text = (
        "Fatima Idowu was stuck for 52 hours beneath the collapsed hotel.\n\n"
        "Volunteers dug through the debris with shovels.\n\n"
        '"I could hear voices above me, so I knew someone would find me," she said.\n\n'
        "Volunteers kept digging until dawn.\n\n"
        "The hotel had four storeys and no fire escape.\n\n"
        "Three other guests were pulled out on Saturday.\n\n"
        "What did she do for 52 hours?\n\n"
        '"I was just praying and waiting for help," she said.'
    )
    quotes = quotes_of(text)
    assert said(quotes, "I could hear voices above me") == "Fatima Idowu"
    assert said(quotes, "I was just praying") == "Fatima Idowu"


def test_someone_else_acting_between_two_quotes_stops_the_inheritance(quotes_of: Any) -> None:
    text = (
        "In an interview, Aaron Fielding says, 'I never stole from my employer, not once.' "
        "Even though the inquiry is over, Carol Fielding backs him and agrees the shortfall "
        "was 'a mistake that could happen to anyone at all'."
    )
    assert said(quotes_of(text), "could happen to anyone") != "Aaron Fielding"


def test_a_participle_speech_verb_gives_the_noun_it_describes(quotes_of: Any) -> None:
    text = (
        "Customers were sent through confusing menus, according to the complaint. One "
        "internal email shows a Vantor product manager describing the program as "
        '"basically free money."\n'
    )
    speaker = said(quotes_of(text), "basically free money")
    assert speaker is not None and "manager" in speaker
