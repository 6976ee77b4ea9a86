"""What an event is, and what every kind of event (clause, bullet, row) is read for
the same way: what it is about, whether it is planned, whether its date anchors
it, and a source saying the date is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsbrief.brief import Event, TextSpan
from newsbrief.entities import EntityIndex
from newsbrief.events.actors import actor_at
from newsbrief.nlp import Segment
from newsbrief.spans import SpanIndex
from newsbrief.temporal import TemporalExpr, calendar_of, governing_verb, tense_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that mark an event as planned rather than done.
PLANNED_LEMMAS = frozenset(
    {"plan", "schedule", "expect", "anticipate", "upcoming", "propose", "potential",
     "possible", "possibly", "slate", "due", "intend", "will", "forthcoming"}
)  # fmt: skip

# A source saying outright that it does not know the date.
UNKNOWN_DATE = re.compile(
    r"\b(?:date\s+|day\s+|time\s+)?(?:unspecified|unknown|unconfirmed|undisclosed|"
    r"not\s+(?:specified|given|known|disclosed)|tbd|tba|to\s+be\s+(?:announced|determined|confirmed))\b",
    re.IGNORECASE,
)

# Content words that tell the same event, reduced to one concept.
CONCEPTS = {
    "meeting": "meet", "talk": "meet", "talks": "meet", "summit": "meet",
    "trip": "visit", "travel": "visit", "tour": "visit", "journey": "visit",
    "invite": "visit", "invitation": "visit", "phone": "call", "telephone": "call",
    "exercise": "drill", "election": "vote", "ballot": "vote", "attack": "strike",
    "announcement": "announce", "agreement": "agree", "deal": "agree",
}  # fmt: skip

# Words too general to tell two events apart.
GENERIC_LEMMAS = frozenset(
    {"be", "have", "do", "say", "make", "take", "get", "go", "come", "include", "also",
     "plan", "schedule", "expect", "anticipate", "possibly", "possible", "potential",
     "date", "time", "day", "week", "month", "year", "event", "thing", "way", "first",
     "unspecified", "unknown", "planned", "earlier", "later", "report", "tell"}
)  # fmt: skip


@dataclass
class ArticleEvent(Event):
    """An Event with what the timeline needs to merge and order it; its date, when
    it has one, is an expression as extraction found it."""

    date: TemporalExpr | None
    kind: str = "clause"  # "clause", "bullet" or "row"
    summary: bool = False  # from an At a Glance / Key Takeaways bullet
    planned: bool = False
    concepts: frozenset[str] = frozenset()
    source: TextSpan | None = None  # the span a timeline cites
    subject: TextSpan | None = None  # its doer, told apart before it ("He ... died")
    unknown_date: TextSpan | None = None  # "(date unspecified)"
    carried: bool = False  # dated by a sentence before it (`carried.py`)
    lead: bool = False  # the story's opening news, dated by the article's date (`lead.py`)
    people: frozenset[str] = frozenset()  # the actors that are persons
    negated: bool = False  # "did not pay", "never reached"
    done: bool = False  # told in a past tense the words state, and not planned

    def public(self) -> Event:
        """The event as the Brief holds it, without what only merging needs."""
        return Event(
            self.text, self.start, self.end, self.predicate, self.actors, self.date, self.block
        )


def anchors(date: TemporalExpr | None) -> bool:
    """Whether `date` can anchor an event: a date or time that names a calendar time."""
    return (
        date is not None and date.type in ("DATE", "TIME") and calendar_of(date.value) is not None
    )


def concepts_of(
    tokens: Iterable[Token], seg: Segment, index: EntityIndex, dates: list[TemporalExpr]
) -> frozenset[str]:
    """What the event is about: content lemmas (normalized) and entity names."""
    out: set[str] = set()
    for t in tokens:
        a = seg.start + t.idx
        b = a + len(t.text)
        if any(d.start <= a and b <= d.end for d in dates):
            continue
        name = actor_at(index, a, b)
        if name is not None:
            out.add("@" + name)
            continue
        if t.is_stop or t.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        lemma = t.lemma_.lower()
        if lemma in GENERIC_LEMMAS or len(lemma) < 3:
            continue
        out.add(CONCEPTS.get(lemma, lemma))
    return frozenset(out)


def is_planned(date: TemporalExpr | None, doc: Doc, seg: Segment) -> bool:
    """Whether the clause a date belongs to is planned as the article speaks: a
    planning word on its verb ("is scheduled for March 3", "plans to travel next
    week", "set to resume Monday") or a future the words state ("will meet Friday").

    A past plan is no plan now ("was scheduled to die last Wednesday", "were set
    to speak ... in 1982", "said it would close March 17"), and a plan word
    elsewhere in the row is not the date's ("'I'll be honest,' he told James on
    Monday", "underwent planned colonoscopies in 2002")."""
    span = _date_span(date, doc, seg)
    if span is None:
        return False
    verb = governing_verb(span.root)
    if verb is None:
        return False
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:
        chain.append(chain[-1].head)  # "is expected to be completed by 2016"
    words = chain + [c for v in chain for c in v.children if c.dep_ in _PLAN_DEPS]
    if any(_past(w) for w in words):
        return False
    if any(w.lemma_.lower() in PLANNED_LEMMAS or _plan_head(w) for w in words):
        return True
    # Only a future the words state: news writes past events in the simple present
    # too ("the appeal follows a conference last week").
    return tense_of(span.root, stated=True) == "future"


def _date_span(date: TemporalExpr | None, doc: Doc, seg: Segment) -> Span | None:
    if date is None:
        return None
    span = doc.char_span(date.start - seg.start, date.end - seg.start, alignment_mode="expand")
    return span if span is not None and len(span) > 0 else None


def is_done(date: TemporalExpr | None, doc: Doc, seg: Segment, head: Token | None = None) -> bool:
    """Whether the event a date belongs to is told as done: the date is read in a
    past tense the words state ("opened in September", not "will open in
    September" nor "agreed to schedule the trip for spring", whose date is the
    trip's). `head`: the clause's verb, when the date was carried from a sentence
    before and its own tense is the clause's."""
    if head is not None:
        return tense_of(head, stated=True) == "past"
    span = _date_span(date, doc, seg)
    return span is not None and tense_of(span.root, stated=True) == "past"


# Subjects that deny the event: "no other group had claimed responsibility",
# "nobody was hurt".
_NO_ONE = frozenset({"nobody", "none", "nothing", "neither"})


def is_negated(head: Token | None) -> bool:
    """Whether the clause at `head` says its event did not happen ("did not pay",
    "never reached", "no other group had claimed it")."""
    if head is None:
        return False
    for c in head.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return True
    return False


# The words that make a verb planned: its auxiliaries and the adjective it states
# ("the payment is due Friday").
_PLAN_DEPS = frozenset({"aux", "auxpass", "acomp"})
# Heads of a to-infinitive that plan it: "talks set to resume Monday".
_PLAN_HEADS = frozenset({"set", "poised", "slated"})


def _plan_head(word: Token) -> bool:
    """ "set to resume", "set for Tuesday", but not "set off on Sunday"."""
    return (
        word.lower_ in _PLAN_HEADS
        and word.tag_ in ("VBN", "JJ")
        and not any(c.dep_ == "prt" for c in word.children)
    )


def _past(word: Token) -> bool:
    """A verb or auxiliary that puts a plan in the past: "was", "planned to",
    "had", and "would" (a future seen from a past report)."""
    return word.tag_ == "VBD" or word.lower_ in ("would", "had", "'d")


def text_span(doc_text: str, start: int, end: int) -> TextSpan:
    return TextSpan(doc_text[start:end], start, end)


def dates_in(dates: SpanIndex[TemporalExpr], start: int, end: int) -> list[TemporalExpr]:
    return dates.within(start, end)


# The rule that reads the two-digit year ending a range ("the 2013-14 season").
_RANGE_END = "date_year_range_end"


def whole_ranges(dates: list[TemporalExpr], text: str) -> list[TemporalExpr]:
    """`dates` with a range of years written "2013-14" (a financial year, a season)
    as one date, its first year's, marked as one of several times (`joined`): the
    second year alone ("since 2013-14, when there were 913,138 visits") would date
    an event of the range exactly, and escape a bound word before the first."""
    out: list[TemporalExpr] = []
    for d in dates:
        if d.rule == _RANGE_END and out and 0 < d.start - out[-1].end <= 1:
            first = out[-1]
            out[-1] = replace(first, text=text[first.start : d.end], end=d.end, joined=True)
        else:
            out.append(d)
    return out


def unknown_marker(text: str, start: int, end: int, date: TemporalExpr | None) -> TextSpan | None:
    """A "(date unspecified)" next to the date or in the label."""
    window_start = start if date is None else max(start, date.start)
    window_end = end if date is None else min(end, date.end + 40)
    m = UNKNOWN_DATE.search(text, window_start, window_end)
    return text_span(text, m.start(), m.end()) if m else None


def event_dates(dates: list[TemporalExpr]) -> list[TemporalExpr]:
    """The dates events are dated by: the article's, each count "later" or
    "earlier" that reaches a day, month or year (`TemporalExpr.reached`: "died two
    days later", "married two years later") given as that time over its words,
    counted from the date told before ("context")."""
    out: list[TemporalExpr] = []
    for d in dates:
        if d.reached is None:
            out.append(d)
            continue
        day, words = d.reached
        end, template = d.end + len(words), f"anchor({d.value},{words.strip().lower()})"
        out.append(
            replace(d, text=d.text + words, end=end, type="DATE", value=day, template=template)
        )
    return out
