"""Bullet and table-row events, and every event of an article (`find_events`).

A bullet and a table row are one event each, dated by the first date anywhere in
them (their label or date cell); prose is left to `clauses.py`. Headings and
meta lines ("Published June 10, 2024") hold no event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from newsbrief.blocks import trailer_start
from newsbrief.brief import Entity, TextSpan
from newsbrief.entities import EntityIndex
from newsbrief.events.actors import actors_in, clause_actors
from newsbrief.events.carried import Carry
from newsbrief.events.clauses import clause_events
from newsbrief.events.event import (
    ArticleEvent,
    anchors,
    concepts_of,
    dates_in,
    event_dates,
    is_negated,
    is_planned,
    text_span,
    unknown_marker,
)
from newsbrief.events.lead import article_date, lead_block
from newsbrief.events.mend import mend_date_phrases
from newsbrief.lexicon import LINK_LINE, META_LINE, section_role
from newsbrief.nlp import Annotated, Segment
from newsbrief.spans import SpanIndex
from newsbrief.temporal import ReferenceDate, TemporalExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subordinate clauses cut out of a bullet's or row's core ("after she took office").
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "parataxis", "ccomp"})


def _item_core(seg: Segment, start: int, end: int) -> tuple[Token | None, list[Token]]:
    """The main word of the text in [start, end) of a segment and its core tokens
    (subordinate clauses cut out)."""
    inside = [t for t in seg.doc if start <= seg.start + t.idx < end]
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head == t]
    main = next((t for t in tops if t.pos_ in ("VERB", "NOUN", "PROPN")), tops[0] if tops else None)
    removed: set[int] = set()
    for t in inside:
        if t != main and t.dep_ in SUBORDINATE_DEPS and t.pos_ in ("VERB", "AUX"):
            removed.update(x.i for x in t.subtree)
    return main, [t for t in inside if t.i not in removed]


def _actors(
    index: EntityIndex, main: Token | None, seg: Segment, body: TextSpan, whole: TextSpan
) -> list[str]:
    """Who acts in a bullet or row: its verb's subject when it is a clause
    ("Rebels seized the airport in Goma"), else every actor it names (a row of
    names and places, "Mar 3 | Council | budget vote")."""
    if main is not None and main.pos_ == "VERB":
        return clause_actors(index, main, seg.start, body.start)
    return actors_in(index, whole.start, whole.end, places=False)


def _item_event(
    doc: Annotated,
    segs: list[Segment],
    body: TextSpan,
    dates: SpanIndex[TemporalExpr],
    index: EntityIndex,
    kind: str,
    whole: TextSpan,
    summary: bool,
) -> ArticleEvent:
    """One event for a bullet (`body` after its label) or a table row (`body` its
    main cell), dated by the first date anywhere in it (`whole`)."""
    inside = dates_in(dates, whole.start, whole.end)
    anchoring = [d for d in inside if anchors(d)]
    date = anchoring[0] if anchoring else None
    seg = next((s for s in segs if s.start <= body.start < s.end), segs[0])
    main, tokens = _item_core(seg, body.start, body.end)
    event_text = body.text.rstrip(" .;")
    label = doc.text[whole.start : body.start]
    # Items are written telegraphically ("April 2024: Trump expected to visit
    # China"), where a parse reads a past tense: a planning word anywhere counts.
    planned = is_planned(date, seg.doc, seg) or bool(
        re.search(
            r"\b(?:planned|scheduled|expected|anticipated)\b", label + body.text, re.IGNORECASE
        )
    )
    return ArticleEvent(
        event_text, body.start, body.start + len(event_text),
        main.lemma_.lower() if main is not None else "",
        _actors(index, main, seg, body, whole), date, seg.block, kind=kind,
        summary=summary, planned=planned,
        concepts=concepts_of(tokens, seg, index, inside),
        source=whole, unknown_date=unknown_marker(doc.text, whole.start, whole.end, date),
        negated=is_negated(main),
        # Items are dated by a label the parse seldom ties to a verb: a verb in
        # the past tells the event done ("Oct 2023: Trump met Takaichi").
        done=not planned and main is not None and main.tag_ == "VBD",
    )  # fmt: skip


def _undated_length(seg: Segment, dates: SpanIndex[TemporalExpr]) -> int:
    covered = sum(d.end - d.start for d in dates_in(dates, seg.start, seg.end))
    return (seg.end - seg.start) - covered


def find_events(
    doc: Annotated,
    dates: list[TemporalExpr],
    entities: list[Entity],
    stated: ReferenceDate | None = None,
) -> list[ArticleEvent]:
    """Every event the article reports, in document order; `stated` is the date the
    article prints for itself, which dates the news it opens with."""
    index = EntityIndex(entities)
    dates = event_dates(dates)  # "two days later" dates an event by the day it reaches
    spans = SpanIndex(dates)
    out: list[ArticleEvent] = []
    trailer = trailer_start(doc.blocks)  # credits and links after the story's end
    printed = article_date(stated, dates) if stated is not None else None
    lead = lead_block(doc.blocks, printed) if printed is not None else None
    carry = Carry()
    for i, block in enumerate(doc.blocks[:trailer]):
        segs = doc.segments_of(i)
        # A date carries within its paragraph only: carried into the next ones, it
        # dated about half the rows wrong in news read by hand ("Anne Frank never
        # gave up on humanity" to the year a letter was found). Only the time of a
        # report's figures goes on (`moves.py`).
        carry = Carry(move=carry.move)
        if not segs or block.kind == "heading" or META_LINE.match(block.text):
            continue  # "Published June 10, 2024" dates the article, not an event
        if LINK_LINE.match(block.text):
            continue  # "WATCH BELOW: ...": a video's caption tells the video's time
        summary = section_role(block.section) is not None
        if block.kind == "table":
            by_row: dict[int, list[Segment]] = defaultdict(list)
            for s in segs:
                if s.cell is not None:
                    by_row[s.cell[0]].append(s)
            for r, row in enumerate(block.rows):
                cells = by_row.get(r)
                if not cells:
                    continue
                whole = text_span(doc.text, row[0].start, row[-1].end)
                # The row's event is its longest cell that is not just a date.
                main = max(cells, key=lambda s: _undated_length(s, spans))
                body = text_span(doc.text, main.start, main.end)
                out.append(_item_event(doc, cells, body, spans, index, "row", whole, summary))
        elif block.kind == "bullet":
            whole = text_span(doc.text, block.start, block.end)
            out.append(_item_event(doc, segs, block.body, spans, index, "bullet", whole, summary))
        else:
            for k, seg in enumerate(segs):
                opens = printed if i == lead and k == 0 else None
                here = dates_in(spans, seg.start, seg.end)
                mend_date_phrases(seg.doc, ((d.start - seg.start, d.end - seg.start) for d in here))
                out.extend(clause_events(doc, seg, spans, index, carry, opens))
    # Merging compares persons and organizations apart ("a Pentagon official"
    # may be Kenneth Bacon).
    labels = {e.name: e.label for e in entities}
    for ev in out:
        ev.people = frozenset(a for a in ev.actors if labels.get(a) == "PERSON")
    return out
