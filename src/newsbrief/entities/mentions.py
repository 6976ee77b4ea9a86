"""Recognized mentions: spaCy's entities cleaned into names, with their context.

Each mention is cleaned first: a leading article, personal titles ("Prime
Minister", "Mr.") and a sentence-initial word glued to a name ("Anticipated
Trump") are cut off, and page furniture (headings, bullet labels, "Key Takeaways",
"Date") is dropped. Lines set in title case (headlines, short table cells)
capitalize every word, so the recognizer's guesses there are kept only when the
article's ordinary lines confirm them. Each mention carries the labels its context
suggests (cues), its gender where the words around it tell, and a salience weight
by where it stands (headline, lead paragraph, At a Glance).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsbrief.blocks import trailer_start
from newsbrief.brief import Block, TextSpan
from newsbrief.entities.credits import is_credit
from newsbrief.entities.cues import (
    HINT_VOTE,
    context_cues,
    is_person_noun,
    speaks,
    spoken_name,
)
from newsbrief.entities.gender import mention_gender, name_context, opens_with_a_trade
from newsbrief.entities.names import (
    WORK_NOUNS,
    hyphened_end,
    is_acronym,
    is_subtitle,
    is_title,
    name_key,
    pageant_title,
    qualified_town,
    sentence_initial,
    title_before,
    title_cased,
    title_word,
)
from newsbrief.entities.owned import NICKNAMED, PROPER_TAGS, owned_person, whole_people
from newsbrief.entities.roles import SUBJECTS, beside, main_subject
from newsbrief.entities.words import Words
from newsbrief.lexicon import (
    COUNTRIES,
    ENTITY_BOILERPLATE,
    META_LINE,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_HEAD_WORDS,
    ORG_LEAD_WORDS,
    PLACE_LEAD_WORDS,
    SUBDIVISIONS,
    WELL_KNOWN_ORGS,
    normalize_heading,
    section_role,
)
from newsbrief.nlp import Annotated, Segment, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})

# Salience weight of a mention by where it stands.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
GLANCE_WEIGHT = 2.0
BODY_WEIGHT = 1.0

DETERMINERS = frozenset({"the", "a", "an"})
# Titles after a portfolio's name: "Education Minister", "Health Secretary".
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "critic", "ministry", "department"})
# Units of measure written in capitals, which the recognizer takes for names
# after a number ("16 GB", "500 MW").
UNITS = frozenset(
    {"KB", "MB", "GB", "TB", "PB", "KW", "MW", "GW", "KWH", "MWH", "GWH", "TWH", "MPH", "KPH"}
    | {"KM", "CM", "MM", "KG", "MG", "HZ", "MHZ", "GHZ", "BTU", "PPM", "RPM"}
)
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d+)?\s?$")
# A clock time right before a name: the name is its time zone ("16:08 UTC", "9 a.m. EST").
_CLOCK = re.compile(r"\b(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s*\(?$", re.IGNORECASE)
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Lower-case words a name never ends on: the recognizer's trailing fragments.
TRAILING_WORDS = frozenset({"of", "and", "for", "the", "to", "in", "at", "on", "or"})
DOUBLE_QUOTE_CHARS = '"“”«»'
_LEAD_MIN_WORDS = 8
NAME_LIST_MIN = 3  # people named in one line, between commas, that make it a list


@dataclass
class Mention:
    """A name in the text, as the recognizer or the second look-up found it."""

    span: TextSpan
    label: str
    ntokens: int  # words (whitespace-separated) in the name
    title: str | None = None  # the personal title just before the name, normalized
    weak: bool = False  # a sentence-initial common word: kept only beside firm mentions
    weight: float = BODY_WEIGHT
    cues: list[tuple[str, float]] = field(default_factory=list)  # labels the context suggests
    gender: str | None = None  # "m" or "f" where a title, pronoun or noun tells
    block: int = -1
    main_subject: bool = False  # the subject of its sentence's main verb
    speaks: bool = False  # the subject of a speech verb ("Hale said")
    modifier: bool = False  # followed by a common noun it modifies ("European officials")


def _clean(seg: Segment, ent: Span, words: Words) -> Mention | None:
    """The name part of a recognized entity, or None when nothing of a name is left."""
    doc = seg.doc
    a, b = ent.start, ent.end
    label = ent.label_ if ent.label_ in ENTITY_LABELS else "PERSON"  # a name that speaks
    b = hyphened_end(doc, b, label)  # "SNC-Lavalin", of which it took "SNC"
    if b - a > 3 and doc[b - 1].is_digit and doc[b - 2].text in "-–" and doc[b - 3].is_digit:
        b -= 3  # "Edmonton Oilers 7-4": the score of the game, after the team's name
    while b > a and (
        doc[b - 1].tag_ == "POS"
        or doc[b - 1].text in POSSESSIVES  # "Hoch’s" tagged as a number
        or doc[b - 1].is_punct
        or (
            (doc[b - 1].text in TRAILING_WORDS or (doc[b - 1].is_lower and doc[b - 1].is_alpha))
            and b - 1 > a
            and doc[b - 2].whitespace_
        )
    ):
        b -= 1  # "Schumer’s", "Eurogroup of", "Ibe for the incident" (not "Jae-in")
    airline = next((k for k in range(a + 1, b) if doc[k].text == "Flight"), None)
    if airline is not None and all(t.like_num for t in doc[airline + 1 : b]):
        b, label = airline, "ORG"  # "Adam Air Flight 574": the airline flies it
    while b > a and _possessive(doc[a]):
        a += 1  # "’s Dodge Ram": the owner's name ended before the entity
    for k in range(a + 1, b - 1):
        if _possessive(doc[k]) and not NICKNAMED.fullmatch(doc[a:b].text):
            owned = doc[k + 1 : b]
            owner = doc[a:k]
            if owned_person(owner, owned):
                a, label = k + 1, "PERSON"  # "Golf Channel’s Jaime Diaz": the person owned
            elif owned[0].text in ORG_LEAD_WORDS and _place(owner.text):
                a = k + 1  # "Niger's Ministry of Water": the ministry, not the country's
            elif owned[0].text not in ORG_LEAD_WORDS and owned[-1].text not in ORG_HEAD_WORDS:
                b = k  # "Justin Trudeau’s Liberals", not "Niger's Ministry of Water"
            break
    while b - a > 1 and (
        doc[a].lower_ in DETERMINERS
        or doc[a].is_punct
        or (label == "PERSON" and doc[a].is_lower and doc[a].lower_ not in NAME_PARTICLES)
    ):
        a += 1  # "the", "j'accusing Davis" (not "de Blasio")
    if (
        label == "ORG"
        and a >= 2
        and doc[a - 1].text == "of"
        and doc[a - 2].text in PLACE_LEAD_WORDS
        and doc[a - 2].ent_iob_ == "O"
        and doc[b - 1].text in ORG_HEAD_WORDS
    ):
        a -= 2  # "Vale of White Horse District Council": the place's name is the council's
    # "Education Minister Rob Fleming", "Secretary of State John Kerry": a portfolio.
    of_title = a >= 2 and doc[a - 1].lower_ == "of" and doc[a - 2].lower_ in PORTFOLIO_TITLES
    if (
        b - a == 1
        and ((b < len(doc) and doc[b].lower_ in PORTFOLIO_TITLES) or of_title)
        and doc[a].is_alpha
        and not doc[a].is_upper  # "U.S. Secretary of State"
        and words.known(doc[a].lower_)
    ):
        return None
    if a >= 1 and doc[a - 1].lower_ in WORK_NOUNS and doc[a:b].root.dep_ not in SUBJECTS:
        return None  # "his comic Forgotten Grunt": a title, not a name (not "the book Lee wrote")
    if is_subtitle(doc, a):
        return None  # "his comic Forgotten Grunt: The Undead Soldier"
    title = None
    if label == "PERSON" and (pageant := pageant_title(doc, a, b)):
        a += pageant  # "Miss Universe Alicia Machado"; "Miss Venezuela" alone is no name
        if a >= b:
            return None
    # Not a title that owns what follows: "the Sheriff's Office" is the office's name.
    while b - a > 1 and is_title(doc[a], label) and not qualified_town(doc, b):
        if _possessive(doc[a + 1]):
            break
        if b - a == 2 and doc[b - 1].text in ORG_HEAD_WORDS:
            break  # "Premier League": a title and a head word name an organization
        title = title_word(doc[a])
        a += 1
    if label == "PERSON" and (
        (b - a == 1 and is_title(doc[a], label))
        or (doc[b - 1].text.isupper() and is_title(doc[b - 1], label))
    ):
        return None  # "Liberal MLA", "Cpl", "Alberta MLA": a title, not a name
    if label == "PERSON":  # "Cottonwood Police Sgt Jeremy Daniels"
        for k in range(b - 2, a, -1):
            rest = [t.lower_.rstrip(".") for t in doc[k + 1 : b]]
            if is_title(doc[k], label) and doc[k].text[:1].isupper():
                if any(w not in NAME_SUFFIXES for w in rest):
                    title, a = title_word(doc[k]), k + 1
                break
    if (
        b - a > 1
        and sentence_initial(doc, a)
        and doc[a].text[:1].isupper()
        and not _known_name(doc[a:b].text)  # "United States", "United Airlines"
        and (
            words.inflected(doc[a].lower_)
            or (label == "PERSON" and doc[a].tag_ not in PROPER_TAGS)
            or (label == "PERSON" and opens_with_a_trade([t.text for t in doc[a:b]], words.known))
        )
    ):
        a += 1  # "Anticipated Trump", "Former Trump", "Model Anna Duritskaya"
    if b <= a:
        return None
    span = doc[a:b]
    if not any(t.text[:1].isupper() for t in span):
        return None  # "the housing association", "jerrycan"
    text_span = _tidy(seg.span(span))
    if text_span is None or text_span.start < seg.entity_start:
        return None
    if label == "PERSON" and any(ch.isdigit() for ch in text_span.text):
        return None  # "Bill C-74": a person's name has no digits
    weak = (
        b - a == 1
        and sentence_initial(doc, a)
        and doc[a].tag_ not in PROPER_TAGS
        and not is_acronym(doc[a].text)
    )
    title = title or title_before(doc, a)
    if (
        label == "PERSON"
        and title is None
        and a > 0
        and doc[a - 1].lower_ == "the"
        and b < len(doc)
        and doc[b].pos_ == "NOUN"
        and doc[b].is_lower
    ):
        label, weak = "ORG", True  # "the Lakeshore facility": a person's name takes no article
    words_in = len(text_span.text.split())
    around = name_context(doc, a, b)
    cues = context_cues(seg, ent, a, b, around)
    if airline is not None:
        cues.append(("ORG", HINT_VOTE))
    mention = Mention(text_span, label, words_in, title, weak, cues=cues)
    mention.gender = mention_gender(doc, a, b, title, around)
    mention.block = seg.block
    mention.main_subject = main_subject(doc[a:b])
    near = beside(doc[a:b])  # "His father, Ernie LeBlanc, says": the father speaks
    mention.speaks = speaks(near if is_person_noun(near) else around.root)
    mention.modifier = b < len(doc) and doc[b].is_lower and doc[b].pos_ == "NOUN"
    return mention


def _known_name(text: str) -> bool:
    """A country or a well-known organization, whatever its first word is."""
    return text in COUNTRIES or text in WELL_KNOWN_ORGS or name_key(text).startswith("family:")


def _place(text: str) -> bool:
    """A country, state or province by its name."""
    return text in COUNTRIES or text in SUBDIVISIONS


def _possessive(tok: Token) -> bool:
    return tok.tag_ == "POS" or tok.text in POSSESSIVES


_AGE = re.compile(r",\s*\d")
_DASH = re.compile(r"\s[-–—]\s")


def _tidy(span: TextSpan) -> TextSpan | None:
    """A name without what tokenization glued to it: '(CNN)Sofia Vergara' ->
    'Sofia Vergara'; a name with a quote mark inside is no name, unless the marks
    enclose a nickname ('Chesley "Sully" Sullenberger')."""
    text, start = span.text, span.start
    if NICKNAMED.fullmatch(text):
        return span  # 'Chesley "Sully" Sullenberger'
    cut = 0
    if ")" in text and "(" not in text:
        cut = text.rindex(")") + 1
    last_mark = max(text.rfind(mark) for mark in DOUBLE_QUOTE_CHARS)
    if 0 <= last_mark < len(text) // 2:
        cut = max(cut, last_mark + 1)
    end = len(text)
    if "(" in text and ")" not in text:
        end = text.index("(")
    age = _AGE.search(text) if "," in text else None  # most names have no comma
    if age is not None and age.start() > cut:
        end = min(end, age.start())  # "Khaled Belkacemi,60"
    dash = _DASH.search(text) if any(d in text for d in "-–—") else None
    if dash is not None and dash.start() > cut:
        end = min(end, dash.start())  # "Sam - after the race"
    body = text[cut:end]
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    if not body or any(mark in body for mark in DOUBLE_QUOTE_CHARS):
        return None
    return TextSpan(body, start + cut + lead, start + cut + lead + len(body))


def _furniture(doc: Annotated) -> set[str]:
    """Normalized texts that are page structure here: headings and bullet labels."""
    found = set(ENTITY_BOILERPLATE)
    for b in doc.blocks:
        if b.kind == "heading":
            found.add(normalize_heading(b.text))
        if b.label is not None:
            found.add(normalize_heading(b.label.text))
        for cell in b.header:
            found.add(normalize_heading(cell.text))
    return found


def block_weights(blocks: list[Block]) -> list[float]:
    """A mention's salience weight in each block: headline, lead, At a Glance, body."""
    weights = []
    lead_seen = False
    for b in blocks:
        weight = BODY_WEIGHT
        if b.kind == "headline":
            weight = HEADLINE_WEIGHT
        elif b.kind == "bullet" and section_role(b.section) == "glance":
            weight = GLANCE_WEIGHT
        elif (
            b.kind == "paragraph"
            and not lead_seen
            and not META_LINE.match(b.text)
            and len(b.text.split()) >= _LEAD_MIN_WORDS
        ):
            weight, lead_seen = LEAD_WEIGHT, True
        weights.append(weight)
    return weights


def recognized(doc: Annotated, words: Words) -> Iterator[Mention]:
    """The recognizer's mentions, cleaned, without furniture, and confirmed where
    they stand in a title-cased line."""
    furniture = _furniture(doc)
    weights = block_weights(doc.blocks)
    cased = [title_cased(doc.text[seg.start : seg.end]) for seg in doc.segments]
    confirmed = _confirmation(doc, cased)
    trailer = trailer_start(doc.blocks)  # credits and links after the story's end
    for seg, in_title_case in zip(doc.segments, cased, strict=True):
        if not seg.entities or seg.block >= trailer:
            continue
        for ent in whole_people(seg.doc, words.known):
            if ent.label_ not in ENTITY_LABELS and not spoken_name(ent):
                continue  # not "Aamer Anwar said", taken for a work's title
            m = _clean(seg, ent, words)
            if m is None or normalize_heading(m.span.text) in furniture:
                continue
            if is_credit(doc.text, m.span.start, m.span.end) or _CLOCK.search(
                doc.text, max(0, m.span.start - 16), m.span.start
            ):
                continue  # a credit; a time zone after a clock time ("16:08 UTC")
            if doc.text[m.span.start - 1 : m.span.start] == "#":
                continue  # a hashtag, "#BoycottDolceGabbana"
            if m.span.text in UNITS and _NUMBER_BEFORE.search(
                doc.text, max(0, m.span.start - 12), m.span.start
            ):
                continue  # a unit after a number: "16 GB", "500 MW"
            if in_title_case and not confirmed(m.span.text) and not _name_list(seg):
                continue
            m.weight = weights[seg.block]
            yield m


def _name_list(seg: Segment) -> bool:
    """Whether a line lists people ("Cast: Tom Hanks, Meg Ryan, Bill Pullman"): its
    capitals are the names', not a headline's."""
    people = sum(1 for e in seg.doc.ents if e.label_ == "PERSON")
    return people >= NAME_LIST_MIN and doc_text(seg.doc).count(",") >= NAME_LIST_MIN - 1


def _confirmation(doc: Annotated, cased: list[bool]) -> Callable[[str], bool]:
    """A test for names found in title-cased lines, where every word is capitalized:
    each of its words must be written capitalized, and never in lower case, in the
    article's ordinary lines ("Glasgow" in "Glasgow City Council"; not "Jobs")."""
    upper: set[str] = set()
    lower: set[str] = set()
    seen = False

    def confirmed(name: str) -> bool:
        nonlocal seen
        if not seen:  # most articles have no title-cased line to confirm names in
            seen = True
            for seg, in_title_case in zip(doc.segments, cased, strict=True):
                if in_title_case:
                    continue
                for tok in seg.doc:
                    if tok.is_alpha:
                        (lower if tok.is_lower else upper).add(tok.lower_)
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper()]
        return bool(words) and all(w in upper and w not in lower for w in words)

    return confirmed
