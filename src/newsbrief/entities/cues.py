"""What the words around a name say it names: label votes from its context.

A kind noun after it ("the Tillaberi region"), the places it is listed with, an
age or "who" after it, an apposition ("Cisco, the networking company,"), a
speech verb (people and organizations speak; places rarely do), a preposition
of place before a one-word name, a he or she it is the subject for.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.entities.gender import subject_pronoun_gender
from newsbrief.entities.names import WEAK_TITLES, appositions
from newsbrief.lexicon import (
    GENDERED_NOUNS,
    ORG_NOUNS,
    PERSON_TITLES,
    SPEECH_VERBS,
    SUBDIVISIONS,
)
from newsbrief.nlp import Segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Label votes the words around a mention add to its recognizer label (the other
# votes are in `newsbrief.entities.merging`).
HINT_VOTE = 1.5  # "the Tillaberi region", "Dundee, Aberdeen and Paisley", "Lowe, 68,"
PRONOUN_VOTE = 1.0  # "McLean was a paperboy when he saw ..."

# Prepositions of place: a one-word "person" after them is a town ("in Moncton").
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
# A common noun right after a name that says what kind of thing it names.
KIND_NOUNS = {
    **dict.fromkeys(
        ("region", "province", "district", "city", "town", "village", "county", "state", "area"),
        "GPE",
    ),
    **dict.fromkeys(("river", "valley", "desert", "mountains", "island"), "LOC"),
    **dict.fromkeys(("facility", "plant", "factory", "airport", "stadium", "bridge"), "FAC"),
    **dict.fromkeys(("company", "firm", "group", "agency", "party", "ministry"), "ORG"),
}


def context_cues(seg: Segment, ent: Span, a: int, b: int) -> list[tuple[str, float]]:
    """Labels the words around a name suggest: a kind noun after it ("the Tillaberi
    region"), the place names it is listed with ("Dundee, Aberdeen and Paisley"),
    an age or "who" after it ("Lowe, 68,"), a he or she it is the subject for."""
    doc = seg.doc
    cues: list[tuple[str, float]] = []
    kind = _kind_after(doc, b)
    if kind is not None:
        cues.append((kind, HINT_VOTE))
    if a >= 2 and doc[a - 1].lower_ == "of" and doc[a - 2].lower_ in KIND_NOUNS:
        cues.append((KIND_NOUNS[doc[a - 2].lower_], HINT_VOTE))  # "the town of Abingdon"
    if (
        b + 1 < len(doc)
        and doc[b].text == ","
        and (doc[b + 1].lower_ == "who" or (doc[b + 1].like_num and doc[b + 1].text.isdigit()))
    ):
        cues.append(("PERSON", HINT_VOTE))
    root = doc[a:b].root
    # Most names have no conjuncts: skip the scan of every entity then.
    conjuncts = [t.i for t in root.conjuncts]
    listed = Counter(
        other.label_
        for other in (doc.ents if conjuncts else ())
        if other != ent and any(other.start <= i < other.end for i in conjuncts)
    )
    if listed and all(label in PLACE_LABELS for label in listed):
        cues.append((listed.most_common(1)[0][0], HINT_VOTE))
    nouns = appositions(root)
    if any(_is_person_noun(n) for n in nouns):
        cues.append(("PERSON", HINT_VOTE))  # "the transportation secretary, Marcus Hale,"
    elif any(n.is_lower and n.lower_ in ORG_NOUNS for n in nouns):
        cues.append(("ORG", HINT_VOTE))  # "Cisco, the networking company,"
    if ent.label_ in PLACE_LABELS and speaks(root):
        cues.append(("ORG", HINT_VOTE))  # "Cisco said": places rarely speak
    if ent.label_ == "PERSON" and b - a == 1:
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
            cues.append(("GPE", HINT_VOTE))  # "a rally in Moncton"
        if b + 1 < len(doc) and doc[b].text == "," and doc[b + 1].text in SUBDIVISIONS:
            cues.append(("GPE", HINT_VOTE))  # "Milton, Ont."
    if subject_pronoun_gender(doc, root, b) is not None:
        cues.append(("PERSON", PRONOUN_VOTE))
    return cues


def _kind_after(doc: Doc, b: int) -> str | None:
    """The label a kind noun after a name gives it: "the Tillaberi region", also
    across a pair of names ("the Moncton and Dieppe area")."""
    j = b
    if j + 1 < len(doc) and doc[j].lower_ in ("and", "or"):
        j += 1
        while j < len(doc) and doc[j].text[:1].isupper():
            j += 1
    if j < len(doc) and (j == b or j > b + 1) and doc[j].is_lower:
        return KIND_NOUNS.get(doc[j].lower_)
    return None


def speaks(root: Token) -> bool:
    """Whether a name is the subject of a speech verb ("Cisco said")."""
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS


def _is_person_noun(tok: Token) -> bool:
    """A lower-case noun only a person can be: 'secretary', 'spokeswoman', 'wife'."""
    word = tok.lower_
    return tok.is_lower and (
        word in GENDERED_NOUNS or (word in PERSON_TITLES and word not in WEAK_TITLES)
    )
