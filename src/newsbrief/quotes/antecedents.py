"""The people a he or she may mean, and what rules some of them out: a he or she
already the subject of the sentence, a person named only as whom an unnamed speaker
is related to."""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.brief import Entity
from newsbrief.entities import pronoun_gender
from newsbrief.quotes.context import Context
from newsbrief.quotes.syntax import HE_OR_SHE, SUBJECT_DEPS

NOMINATIVE_PRONOUNS = HE_OR_SHE  # "found him standing" has no he as subject
RELATING_PREPOSITIONS = frozenset({"of", "for", "to", "at", "with"})


@dataclass
class Antecedent:
    """A person a pronoun may point back to."""

    start: int
    end: int
    entity: Entity
    sentence: int
    depth: int  # of the clause it is the subject of; -1 when named in passing
    known: str | None  # gender
    meant: bool  # an earlier pronoun resolved to this person


def related(ctx: Context, c: Antecedent) -> bool:
    """Whether a person is named only as whom an unnamed speaker is related to
    ('A cousin of Yassine', 'a spokesman for Smith'), not among them ('A few
    students, including Victoria Arild')."""
    hit = ctx.token_at(c.end - 1)
    if c.meant or c.depth >= 0 or hit is None:
        return False
    tok = hit[1]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in RELATING_PREPOSITIONS


def pronoun_subject(ctx: Context, sentence: int, gender: str, before: int) -> bool:
    """Whether a he or she of that gender is a subject in that sentence, before
    offset `before` ('He said he would leave out Stuart'; in 'For Mira Vance,
    Friday is a day she awaited' the she comes after the name and means her)."""
    starts = ctx.sentence_starts
    a = starts[sentence]
    z = starts[sentence + 1] if sentence + 1 < len(starts) else len(ctx.doc.text)
    hit = ctx.token_at(a)
    if hit is None:
        return False
    seg, tok = hit
    for t in tok.sent:
        if (
            t.dep_ in SUBJECT_DEPS
            and t.lower_ in NOMINATIVE_PRONOUNS
            and pronoun_gender(t.lower_) == gender
            and a <= seg.offset(t.idx) < min(z, before)
            and not ctx.inside_quote(seg.offset(t.idx))
        ):
            return True
    return False
