"""Every rule's matches in a text, and the ones kept where they overlap.

Rules are tried only in windows around trigger words (a month name, a unit, a
digit...) and only where the words a rule needs are present: trying every pattern
at every position of every paragraph is what extraction would otherwise spend its
time on. Overlapping matches are settled longest first, then by the rule listed
first. Also the small readings of the parse other modules share: the tokens a
match touches, whether a date opens its sentence or is told in passing, and words
found anywhere in the article that tell how to read each paragraph
(`share_across`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbrief.temporal.rules import RULES, Rule
from newsbrief.temporal.triggers import VOCABULARY, triggers_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Candidate:
    """One rule's match in a text (offsets into that text)."""

    start: int
    end: int
    rule: Rule
    priority: int
    match: re.Match[str]
    prefix: re.Match[str] | None = None

    def template(self) -> str:
        """The rule's value template filled from this match."""
        return self.rule.fill(self.match, self.prefix)

    def group(self, kind: str) -> str | None:
        """The text of the first group of sub-pattern `kind`, if it took part."""
        groups = self.match.groupdict()
        for name, k in self.rule.kinds.items():
            if k == kind and groups.get(name) is not None:
                return groups[name]
        return None

    def group_span(self, kind: str) -> tuple[int, int] | None:
        groups = self.match.groupdict()
        for name, k in self.rule.kinds.items():
            if k == kind and groups.get(name) is not None:
                return self.match.span(name)
        return None


def tokens_in(doc: Doc, span: tuple[int, int] | None) -> Span | None:
    """The tokens of `doc` that the character offsets `span` touch."""
    if span is None:
        return None
    return doc.char_span(span[0], span[1], alignment_mode="expand")


def opens_sentence(span: Span) -> bool:
    """Whether the date `span` opens its sentence, after at most a conjunction, a
    preposition or a comma ("In November, ...", "But in June last year, ...")."""
    return all(
        t.pos_ in ("CCONJ", "ADP", "PUNCT", "SPACE") for t in span.doc[span.sent.start : span.start]
    )


_DASHES = frozenset({"—", "–", "--"})


def _between_dashes(span: Span) -> bool:
    """Whether `span` lies in an aside set off by dashes ("Mendicino — until August
    2018 the secretary — went on CBC")."""
    sent = span.sent
    before = sum(t.text in _DASHES for t in sent[: span.start - sent.start])
    after = any(t.text in _DASHES for t in sent[span.end - sent.start :])
    return before % 2 == 1 and after


def parenthetical(span: Span) -> bool:
    """Whether a date is set off from its sentence by parentheses or dashes ("at
    Shinnecock in 2018 – a near facsimile of the 2004 Open – doomed Davis")."""
    return _in_parentheses(span) or _between_dashes(span)


def _in_parentheses(span: Span) -> bool:
    """Whether `span` lies inside parentheses opened in its sentence."""
    sent = span.sent
    before = [t.text for t in sent[: span.start - sent.start]]
    return before.count("(") > before.count(")")


def apposed(span: Span) -> bool:
    """Whether a date is told in an apposition ("Smith, a senator since 2008,"):
    with `parenthetical`, an aside."""
    return any(t.dep_ == "appos" for t in span.root.ancestors)


def in_passing(span: Span | None, aside: bool) -> bool:
    """Whether a date is told in passing: a noun's ("the 1978 movie"), in a
    relative clause ("Jennings, who died in 2002") or in an `aside` (apposed or
    parenthetical, as the caller found)."""
    if span is None or not len(span):
        return True
    root = span.root
    return (
        (root.dep_ in ("compound", "nummod", "amod", "nmod") and root.head.i > root.i)
        or any(t.dep_ == "relcl" for t in root.ancestors)
        or aside
    )


def opens_speech(doc: Doc, verb: int, first: int) -> bool:
    """Whether a quotation mark or a colon between token `verb` and token `first`
    opens the words said ('Coyle said: "On October 14 last year, he was
    driving'): a date after it is of what was said, not of the saying."""
    return any(t.is_quote or t.text == ":" for t in doc[verb + 1 : first])


def share_across(docs: Sequence[Doc], key: str, found: Callable[[Doc], frozenset[str]]) -> None:
    """Store under `key` in each parsed piece of an article what `found` finds in
    the whole article: words one paragraph uses that tell how to read another."""
    union = frozenset().union(*(found(d) for d in docs))
    for d in docs:
        d.user_data[key] = union


def shared(doc: Doc, key: str, found: Callable[[Doc], frozenset[str]]) -> frozenset[str]:
    """What `share_across` stored under `key` for `doc`'s article; `doc`'s own when
    no article was shared."""
    if key not in doc.user_data:
        doc.user_data[key] = found(doc)
    words: frozenset[str] = doc.user_data[key]
    return words


# How far a match may reach before and after the trigger word it contains
# ("at least the past three years", "the quarter ended Sept. 30").
WINDOW_BEFORE = 80
WINDOW_AFTER = 60


_TOKEN = re.compile(r"[A-Za-z]+|\d")


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` around trigger words, merged, ending at whitespace."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not (token.isdigit() or token.lower() in VOCABULARY):
            continue
        a = max(0, m.start() - WINDOW_BEFORE)
        b = min(len(text), m.end() + WINDOW_AFTER)
        while b < len(text) and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def scan(text: str) -> list[Candidate]:
    """Every rule's matches in `text`, overlapping ones included."""
    out = []
    for a, b in windows(text):
        present = triggers_in(text[a:b])
        low = text[a:b].lower()
        for priority, rule in enumerate(RULES):
            if (
                not rule.triggers & present
                or not rule.requires <= present
                or not all(w in low for w in rule.words)
            ):
                continue
            for m in rule.regex.finditer(text, a, b):
                if m.end() == m.start():
                    continue
                prefix = rule.prefix(text, m.start())
                if prefix is None:
                    continue
                before = prefix if isinstance(prefix, re.Match) else None
                out.append(Candidate(m.start(), m.end(), rule, priority, m, before))
    return out


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, then the rule listed first."""
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start))
    taken: list[Candidate] = []
    for c in ordered:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)
