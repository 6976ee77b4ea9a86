"""The words of a sentence as the summary's filters and scoring read them, and what
their form says: a pronoun pointing back at something named before, or a line that
only says who spoke, without what was said.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from newsbrief.lexicon import SAYING_VERBS
from newsbrief.nlp import Segment

# Words that, opening a sentence, point back at something named before it ("He was
# arrested", "This includes ..."): out of its story the sentence leans on context a
# brief does not show. Third-person and demonstrative pronouns only: "I" and "we"
# open quotations, and "There is" points at nothing.
BACK_REFERENCES = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"}
    | {"this", "these", "those"}
)
# First-person words: outside quotation marks in a news story, they are someone's
# speech whose marks were lost ("My thoughts are that there is contact.").
FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)
# A personal pronoun as a sentence's first subject stands for someone named before
# ("Hours later, he struck a warmer tone"); "it" is left out, being often a dummy
# subject ("In May, it emerged that ...").
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies that carry what a verb of saying says: a clause ("said that ..."), an
# object ("said nothing"), a complement, or a passive or clausal subject.
SAID_DEPS = frozenset(
    {"ccomp", "dobj", "obj", "xcomp", "parataxis", "oprd", "attr", "acomp", "nsubjpass"}
    | {"csubj", "csubjpass"}
)
# Entity labels and token shapes that count as numbers and amounts.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


class Word(NamedTuple):
    """What the filters and the scoring need of one token."""

    offset: int  # in the segment
    lemma: str
    lower: str
    content: bool  # counts for similarity: not a stop word, letters or a number
    numeric: bool  # a number, or part of a date, time, amount or quantity
    pos: str
    subject: bool  # the subject of a clause
    said: bool  # what a verb says: its clause, object or complement (`SAID_DEPS`)
    root: bool  # the root of its sentence's parse


@cache
def _columns() -> list[int | str]:
    """The token attributes read, in `table`'s order (spaCy imported on first use)."""
    from spacy import attrs

    return [
        attrs.IDX,
        attrs.SENT_START,
        attrs.LEMMA,
        attrs.LOWER,
        attrs.IS_STOP,
        attrs.IS_PUNCT,
        attrs.IS_SPACE,
        attrs.IS_ALPHA,
        attrs.LIKE_NUM,
        attrs.POS,
        attrs.ENT_TYPE,
        attrs.DEP,
    ]


def table(seg: Segment) -> tuple[list[Word], list[int]]:
    """The segment's words, and the offsets where its sentences start.

    Token attributes come as one array (`Doc.to_array`), which is much faster than
    a Python object per token.
    """
    words: list[Word] = []
    starts: list[int] = []
    strings = seg.doc.vocab.strings
    subject_ids = {strings[d] for d in SUBJECT_DEPS}  # compared as ids, not strings
    said_ids = {strings[d] for d in SAID_DEPS}
    root_id = strings["ROOT"]
    for row in seg.doc.to_array(_columns()).tolist():
        idx, sent_start, lemma_id, lower_id, stop, punct, space, alpha, num, pos_id, ent, dep = row
        if sent_start == 1 or not starts:
            starts.append(idx)
        if punct or space:
            continue
        lower = strings[lower_id]
        lemma = strings[lemma_id].lower() if lemma_id else lower
        content = not stop and bool(alpha or num) and len(lemma) > 1
        numeric = bool(num) or (ent != 0 and strings[ent] in NUMERIC_LABELS)
        words.append(
            Word(
                idx,
                lemma,
                lower,
                content,
                numeric,
                strings[pos_id],
                dep in subject_ids,
                dep in said_ids,
                dep == root_id,
            )
        )
    return words, starts


def between(words: list[Word], offsets: list[int], a: int, b: int) -> list[Word]:
    """The words whose offsets (sorted, as `offsets`) lie in [a, b)."""
    return words[bisect_left(offsets, a) : bisect_left(offsets, b)]


def refers_back(words: Sequence[Word]) -> bool:
    """Whether a sentence opens with a word pointing back ("He was arrested"), or its
    first subject is a personal pronoun after an opening phrase ("Hours later, he
    struck a warmer tone")."""
    if not words:
        return False
    if words[0].lower in BACK_REFERENCES:
        return True
    first = next((w for w in words if w.subject), None)
    return first is not None and first.lower in SUBJECT_PRONOUNS


def says_nothing(words: Sequence[Word], inside: Sequence[bool]) -> bool:
    """Whether a sentence only says who spoke: its one verb is a verb of saying, the
    root of its parse, with nothing said, and no word of it is quoted ("Rowling wrote
    in her March 24 reply.", "Kevin Kobza, a police spokesman, said Saturday."). What
    was said is in another line; out of the story the sentence tells a reader nothing.
    """
    if not words or any(inside):
        return False
    verbs = [w for w in words if w.pos == "VERB"]
    return (
        len(verbs) == 1
        and verbs[0].root
        and verbs[0].lemma in SAYING_VERBS
        and not any(w.said for w in words)
    )
