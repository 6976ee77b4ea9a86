"""What the words around a name say it names: label votes from its context.

A kind noun after it ("the Tillaberi region"), the places it is listed with, an
age or "who" after it, an apposition ("Cisco, the networking company,"), a
speech verb (people and organizations speak; places rarely do), a preposition
of place before a one-word name, a he or she it is the subject for, a caption's
place in its picture ("Neymar (left)").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsbrief.entities.gender import NameContext
from newsbrief.entities.names import WEAK_TITLES, sentence_initial
from newsbrief.lexicon import (
    COUNTRIES,
    EMPLOYEE_NOUNS,
    GENDERED_NOUNS,
    MARKET_NOUNS,
    ORG_NOUNS,
    PERSON_TITLES,
    SHARE_NOUNS,
    SPEECH_VERBS,
    SUBDIVISIONS,
    given_name_gender,
)
from newsbrief.nlp import Segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PUBLISHING_VERBS = frozenset({"report", "write", "publish"})

# Label votes the words around a mention add to its recognizer label (the other
# votes are in `newsbrief.entities.merging`).
HINT_VOTE = 1.5  # "the Tillaberi region", "Dundee, Aberdeen and Paisley", "Lowe, 68,"
WHICH_VOTE = 3.0  # people are "who": a name followed by ", which" is a thing's
PRONOUN_VOTE = 1.0  # "McLean was a paperboy when he saw ..."

# Prepositions of place: a one-word "person" after them is a town ("in Moncton").
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
_BESIDE = frozenset({"near", "outside"})
# A common noun right after a name that says what kind of thing it names.
# Things made and sold: a name in apposition to one is a product's ("its new
# operating system, Snow Leopard,").
PRODUCT_NOUNS = frozenset(
    {"product", "system", "software", "device", "phone", "smartphone", "tablet", "computer"}
    | {"laptop", "model", "vehicle", "car", "truck", "suv", "aircraft", "airliner", "jet"}
    | {"plane", "drug", "app", "browser", "console", "engine", "rocket", "satellite"}
)
# Organization nouns that are also people's trades: "developer Mike Xu".
PEOPLES_TRADES = frozenset(
    {"developer", "publisher", "maker", "supplier", "label", "broadcaster", "giant"}
)
KIND_NOUNS = {
    **dict.fromkeys(
        ("region", "province", "district", "city", "town", "village", "county", "state", "area"),
        "GPE",
    ),
    **dict.fromkeys(("river", "valley", "desert", "mountains", "island"), "LOC"),
    **dict.fromkeys(("facility", "plant", "factory", "airport", "stadium", "bridge"), "FAC"),
    **dict.fromkeys(("airbase", "airfield", "prison"), "FAC"),
    **dict.fromkeys(("company", "firm", "group", "agency", "party", "ministry"), "ORG"),
}


def context_cues(
    seg: Segment, ent: Span, a: int, b: int, around: NameContext
) -> list[tuple[str, float]]:
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
    if (
        ent.label_ == "PERSON"
        and a >= 1
        and doc[a - 1].text == "A"
        and doc[a - 1].dep_ == "det"
        and not sentence_initial(doc, a - 1)
    ):
        cues.append(("ORG", WHICH_VOTE))  # "Turkish TV network A Haber": no person's name
    if _employer(doc, a):
        cues.append(("ORG", HINT_VOTE))  # "an analyst at Cazenove", "shares in HBOS"
    if (
        ent.label_ == "PERSON"
        and b + 1 < len(doc)
        and doc[b].text == ","
        and doc[b + 1].lower_ == "which"
    ):
        cues.append(("ORG", WHICH_VOTE))  # "Dixon Hall, which runs shelters": no person
    root = around.root
    # Most names have no conjuncts: skip the scan of every entity then.
    conjuncts = [t.i for t in root.conjuncts]
    if conjuncts:
        others = [
            other
            for other in doc.ents
            if other != ent and any(other.start <= i < other.end for i in conjuncts)
        ]
        listed = Counter(other.label_ for other in others)
        # People, two thirds of a list or more, two of them with a listed given
        # name: "Lea Druppel" among the dead pupils named ("Pernod Ricard", taken
        # for a person among firms, has no given name).
        named = [given_name_gender(o.text) is not None for o in others]
        people = sum(o.label_ == "PERSON" or n for o, n in zip(others, named, strict=True))
        if listed and all(label in PLACE_LABELS for label in listed):
            cues.append((listed.most_common(1)[0][0], HINT_VOTE))
        elif sum(named) >= 2 and 3 * people >= 2 * len(others) and not _in_a_place(root):
            cues.append(("PERSON", HINT_VOTE))
    if (
        a >= 1
        and doc[a - 1].is_lower
        and doc[a - 1].lower_ in ORG_NOUNS
        and doc[a - 1].lower_ not in PEOPLES_TRADES
    ):
        cues.append(("ORG", HINT_VOTE))  # "Thai group Dusit Thani", "automaker GM"
    nouns = around.appositions
    # "Ranjeeta Rohatgi, an advocate who was present": set off by a comma after it.
    after_comma = b < len(doc) and doc[b].text == ","
    if any(
        is_person_noun(n) or _owned_employee(n) or (after_comma and n.i > b and _who_is(n))
        for n in nouns
    ):
        cues.append(("PERSON", HINT_VOTE))  # "the transportation secretary, Marcus Hale,"
    elif any(n.is_lower and n.lower_ in ORG_NOUNS and not _of_someone(n) for n in nouns):
        cues.append(("ORG", HINT_VOTE))  # "Cisco, the networking company,"
    elif any(n.is_lower and n.lower_ in PRODUCT_NOUNS for n in nouns):
        cues.append(("PRODUCT", HINT_VOTE))  # "its operating system, Snow Leopard,"
    elif kinds := [KIND_NOUNS[n.lower_] for n in nouns if n.is_lower and n.lower_ in KIND_NOUNS]:
        cues.append((kinds[0], HINT_VOTE))  # "Omoa, an impoverished village in Honduras"
    if ent.label_ in PLACE_LABELS and speaks(root):
        cues.append(("ORG", HINT_VOTE))  # "Cisco said": places rarely speak
    # "a rally in Moncton"; "just outside San Pedro Sula" (no one stands outside a
    # person, but many names follow "in": "confidence in Janet Yellen").
    beside = PLACE_PREPOSITIONS if b - a == 1 else _BESIDE
    if ent.label_ == "PERSON" and root.dep_ == "pobj" and root.head.lower_ in beside:
        cues.append(("GPE", HINT_VOTE))
    if ent.label_ == "PERSON" and b + 1 < len(doc) and doc[b].text == ",":
        after = doc[b + 1].text
        if (b - a == 1 and after in SUBDIVISIONS) or _a_country_closes(doc, b + 1):
            cues.append(("GPE", HINT_VOTE))  # "Milton, Ont.", "San Pedro Sula, Honduras."
    if around.pronoun is not None:
        cues.append(("PERSON", PRONOUN_VOTE))
    if _placed_in_a_picture(doc, b):
        cues.append(("PERSON", HINT_VOTE))  # "Neymar (left) poses for a photo"
    if ent.label_ != "PERSON" and a >= 1 and _trade_before(doc[a - 1]) and spoken_name(doc[a:b]):
        cues.append(("PERSON", HINT_VOTE))  # "CNN aviation analyst Les Abend said"
    return cues


# Where a caption places someone in its picture: "(left)", "(second right)".
_PICTURE_PLACES = frozenset({"left", "right", "centre", "center"})


def _placed_in_a_picture(doc: Doc, b: int) -> bool:
    """Whether the name ending before token `b` is followed by its place in a
    picture, as captions place the people shown ("Neymar (left) poses")."""
    if b + 2 >= len(doc) or doc[b].text != "(":
        return False
    inside = [t.lower_ for t in doc[b + 1 : b + 4]]
    close = inside.index(")") if ")" in inside else None
    return close is not None and close >= 1 and inside[close - 1] in _PICTURE_PLACES


def _of_someone(noun: Token) -> bool:
    """Whether the noun ends a person's description ("the president of his former
    club, Jean-Michel Aulas"): the name beside it may be the person's."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and is_person_noun(prep.head)


def _owned_employee(noun: Token) -> bool:
    """Whether a noun is an employee's trade an owner's possessive tells ("Jan
    Hatzius, Goldman's chief economist"): a person, not the company."""
    return (
        noun.is_lower
        and noun.lower_ in EMPLOYEE_NOUNS
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _who_is(noun: Token) -> bool:
    """Whether a common noun has a relative clause of "who" ("an advocate who was
    present"): people are "who", organizations and places "which"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "relcl"
        and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
        for c in noun.children
    )


def _trade_before(tok: Token) -> bool:
    """A lower-case noun of a person's trade right before a name ("analyst Les Abend",
    "lawyer Aamer Anwar"), as a title; not an organization's ("analyst firm")."""
    return tok.is_lower and (tok.lower_ in EMPLOYEE_NOUNS or is_person_noun(tok))


def spoken_name(span: Span) -> bool:
    """Whether the recognizer's span is a full name that speaks: two or three
    capitalized proper nouns, the subject of a speech verb ("Aamer Anwar said",
    taken for a work's title; "Les Abend said", for an organization's name). Not
    one that reports or writes: a publication's ("Paris Match reported")."""
    return (
        2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in span)
        and speaks(span.root)
        and span.root.head.lemma_ not in PUBLISHING_VERBS
    )


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


def _employer(doc: Doc, a: int) -> bool:
    """Whether the name at token `a` is where someone works or what shares are held
    in: "an analyst at Cazenove", "a market analyst from Cazenove", "a researcher
    with the Dixon Hall", "shares in HBOS"."""
    i = a - 1
    if i >= 1 and doc[i].lower_ == "the":
        i -= 1
    if i < 1:
        return False
    prep, noun = doc[i].lower_, doc[i - 1].lower_
    return (
        (prep in ("at", "with") and noun in EMPLOYEE_NOUNS)
        or (prep == "from" and noun in MARKET_NOUNS)
        or (prep in ("in", "of") and noun in SHARE_NOUNS)
    )


def speaks(root: Token) -> bool:
    """Whether a name is the subject of a speech verb ("Cisco said")."""
    return root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS


def is_person_noun(tok: Token) -> bool:
    """A lower-case noun only a person can be: 'secretary', 'spokeswoman', 'wife'."""
    word = tok.lower_
    return tok.is_lower and (
        word in GENDERED_NOUNS or (word in PERSON_TITLES and word not in WEAK_TITLES)
    )


# What the article says of a disease: "the Ebola virus", "infected with Ebola",
# "symptoms of Ebola" (not "the case of Ferguson", "the spread of ISIS", "Obama
# fever", "contracted GO Phoenix": checked over a thousand news stories).
# A name starts a word, and its words are taken whole (possessive), so a megabyte
# "word" costs one pass, not one pass per letter.
_NAME = r"(?P<name>(?<![\w-])[A-Z][\w-]*+(?:\s++[A-Z][\w-]*+){0,3})"
_DISEASE_CONTEXTS = re.compile(
    "|".join(
        (
            _NAME.replace("name", "before") + r"\s+(?:virus|disease)\b",
            r"\b(?:(?:infected|diagnosed|came\s+down|patients?|sick|ill)\s+with"
            r"|(?:cases|symptoms|outbreak)\s+of|exposure\s+to)"
            r"\s+(?:the\s+)?" + _NAME,
        )
    )
)


def disease_names(text: str) -> set[str]:
    """The names the article calls a virus or a disease ("the Ebola virus",
    "infected with Ebola"): they name no person, organization or place."""
    found = set()
    for m in _DISEASE_CONTEXTS.finditer(text):
        name = m["before"] or m["name"]
        found.add(name.removeprefix("The ").removeprefix("An ").removeprefix("A "))
    return found


def _in_a_place(root: Token) -> bool:
    """Whether the name is the object of "in", "of", "from" and the like ("Saunders,
    33, of Williamsburg, Virginia"): where someone is from, whatever is listed."""
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS | {"of", "from"}


def _a_country_closes(doc: Doc, i: int) -> bool:
    """Whether a country's name starts at token `i` and closes its phrase: "traveled
    to San Pedro Sula, Honduras." tells where the town is."""
    for end in range(i + 1, min(i + 4, len(doc)) + 1):
        if doc[i:end].text in COUNTRIES and (end == len(doc) or doc[end].is_punct):
            return True
    return False
