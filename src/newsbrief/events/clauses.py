"""Clause events: prose cut into clauses at spaCy's clause heads.

A clause head is a verb that is the root, a conjunct, a complement or an adverbial
clause; an infinitive complement stays with its verb ("agreed to schedule the
trip" is one event, about scheduling). A date anchors the clause whose verb
governs it. Clause spans are cut out of the parse many times over, so the parse is
read once into lists of integers (`events.tree`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbrief.blocks.marks import with_its_marks
from newsbrief.entities import EntityIndex
from newsbrief.events.actors import clause_actors
from newsbrief.events.anchoring import (
    clause_above,
    dates_a_member,
    describes,
    narrows,
    of_something_else,
    outranks,
    through_a_noun,
)
from newsbrief.events.bounds import since_then
from newsbrief.events.carried import Carry, carry_dates
from newsbrief.events.comparisons import dates_a_comparison
from newsbrief.events.conflicts import habitual, no_time_of
from newsbrief.events.event import (
    ArticleEvent,
    anchors,
    concepts_of,
    dates_in,
    is_done,
    is_negated,
    is_planned,
    text_span,
    unknown_marker,
    whole_ranges,
)
from newsbrief.events.extent import CLAUSE_DEPS, REPORTING_VERBS, clause_span
from newsbrief.events.joined import (
    apart,
    clause_of_when,
    said_alongside,
    same_tense,
    same_time,
    tells_of_be,
)
from newsbrief.events.lead import lead_head, with_subject
from newsbrief.events.nominal import noun_events
from newsbrief.events.participles import sets_the_scene
from newsbrief.events.said import bare_frame, bare_thought, own_date
from newsbrief.events.subjects import row_reach
from newsbrief.events.tree import (
    Tree,
    has_subject,
    no_clause,
    opens_quote,
    subject_clause,
    whole_dates,
    whole_quote,
)
from newsbrief.lexicon import dateline_length
from newsbrief.nlp import Annotated, Segment
from newsbrief.spans import SpanIndex
from newsbrief.temporal import TemporalExpr, dateline_end, opens_sentence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that put their complement in the future; with them the event is the
# planned one ("agreed to schedule the trip" is about scheduling).
PLANNING_HEADS = frozenset(
    {"plan", "expect", "agree", "want", "hope", "intend", "decide", "aim", "try", "seek",
     "begin", "start", "continue", "prepare", "promise", "vow", "threaten", "offer"}
)  # fmt: skip


def _clause_head(token: Token) -> Token | None:
    """The verb heading the clause `token` belongs to (infinitives join their verb)."""
    current, below = token, token
    for _ in range(12):
        # "Tap the image ..., initially expected to open in 2020": a verb the parse
        # could not attach ("dep") heads a clause of more words than the date's.
        heading = (
            current.dep_ in CLAUSE_DEPS
            or (
                current.dep_ == "dep"
                and any(c != below and not c.is_punct for c in current.children)
            )
            or subject_clause(current)
        )
        if heading and current.pos_ in ("VERB", "AUX") and not no_clause(current):
            return current
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        below, current = current, current.head
    return None


def _predicate(head: Token) -> str:
    """The head's lemma, or the planned action's for "agreed to schedule", "expected
    to visit"."""
    current = head
    for _ in range(3):
        xcomp = next((c for c in current.children if c.dep_ == "xcomp"), None)
        if xcomp is None or current.lemma_ not in PLANNING_HEADS:
            break
        current = xcomp
    return current.lemma_.lower()


def clause_events(
    doc: Annotated,
    seg: Segment,
    dates: SpanIndex[TemporalExpr],
    index: EntityIndex,
    carry: Carry | None = None,
    lead: TemporalExpr | None = None,
) -> Iterator[ArticleEvent]:
    """The events of one prose segment: one per clause head, dated by a date the
    clause's verb governs; `lead` is the article's date when the segment opens the
    story (`lead.py`)."""
    sdoc = seg.doc
    tree = Tree(sdoc)
    heads = [
        sdoc[i]
        for i, dep in enumerate(tree.deps)
        if tree.verbal[i]
        and (
            (dep in CLAUSE_DEPS and (dep == "ROOT" or sdoc[i].pos_ == "VERB"))
            or subject_clause(sdoc[i])
        )
    ]
    # A dateline ("GENEVA, March 22, 2013 (AP) —") dates the article, not an event.
    # An undated one ("SALEM, Ore. (AP) —") is no part of the first clause's row.
    opening = None
    if seg.start == doc.blocks[seg.block].start:
        text = doc.text[seg.start : seg.end]  # sliced once: a segment may be long
        opening = dateline_end(text) or dateline_length(text)
    body_start = seg.start + (opening or 0)
    anchored: dict[int, TemporalExpr] = {}
    weak: dict[int, str] = {}  # heads whose date is a noun's modifier, or reached through one
    dated: dict[int, str] = {}  # token -> the value of the date it is part of
    moved: dict[int, int] = {}  # token -> the reporting verb its date was moved to
    fronted: dict[int, bool] = {}  # heads whose date opens the sentence
    unanchored: list[tuple[TemporalExpr, Span]] = []  # every date, to `noun_events`
    for d in whole_ranges(dates_in(dates, body_start, seg.end), doc.text):
        if not anchors(d):
            continue
        span = sdoc.char_span(d.start - seg.start, d.end - seg.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        opened = clause_of_when(span)
        if opened is not None and opened.i not in anchored and not habitual(opened):
            anchored[opened.i] = d  # "Since 1985, when the Israelis created a buffer zone"
        unanchored.append((d, span))
        if of_something_else(d, span):
            continue  # a noun's, a bound's or a source's date dates no clause
        # "enrolled in 2018-19": a range the parse split, its end hung elsewhere, is
        # where its first year is.
        root = span[0] if d.joined and span[0].like_num and span[0].head not in span else span.root
        head = _clause_head(root)
        if head is None or dates_a_comparison(root, head) or dates_a_member(root, head):
            continue
        if since_then(d, span, head):
            continue  # "now sits in jail after his arrest Saturday": a state now
        clause = head
        head = clause_above(span, head)
        scene = head == clause and sets_the_scene(clause)
        if scene:
            head = clause.head
        if head != clause:
            # The date's words, and their preposition, go with the reporting verb;
            # a participle setting the scene goes whole.
            first = span.start - 1 if span.root.head.i == span.start - 1 else span.start
            whole = range(clause.left_edge.i, clause.right_edge.i + 1)
            moved.update(dict.fromkeys(whole if scene else range(first, span.end), head.i))
        if not no_time_of(d, span, head):
            # A later date may say the time better (`outranks`) or narrow the first
            # ("Near the end of the month, on March 23").
            nouned = through_a_noun(span, head)
            if (
                head.i not in anchored
                or outranks(span, head, nouned, weak.get(head.i))
                or narrows(d, anchored[head.i], doc.text)
            ):
                # A date moved to the clause above, or that the verb reaches only
                # through a noun, may be another's: its row is approximate.
                anchored[head.i] = replace(d, loose=head != clause or nouned)
                fronted[head.i] = opens_sentence(span)
                weak[head.i] = "modifier" if describes(span) else "noun" if nouned else ""
            dated.update(dict.fromkeys(range(span.start, span.end), d.value))
    # "In November, a grand jury cleared Wilson and the prosecutor released the
    # evidence": a date opening the sentence dates the clauses joined after it,
    # told in the same tense, with no time of their own.
    # "The offer, which was due to expire yesterday": a clause whose verb is a
    # form of "be" is a clause of its own when a date anchors it and it tells
    # what happened or will (`tells_of_be`).
    heads = sorted(
        heads + [
            sdoc[i] for i in anchored
            if sdoc[i] not in heads
            and (sdoc[i].dep_ == "dep" or (sdoc[i].pos_ == "AUX" and tells_of_be(sdoc[i], dated)))
        ],
        key=lambda t: t.i,
    )  # fmt: skip
    nouns = noun_events(doc, seg, tree, unanchored, dated, anchored, heads, dates, index)
    for head in heads:
        joined_to = head.head
        if (
            head.dep_ == "conj" and head.i not in anchored and fronted.get(joined_to.i)
            and same_tense(head, joined_to) and not (tree.subtree(head.i) & dated.keys())
            and has_subject(head)
            and not apart(tree, head, frozenset(CLAUSE_DEPS - {"ROOT", "conj"}))
        ):  # fmt: skip
            # Told in another form ("was arrested" after "had"): inferred.
            loose = head.tag_ != joined_to.tag_ or anchored[joined_to.i].loose
            anchored[head.i] = replace(anchored[joined_to.i], loose=loose)
        elif (
            head.i not in anchored and joined_to.i in anchored
            and not (tree.subtree(head.i) & dated.keys())
            and same_time(tree, head, dated, anchored[joined_to.i].value)
        ):  # fmt: skip
            # "implied as much yesterday when reporters asked": the time the
            # clause it hangs from names, inferred (approximate).
            anchored[head.i] = replace(anchored[joined_to.i], loose=True)
        elif said_alongside(tree, head, dated, anchored.keys()):  # said as it was done
            anchored[joined_to.i] = replace(anchored[head.i], loose=True)
    carried = carry_dates(sdoc, anchored, dated, carry if carry is not None else Carry())
    date_tokens = {t.i: (span.start, span.end) for _, span in unanchored for t in span}
    timed = date_tokens.keys() | dated.keys()
    news = lead_head(sdoc, heads, body_start - seg.start, timed) if lead is not None else None
    for head in heads:
        date = anchored.get(head.i)
        own = date.value if date is not None else None
        run = [
            t for t in clause_span(tree, head, dated, moved, own, timed)
            if seg.start + t.idx >= body_start
        ]  # fmt: skip
        while run and (run[0].is_punct or run[0].is_space) and not opens_quote(run):
            run = run[1:]
        run = whole_quote(whole_dates(run, date_tokens), timed)
        if not run:
            continue
        if head == news and lead is not None:
            date, run = lead, with_subject(tree, head, run)
        # "who was born in 2009", "to travel to Syria in 2013": the row reaches
        # back to whom it is about ("Bruno, nicknamed ..., who was born in 2009").
        floor = next((t.i for t in sdoc if seg.start + t.idx >= body_start), len(sdoc))
        # Another clause's date blocks the reach, the row's own not ("Wednesday's attack
        # ... hit Tunisia") unless joined by "and" ("the iPod and the following year").
        mine = {i for i in set(dated) - set(moved) if dated[i] == own}
        mine = set() if any(sdoc[i].dep_ == "conj" for i in mine) else mine
        first, doer = row_reach(head, run[0].i, set(dated) - set(moved) - mine, floor)
        # What the event is about is the clause's own words: the doer reached
        # back to is for reading, and merges no tellings ("the last Rovers side to
        # win the trophy in 1985" is no telling of "Avon Rovers won on Saturday").
        own_start = seg.start + run[0].idx
        told = [sdoc[i] for i in range(first, run[0].i)] + run
        start = seg.start + told[0].idx
        start, end = with_its_marks(doc.text, start, seg.start + run[-1].idx + len(run[-1].text))
        if doer and start <= seg.start + doer[0] < end:
            doer = None  # "Speaking on Friday, Salem": the row already names its doer
        if sum(not t.is_punct for t in told) == 1 or bare_thought(head, run) or (
            head.lemma_ in REPORTING_VERBS
            and (bare_frame(head, run) or any(
                c.dep_ == "ccomp" and c.i > head.i and own_date(tree, c.i, dated, moved, own)
                for c in head.children
            ))
        ):  # fmt: skip
            # What was said has a row of its own: a bare frame ("Jobs announced
            # today") is no event a reader can use, nor is a lone verb ("When
            # asked about ..., Holder said Friday") or thought ("I guess of today").
            date = None
        planned = head.i not in carried and is_planned(date, sdoc, seg)
        yield ArticleEvent(
            doc.text[start:end], start, end, _predicate(head),
            clause_actors(index, head, seg.start, body_start), date, seg.block, kind="clause",
            planned=planned,
            negated=is_negated(head),
            done=not planned and is_done(date, sdoc, seg, head if head.i in carried else None),
            concepts=concepts_of(run, seg, index, dates_in(dates, own_start, end)),
            source=text_span(doc.text, start, end),
            subject=text_span(doc.text, seg.start + doer[0], seg.start + doer[1]) if doer else None,
            unknown_date=unknown_marker(doc.text, start, end, date),
            carried=date is not None and head.i in carried,
            lead=head == news and date is lead,
        )  # fmt: skip
    yield from nouns
