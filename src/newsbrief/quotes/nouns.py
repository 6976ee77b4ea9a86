"""Nouns a speaker may be given by: what an organization publishes, what an article
calls an organization it has named, and what speaks without being a person; and
whom such a noun names in its own phrase (a document's issuer, the person a title
or a relation names)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.lexicon import PERSON_TITLES
from newsbrief.lexicon.listing import names
from newsbrief.nlp import Segment
from newsbrief.quotes.context import Context, outside_quotes
from newsbrief.quotes.syntax import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

DOCUMENT_LOOKBACK_BLOCKS = 3
# What an organization publishes; "the statement said" is its issuer speaking.
DOCUMENT_NOUNS = names(
    """
    advisory|announcement|bulletin|filing|letter|memo|notice|post|release|report|ruling
    statement|update
    """
)
# What an article calls an organization it has already named ("the company").
ORG_NOUNS = names(
    """
    agency|airline|alliance|association|authority|automaker|bank|board|carrier|charity
    club|coalition|commission|committee|company|council|court|department|firm|government
    group|hospital|institute|insurer|manufacturer|ministry|network|office|operator
    organisation|organization|party|retailer|team|union|university|utility
    """
)
# What speaks without being a person: places, publications, findings, claims ("the
# city says", "the website states", "the civil claim alleges").
THING_NOUNS = names(
    """
    account|agreement|analysis|application|article|audit|bill|book|budget|city|claim
    complaint|country|county|data|deal|decision|document|email|estimate|finding|forecast
    index|indictment|investigation|judgement|judgment|label|law|lawsuit|message|model
    page|paper|plan|policy|poll|program|programme|province|region|research|review|show
    sign|site|state|story|study|suit|survey|town|tweet|video|village|warrant|website
    """
)
NOT_DESCRIBING_PEOPLE = ORG_NOUNS | DOCUMENT_NOUNS | THING_NOUNS
# What its issuer does to a document ("a statement released by the ministry").
ISSUING_VERBS = names("issue|release|publish|post|send|write|pen|draft|file|distribute|author")
# Documents whose issuer speaks in them: "Gatsby said ... A statement said ..." is
# Gatsby's; a report or a letter may be anyone's.
STATEMENT_NOUNS = names("statement|release")


def document_owner(tok: Token) -> Token | None:
    """Who a document is of, in its own phrase: 'the ministry's statement', 'a
    statement from the EU', 'a report by the agency', 'a statement released
    Tuesday by the Prime Minister's Office', 'the RCMP statement'."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        # The words after the noun, and after the participle that issues it (not
        # 'the memo obtained by The Globe': who has it, not whose it is).
        after = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in ISSUING_VERBS]
        by = next(
            (c for t in [tok, *after] for c in t.children if c.lower_ in ("from", "by")), None
        )
        owner = next(iter(by.children), None) if by is not None else None
    if owner is None:
        names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        owner = names[-1] if names else None
    if owner is not None and owner.ent_type_ in ("DATE", "TIME"):
        return None  # "Thursday's lawsuit alleges": when it was filed, not by whom
    return owner


def name_after_its_of(tok: Token, person: Callable[[Token], bool]) -> Token | None:
    """The person named in apposition to the name after a noun's 'of' ('An uncle of
    Yassine Labidi, Abeld Malik Labidi, told CNN'): the noun's name, as a name takes
    no second name; or after a title's 'of' and a thing's noun ('the president of
    his former club, Jean-Michel Aulas'), as a thing is no person."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.pos_ == "PROPN" and not person(obj):
                continue
            if obj.pos_ != "PROPN" and (
                obj.pos_ != "NOUN" or tok.lower_ not in PERSON_TITLES or obj.lower_ in PERSON_TITLES
            ):
                continue
            for c in obj.children:
                if (
                    c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and tok.doc[c.left_edge.i - 1].text == ","
                    and person(c)
                ):
                    return c
    return None


def title_holder(tok: Token, person: Callable[[Token], bool]) -> Token | None:
    """The person a title names when the parse makes the title the subject ('U.S.
    Director of National Intelligence James Clapper told', 'Secretary of State John
    Kerry said'): the name closing its 'of' phrase after the words of the office."""
    if tok.lower_ not in PERSON_TITLES or person(tok):
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            office = [c for c in obj.lefts if c.dep_ == "compound" and not person(c)]
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and person(obj) and office:
                return obj
    return None


def named_as(tok: Token) -> Token | None:
    """The name a description gives its noun ('a user named Caleb Parke', 'a
    man called Tom Reed'): the proper noun closing 'named' or 'called'."""
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in ("name", "call"):
            continue
        name = next((c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr")), None)
        if name is not None and name.pos_ == "PROPN":
            return name
    return None


def issued_by(ctx: Context, at: int, noun: str, block: int) -> tuple[Segment, Token] | None:
    """Who issued the document `noun` at offset `at` (in block `block`) names, there
    ('Johnson issued a statement calling ...') or where the article mentioned it
    before: the subject of 'issued a statement' or of 'said in a statement', the
    owner in 'the ministry's statement'."""
    for seg in reversed(ctx.doc.segments):
        if seg.start >= at or seg.block < block - DOCUMENT_LOOKBACK_BLOCKS:
            continue
        for tok in reversed(list(seg.doc)):
            if seg.offset(tok.idx) > at or tok.lemma_.lower() != noun:
                continue
            if ctx.inside_quote(seg.offset(tok.idx)):
                continue
            owner = document_owner(tok)
            allowed = outside_quotes(ctx, seg)
            if seg.offset(tok.idx) == at and tok.head.lemma_ not in ISSUING_VERBS:
                continue  # "Investigators discovered a letter saying": not its writers
            if owner is None and tok.dep_ == "dobj":
                owner = subject(tok.head, allowed)
            if owner is None and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
                owner = subject(tok.head.head, allowed)
            if owner is not None and owner.lemma_.lower() not in DOCUMENT_NOUNS:
                return seg, owner
    return None


# Besides `ORG_NOUNS`, nouns of what speaks for an organization's kind.
_ORG_KINDS = frozenset({"tank", "watchdog", "outlet", "newspaper", "broadcaster", "publication"})


def named_org(ctx: Context, seg: Segment, tok: Token) -> Token | None:
    """The organization a description names before its noun ("the Chatham House
    think tank"): the last proper noun compounded to a noun of an organization's
    kind that an organization's mention covers ("the BBC reporter" is a person)."""
    # (Not "government": "New Brunswick's Progressive Conservative government" is
    # no party.)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in (ORG_NOUNS | _ORG_KINDS) - {"government"}:
        return None
    for c in reversed([c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]):
        found = ctx.entity_at(seg.offset(c.idx), seg.offset(c.idx) + len(c.text))
        if found is not None and found.label == "ORG":
            return c
    return None
