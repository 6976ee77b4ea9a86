"""At a Glance and Key Takeaways: the article's own sections, and generated ones."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from newsbrief import summary, temporal
from newsbrief.blocks import split_blocks
from newsbrief.brief import DateExpr, Entity, Item
from newsbrief.entities import find_entities
from newsbrief.lexicon import section_role
from newsbrief.nlp import Annotated, annotate, load_model, resolve_model_name
from newsbrief.summary import scoring
from newsbrief.summary.sections import section_items
from newsbrief.summary.sentences import Sentence, candidates
from newsbrief.summary.words import BACK_REFERENCES

if TYPE_CHECKING:
    from spacy.language import Language

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GENERATED_SAMPLES = ("wire-prose.txt", "no-dates.txt", "markdown-report.md")


@pytest.fixture(scope="session")
def nlp() -> Iterator[Language]:
    yield load_model(resolve_model_name())


def analyze(nlp: Language, text: str) -> tuple[Annotated, list[Entity]]:
    """The article as the pipeline (compose) hands it to the summary: annotated, with
    the entities found with the model's word tables."""
    doc = annotate(nlp, text, split_blocks(text))
    return doc, find_entities(doc, nlp)


def dates_of(doc: Annotated) -> list[DateExpr]:
    """The article's dates as the pipeline finds them: resolved against the date the
    article states about itself, if any (no reference date is given here)."""
    stated = temporal.find_reference_date(doc)
    return temporal.find_dates(doc, stated.date if stated is not None else None)


def glance_of(nlp: Language, text: str, count: int | None = None) -> list[Item]:
    doc, entities = analyze(nlp, text)
    return summary.at_a_glance(doc, entities, dates_of(doc), count)


def brief_sections(nlp: Language, text: str) -> tuple[list[Item], list[Item]]:
    doc, entities = analyze(nlp, text)
    glance = summary.at_a_glance(doc, entities, dates_of(doc), None)
    return glance, summary.key_takeaways(doc, entities, glance)


def sentences_of(nlp: Language, text: str) -> list[Sentence]:
    doc, _ = analyze(nlp, text)
    return candidates(doc, set())


def reject_of(sentences: list[Sentence], start: str) -> str | None:
    found = [s for s in sentences if s.text.startswith(start)]
    assert found, f"no candidate starts with {start!r}: {[s.text for s in sentences]}"
    return found[0].reject


# --- The article's own sections ------------------------------------------------

GLANCE_NAMES = ("At a Glance", "Highlights", "Key points", "Summary", "What to know", "TL;DR")
TAKEAWAY_NAMES = ("Key Takeaways", "Why it matters", "What's next")
# The shapes a section name takes in copy: a plain line, Markdown, a label, shouting,
# bold.
HEADING_FORMS = ("{}", "## {}", "{}:", "{upper}", "**{}**")


@pytest.mark.parametrize("form", HEADING_FORMS)
@pytest.mark.parametrize(
    ("name", "role"),
    [(n, "glance") for n in GLANCE_NAMES] + [(n, "takeaways") for n in TAKEAWAY_NAMES],
)
def test_section_heading_forms_are_found(name: str, role: str, form: str) -> None:
    heading = form.format(name, upper=name.upper())
    text = (
        "The council approved the budget on Monday after a long debate.\n\n"
        f"{heading}\n"
        "- The budget grows by 4 percent.\n"
        "- Why it matters: Schools get most of the new money.\n\n"
        "The mayor signed it the same evening."
    )
    items = section_items(split_blocks(text), role)
    assert [i.text for i in items] == [
        "The budget grows by 4 percent.",
        "Why it matters: Schools get most of the new money.",
    ]
    assert all(i.origin == "article" and text[i.start : i.end] == i.text for i in items)
    other = "takeaways" if role == "glance" else "glance"
    assert section_items(split_blocks(text), other) == []


def test_heading_names_are_data() -> None:
    for name in (*GLANCE_NAMES, "What we know so far", "Fast Facts"):
        assert section_role(name) == "glance"
    for name in (*TAKEAWAY_NAMES, "What’s Next?", "Why This Matters:", "Looking ahead"):
        assert section_role(name) == "takeaways"
    for name in ("Regional Context", "Next steps", "Timeline"):
        assert section_role(name) is None


def test_section_needs_bullets() -> None:
    text = "Summary\n\nThe council approved the budget on Monday after a long debate.\n"
    assert section_items(split_blocks(text), "glance") == []


def test_seed_uses_its_own_sections(nlp: Language) -> None:
    text = (SAMPLES / "takaichi-visit.txt").read_text(encoding="utf-8")
    glance, takeaways = brief_sections(nlp, text)
    assert [i.text for i in glance] == [
        "President Trump invited Japan’s first female prime minister to visit the U.S. this year.",
        "China’s military drills off Taiwan heighten regional tensions.",
        "Takaichi’s comments on Taiwan angered Beijing.",
        "Why it matters: The visit could reshape the Japan-U.S. alliance amid a shifting "
        "security landscape.",
    ]
    assert len(takeaways) == 3
    assert takeaways[0].text.startswith("Trump’s invitation signals a renewed focus")
    for item in glance + takeaways:
        assert item.origin == "article"
        assert text[item.start : item.end] == item.text


def test_seed_section_ignores_count(nlp: Language) -> None:
    text = (SAMPLES / "takaichi-visit.txt").read_text(encoding="utf-8")
    assert len(glance_of(nlp, text, count=2)) == 4


# --- Generated At a Glance -------------------------------------------------------


@pytest.mark.parametrize("name", GENERATED_SAMPLES)
def test_these_tests_see_what_the_pipeline_sees(nlp: Language, brief_of, name: str) -> None:  # type: ignore[no-untyped-def]
    """The helpers above give the summary what `brief extract` gives it (dates, the
    model's entities), so that what is tested here is what a reader gets."""
    glance, takeaways = brief_sections(nlp, (SAMPLES / name).read_text(encoding="utf-8"))
    brief = brief_of(name)
    assert glance == brief.at_a_glance
    assert takeaways == brief.key_takeaways


@pytest.mark.parametrize("name", GENERATED_SAMPLES)
def test_generated_glance_properties(nlp: Language, name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    doc, entities = analyze(nlp, text)
    glance = summary.at_a_glance(doc, entities, dates_of(doc), None)
    assert 3 <= len(glance) <= 5
    assert [i.start for i in glance] == sorted(i.start for i in glance)
    assert len({i.text for i in glance}) == len(glance)
    headline = next(b.text for b in doc.blocks if b.kind == "headline")
    for item in glance:
        assert item.origin == "generated"
        assert text[item.start : item.end] == item.text
        assert item.text != headline and headline not in item.text
        assert item.text[-1] in ".!?\"'”’"


@pytest.mark.parametrize("count", [1, 3, 5])
def test_glance_count_is_respected(nlp: Language, count: int) -> None:
    text = (SAMPLES / "wire-prose.txt").read_text(encoding="utf-8")
    assert len(glance_of(nlp, text, count)) == count


def test_glance_leads_with_the_lead(nlp: Language) -> None:
    text = (SAMPLES / "wire-prose.txt").read_text(encoding="utf-8")
    glance = glance_of(nlp, text, 3)
    assert glance[0].text.startswith("The International Water Relief Agency (IWRA) appealed")


def test_very_short_story_gets_fewer_items(nlp: Language) -> None:
    text = (
        "The city council approved a new budget for the coming year on Monday night.\n\n"
        "The vote was seven to two after a debate that lasted four hours.\n"
    )
    glance = glance_of(nlp, text)
    assert len(glance) == 1
    assert glance[0].text.startswith("The city council approved")


def test_default_counts_follow_story_length() -> None:
    assert summary.default_glance_count(0) == 0
    assert summary.default_glance_count(2) == 1
    assert summary.default_glance_count(10) == 3
    assert summary.default_glance_count(20) == 4
    assert summary.default_glance_count(40) == 5
    assert summary.default_takeaway_count(10) == 2
    assert summary.default_takeaway_count(25) == 3


# --- Boilerplate ----------------------------------------------------------------

TABLOID = """By Jane Smith, Daily Mail Reporter

PUBLISHED: 10:02 EST, 4 May 2015

A retired teacher has won £2 million on the lottery two weeks after losing her job.

Scroll down for video Margaret Hill, 64, celebrates her win at home

Margaret Hill (pictured) bought the ticket at a corner shop in Headingley on Saturday

Margaret Hill, 64, said she would use the money to buy a house by the sea for her family.

Her husband Peter, 66, said the couple had played the same numbers every week since 1994.

"I just sat down and cried. Then I checked the numbers again.

"I still cannot believe it," she said.

Winner: Mrs Hill with her cheque at the hotel in Leeds on Monday

The couple plan to travel to Canada to visit their son later this year.
"""


def test_tabloid_boilerplate_is_never_chosen(nlp: Language) -> None:
    sentences = sentences_of(nlp, TABLOID)
    assert reject_of(sentences, "By Jane Smith") == "byline"
    assert reject_of(sentences, "PUBLISHED:") == "byline"
    assert reject_of(sentences, "Margaret Hill, 64, celebrates") == "fragment"  # after the prompt
    assert reject_of(sentences, "Margaret Hill (pictured)") == "fragment"
    assert reject_of(sentences, "Winner: Mrs Hill") == "caption"
    assert reject_of(sentences, '"I just sat down and cried.') == "unattributed quote"
    assert reject_of(sentences, "Then I checked") == "partial quote"
    assert reject_of(sentences, '"I still cannot believe it,"') == "quote without a named speaker"
    assert reject_of(sentences, "A retired teacher") is None
    glance = glance_of(nlp, TABLOID, 3)
    assert [i.text[:20] for i in glance] == [
        "A retired teacher ha",
        "Margaret Hill, 64, s",
        "Her husband Peter, 6",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By . Daily Mail Reporter .",
        "By Sam Webb for MailOnline",
        "PUBLISHED: . 12:34 EST, 3 March 2014 . | . UPDATED: . 13:00 EST, 3 March 2014 .",
        "Last updated at 5:40 PM on 7th January 2012",
        "CNN's Jane Doe contributed to this report.",
        "Follow @janedoe on Twitter for the latest news from the courtroom.",
        "READ MORE: Why the council is running out of money this winter.",
        "Copyright 2015 The Associated Press. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Scroll down for video",
        "Click here to see the full gallery of pictures from the night.",
        "Just click the link (right) to buy her skirt now and see more.",
        "Editor's note: Jane Doe is a lawyer and writes about the courts.",
        "The opinions expressed in this commentary are solely those of the author.",
        "Sign up for our daily newsletter to get the latest headlines.",
        "Subscribe now for unlimited access to all our stories.",
        "Download the free BBC News app for breaking news alerts.",
        "Like us on Facebook for more stories from the region.",
        "Sponsored content: How to save on your energy bills this winter.",
        "Don't miss our guide to the best beaches in Europe this summer.",
    ],
)
def test_furniture_lines_are_rejected(nlp: Language, line: str) -> None:
    text = f"{line}\n\nThe council approved the budget on Monday after a long debate.\n"
    sentences = sentences_of(nlp, text)
    assert all(s.reject for s in sentences if not s.text.startswith("The council"))
    assert glance_of(nlp, text)[0].text.startswith("The council")


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices in the city had doubled.",
        "By Friday, the council had approved the new budget.",
        "More than 20 people were hurt when the roof collapsed.",
        "Sources said the deal was close to being signed.",
        "Thousands signed up for the scheme before the deadline on Friday.",
        "Fans who subscribe to the club's channel saw the match for free.",
        "Police said the suspect did not miss a single court date.",
    ],
)
def test_sentences_like_furniture_are_kept(nlp: Language, line: str) -> None:
    sentences = sentences_of(nlp, f"{line}\n")
    assert sentences[0].reject is None


@pytest.mark.parametrize(
    ("prefix", "body"),
    [
        ("(CNN)", "Rescuers pulled a man from the wreckage of a building on Tuesday."),
        ("(CNN) -- ", "Rescuers pulled a man from the wreckage of a building on Tuesday."),
        ("Kathmandu, Nepal (CNN)", "Rescuers pulled a man from the wreckage on Tuesday."),
        ("LONDON, England (CNN) -- ", "Rescuers pulled a man from the wreckage on Tuesday."),
        ("GENEVA, March 22, 2013 (AP) — ", "The agency appealed for funds on Friday."),
        ("GLASGOW — ", "Behind a green door, volunteers lend out tools to their neighbours."),
        ("Scroll down for video ", "Police arrested a man after a fire at a school on Monday."),
    ],
)
def test_dateline_is_cut_from_the_item(nlp: Language, prefix: str, body: str) -> None:
    text = f"{prefix}{body}\n\nThe work went on through the night, officials said on Wednesday.\n"
    glance = glance_of(nlp, text, 1)
    assert glance[0].text == body
    assert text[glance[0].start : glance[0].end] == body


def test_dateline_alone_is_not_a_sentence(nlp: Language) -> None:
    sentences = sentences_of(nlp, "WASHINGTON, March 3, 2015\n\nThe Senate passed the bill.\n")
    assert all(not s.text.startswith("WASHINGTON") or s.reject for s in sentences)


def test_glued_caption_is_cut_off(nlp: Language) -> None:
    text = (
        "Peter Hollis outside Norwich Magistrates Court last week, where he was disqualified "
        "The cousin of a retired jockey has been sacked after losing his licence for "
        "eighteen months.\n\nHe was ordered to pay £750 by magistrates in Norwich on Tuesday.\n"
    )
    glance = glance_of(nlp, text, 1)
    assert glance[0].text.startswith("The cousin of a retired jockey")


@pytest.mark.parametrize("opener", ["He", "She", "They", "After the hearing, she"])
def test_caption_glued_before_a_pronoun_is_cut_off(nlp: Language, opener: str) -> None:
    text = (
        "The driver was banned from the roads for a year after the crash in Leeds.\n\n"
        "The driver leaving the magistrates court in the city on Tuesday afternoon "
        f"{opener} was also ordered to pay costs of £750 to the court.\n"
    )
    found = [s for s in sentences_of(nlp, text) if s.reject is None]
    assert [s.text for s in found][-1].startswith(opener)
    assert not any("magistrates court in the city" in s.text for s in found)


def test_caption_glued_before_an_opening_quotation_is_cut_off(nlp: Language) -> None:
    text = (
        "Arsenal will have their captain back for the FA Cup semi-final on Saturday.\n\n"
        "Mikel Arteta returns to training after serving a three-match suspension "
        "‘When you get so close, whether it was in the title race or the cup, it hurts,’ "
        "said Arsene Wenger.\n"
    )
    found = candidates_by_text(nlp, text)
    assert found["Mikel Arteta returns to training after serving a three-match suspension"] == (
        "fragment"
    )
    quote = "‘When you get so close, whether it was in the title race or the cup, it hurts,’"
    assert f"{quote} said Arsene Wenger." in found


@pytest.mark.parametrize(
    "line",
    [
        # A verb of saying runs into its quotation.
        "The manager added ‘We will fight this all the way to the end of the season,’ on Friday.",
        # A title in single marks, its comma outside them.
        "The singer starred in ‘The Sound of Music Live’, the television musical, last year.",
        # Speech quoted within speech.
        "\"So you cannot say to kids 'Oh, you are going to go to jail for this,' and "
        'expect them to listen," she said.',
        # A quotation of a few words inside the sentence.
        "The minister called the plan ‘Bold and brave,’ before the vote on Tuesday.",
    ],
)
def test_a_quotation_inside_a_sentence_is_not_cut_off(nlp: Language, line: str) -> None:
    text = f"The council met on Monday to approve the budget for the year.\n\n{line}\n"
    assert line in candidates_by_text(nlp, text)


def candidates_by_text(nlp: Language, text: str) -> dict[str, str | None]:
    return {s.text: s.reject for s in sentences_of(nlp, text)}


def test_sentence_cut_by_a_line_break_is_one_item(nlp: Language) -> None:
    text = (
        "An Ohio man has been charged after allegedly biting a security guard.\n\n"
        "Officers were sent to\n\n"
        "a casino in Toledo late on Saturday after receiving a complaint about a man.\n\n"
        "He was held in the city jail and freed on bond the following morning.\n"
    )
    glance = glance_of(nlp, text, 2)
    assert glance[1].text.startswith("Officers were sent to")
    assert glance[1].text.endswith("a complaint about a man.")
    assert text[glance[1].start : glance[1].end] == glance[1].text


def test_questions_and_verbless_lines_are_not_glance(nlp: Language) -> None:
    text = (
        "What happens when a city runs out of water?\n\n"
        "Cape Town officials said on Monday that taps could run dry by April.\n\n"
        "Guilty across the board and beyond.\n"
    )
    sentences = sentences_of(nlp, text)
    assert reject_of(sentences, "What happens") == "question"
    assert reject_of(sentences, "Guilty across") == "no verb"
    assert [i.text[:9] for i in glance_of(nlp, text)] == ["Cape Town"]


@pytest.mark.parametrize(
    ("line", "reject"),
    [
        ("Earn your style stripes and shop the look now!", "exclamation"),
        ("But until then, she is busy in the big city!", "exclamation"),
        ('He ran to the road and called an ambulance, shouting "Get on it!"', None),
    ],
)
def test_an_exclamation_outside_a_quotation_is_not_glance(
    nlp: Language, line: str, reject: str | None
) -> None:
    text = f"The council approved the budget on Monday after a long debate.\n\n{line}\n"
    assert reject_of(sentences_of(nlp, text), line[:12]) == reject


def test_headline_is_not_repeated(nlp: Language) -> None:
    text = (
        "Council Approves New City Budget\n\n"
        "Council approves new city budget.\n\n"
        "The council approved a budget of $40 million for next year on Monday night.\n"
    )
    sentences = sentences_of(nlp, text)
    assert reject_of(sentences, "Council approves new city budget.") == "headline"
    assert reject_of(sentences, "The council approved") is None


# --- Redundancy -----------------------------------------------------------------


def test_mmr_skips_a_near_duplicate() -> None:
    sim = np.array(
        [
            [1.0, 0.9, 0.1],
            [0.9, 1.0, 0.1],
            [0.1, 0.1, 1.0],
        ]
    )
    scores = np.array([1.0, 0.9, 0.6])
    assert scoring.select(scores, sim, 2, redundancy=0.0, duplicate=2.0) == [0, 1]
    assert scoring.select(scores, sim, 2, redundancy=1.0, duplicate=2.0) == [0, 2]
    # Beyond the duplicate cutoff a sentence is never taken, whatever its score.
    assert scoring.select(scores, sim, 2, redundancy=0.0, duplicate=0.5) == [0, 2]


def test_generated_glance_has_no_repeated_sentence(nlp: Language) -> None:
    text = (
        "Firefighters rescued six people from a burning block of flats in Leeds on Sunday.\n\n"
        "Six people were rescued by firefighters from a burning block of flats in Leeds.\n\n"
        "The fire started in a kitchen on the third floor, the fire service said.\n\n"
        "Two of the residents were taken to hospital with smoke inhalation.\n"
    )
    glance = glance_of(nlp, text, 2)
    assert glance[0].text.startswith("Firefighters rescued")
    assert not glance[1].text.startswith("Six people were rescued")


def test_without_signals_the_items_are_the_clean_lead() -> None:
    # Equal centrality, length and form: position alone decides, so the items fall
    # back to the lead.
    sentences = [
        make_sentence(f"Sentence number {word} of the story was written here.", 60 * i)
        for i, word in enumerate(("one", "two", "three", "four", "five"))
    ]
    for i, s in enumerate(sentences):
        s.position = i
    sim = np.eye(5)
    scores = scoring.glance_scores(sentences, sim, Counter())
    assert scoring.select(scores, sim, 3, 0.2, 0.4) == [0, 1, 2]


def test_centrality_moves_a_later_sentence_up() -> None:
    # The fourth sentence is what the rest of the story is about; the third is a
    # side detail nothing returns to.
    sentences = [make_sentence(f"Words of sentence {i} here.", 40 * i) for i in range(8)]
    for i, s in enumerate(sentences):
        s.position = i
    sim = np.eye(8)
    sim[3, 4:] = sim[4:, 3] = 0.3
    cent = scoring.centrality(sim)
    assert cent[3] == 1.0 and cent[2] == 0.0
    scores = scoring.glance_scores(sentences, sim, Counter())
    assert scoring.select(scores, sim, 3, 0.2, 0.4) == [0, 1, 3]
    no_centrality = scoring.Weights(centrality=0.0)
    flat = scoring.glance_scores(sentences, sim, Counter(), no_centrality)
    assert scoring.select(flat, sim, 3, 0.2, 0.4) == [0, 1, 2]


def test_centrality_counts_only_later_sentences() -> None:
    sim = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.0], [0.0, 0.0, 1.0]])
    assert list(scoring.centrality(sim)) == [1.0, 0.0, 0.0]


def test_of_two_sentences_alike_the_shorter_scores_higher() -> None:
    short = make_sentence("Police arrested the driver at the scene on Friday.")
    long = make_sentence(
        "Police arrested the driver at the scene on Friday after a long chase through "
        "the streets of the old town that lasted well over an hour."
    )
    sim = np.zeros((1, 1))
    a = scoring.glance_scores([short], sim, Counter())[0]
    b = scoring.glance_scores([long], sim, Counter())[0]
    w = scoring.WEIGHTS
    assert a - b == pytest.approx(w.brevity * (long.words - short.words) / w.brevity_words)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("He was arrested at the airport on Friday.", True),
        ("They said the vote would be held next week.", True),
        ("This includes a ban on new drilling.", True),
        ("Its owner sold the club in March.", True),
        ("Police arrested a man at the airport on Friday.", False),
        ("There were no injuries, the police said.", False),
        ("The mayor said it was a good day for the city.", False),
        # The first subject, after an opening phrase, is a pronoun for someone before.
        ("Hours later, he struck a warmer tone.", True),
        ("On Friday, she resigned from the board.", True),
        ("On Friday, the minister resigned from the board.", False),
        ("In May, it emerged that the firm had lost money.", False),
        ('"We will appeal," the club said.', False),
    ],
)
def test_opening_pronoun_refers_back(nlp: Language, text: str, back: bool) -> None:
    article = f"The council met on Monday to approve the budget for the year.\n\n{text}\n"
    found = [s for s in sentences_of(nlp, article) if s.text == text]
    assert found and found[0].refers_back is back


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        # Who spoke, and when or where, with what was said in another line.
        ("Rowling wrote in her March 24 reply.", True),
        ("Kevin Kobza, a spokesman for the Fairhaven Police Department, said Saturday.", True),
        ("Tuesday, the military said.", True),
        # What was said is in the sentence: a clause, an object, a quotation.
        ("The military said Tuesday that the convoy had been attacked.", False),
        ("Rowling wrote a reply to the fan on March 24.", False),
        ('"We will appeal," the club said.', False),
        ("Police said the driver was arrested at the scene.", False),
        # Other verbs, and verbs of saying with another sense, are not attributions.
        ("The family asked for privacy after the funeral.", False),
        ("The ongoing conflict is adding to the plight of the camp's residents.", False),
        # A verb of saying that is not the sentence's root leaves it a statement.
        ("The state is at a crossroads it says.", False),
    ],
)
def test_a_line_that_only_says_who_spoke_is_never_an_item(
    nlp: Language, line: str, bare: bool
) -> None:
    article = f"The council met on Monday to approve the budget for the year.\n\n{line}\n"
    found = [s for s in sentences_of(nlp, article) if s.text == line]
    assert found and found[0].says_nothing is bare
    assert (found[0].reject == "attribution only") is bare


def test_a_sentence_leaning_on_the_one_before_scores_lower() -> None:
    plain = make_sentence("Police arrested the driver at the scene.")
    leaning = make_sentence("They arrested the driver at the scene.")
    assert leaning.refers_back and not plain.refers_back
    sim = np.zeros((1, 1))
    a = scoring.glance_scores([plain], sim, Counter())[0]
    b = scoring.glance_scores([leaning], sim, Counter())[0]
    assert a - b == pytest.approx(scoring.WEIGHTS.refers_back)


def test_weights_live_in_one_table() -> None:
    w = scoring.WEIGHTS
    assert 0 < w.centrality < 1  # never more than the first sentence's position
    assert 0 < w.redundancy < w.duplicate < 1
    assert w.takeaway_halflife > w.position_halflife


# --- Key Takeaways --------------------------------------------------------------


@pytest.mark.parametrize("name", GENERATED_SAMPLES)
def test_takeaways_are_distinct_from_glance(nlp: Language, name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    glance, takeaways = brief_sections(nlp, text)
    assert 2 <= len(takeaways) <= 3
    spans = {(g.start, g.end) for g in glance}
    for item in takeaways:
        assert item.origin == "generated"
        assert text[item.start : item.end] == item.text
        assert (item.start, item.end) not in spans
    assert [i.start for i in takeaways] == sorted(i.start for i in takeaways)


def test_takeaways_lean_to_consequence() -> None:
    plain = make_sentence("The plant opened in the town in June.")
    cued = make_sentence("The closure means the town could lose a thousand jobs.")
    plain.position, cued.position = 3, 4
    sim = np.eye(2)
    scores = scoring.takeaway_scores([plain, cued], sim)
    assert scoring.cue_weight(cued) > 0 == scoring.cue_weight(plain)
    assert scores[1] > scores[0]
    # Without a cue, the earlier sentence comes first.
    cued_later = make_sentence("The plant employs many people from the town.")
    cued_later.position = 4
    assert scoring.takeaway_scores([plain, cued_later], sim).argmax() == 0


def test_takeaways_prefer_what_the_story_comes_back_to() -> None:
    # The second candidate names what the later sentences are about; the first is a
    # side detail nothing returns to.
    sentences = [make_sentence(f"Words of sentence {i} here.", 40 * i) for i in range(6)]
    for i, s in enumerate(sentences):
        s.position = i + 3
    sim = np.eye(6)
    sim[1, 2:] = sim[2:, 1] = 0.3
    scores = scoring.takeaway_scores(sentences, sim)
    assert scores.argmax() == 1
    flat = scoring.takeaway_scores(sentences, sim, scoring.Weights(centrality=0.0))
    assert flat.argmax() == 0


def make_sentence(text: str, start: int = 0) -> Sentence:
    """A candidate built by hand, for the scoring alone."""
    words = text.lower().rstrip(".").split()
    return Sentence(
        start=start,
        end=start + len(text),
        text=text,
        block=0,
        words=len(words),
        terms=Counter(words),
        lowers=words,
        numeric=False,
        quoted=0.0,
        voiced=False,
        attributed=False,
        question=False,
        picture=False,
        labelled=False,
        mid_quote=False,
        verb=True,
        open_end=False,
        refers_back=bool(words) and words[0] in BACK_REFERENCES,
    )


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("The deal signals a shift in policy.", True),
        ("It was never meant to last.", False),
        ("This could lead to a strike.", True),
        ("The union welcomed the offer.", True),
        ("The plant opened in June.", False),
    ],
)
def test_cue_words_match_as_written(text: str, cued: bool) -> None:
    assert (scoring.cue_weight(make_sentence(text)) > 0) is cued


def test_takeaways_never_repeat_a_glance_item(nlp: Language) -> None:
    text = (
        "The central bank raised interest rates by half a point on Thursday.\n\n"
        "The rise could push mortgage costs up for millions of households, analysts warned.\n\n"
        "Mortgage costs could rise for millions of households after the rise, analysts warned.\n\n"
        "The bank said inflation would fall back to its target next year.\n\n"
        "Shares in banks rose sharply after the announcement.\n"
    )
    doc, entities = analyze(nlp, text)
    glance = summary.at_a_glance(doc, entities, dates_of(doc), 2)
    takeaways = summary.key_takeaways(doc, entities, glance, 2)
    assert [g.text[:8] for g in glance] == ["The cent", "The rise"]
    assert all(not t.text.startswith("Mortgage costs could rise") for t in takeaways)
    assert any(t.text.startswith("The bank said inflation") for t in takeaways)


def test_first_person_outside_quotation_marks_is_speech(nlp: Language) -> None:
    # The story's copy lost the quotation marks: "I", "my" and "we" outside them are
    # someone speaking, and a quotation costs as much as a marked one.
    sentences = sentences_of(
        nlp,
        "My thoughts are that straight away there is contact.\n\n"
        "The referee gave a penalty in the second half.\n\n"
        '"We will appeal," the club said.\n',
    )
    assert [s.voiced for s in sentences] == [True, False, False]
    plain, voiced = sentences[1], sentences[0]
    assert scoring.form_penalty(voiced) == scoring.WEIGHTS.quoted
    assert scoring.form_penalty(plain) == 0.0


def test_unmarked_speech_with_a_pronoun_speaker_is_not_summary_copy(nlp: Language) -> None:
    text = (
        "Blackpool were relegated on Tuesday after a draw with Reading.\n\n"
        "We're down a level and that's going to be hard,' he said of the fans.\n"
    )
    assert reject_of(sentences_of(nlp, text), "We're down") == "quote without a named speaker"


def test_takeaways_pay_for_their_form_like_glance_items() -> None:
    # Two later sentences alike but for a picture only the page shows: Key Takeaways,
    # like At a Glance, prefer the one a reader of the brief can follow.
    lead = make_sentence("The council approved the budget on Monday.")
    pictured = make_sentence("The mayor (pictured) said the budget was fair to all.", 50)
    plain = make_sentence("The treasurer said the budget was fair to all towns.", 110)
    pictured.picture = True
    for i, s in enumerate((lead, pictured, plain)):
        s.position = i
    scores = scoring.takeaway_scores([lead, pictured, plain], np.eye(3))
    assert scores[2] > scores[1]
    unpenalized = scoring.Weights(picture=0.0)
    assert scoring.takeaway_scores([lead, pictured, plain], np.eye(3), unpenalized)[1] > scores[2]


def test_a_line_opening_with_a_comma_continues_the_line_before(nlp: Language) -> None:
    text = (
        "Wannabe singer Kristina Karo is suing actress Mila Kunis for $5,000.\n\n"
        ", Karo states that Ms Kunis would come over to the farm, TMZ reports.\n"
    )
    sentences = sentences_of(nlp, text)
    assert reject_of(sentences, ", Karo states") == "continuation"


def test_the_stories_trailer_is_never_an_item(nlp: Language) -> None:
    text = (
        "The council approved the budget on Monday after a long debate.\n\n"
        "The budget raises spending on schools by a tenth.\n\n"
        "Opposition members said the rise was too small.\n\n"
        "Jane Doe reported from Leeds and John Roe wrote from London.\n\n"
        "CNN's Ann Lee contributed to this report.\n"
    )
    sentences = sentences_of(nlp, text)
    assert reject_of(sentences, "Jane Doe reported") == "trailer"
    assert reject_of(sentences, "CNN's Ann Lee") is not None
    _, takeaways = brief_sections(nlp, text)
    assert not any("reported from" in t.text for t in takeaways)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The line stops on a comma: the sentence goes on in the next line.
        (
            "Before he jumped off the ship's 15th floor and vanished beneath the waves,",
            "29-year-old Jorge Amores told his friends to film his last moments.",
        ),
        # The next line opens with the possessive of the word this one ended on.
        (
            "The rocks hold more samarium than most meteorites, so more was at play in Earth",
            "’s formation than scientists first thought.",
        ),
    ],
)
def test_a_line_left_open_is_finished_by_the_next(nlp: Language, first: str, second: str) -> None:
    text = f"Scientists have studied the samples for a decade.\n\n{first}\n\n{second}\n"
    sentences = sentences_of(nlp, text)
    joined = next(s for s in sentences if s.text.startswith(first[:20]))
    assert joined.text == f"{first}\n\n{second}"
    assert joined.reject is None


def test_a_quotation_closing_on_a_comma_is_not_left_open(nlp: Language) -> None:
    text = (
        "The driver was arrested on Monday.\n\n"
        "'He was sent to judicial custody,'\n\n"
        "His arrest follows a number of incidents reported in the city.\n"
    )
    sentences = sentences_of(nlp, text)
    assert any(s.text.startswith("His arrest follows") for s in sentences)
