"""A person's gender, from what the article shows; all gender evidence is here.

The evidence: a personal title before a name ("Mr Lowe", "Mrs. Lowe"), a noun in
apposition ("his wife, Helen Lowe"), a he or she after a name that is its
sentence's subject ("George Lowe said he had lost everything"), a he or she
near a person who is the only one named there, and given names that tell it.

Two aggregations read it: per mention, for telling apart people who share a
surname while entities are merged (`mention_gender`, `agreed_gender`); per person,
for resolving a quote's "he" or "she" (`person_genders`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from newsbrief.brief import Entity
from newsbrief.entities.roles import appositions
from newsbrief.lexicon import (
    GENDERED_NOUNS,
    PRONOUN_GENDER,
    SHARED_GIVEN_NAMES,
    TITLE_GENDER,
    given_name_gender,
)
from newsbrief.nlp import Annotated, Segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

GIVEN_NAME_VOTE = 2  # as much as one title; the article's pronouns can outvote it
GENDER_MARGIN = 2  # votes for one gender must outnumber the other this many times


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
    return _genders_of(appositions(root))


def _genders_of(nouns: Iterable[Token]) -> list[str]:
    return [g for g in map(noun_gender, nouns) if g is not None]


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


@dataclass(frozen=True)
class NameContext:
    """The words around a mention (tokens a to b) that tell of its kind and gender,
    found once: the label cues and the gender read the same ones."""

    root: Token
    appositions: list[Token]  # 'his wife' in 'his wife, Helen Lowe'
    pronoun: str | None  # the gender of the he or she the name is the subject for


def name_context(doc: Doc, a: int, b: int) -> NameContext:
    root = doc[a:b].root
    return NameContext(root, appositions(root), subject_pronoun_gender(doc, root, b))


def mention_gender(
    doc: Doc, a: int, b: int, title: str | None, around: NameContext | None = None
) -> str | None:
    """The gender of the person a mention (tokens a to b) names, where its title or
    the words around it tell: 'Mrs Lowe', 'his wife, Helen Lowe', 'George Lowe said
    he had lost everything'."""
    around = around or name_context(doc, a, b)
    told = _genders_of(around.appositions)
    return title_gender(title) or (told[0] if told else around.pronoun)


def agreed_gender(genders: Iterable[str | None]) -> str | None:
    """The gender the mentions of one person tell: the only one told, or the one
    told more often when they disagree."""
    seen = Counter(g for g in genders if g is not None)
    if len(seen) == 1 or (len(seen) == 2 and len(set(seen.values())) == 2):
        return seen.most_common(1)[0][0]
    return None


def other_gender(titles: Iterable[str], told: str | None, full_name: str) -> bool:
    """Whether the personal titles of a surname ("Mr. Obama") tell one gender and a
    person of that surname is of the other, as the mentions of the person tell
    (`told`) or else the given name of `full_name` ("the first lady, Michelle
    Obama")."""
    titled = agreed_gender(title_gender(t) for t in titles)
    if titled is None:
        return False
    return (told or given_name_gender(full_name)) not in (titled, None)


# --- Per person: whom a quote's he or she means ---------------------------------------

# Where a pronoun may start: at a word's start (a token never starts inside a word
# here), found in the text in one pass rather than by reading every token.
_PRONOUN_START = re.compile(
    r"(?i)(?<![a-z])(?:" + "|".join(sorted(PRONOUN_GENDER, key=len, reverse=True)) + ")"
)


class QuotedArticle(Protocol):
    """What the per-person vote reads: the article, its entities, where its
    quotes are (a pronoun inside a quote is the speaker's own) and its tokens."""

    @property
    def doc(self) -> Annotated: ...

    @property
    def entities(self) -> list[Entity]: ...

    def inside_quote(self, offset: int) -> bool: ...

    def token_at(self, offset: int) -> tuple[Segment, Token] | None: ...


def person_genders(article: QuotedArticle) -> tuple[dict[str, str], dict[str, str]]:
    """Each person's gender where the article shows it (a gendered title before a
    mention, a kin noun beside it: 'his sister, Jenna Park', he/she used when that
    person is the only one named just before), and the same with given names that
    tell it added to that evidence."""
    votes: dict[str, Counter[str]] = {}
    text = article.doc.text
    for e in article.entities:
        if e.label != "PERSON":
            continue
        for m in e.mentions:
            lead = re.search(r"(\w+)\.?\s+$", text[max(0, m.start - 16) : m.start])
            titled = title_gender(lead.group(1).lower()) if lead is not None else None
            if titled is not None:
                votes.setdefault(e.name, Counter())[titled] += 2
            hit = article.token_at(m.end - 1)
            if hit is not None:
                root = hit[1]
                for gender in apposition_genders(root):
                    votes.setdefault(e.name, Counter())[gender] += 2
    people = sorted(
        (m.start, e.name)
        for e in article.entities
        if e.label == "PERSON"
        for m in e.mentions
        if not article.inside_quote(m.start)
    )
    for seg in article.doc.segments:
        sents: list[Span] = []
        starts: list[int] = []
        # The text finds where a pronoun may start; the token there says if one does.
        # The article's characters, as many as the paragraph's: no Doc.text to build.
        for found in _PRONOUN_START.finditer(text[seg.start : seg.end]):
            tok = seg.doc[seg.token_index(found.start())]
            said = pronoun_gender(tok.lower_) if tok.idx == found.start() else None
            if said is None:
                continue
            at = seg.offset(tok.idx)
            if article.inside_quote(at):
                continue
            if not sents:
                sents = list(seg.doc.sents)
                starts = [sent.start for sent in sents]
            k = bisect.bisect_right(starts, tok.i) - 1
            sent = sents[k]
            named = _names_in(people, seg.offset(sent.start_char), at)
            if not named and k:
                prev = sents[k - 1]
                named = _names_in(people, seg.offset(prev.start_char), seg.offset(prev.end_char))
            if len(named) == 1:
                votes.setdefault(named.pop(), Counter())[said] += 1
    shown = _decide(votes)
    for e in article.entities:
        given = given_name_gender(e.name) if e.label == "PERSON" else None
        if given is not None:
            votes.setdefault(e.name, Counter())[given] += GIVEN_NAME_VOTE
    return shown, _decide(votes)


def _decide(votes: dict[str, Counter[str]]) -> dict[str, str]:
    out = {}
    for name, counter in votes.items():
        (best, n), *rest = [*counter.most_common(), ("", 0)]
        if n > GENDER_MARGIN * rest[0][1] or (rest[0][1] == 0 and n):
            out[name] = best
    return out


def _names_in(people: list[tuple[int, str]], start: int, end: int) -> set[str]:
    i = bisect.bisect_left(people, (start, ""))
    j = bisect.bisect_left(people, (end, ""))
    return {name for _, name in people[i:j]}


def opens_with_a_trade(words: list[str], known: Callable[[str], bool]) -> bool:
    """Whether `words` (a person's name of three words or more, as the recognizer
    cut it at the start of a sentence) open with a common word (`known`) that is no
    given name, before a listed given name: "Model Anna Duritskaya", "Producer Andy
    Wilman", where the first word tells a trade ("Mary Anne Smith", "Kelly Renee
    Gissendaner" open with a given name)."""
    first = words[0].casefold()
    return (
        len(words) > 2
        and known(first)
        and first not in SHARED_GIVEN_NAMES
        and given_name_gender(" ".join(words[:2])) is None
        and given_name_gender(" ".join(words[1:])) is not None
    )
