"""Who a description is: 'the rookie defenceman', 'the affable proprietor' named
a sentence or two before, unless the noun stood for someone left unnamed; 'the
attorney' introduced with that role."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Protocol

from newsbrief.brief import Entity, TextSpan
from newsbrief.entities import appositions
from newsbrief.lexicon import GENDERED_NOUNS, TITLE_ABBREVIATIONS
from newsbrief.quotes.context import Context
from newsbrief.quotes.nouns import NOT_DESCRIBING_PEOPLE

if TYPE_CHECKING:
    from spacy.tokens import Token


class Resolver(Protocol):
    """What a description is resolved against: the resolver's people, the
    persons pronouns were found to mean, and where sentences are."""

    ctx: Context
    people: list[tuple[int, int, Entity]]
    meant: list[tuple[int, int, Entity]]

    def _sentence_of(self, offset: int) -> int: ...


DESCRIPTION_LOOKBACK_SENTENCES = 3  # sentences before a description's own
_PLURAL = frozenset({"NNS", "NNPS"})


def person_described(resolver: Resolver, at: int, tok: Token) -> tuple[Entity, TextSpan] | None:
    """Who 'the rookie defenceman', 'the 78-year-old' or 'the affable proprietor' is: the one person
    named in the nearest sentence that names anyone, that one or the few before it
    (and not of the other gender); nobody when that sentence names several, or when
    the noun is plural, names no person or says too little of one (`_telling`)."""
    if not (_age(tok) or tok.tag_ in ("NN", "NNP")) or tok.lemma_.lower() in NOT_DESCRIBING_PEOPLE:
        return None
    if not _age(tok) and not _telling(tok):
        return None
    here = resolver._sentence_of(at)
    i = bisect.bisect_left(resolver.people, (at, -1))
    gender = GENDERED_NOUNS.get(tok.lemma_.lower())
    found = [(s, z, e) for s, z, e in resolver.people[:i]]
    found += [(s, z, e) for s, z, e in resolver.meant if s < at]
    near = [
        (s, z, e)
        for s, z, e in found
        if here - resolver._sentence_of(s) <= DESCRIPTION_LOOKBACK_SENTENCES
        and not resolver.ctx.modifier_at(z)
    ]
    # The people of the nearest sentence that names any: 'Jones scored his first
    # goal.' then '"...," said the rookie defenceman'.
    nearest = max((resolver._sentence_of(s) for s, _, _ in near), default=None)
    people = {
        e.name: (s, z, e)
        for s, z, e in sorted(near, key=lambda c: c[0])
        if resolver._sentence_of(s) == nearest
    }
    if len(people) != 1 or _introduced_unnamed(resolver, here, at, tok):
        return None
    s, z, e = next(iter(people.values()))
    if gender is not None and resolver.ctx.genders.get(e.name) not in (None, gender):
        return None
    return e, TextSpan(resolver.ctx.doc.text[s:z], s, z)


def _telling(noun: Token) -> bool:
    """Whether a noun says enough of someone to mean a person named just before: a
    nationality ('the Italian'), a word before it ('the rookie defenceman', 'the
    Barcelona defender') or a number after 'of' ('the father of four'). A bare noun
    may be anyone, or anything ('the source said', 'the newspaper reported', 'the
    cafeteria' a parse made a speaker); one with a name after it is someone new
    ('the official at the Tunis Crisis Center', 'the head of the AFSA')."""
    after = [o for p in noun.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if any(t.pos_ == "PROPN" for o in after for t in o.subtree):
        return False
    return (
        noun.ent_type_ == "NORP"
        or any(c.dep_ in ("amod", "compound", "nmod", "nummod") for c in noun.lefts)
        or any(o.pos_ == "NUM" and o.head.lower_ == "of" for o in after)
    )


def _age(tok: Token) -> bool:
    """Whether a word is the head of an age standing for a person ('the
    78-year-old said')."""
    doc = tok.doc
    return tok.lower_ == "old" and tok.i >= 2 and doc[tok.i - 2].lower_ in ("year", "years")


def _introduced_unnamed(resolver: Resolver, here: int, at: int, tok: Token) -> bool:
    """Whether the noun of 'the manager' stood a little earlier for someone
    left unnamed ('One senior manager at the trust, who did not want to be
    named'): the description means them."""
    starts = resolver.ctx.sentence_starts
    begin = starts[max(0, here - DESCRIPTION_LOOKBACK_SENTENCES)]
    lemma = tok.lemma_.lower()
    for seg in resolver.ctx.doc.segments:
        if seg.end <= begin or seg.start >= at:
            continue
        for t in seg.doc:
            where = seg.offset(t.idx)
            # A role given to someone ('as Canada's prime minister', 'is the
            # manager', 'Lee, the manager,') introduces nobody unnamed; a plural
            # is given to no one person ('the arrest of Meng, officials in ...').
            given = t.tag_ not in _PLURAL and (
                t.dep_ in ("attr", "appos") or (t.dep_ == "pobj" and t.head.lower_ == "as")
            )
            if (
                begin <= where < at
                and t.lemma_.lower() == lemma
                and t.pos_ == "NOUN"
                and not given
                and resolver.ctx.entity_at(where, where + len(t.text)) is None
            ):
                return True
    return False


def roles(ctx: Context, people: list[tuple[int, int, Entity]]) -> list[tuple[int, str, Entity]]:
    """(offset, role noun, person) for 'the couple's lawyer, Harold Pennick',
    'Varga, the agency's regional administrator', 'Fire Marshal Luis Ortega'."""
    out = []
    for start, end, e in people:
        hit = ctx.token_at(end - 1)
        if hit is None:
            continue
        root = hit[1]
        nouns = appositions(root)
        nouns += [c for c in root.lefts if c.dep_ == "compound" and c.i < root.i]
        nouns += _predicated(root)
        # One person holds a role in the singular: "following the arrest of Meng,
        # officials in Canada's justice department gave" is no apposition to Meng.
        out += [
            (start, role_of(noun), e)
            for noun in nouns
            if noun.pos_ in ("NOUN", "PROPN") and noun.tag_ not in _PLURAL
        ]
        title = _abbreviated_title(ctx, start)
        if title is not None:
            out.append((start, title, e))
    return sorted(out, key=lambda r: r[0])


def _abbreviated_title(ctx: Context, start: int) -> str | None:
    """The role a short title right before a name gives ('Police Maj. Jeff Cotner'
    is a major, 'Staff Sgt. Kim Lee' a sergeant), however the parse took its dot."""
    hit = ctx.token_at(start)
    if hit is None:
        return None
    tok = hit[1]
    i = tok.i - 1
    if i >= 0 and tok.doc[i].text == ".":
        i -= 1
    if i < 0:
        return None
    return TITLE_ABBREVIATIONS.get(tok.doc[i].lower_.rstrip("."))


# Words that make a role another one: a prime minister is not "the minister", a
# vice-president not "the president".
RANKS = frozenset({"prime", "vice", "deputy", "assistant", "associate", "lieutenant"})


def role_of(noun: Token) -> str:
    """A role noun as the role it names: 'minister', or with the words that make it
    another role ('Prime Minister' -> 'prime minister', 'deputy minister')."""
    ranks = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound") and c.lower_ in RANKS]
    return " ".join([*ranks, noun.lemma_.lower()])


ROLE_VERBS = frozenset({"serve", "work", "act", "elect", "name", "appoint", "be", "become"})


def _predicated(name: Token) -> list[Token]:
    """Role nouns the sentence gives a person: 'Lee is the mayor', 'Jones was
    elected mayor', 'Smith served as mayor', 'McCallum's last term as Surrey mayor'."""
    head = name.head
    out: list[Token] = []
    if name.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ROLE_VERBS:
        out += [c for c in head.children if c.dep_ in ("attr", "oprd")]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    if name.dep_ == "poss" and head.i + 1 < len(name.doc) and name.doc[head.i + 1].lower_ == "as":
        k = head.i + 2  # "McCallum's term as Surrey mayor", however it is parsed
        while k < len(name.doc) and name.doc[k].pos_ == "PROPN":
            k += 1
        if k < len(name.doc) and name.doc[k].pos_ == "NOUN":
            out.append(name.doc[k])
    return [n for n in out if n.pos_ == "NOUN"]


def person_by_role(
    found: list[tuple[int, str, Entity]], at: int, role: str
) -> tuple[Entity, TextSpan] | None:
    """'the attorney': the person last introduced with that role before `at`."""
    for start, noun, e in reversed(found):
        if start < at and noun == role:
            return e, next(m for m in e.mentions if m.start == start)
    return None
