"""People named after their organization's possessive: "Golf Channel’s Jaime Diaz"
is the person, whether the recognizer took the whole as the organization's name or
stopped at "Golf Channel's"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsbrief.lexicon import ORG_HEAD_WORDS, WELL_KNOWN_ORGS, given_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

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
