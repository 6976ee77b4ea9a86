"""The people a he or she may mean, and what rules some of them out: a he or she
already the subject of the sentence, a person named only as whom an unnamed speaker
is related to; and the organization an 'it' or 'the company' means."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from newsbrief.brief import Entity
from newsbrief.entities import pronoun_gender
from newsbrief.quotes.context import Context
from newsbrief.quotes.syntax import HE_OR_SHE, SUBJECT_DEPS

NOMINATIVE_PRONOUNS = HE_OR_SHE  # "found him standing" has no he as subject
RELATING_PREPOSITIONS = frozenset({"of", "for", "to", "at", "with"})
ORG_LOOKBACK_BLOCKS = 3
SPEAKER_REACH_SENTENCES = 30  # how far back the last speaker may be, nobody named since


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


def last_of_gender(
    ctx: Context,
    people: list[tuple[int, int, Entity]],
    sentence_of: Callable[[int], int],
    at: int,
    gender: str,
    reach: int = SPEAKER_REACH_SENTENCES,
) -> tuple[int, int, Entity] | None:
    """With nobody of that gender in a he or she's reach: the last person named
    before it, when the article shows them to be of that gender and nobody named
    since may be of it ('Wendy Golden now lives ...', paragraphs on her and her
    son, then '"...," she says'); within `reach` sentences."""
    here = sentence_of(at)
    for start, end, e in reversed(people[: bisect.bisect_left(people, (at, -1))]):
        if here - sentence_of(start) > reach:
            return None
        known = ctx.genders.get(e.name)
        if known is not None and known != gender:
            continue  # her son Kody, the reporter Richard
        shown = ctx.shown_genders.get(e.name) == gender
        return (start, end, e) if shown else None
    return None


def last_speaker(
    ctx: Context,
    spoke: list[tuple[int, int, Entity]],
    people: list[tuple[int, int, Entity]],
    sentence_of: Callable[[int], int],
    at: int,
    gender: str,
) -> tuple[int, int, Entity] | None:
    """With nobody named in reach: the person last found speaking, a while back,
    when of that gender and nobody who may be of it is named since ('Jamil
    said ...', paragraphs of findings, then '..., she added')."""
    here = sentence_of(at)
    for s, z, e in sorted((c for c in spoke if c[0] < at), reverse=True):
        if here - sentence_of(s) > SPEAKER_REACH_SENTENCES:
            return None
        known = ctx.genders.get(e.name)
        if known is None:
            return None
        if known != gender:
            continue
        if any(
            s < p < at and other is not e and ctx.genders.get(other.name) in (None, gender)
            for p, _, other in people
        ):
            return None
        return s, z, e
    return None


def org_before(
    ctx: Context, orgs: list[tuple[int, int, Entity]], at: int, block: int, noun: str | None
) -> tuple[int, int, Entity] | None:
    """The organization meant by 'it' or 'the company' at `at` (in block `block`),
    among `orgs` ((start, end, entity) of their mentions, in order): one whose name
    has the noun, else the nearest one named as a subject in the last few blocks."""
    i = bisect.bisect_left(orgs, (at, -1))
    earlier = list(reversed(orgs[:i]))
    if noun is not None:
        for start, end, e in earlier:
            if noun in e.name.lower().split():
                return start, end, e
        if any(noun in e.name.lower().split() for e in ctx.entities):
            return None
    for start, end, e in earlier:
        hit = ctx.token_at(start)
        if hit is None or hit[0].block < block - ORG_LOOKBACK_BLOCKS:
            break
        head = hit[1]
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "Pacific Crest Power": each word compounds the next
        if head.dep_ in SUBJECT_DEPS or head.dep_ == "poss":
            return start, end, e
    return None
