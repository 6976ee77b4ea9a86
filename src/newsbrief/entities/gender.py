"""A person's gender, from what the article shows about a mention.

The evidence: a personal title before a name ("Mr Lowe", "Mrs. Lowe"), a noun in
apposition ("his wife, Helen Lowe"), a he or she after a name that is its
sentence's subject ("George Lowe said he had lost everything"). The mentions of
one person agree on a gender (`agreed_gender`), which tells apart people who
share a surname while entities are merged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsbrief.entities.names import appositions
from newsbrief.lexicon import GENDERED_NOUNS, PRONOUN_GENDER, TITLE_GENDER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# --- The evidence ---------------------------------------------------------------------


def title_gender(title: str | None) -> str | None:
    """The gender a personal title tells ('mr' -> 'm', 'mrs' -> 'f'), if any."""
    return TITLE_GENDER.get(title or "")


def noun_gender(noun: Token) -> str | None:
    """The gender a noun beside a name tells: 'wife' in 'his wife, Helen Lowe'."""
    return GENDERED_NOUNS.get(noun.lower_)


def pronoun_gender(word: str) -> str | None:
    """The gender a pronoun tells ('he', 'her', ...), given in lower case."""
    return PRONOUN_GENDER.get(word)


def apposition_genders(root: Token) -> list[str]:
    """The genders the nouns a name stands in apposition with tell, in order."""
    found = [noun_gender(noun) for noun in appositions(root)]
    return [g for g in found if g is not None]


def _rest_of_sentence(doc: Doc, i: int) -> Iterator[Token]:
    """The tokens from i to the end of the sentence token i - 1 belongs to."""
    while i < len(doc) and not doc[i].is_sent_start:
        yield doc[i]
        i += 1


def subject_pronoun_gender(doc: Doc, root: Token, end: int) -> str | None:
    """For a name that is a subject (its head `root`, its tokens ending at `end`): the
    gender of the he or she after it in its sentence, before any quote or other
    subject ('George Lowe said he had lost everything')."""
    if root.dep_ == "nsubj":
        for tok in _rest_of_sentence(doc, end):
            if tok.is_quote or (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON"):
                return None  # a quote or another subject: the pronoun may be someone else
            gender = pronoun_gender(tok.lower_)
            if gender is not None:
                return gender
    return None


# --- Per mention: people who share a surname ----------------------------------------


def mention_gender(doc: Doc, a: int, b: int, title: str | None) -> str | None:
    """The gender of the person a mention (tokens a to b) names, where its title or
    the words around it tell: 'Mrs Lowe', 'his wife, Helen Lowe', 'George Lowe said
    he had lost everything'."""
    return title_gender(title) or _gender_cue(doc, a, b)


def _gender_cue(doc: Doc, a: int, b: int) -> str | None:
    """A person's gender from the words around a mention: 'his wife, Helen Lowe',
    'George Lowe said the water reached his door'."""
    root = doc[a:b].root
    told = apposition_genders(root)
    if told:
        return told[0]
    return subject_pronoun_gender(doc, root, b)


def agreed_gender(genders: Iterable[str | None]) -> str | None:
    """The gender the mentions of one person tell: the only one told, or the one
    told more often when they disagree."""
    seen = Counter(g for g in genders if g is not None)
    if len(seen) == 1 or (len(seen) == 2 and len(set(seen.values())) == 2):
        return seen.most_common(1)[0][0]
    return None
