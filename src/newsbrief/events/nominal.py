"""Events told by a noun that a date names the time of ("the 1991 agreement
between the two companies", "its 1990 invasion of Kuwait", "next week's talks in
London", "the Feb. 23 accord signed by Annan and Aziz").

Such a date anchors no clause (the clause around it is of another time: "This
settlement replaces the 1991 agreement"), but it dates the noun's event, stated
in the same phrase, before the noun or after it ("a loss of $3 million last
year", which the row of "compared with" leaves out). Only nouns that name a
happening or a reported result count: "the 1953 team" or "the 2012 model" tell
no event; nor does a time of day ("overnight losses" tells their kind), a
likeness ("outages like Friday's") or a bound ("flights by August").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.blocks.marks import whole_words
from newsbrief.entities import EntityIndex
from newsbrief.events.anchoring import AMOUNTS, EVENT_NOUNS, event_noun, names_a_kind
from newsbrief.events.bounds import era
from newsbrief.events.completing import completing_clauses
from newsbrief.events.event import ArticleEvent, concepts_of, dates_in, is_planned, text_span
from newsbrief.events.tree import Tree, core, run_around
from newsbrief.nlp import Annotated, Segment
from newsbrief.spans import SpanIndex
from newsbrief.temporal import NAMED_DAY_RULE, TemporalExpr

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Clauses that go with a noun: "the accord signed by Annan", "the deal, which
# was reached after talks".
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _the_source(noun: Token) -> bool:
    """Whether `noun` is what "according to" names ("according to the union's
    Friday release"), not an event the source tells of ("according to an
    investigation of the 2014 shooting")."""
    to = noun.head
    return noun.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


# Results a company reports for a period: "compared with a loss of $3 million
# last year", "year-earlier profit of $3.8 million".
RESULT_NOUNS = frozenset({"loss", "profit", "earnings", "income", "net"})


# Words after which a date is not the time of the noun before them: a likeness
# or a bound.
_NOT_ITS_TIME = frozenset({"like", "unlike", "than", "by", "until", "till", "before", "since"})


def result_noun(span: Span) -> Token | None:
    """The noun of a result or an event that a date after it in the same phrase
    names the time of ("a loss of $3 million last year", "the invasion of Kuwait
    in 1990"); none past a verb."""
    current = span.root
    for _ in range(4):
        head = current.head
        if head == current or head.pos_ in ("VERB", "AUX") or head.lower_ in _NOT_ITS_TIME:
            return None  # "outages like Friday's", "flights ... by August"
        if head.pos_ == "NOUN" and not span.start <= head.i < span.end:
            words = {head.lemma_.lower(), head.lower_}
            if head.lower_ not in AMOUNTS and words & (EVENT_NOUNS | RESULT_NOUNS):
                return head
            if head.i > span.end:
                return None
        if head.dep_ == "conj" and head.head.pos_ == "NOUN":
            return None  # "his 1998 election, and 2002 re-election": not the election's
        current = head
    return None


def noun_events(
    doc: Annotated,
    seg: Segment,
    tree: Tree,
    unanchored: list[tuple[TemporalExpr, Span]],
    dated: dict[int, str],
    anchored: dict[int, TemporalExpr],
    heads: list[Token],
    dates: SpanIndex[TemporalExpr],
    index: EntityIndex,
) -> list[ArticleEvent]:
    """For each date of `unanchored` (with its tokens) that anchors no clause and
    names the time of an event noun: the clause that goes with the noun takes the
    date, inferred (the row of "the Feb. 23 accord signed by ..." tells it; it is
    updated in `anchored`); a noun without one is an event told by its phrase."""
    clause_heads = {h.i for h in heads}
    timed = dated.keys() | {t.i for _, span in unanchored for t in span}
    out: list[ArticleEvent] = []
    for date, span in unanchored:
        if any(t.i in dated for t in span) or date.type == "TIME" or "X" in date.value:
            # A time of day before a noun tells its kind more than its time
            # ("overnight losses", "the evening news"); a noun's row with an
            # unknown date tells nothing.
            continue
        noun = event_noun(span) or result_noun(span)
        if noun is None or era(span):
            continue  # "America's post-9/11 wars": no time of the wars
        if _the_source(noun):
            continue  # "according to the union's Friday release": a source, no event
        if date.rule == NAMED_DAY_RULE and names_a_kind(span.root):
            continue  # "a 9/11 memorial ceremony" was not held on 9/11
        if any(t.pos_ in ("NOUN", "PROPN") for t in noun.doc[span.end : noun.i]):
            # A noun between may be the one the date is of ("her 2016 campaign
            # announcement", not "the 1998 peace accord"): the row says so.
            date = replace(date, loose=True)
        told = [
            c for c in noun.children
            if c.dep_ in _NOUN_CLAUSES and c.i in clause_heads and c.tag_ in ("VBN", "VBD")
        ]  # fmt: skip
        if told:
            anchored.setdefault(told[0].i, replace(date, loose=True))
            continue
        cut = frozenset(_NOUN_CLAUSES | {"advcl", "ccomp"})
        ids = core(tree, noun.i, cut)
        # "the 2016 election and the poisoning in March of a spy": a noun joined on
        # (or set beside, as the parse may have it) with a date of its own is
        # another event.
        others = timed - {t.i for t in span}
        for t in sorted(ids):
            if (
                t in ids
                and t != noun.i
                and tree.deps[t] in ("conj", "appos")
                and tree.subtree(t) & others
            ):
                ids -= tree.subtree(t)
        ids |= completing_clauses(tree, noun, ids, timed, cut)  # "the decision to declare"
        lo, hi = run_around(ids, noun.i)
        sdoc = noun.doc
        while lo < hi and (sdoc[lo].is_punct or sdoc[lo].dep_ == "cc"):
            lo += 1
        while lo < hi and (sdoc[hi].is_punct or sdoc[hi].dep_ in ("cc", "prep")):
            hi -= 1
        tokens = [sdoc[i] for i in range(lo, hi + 1)]
        start, end = whole_words(
            doc.text, seg.start + tokens[0].idx, seg.start + tokens[-1].idx + len(tokens[-1].text)
        )
        out.append(
            ArticleEvent(
                doc.text[start:end], start, end, noun.lemma_.lower(), [], date, seg.block,
                kind="clause", planned=is_planned(date, sdoc, seg),
                concepts=concepts_of(tokens, seg, index, dates_in(dates, start, end)),
                source=text_span(doc.text, start, end),
            )
        )  # fmt: skip
    return out
