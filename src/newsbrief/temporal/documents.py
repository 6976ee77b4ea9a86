"""The time of a document the article quotes, told before its quotation: "Twenty-two
years ago, a Times article hailed Trump ..." and then '"... honored Donald J. Trump
yesterday ...," the article read.' The quotation's "yesterday" is a day of the
article's time, not the day before the reference date; when the article's time
is coarser than a day ("Twenty-two years ago"), its relative dates stay
unresolved. (A date in the quotation's own sentence is `said.quotation_times`'.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.blocks.marks import inside
from newsbrief.lexicon import SPEECH_VERBS
from newsbrief.nlp import Segment
from newsbrief.temporal.context import Context
from newsbrief.temporal.resolve import resolve
from newsbrief.temporal.said import clause_tense, day_of, root_of
from newsbrief.temporal.scan import Candidate
from newsbrief.temporal.values import is_reference

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Documents an article quotes and names again by their noun ("the article read").
DOCUMENT_NOUNS = frozenset(
    {"article", "story", "letter", "email", "e-mail", "memo", "memorandum", "column"}
    | {"editorial", "note", "diary", "essay", "op-ed", "obituary", "cable", "dispatch"}
)
# Verbs a document's words are framed with besides those of saying: "the article read".
_FRAMING_VERBS = SPEECH_VERBS | {"read", "go", "begin", "continue", "conclude"}
# Verbs whose object is a document they made: its time is the document's.
_ISSUING = frozenset({"send", "write", "publish", "post", "release", "issue", "pen", "sign"})
# How many paragraphs after the one that named it a document's time is kept.
DOCUMENT_REACH_BLOCKS = 3
# Steps from a date up the parse to the document it dates: "a Times article from
# 1995" (date, from, article), "a letter sent on March 3" (date, on, sent, letter).
_STEPS = 4


class DocumentTimes:
    """The documents named with a time so far in the article, by their noun."""

    def __init__(self, quotes: list[tuple[int, int]]) -> None:
        self._quotes = quotes  # the article's quoted stretches (`quoted_ranges`)
        self._named: dict[str, tuple[str, int]] = {}  # noun -> (value, block)

    def quotation_times(
        self,
        seg: Segment,
        candidates: list[Candidate],
        sentences: list[int],
        quoted: list[bool],
        reference: dt.date | None,
    ) -> dict[int, dt.date | None]:
        """Note the documents this segment names with a time, in order, and give
        each quoted candidate whose sentence frames its quotation with a document
        named so ("the article read") and names no date outside it the day the
        quotation counts from: the document's day, else None (a day unknown)."""
        out: dict[int, dt.date | None] = {}
        doc, block = seg.doc, seg.block
        dated = {
            s
            for s, q, c in zip(sentences, quoted, candidates, strict=True)
            if not q and c.rule.type == "DATE"
        }

        def outside(t: Token) -> bool:
            return not inside(self._quotes, seg.offset(t.idx))

        frames: dict[int, str | None] = {}  # sentence -> the document framing it
        for i, c in enumerate(candidates):
            if not quoted[i]:
                if c.rule.type == "DATE":
                    self._note(doc, c, reference, block)
                continue
            s = sentences[i]
            if s in dated:
                continue
            if s not in frames:
                frames[s] = _framing_document(doc, c, outside)
            noun = frames[s]
            named = self._named.get(noun) if noun is not None else None
            if named is None or block - named[1] > DOCUMENT_REACH_BLOCKS:
                continue
            out[i] = day_of(named[0])  # no day: the quotation's relative dates unresolved
        return out

    def _note(self, doc: Doc, c: Candidate, reference: dt.date | None, block: int) -> None:
        """Remember the document this date dates, if it dates one."""
        root = root_of(doc, c)
        noun = _document_dated(root) if root is not None else None
        if noun is None:
            return
        value = resolve(c.template(), Context(reference, clause_tense(doc, c), {}, {}))
        if value and "X" not in value and not is_reference(value):
            self._named[noun] = (value, block)


def _document_dated(root: Token) -> str | None:
    """The noun of the document a date dates: one it modifies ("a 1995 story"), one
    whose phrase holds it ("a letter sent on March 3"), the subject of the verb it
    times ("Twenty-two years ago, a Times article hailed Trump") or the object of
    one that issued it ("sent a letter on March 3, 2009")."""
    node = root
    for _ in range(_STEPS):
        if node.pos_ == "NOUN" and node.lemma_.lower() in DOCUMENT_NOUNS and node != root:
            return node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX"):
            # Its subject, or what it issued ("sent a letter on March 3, 2009").
            deps = ("nsubj", "nsubjpass", "dobj") if node.lemma_ in _ISSUING else ("nsubj",)
            found = [
                c for c in node.children if c.dep_ in deps and c.lemma_.lower() in DOCUMENT_NOUNS
            ]
            return found[0].lemma_.lower() if found else None
        if node.head == node:
            return None
        node = node.head
    return None


def _framing_document(doc: Doc, c: Candidate, outside: Callable[[Token], bool]) -> str | None:
    """The noun of the document that frames the quotation holding `c`: the subject
    of a verb of saying or reading outside the quotation marks, named as one
    already told of ("the article read", "the letter said")."""
    root = root_of(doc, c)
    if root is None:
        return None
    for t in root.sent:
        if (
            t.lemma_.lower() in DOCUMENT_NOUNS
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.lemma_.lower() in _FRAMING_VERBS
            and outside(t)
            and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in t.children)
        ):
            return t.lemma_.lower()
    return None
