"""The article's entities: mentions found, merged, looked up again, and named.

`find_entities` runs the stages in order (recognized mentions, groups by key,
acronyms, surnames, short forms of organizations, the final labels, the second
look-up, shared surnames resolved one by one), then builds each entity: its
display name (the fullest form; an acronym's expansion; a place's most used
form), its aliases, its mentions and its salience, most salient first.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.blocks.marks import inside, quoted_ranges
from newsbrief.brief import Entity
from newsbrief.entities.cues import HINT_VOTE, PLACE_LABELS, PRONOUN_VOTE, disease_names
from newsbrief.entities.lookup import looked_up, lookup_forms
from newsbrief.entities.mentions import Mention, recognized
from newsbrief.entities.merging import (
    Group,
    group_by_key,
    merge_acronyms,
    merge_surnames,
    named_kind,
    resolve_surname,
    vote,
)
from newsbrief.entities.names import is_acronym, name_key
from newsbrief.entities.people import merge_name_parts, merge_nicknames
from newsbrief.entities.places import in_capitals, place_name, qualified_places
from newsbrief.entities.short_forms import merge_org_short_forms
from newsbrief.entities.spelling import merge_misspellings
from newsbrief.entities.towns import merge_towns
from newsbrief.entities.words import Words, english_words
from newsbrief.lexicon import HONORIFICS, given_name_gender
from newsbrief.nlp import Annotated

if TYPE_CHECKING:
    from spacy.language import Language

PRONOUN_PERSON_MIN = 2  # he or she bound to a name this often: a person, whatever the votes


def _display_name(g: Group, label: str, words: Words, quotes: list[tuple[int, int]]) -> str:
    counts = Counter(m.span.text for m in g.mentions)
    if label == "PERSON":
        # "Crooked Hillary Clinton" in a quoted taunt: a nickname, not the fullest form.
        nicknames = {f for f in counts if _nickname(f, g, counts, words, quotes)}
        counts = Counter({f: n for f, n in counts.items() if f not in nicknames}) or counts
    if label in PLACE_LABELS:  # the most used form, the fullest; then a known spelling
        name = max(  # the dateline's capitals last: "Flint, Mich." over "FLINT, Mich."
            counts,
            key=lambda f: (
                counts[f],
                len(f.split()),
                place_name([f]) is not None,
                len(f),
                not _in_capitals(f),
            ),
        )
        return in_capitals(name) or name  # a dateline's "OTTAWA": "Ottawa"
    # People and organizations: the fullest form; an acronym's expansion.
    return max(counts, key=lambda f: (not is_acronym(f), len(f.split()), counts[f], len(f)))


def _nickname(
    form: str, g: Group, forms: Counter[str], words: Words, quotes: list[tuple[int, int]]
) -> bool:
    """Whether `form` is another of `forms` after an English adjective that is no
    given name, written only inside quotation marks ("Crooked Hillary Clinton"; not
    "Olympian Bruce Jenner" in the story's words, nor "Rose Byrne" anywhere)."""
    first, _, rest = form.partition(" ")
    if rest not in forms or first.lower() not in words.index.get("adj", frozenset()):
        return False
    if given_name_gender(form) is not None:
        return False
    starts = [m.span.start for m in g.mentions if m.span.text == form]
    return all(inside(quotes, start) for start in starts)


def _in_capitals(form: str) -> bool:
    """Whether a form opens in capitals, as a dateline writes a place ("FLINT, Mich."):
    the last choice among forms that differ by case."""
    return form[:2].isupper()


def _aliases(g: Group, name: str, text: str) -> list[str]:
    seen: dict[str, str] = {}  # by case: "FLINT" in a dateline is "Flint"

    def add(form: str) -> None:
        key = form.casefold()
        if key != name.casefold() and (key not in seen or _in_capitals(seen[key])):
            seen[key] = form

    for m in sorted(g.mentions, key=lambda m: m.span.start):
        add(m.span.text)
        town, comma, _ = m.span.text.partition(", ")
        if comma and g.label in PLACE_LABELS and town != name:
            add(town)  # "Columbus" is a name of "Columbus, Ohio"
        if m.title in HONORIFICS and m.ntokens == 1:
            lead = re.search(r"\b(\w+\.?)\s+$", text[max(0, m.span.start - 12) : m.span.start])
            if lead is not None:
                add(f"{lead.group(1)} {m.span.text}")
    return list(seen.values())


def _final_label(g: Group, words: Words | None = None) -> str:
    """The vote, after the rules that outrank it: a full personal name, a title, or
    he and she used for it more than once make a person."""
    kind = named_kind(max(g.forms, key=len), g.forms)
    if kind in ("FAC", "NORP"):
        return kind  # "King George Station", "Republicans": whatever title or he is near
    if g.person or any(m.title is not None for m in g.mentions if m.label == "PERSON"):
        return "PERSON"
    if _named_then_surnamed(g) or _epithet(g, words or english_words(None)):
        return "PERSON"
    pronouns = sum(1 for m in g.mentions for label, weight in m.cues if weight == PRONOUN_VOTE)
    if pronouns >= PRONOUN_PERSON_MIN and not place_name(g.forms) and kind is None:
        return "PERSON"
    label = vote(g.mentions)
    if label == "GPE" and _peoples_word(g, words or english_words(None)):
        return "NORP"
    return label


# The endings of the words for a people or a faith: "Ukrainian", "European",
# "Jewish", "Japanese", "Islamic", "Saudi". Only for the recognizer's GPE: its LOC
# holds regions named by such words ("the Antarctic").
_PEOPLES_ENDING = re.compile(r"[A-Z][a-z]*(?:ian|ean|an|ish|ese|ic|i)")


def _peoples_word(g: Group, words: Words) -> bool:
    """A 'place' named by a people's adjective ("Ukrainian", "Southeast Asian"):
    the recognizer's place for a nationality. Its last word is an English
    adjective with a people's ending, and no form is a known place."""
    if place_name(g.forms) is not None:
        return False
    return all(
        _PEOPLES_ENDING.fullmatch(last := f.split()[-1]) is not None
        and last.lower() in words.index.get("adj", frozenset())
        for f in g.forms
    )


def _named_then_surnamed(g: Group) -> bool:
    """A full name opening with a given name, also written as its last word alone
    ("Marcus Hale" ... "Hale"): a person, whatever the recognizer said; an
    organization's short form is its first word ("Lockheed")."""
    if named_kind(max(g.forms, key=len), g.forms) is not None:
        return False  # "Lockheed Martin", "Adam Smith International"
    return any(
        len(f.split()) >= 2 and f.split()[-1] in g.forms and given_name_gender(f) is not None
        for f in set(g.forms)
    )


_EPITHET = re.compile(r"(?P<name>[A-Z][a-z]+) the [A-Z][a-z]+")


def _epithet(g: Group, words: Words) -> bool:
    """A name with an epithet, "Kermit the Frog", "Alexander the Great": a person
    or a character (not "Save the Children", whose first word is a verb)."""
    return any(
        (m := _EPITHET.fullmatch(f)) is not None and not words.known(m["name"].lower())
        for f in g.forms
    )


def _disease(g: Group, diseases: set[str]) -> bool:
    """A name the article calls a virus or a disease, and no known place or person."""
    if place_name(g.forms) is not None or g.person or g.titles() or g.label == "NORP":
        return False
    return any(f in diseases for f in g.forms)


def _build(
    groups: dict[str, Group], text: str, words: Words, quotes: list[tuple[int, int]]
) -> list[Entity]:
    out = []
    for g in groups.values():
        if all(m.weak for m in g.mentions):
            continue
        ms: dict[tuple[int, int], Mention] = {}
        for m in sorted(g.mentions, key=lambda m: (m.span.start, -m.span.end)):
            ms.setdefault((m.span.start, m.span.end), m)
        g.mentions = list(ms.values())
        label = g.label or _final_label(g, words)
        name = _display_name(g, label, words, quotes)
        out.append(
            Entity(
                name=name,
                label=label,
                aliases=_aliases(g, name, text),
                mentions=[m.span for m in g.mentions],
                salience=sum(m.weight for m in g.mentions),
            )
        )
    out.sort(key=lambda e: (-e.salience, e.first_mention))
    return out


def _lowercase_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w.])[a-z][a-z'-]+", text))


def _unsupported_person(g: Group) -> bool:
    """A 'person' known by one word only, with no title, no cue around it (an age,
    an apposition, a he or she it is the subject for: "Dia was on a business trip
    when he ..."), never speaking and never named in full: a capitalized word the
    recognizer guessed ("Forecaddie", "Golfweek", "Sharks")."""
    support = (("PERSON", HINT_VOTE), ("PERSON", PRONOUN_VOTE))
    return (
        g.label == "PERSON"
        and not g.person
        and not g.titles()
        and all(len(f.split()) == 1 for f in g.forms)
        and not any(m.speaks or any(c in m.cues for c in support) for m in g.mentions)
    )


def _common_word_person(g: Group, lowercase: set[str]) -> bool:
    """A 'person' known by one word that the article also writes in lower case
    ('Homeless', 'League'), with no full name and no title: a capitalized word."""
    return (
        g.label == "PERSON"
        and not g.person
        and not g.titles()
        and all(len(f.split()) == 1 for f in g.forms)
        and any(f.lower() in lowercase for f in g.forms)
    )


def find_entities(doc: Annotated, nlp: Language | None = None) -> list[Entity]:
    """The article's entities, one per real-world thing, most salient first.

    `nlp` (the pipeline that annotated `doc`) lends its lemmatizer's word tables to
    tell a capitalized common word from a name; without it that check is skipped.
    """
    words = english_words(nlp)
    groups = group_by_key(qualified_places(list(recognized(doc, words)), doc.text))
    merge_towns(groups)
    merge_acronyms(groups, doc.text)
    pending = merge_surnames(groups, doc.text)
    merge_org_short_forms(groups, words)
    merge_misspellings(groups)
    groups = {k: g for k, g in groups.items() if not all(m.weak for m in g.mentions)}
    for g in groups.values():
        g.label = _final_label(g, words)
    merge_name_parts(groups)
    lower = _lowercase_words(doc.text)
    diseases = disease_names(doc.text)
    groups = {
        k: g
        for k, g in groups.items()
        if not _common_word_person(g, lower)
        and not _unsupported_person(g)
        and not _disease(g, diseases)
    }

    taken = [(m.span.start, m.span.end) for g in groups.values() for m in g.mentions]
    taken += [(m.span.start, m.span.end) for m in pending]
    exact, surnames = lookup_forms(groups)
    for m in looked_up(doc, exact.keys() | surnames.keys(), taken, words):
        form = m.span.text
        # A titled surname is a person's ("Mr. Ford", not the Ford company's), and
        # the titled group of that surname kept apart from a person of another
        # gender is one ("President Obama" beside "the first lady, Michelle Obama").
        if form in exact and not (
            m.title is not None and form in surnames and not groups[exact[form]].honorific()
        ):
            groups[exact[form]].mentions.append(m)
        elif len(surnames.get(form, [])) == 1:
            groups[surnames[form][0]].mentions.append(m)
        else:
            pending.append(m)
    # Each person's surname, found once: a surname mention added to a person
    # leaves the longest form, which the surname is read from, as it was.
    by_surname: dict[str, list[Group]] = {}
    for g in groups.values():
        key = g.surname()
        if key is not None:
            by_surname.setdefault(key, []).append(g)
    for m in sorted(pending, key=lambda m: m.span.start):
        candidates = by_surname.get(name_key(m.span.text), [])
        if candidates:
            resolve_surname(m, candidates).mentions.append(m)
    merge_nicknames(groups)  # after the surnames: "Poodle" is Uncle Poodle's, then Lee's
    return _build(groups, doc.text, words, quoted_ranges(doc.blocks))
