"""What an event is, and what every kind of event (clause, bullet, row) is read for
the same way: what it is about, whether it is planned, whether its date anchors
it, and a source saying the date is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbrief.brief import Event, TextSpan
from newsbrief.entities import EntityIndex
from newsbrief.events.actors import actor_at
from newsbrief.nlp import Segment
from newsbrief.spans import SpanIndex
from newsbrief.temporal import TemporalExpr, calendar_of, tense_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Values that name no time on a calendar.
_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

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
    unknown_date: TextSpan | None = None  # "(date unspecified)"

    def public(self) -> Event:
        """The event as the Brief holds it, without what only merging needs."""
        return Event(
            self.text, self.start, self.end, self.predicate, self.actors, self.date, self.block
        )


def anchors(date: TemporalExpr | None) -> bool:
    """Whether `date` can anchor an event: a date or time that names a calendar time."""
    return (
        date is not None
        and date.type in ("DATE", "TIME")
        and date.value not in _REF_VALUES
        and calendar_of(date.value) is not None
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


def is_planned(tokens: Iterable[Token], date: TemporalExpr | None, doc: Doc, seg: Segment) -> bool:
    """Whether an event is planned: a planning word used as such ("Planned",
    "scheduled", "expected to", "plans to", "upcoming"), or a future-tense date."""
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN"):
            continue  # "a plan drawn up in 2011" is no planned event
        if t.lemma_.lower() in PLANNED_LEMMAS or t.lower_ in PLANNED_LEMMAS:
            head = t if t.pos_ in ("VERB", "AUX") else t.head
            if not any(a.lower_ == "had" for a in head.children):
                return True
    if date is None:
        return False
    span = doc.char_span(date.start - seg.start, date.end - seg.start, alignment_mode="expand")
    # Only a future the words state: news writes past events in the simple present
    # too ("the appeal follows a conference last week").
    return span is not None and len(span) > 0 and tense_of(span.root, stated=True) == "future"


def text_span(doc_text: str, start: int, end: int) -> TextSpan:
    return TextSpan(doc_text[start:end], start, end)


def dates_in(dates: SpanIndex[TemporalExpr], start: int, end: int) -> list[TemporalExpr]:
    return dates.within(start, end)


def unknown_marker(text: str, start: int, end: int, date: TemporalExpr | None) -> TextSpan | None:
    """A "(date unspecified)" next to the date or in the label."""
    window_start = start if date is None else max(start, date.start)
    window_end = end if date is None else min(end, date.end + 40)
    m = UNKNOWN_DATE.search(text, window_start, window_end)
    return text_span(text, m.start(), m.end()) if m else None
