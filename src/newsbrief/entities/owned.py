"""People the recognizer cuts apart: named after their organization's possessive
("Golf Channel’s Jaime Diaz" is the person, whether the recognizer took the whole
as the organization's name or stopped at "Golf Channel's"), named with a
nickname in quotes ("Mike 'Sugar Bear' Thompson", 'Chesley "Sully" Sullenberger'),
and named with more words than it expects ("Abdu Rabu Mansour Hadi" is one
person, not "Abdu Rabu" and "Mansour Hadi")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from newsbrief.lexicon import (
    GIVEN_NAME_GENDER,
    ORG_HEAD_WORDS,
    WELL_KNOWN_ORGS,
    given_name_gender,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PROPER_TAGS = frozenset({"NNP", "NNPS"})


def owned_person(owner: Span, owned: Span) -> bool:
    """Whether `owned`, after `owner`'s possessive, is a person's name: a listed
    given name first, or capitalized words owned by an organization."""
    return given_name_gender(owned.text) is not None or (
        len(owned) >= 2
        and all(t.text[:1].isupper() for t in owned)
        and (owner[-1].text in ORG_HEAD_WORDS or owner.text in WELL_KNOWN_ORGS)
    )


def owned_people(doc: Doc) -> Iterator[Span]:
    """People's names right after an entity that ends in a possessive, where the
    recognizer labelled none of their words."""
    from spacy.tokens import Span

    for ent in doc.ents:
        if ent.label_ == "PERSON" or len(ent) < 2 or doc[ent.end - 1].tag_ != "POS":
            continue
        k = ent.end
        while k < len(doc) and doc[k].tag_ in PROPER_TAGS and doc[k].ent_iob_ == "O":
            k += 1
        if k - ent.end >= 2 and owned_person(doc[ent.start : ent.end - 1], doc[ent.end : k]):
            yield Span(doc, ent.end, k, label="PERSON")


# A name with a nickname in quotes: 'Chesley "Sully" Sullenberger' (the nickname
# its group).
NICKNAMED = re.compile(
    r"[A-Z][\w.-]+ [\"“‘']([A-Z][^\"”’]{0,30})[\"”’'] [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
)
_OPENING = frozenset({"'", '"', "“", "‘", "``"})
_CLOSING = frozenset({"'", '"', "”", "’", "''"})


def nicknamed_people(doc: Doc, known: Callable[[str], bool]) -> Iterator[Span]:
    """People named with a nickname in quotes between a given name and the surname
    ("Lee 'Uncle Poodle' Thompson"), which the recognizer cuts into pieces or takes
    for a work's title: the whole is one person's name. `known` tells common words."""
    from spacy.tokens import Span

    for i in range(1, len(doc) - 3):
        if doc[i].text not in _OPENING or not _given_name(doc[i - 1], known):
            continue
        j = next((j for j in range(i + 2, min(i + 6, len(doc))) if doc[j].text in _CLOSING), None)
        if j is None or not all(t.text[:1].isupper() for t in doc[i + 1 : j]):
            continue
        k = j + 1
        while k < len(doc) and k - j <= 2 and doc[k].tag_ in PROPER_TAGS and doc[k].is_title:
            k += 1
        if k > j + 1:
            yield Span(doc, i - 1, k, label="PERSON")


def _given_name(token: Token, known: Callable[[str], bool]) -> bool:
    """Whether `token` may be a given name: listed, taken by the recognizer for a
    person's, or a proper noun that is no common word ("Why 'Pretty Woman' Should"
    opens a headline). Not an initial: "Robert C. \"Bobby\" Scott" starts before it."""
    if token.text.endswith("."):
        return False
    return (
        token.ent_type_ == "PERSON"
        or token.text.casefold() in GIVEN_NAME_GENDER
        or (token.tag_ in PROPER_TAGS and not token.ent_type_ and not known(token.lower_))
    )


def whole_people(doc: Doc, known: Callable[[str], bool]) -> list[Span]:
    """The recognizer's entities, with the people it cut apart made whole: those
    after an owner's possessive, and those named with a nickname, in place of the
    pieces the recognizer made of them."""
    nicknamed = list(nicknamed_people(doc, known))
    cut = {i for span in nicknamed for i in range(span.start, span.end)}
    ents = [e for e in doc.ents if cut.isdisjoint(range(e.start, e.end))]
    return [*_long_names_whole(ents), *owned_people(doc), *nicknamed]


# The most words a person's name has ("Abdu Rabu Mansour Hadi", "Christopher
# Arthur Neville Kent"), counting a hyphened word as one.
_MAX_NAME_WORDS = 5


def _long_names_whole(ents: list[Span]) -> list[Span]:
    """`ents` with each pair of people's names of two words or more that touch, with
    nothing between, made one: a long name the recognizer cut in two. Not across a
    possessive ("Joan Rivers' Fox Network"). (A title it takes for a name,
    "Charlotte Mayor Jennifer Roberts", is cut off later, as from any name.)"""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == ent.start
            and last.label_ == ent.label_ == "PERSON"
            and min(_words(last), _words(ent)) >= 2
            and _words(last) + _words(ent) <= _MAX_NAME_WORDS
            and not any(t.tag_ == "POS" or (t.is_punct and t.text != "-") for t in (*last, *ent))
        ):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _words(span: Span) -> int:
    """The words of a name, a hyphened one counting once ("Zine al-Abidine": 2)."""
    return sum(
        1 for t in span if t.text != "-" and not (t.i > span.start and t.nbor(-1).text == "-")
    )
