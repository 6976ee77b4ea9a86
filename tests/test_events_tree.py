"""The parse read for clauses: date phrases the parse split, mended in place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import newsbrief
from newsbrief.events.tree import join_date_phrase

if TYPE_CHECKING:
    from spacy.language import Language

MIDNIGHT = (
    "Officers met chaos when they tried to find out what happened not long after "
    "midnight Friday, Sheriff Frank McKeithen told CNN affiliate WMBB."
)


def test_a_date_phrase_split_by_the_parse_hangs_from_its_preposition(nlp: Language) -> None:
    doc = nlp(MIDNIGHT)
    start = MIDNIGHT.index("midnight Friday")
    span = doc.char_span(start, start + len("midnight Friday"))
    assert span is not None
    join_date_phrase(span)
    midnight, friday = span[0], span[1]
    assert friday.head == midnight
    assert span.root == midnight and midnight.head.lower_ == "after"


def test_the_split_phrase_dates_its_own_clause_not_the_frame() -> None:
    brief = newsbrief.extract(MIDNIGHT, reference_date=dt.date(2015, 3, 30))
    assert [r.event for r in brief.timeline] == ["what happened not long after midnight Friday"]


def test_a_phrase_the_parse_cuts_across_its_sentences_is_left_whole(nlp: Language) -> None:
    # The parse ends a sentence inside "10:21 a.m. Thursday": joining part of the
    # phrase would move its root to the sentence after.
    text = (
        "The body was found at 10:21 a.m. Thursday, deep in a forest about 500 yards "
        "from the house Byrd was renting, according to Lucas."
    )
    brief = newsbrief.extract(text, reference_date=dt.date(2015, 3, 30))
    assert [r.event for r in brief.timeline] == ["The body was found at 10:21 a.m. Thursday"]
