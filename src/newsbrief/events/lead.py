"""The article's lead: the news a story opens with, dated by the article's own date.

A news story opens with its news, and told in the present perfect or the present
progressive with no time of its own ("Boeing has announced that ...", "Apple
Computer is planning to sell films ...") that news is told as done or under way
by the day the article is dated, and most often just then: the article's date line
says when. The row is dated that day, approximate, and says it was told as news
then ("has started production" may have started a few days before). Only a date
the article prints counts (a date line, a dateline, a Published line, a byline), so
the row points at the characters it was read from; a reference date given from
outside dates no lead.

A simple past ("Airbus unveiled plans") is left alone: a lead in the past names its
own time more often than not, and without one it may be the day before. So is a
lead that names a time anywhere (what was said then has its own row, and a frame
left without it tells nothing), a denial ("has not said") and a state ("has been",
"has").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.brief import Block
from newsbrief.events.event import is_negated
from newsbrief.events.subjects import subjects_before
from newsbrief.events.tree import Tree, contiguous
from newsbrief.lexicon import META_LINE, PERFECT_AUXILIARIES, PRESENT_BE
from newsbrief.temporal import ReferenceDate, TemporalExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How far after the article's date its lead may start, in blocks: a caption or a
# subtitle may stand between them.
LEAD_BLOCKS = 3

# Verbs that tell a state, not news: "has been", "has had", "is being".
_STATES = frozenset({"be", "have"})


def article_date(stated: ReferenceDate, dates: list[TemporalExpr]) -> TemporalExpr | None:
    """The expression of the date the article prints for itself (`stated`), valued
    as its day, or None when the extraction found none there."""
    day = stated.date.isoformat()
    for d in dates:
        if d.start < stated.span.end and stated.span.start < d.end and d.value.startswith(day):
            return replace(d, value=day, loose=True)
    return None


def lead_block(blocks: list[Block], date: TemporalExpr) -> int | None:
    """The index of the block that opens the story: the first paragraph holding the
    article's date (a dateline) or after it."""
    at = next((i for i, b in enumerate(blocks) if b.start <= date.start < b.end), None)
    if at is None:
        return None
    for i in range(at, min(at + LEAD_BLOCKS + 1, len(blocks))):
        block = blocks[i]
        if block.kind == "paragraph" and not META_LINE.match(block.text):
            if i == at and block.end - date.end < 2:
                continue  # the date's own line
            return i
    return None


def _news_tense(verb: Token) -> bool:
    """The present perfect ("has announced", "have been cut") or the present
    progressive ("is planning", "are buzzing")."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return False
    if verb.tag_ == "VBN":
        return aux[0] in PERFECT_AUXILIARIES
    if verb.tag_ == "VBG":
        return aux[0] in PRESENT_BE or (aux[0] in PERFECT_AUXILIARIES and "been" in aux)
    return False


def lead_head(doc: Doc, heads: list[Token], start: int, dated: set[int]) -> Token | None:
    """The main verb of the lead's first sentence (its characters from `start`, after
    a dateline) when it tells the news without a time: the sentence holds no date
    (`dated`: the tokens of every date of the segment, bounds such as "since
    January" too: "has cut 500 jobs since January" is no news of one day)."""
    first = next((t for t in doc if t.idx >= start and not t.is_space), None)
    if first is None:
        return None
    sent = first.sent
    root = sent.root
    if root not in heads or root.lemma_ in _STATES or is_negated(root):
        return None
    if any(t.i in dated for t in sent) or not _news_tense(root):
        return None
    return root


def with_subject(tree: Tree, head: Token, run: list[Token]) -> list[Token]:
    """The lead's row with its whole subject ("Mark Papermaster, formerly an Apple
    executive overseeing hardware engineering, is stepping down"): a sentence with no
    time in it holds no other event's date for the subject's clauses to take."""
    ids = {t.i for t in run}.union(*subjects_before(tree, head))
    return contiguous(ids, head)
