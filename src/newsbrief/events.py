"""Events (predicate, actors, date) and the timeline built from them.

An event is what one clause, one bullet or one table row reports as happening or
planned. Prose is cut into clauses at spaCy's clause heads (a verb that is the
root, a conjunct, a complement or an adverbial clause; an infinitive complement
stays with its verb: "agreed to schedule the trip"). A bullet and a table row are
one event each, dated by their own label or date cell. A date anchors the clause
whose verb governs it; durations, sets and PRESENT/PAST/FUTURE_REF anchor nothing.

The timeline merges the same event told several times — in an article's own
timeline bullets, in a table row, in prose — into one entry with every source.
Two tellings merge when their dates can be the same time and they share what
they are about (normalized content words and named entities); a date that names
the same month, season or weekday in another year is merged and reported as a
contradiction rather than smoothed over. Warnings also flag a source that says a
date is unknown while another gives it, and a planned event dated before the
reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from newsbrief.brief import Certainty, Entity, Event, TextSpan, TimelineEntry, Warning
from newsbrief.lexicon import META_LINE, section_role
from newsbrief.nlp import Annotated, Segment
from newsbrief.spans import SpanIndex
from newsbrief.temporal import TemporalExpr, human_date
from newsbrief.temporal.reference import dateline_end
from newsbrief.temporal.tense import tense_of
from newsbrief.temporal.values import calendar_of, date_end, date_start, relation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency labels of a verb that heads its own clause. `xcomp` is not among
# them: "agreed to schedule the trip" is one event.
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "pcomp"}
)
# Subordinate clauses cut out of a bullet's or row's core ("after she took office").
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "parataxis", "ccomp"})

# Entity labels that can act in an event.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

# Values that name no time on a calendar.
_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

# Verbs that put their complement in the future; with them the event is the
# planned one ("agreed to schedule the trip" is about scheduling).
PLANNING_HEADS = frozenset(
    {"plan", "expect", "agree", "want", "hope", "intend", "decide", "aim", "try", "seek",
     "begin", "start", "continue", "prepare", "promise", "vow", "threaten", "offer"}
)  # fmt: skip

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

# Granularity ranks for sorting: a year before its months, a month before its days.
_RANK = {"year": 0, "half": 1, "quarter": 2, "season": 2, "month": 3, "week": 4, "day": 5}
_APPROXIMATE = re.compile(
    r"\b(?:early|late|mid|middle|around|about|approximately|roughly|some\s*time|possibly)\b",
    re.IGNORECASE,
)


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


def _anchors(date: TemporalExpr | None) -> bool:
    return (
        date is not None
        and date.type in ("DATE", "TIME")
        and date.value not in _REF_VALUES
        and calendar_of(date.value) is not None
    )


def _unknowns(value: str) -> int:
    return value.count("X")


# --- Events ----------------------------------------------------------------------


class _Mention(NamedTuple):
    start: int
    end: int
    name: str


def _actor_index(entities: list[Entity]) -> SpanIndex[_Mention]:
    return SpanIndex(
        _Mention(m.start, m.end, e.name)
        for e in entities
        if e.label in ACTOR_LABELS
        for m in e.mentions
    )


def _actors_in(index: SpanIndex[_Mention], start: int, end: int) -> list[str]:
    return list(dict.fromkeys(m.name for m in index.within(start, end)))


def _entity_at(index: SpanIndex[_Mention], start: int, end: int) -> str | None:
    found = index.containing(start, end)
    return found.name if found is not None else None


def _concepts(
    tokens: Iterable[Token], seg: Segment, index: SpanIndex[_Mention], dates: list[TemporalExpr]
) -> frozenset[str]:
    """What the event is about: content lemmas (normalized) and entity names."""
    out: set[str] = set()
    for t in tokens:
        a = seg.start + t.idx
        b = a + len(t.text)
        if any(d.start <= a and b <= d.end for d in dates):
            continue
        name = _entity_at(index, a, b)
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


class _Tree:
    """A Doc's parse as lists of integers: clause spans are cut out of subtrees
    many times over, and a Token object per step is what that would cost."""

    def __init__(self, doc: Doc) -> None:
        import numpy  # spaCy's own dependency, imported with it
        from spacy.attrs import DEP, HEAD, POS

        strings = doc.vocab.strings
        rows = doc.to_array([HEAD, DEP, POS])
        # HEAD holds each head's offset from its token, negative ones wrapped around.
        offsets = rows[:, 0].view(numpy.int64).tolist() if len(doc) else []
        self.heads: list[int] = [i + off for i, off in enumerate(offsets)]
        self.deps: list[str] = [strings[d] for d in rows[:, 1].tolist()] if len(doc) else []
        self.verbal: list[bool] = [
            strings[p] in ("VERB", "AUX") for p in (rows[:, 2].tolist() if len(doc) else [])
        ]
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def subtree(self, i: int) -> set[int]:
        out = {i}
        todo = [i]
        while todo:
            for child in self.children[todo.pop()]:
                out.add(child)
                todo.append(child)
        return out

    def ancestors(self, i: int) -> set[int]:
        out: set[int] = set()
        while self.heads[i] != i and i not in out:
            out.add(i)
            i = self.heads[i]
        return out | {i}

    def cuts(self, i: int, cut: frozenset[str]) -> bool:
        """Whether token i heads a clause of a kind in `cut`."""
        return self.deps[i] in cut and self.verbal[i]


def _core(tree: _Tree, head: int, cut: frozenset[str]) -> set[int]:
    """The head's subtree without the subtrees of child clauses in `cut`."""
    subtree = tree.subtree(head)
    removed: set[int] = set()
    for t in subtree:
        # A clause inside one already cut adds nothing: skip its subtree walk.
        if t != head and t not in removed and tree.cuts(t, cut):
            removed |= tree.subtree(t)
    return subtree - removed


def _contiguous(ids: set[int], head: Token) -> list[Token]:
    """The run of consecutive tokens around `head`, trimmed of edge punctuation."""
    lo = hi = head.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    doc = head.doc
    run = [doc[i] for i in range(lo, hi + 1)]
    while run and (run[0].is_punct or (run[0].dep_ in ("cc", "mark", "aux") and run[0] != head)):
        if run[0].dep_ == "aux" and run[0].tag_ != "TO":
            break
        run = run[1:]
    while run and (run[-1].is_punct or (run[-1].dep_ in ("cc", "mark") and run[-1] != head)):
        run = run[:-1]
    return run or [head]


def _clause_head(token: Token) -> Token | None:
    """The verb heading the clause `token` belongs to (infinitives join their verb)."""
    current: Token | None = token
    for _ in range(12):
        if current is None:
            return None
        if current.pos_ in ("VERB", "AUX") and current.dep_ in CLAUSE_DEPS:
            return current
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
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


def _planned(tokens: Iterable[Token], date: TemporalExpr | None, doc: Doc, seg: Segment) -> bool:
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


def _span(doc_text: str, start: int, end: int) -> TextSpan:
    return TextSpan(doc_text[start:end], start, end)


def _dates_in(dates: SpanIndex[TemporalExpr], start: int, end: int) -> list[TemporalExpr]:
    return dates.within(start, end)


def _unknown_marker(text: str, start: int, end: int, date: TemporalExpr | None) -> TextSpan | None:
    """A "(date unspecified)" next to the date or in the label."""
    window_start = start if date is None else max(start, date.start)
    window_end = end if date is None else min(end, date.end + 40)
    m = UNKNOWN_DATE.search(text, window_start, window_end)
    return _span(text, m.start(), m.end()) if m else None


def _clause_span(tree: _Tree, head: Token) -> list[Token]:
    """A clause's readable tokens: its core, and for a clause modifying a noun ("a
    visit she made ... two weeks ago") the noun phrase it belongs to."""
    top = (
        head.head if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN") else head
    )
    cut = frozenset(CLAUSE_DEPS - {"ROOT"})
    ids = _core(tree, top.i, cut) if top == head else _core_keeping(tree, top.i, head.i, cut)
    return _contiguous(ids, head)


def _core_keeping(tree: _Tree, top: int, keep: int, cut: frozenset[str]) -> set[int]:
    """The top's subtree without its child clauses in `cut`, except the one that
    holds `keep`, and without `keep`'s own child clauses in `cut`."""
    above_keep = tree.ancestors(keep)
    subtree = tree.subtree(top)
    removed: set[int] = set()
    for t in subtree:
        if t in (keep, top) or not tree.cuts(t, cut) or t in above_keep:
            continue
        removed |= tree.subtree(t)
    for t in tree.subtree(keep):
        if t != keep and tree.cuts(t, cut):
            removed |= tree.subtree(t)
    return subtree - removed


def _clause_events(
    doc: Annotated, seg: Segment, dates: SpanIndex[TemporalExpr], index: SpanIndex[_Mention]
) -> Iterator[ArticleEvent]:
    sdoc = seg.doc
    tree = _Tree(sdoc)
    heads = [
        sdoc[i]
        for i, dep in enumerate(tree.deps)
        if tree.verbal[i] and dep in CLAUSE_DEPS and (dep == "ROOT" or sdoc[i].pos_ == "VERB")
    ]
    # A dateline ("GENEVA, March 22, 2013 (AP) —") dates the article, not an event.
    opening = (
        dateline_end(doc.text[seg.start : seg.end])
        if seg.start == doc.blocks[seg.block].start
        else None
    )
    body_start = seg.start + (opening or 0)
    anchored: dict[int, TemporalExpr] = {}
    for d in _dates_in(dates, body_start, seg.end):
        if not _anchors(d):
            continue
        span = sdoc.char_span(d.start - seg.start, d.end - seg.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = _clause_head(span.root)
        if head is not None:
            anchored.setdefault(head.i, d)
    for head in heads:
        run = [t for t in _clause_span(tree, head) if seg.start + t.idx >= body_start]
        if not run:
            continue
        while run and (run[0].is_punct or run[0].is_space):
            run = run[1:]
        if not run:
            continue
        start = seg.start + run[0].idx
        end = seg.start + run[-1].idx + len(run[-1].text)
        date = anchored.get(head.i)
        yield ArticleEvent(
            doc.text[start:end], start, end, _predicate(head), _actors_in(index, start, end),
            date, seg.block, kind="clause",
            planned=_planned(run, date, sdoc, seg),
            concepts=_concepts(run, seg, index, _dates_in(dates, start, end)),
            source=_span(doc.text, start, end),
            unknown_date=_unknown_marker(doc.text, start, end, date),
        )  # fmt: skip


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


def _item_event(
    doc: Annotated,
    segs: list[Segment],
    body: TextSpan,
    dates: SpanIndex[TemporalExpr],
    index: SpanIndex[_Mention],
    kind: str,
    whole: TextSpan,
    summary: bool,
) -> ArticleEvent:
    """One event for a bullet (`body` after its label) or a table row (`body` its
    main cell), dated by the first date anywhere in it (`whole`)."""
    inside = _dates_in(dates, whole.start, whole.end)
    anchoring = [d for d in inside if _anchors(d)]
    date = anchoring[0] if anchoring else None
    seg = next((s for s in segs if s.start <= body.start < s.end), segs[0])
    main, tokens = _item_core(seg, body.start, body.end)
    event_text = body.text.rstrip(" .;")
    label = doc.text[whole.start : body.start]
    all_tokens = [t for s in segs for t in s.doc]
    planned = _planned(all_tokens, date, seg.doc, seg) or bool(
        re.search(r"\b(?:planned|scheduled|expected|anticipated)\b", label, re.IGNORECASE)
    )
    return ArticleEvent(
        event_text, body.start, body.start + len(event_text),
        main.lemma_.lower() if main is not None else "",
        _actors_in(index, whole.start, whole.end), date, seg.block, kind=kind,
        summary=summary, planned=planned,
        concepts=_concepts(tokens, seg, index, inside),
        source=whole, unknown_date=_unknown_marker(doc.text, whole.start, whole.end, date),
    )  # fmt: skip


def _undated_length(seg: Segment, dates: SpanIndex[TemporalExpr]) -> int:
    covered = sum(d.end - d.start for d in _dates_in(dates, seg.start, seg.end))
    return (seg.end - seg.start) - covered


def find_events(
    doc: Annotated, dates: list[TemporalExpr], entities: list[Entity]
) -> list[ArticleEvent]:
    """Every event the article reports, in document order."""
    index = _actor_index(entities)
    spans = SpanIndex(dates)
    out: list[ArticleEvent] = []
    for i, block in enumerate(doc.blocks):
        segs = doc.segments_of(i)
        if not segs or block.kind == "heading" or META_LINE.match(block.text):
            continue  # "Published June 10, 2024" dates the article, not an event
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
                whole = _span(doc.text, row[0].start, row[-1].end)
                # The row's event is its longest cell that is not just a date.
                main = max(cells, key=lambda s: _undated_length(s, spans))
                body = _span(doc.text, main.start, main.end)
                out.append(_item_event(doc, cells, body, spans, index, "row", whole, summary))
        elif block.kind == "bullet":
            whole = _span(doc.text, block.start, block.end)
            out.append(_item_event(doc, segs, block.body, spans, index, "bullet", whole, summary))
        else:
            for seg in segs:
                out.extend(_clause_events(doc, seg, spans, index))
    return out


# --- Timeline ----------------------------------------------------------------------


@dataclass
class _Entry:
    """Events told of one time; what matching needs is kept up to date as they join."""

    events: list[ArticleEvent] = field(default_factory=list)
    conflicts: list[tuple[TemporalExpr, TemporalExpr]] = field(default_factory=list)
    concepts: set[str] = field(default_factory=set)
    values: dict[str, None] = field(default_factory=dict)  # distinct date values, in order

    def add(self, event: ArticleEvent) -> None:
        self.events.append(event)
        self.concepts |= event.concepts
        if event.date is not None:
            self.values.setdefault(event.date.value)

    @property
    def dates(self) -> list[TemporalExpr]:
        return [e.date for e in self.events if e.date is not None]


_RELATION_RANK = {"same": 2, "other-year": 1, "refines": 0}


def _match(event: ArticleEvent, entry: _Entry) -> tuple[int, int] | None:
    """How well `event` joins `entry`: (relation rank, shared concepts), or None."""
    assert event.date is not None
    shared = len(event.concepts & entry.concepts)
    relations = {relation(event.date.value, v) for v in entry.values}
    if "same" in relations and shared >= 1:
        return _RELATION_RANK["same"], shared
    if "refines" in relations and shared >= 2:
        return _RELATION_RANK["refines"], shared
    if "other-year" in relations and shared >= 1:
        return _RELATION_RANK["other-year"], shared
    return None


def _specificity(date: TemporalExpr) -> tuple[int, int, int]:
    cal = calendar_of(date.value)
    rank = _RANK.get(cal.kind, 0) if cal else 0
    return (-_unknowns(date.value), rank, 0 if date.relative else 1)


def _chosen_date(entry: _Entry) -> TemporalExpr:
    """The date an entry shows: the most specific one that no explicit source contradicts."""
    dates = entry.dates
    explicit = [d for d in dates if not d.relative]
    stated = {d.value for d in explicit}
    agree = {
        v for v in entry.values
        if all(relation(v, e) not in (None, "other-year") for e in stated)
    }  # fmt: skip
    fitting = [d for d in dates if d.value in agree] or explicit or dates
    return max(fitting, key=_specificity)


def _certainty(date: TemporalExpr) -> Certainty:
    if "X" in date.value:
        return "unresolved"
    cal = calendar_of(date.value)
    if cal is None or cal.kind in ("season", "quarter", "half") or _APPROXIMATE.search(date.text):
        return "approximate"
    if re.fullmatch(r"\d{3}", date.value):
        return "approximate"
    return "exact"


def _event_text(entry: _Entry) -> str:
    order = {"row": 0, "bullet": 1, "clause": 2}
    best = min(entry.events, key=lambda e: (order.get(e.kind, 3), e.start))
    return best.text


def _sort(entries: list[_Entry], chosen: dict[int, TemporalExpr]) -> list[_Entry]:
    """Date order; an entry whose place within its year is unknown keeps the place the
    article's own timeline (its bullets and rows) gives it; unknown years go last."""

    first_listed = {}
    for e in entries:
        items = [ev.start for ev in e.events if ev.kind != "clause"]
        first_listed[id(e)] = min(items) if items else min(ev.start for ev in e.events)

    def listed(e: _Entry) -> int:
        return first_listed[id(e)]

    known: list[_Entry] = []
    partial: list[_Entry] = []
    unknown: list[_Entry] = []
    for e in entries:
        value = chosen[id(e)].value
        cal = calendar_of(value)
        if cal is None or cal.years is None:
            unknown.append(e)
        elif date_start(value) is not None and not _month_unknown(value):
            known.append(e)
        else:
            partial.append(e)

    def key(e: _Entry) -> tuple[tuple[int, int, int], int, int]:
        value = chosen[id(e)].value
        cal = calendar_of(value)
        start = date_start(value) or (9999, 0, 0)
        return start, _RANK.get(cal.kind if cal else "year", 0), listed(e)

    ordered = sorted(known, key=key)
    for e in sorted(partial, key=listed):
        year = (date_start(chosen[id(e)].value) or (9999, 0, 0))[0]
        position = 0
        for i, other in enumerate(ordered):
            other_year = (date_start(chosen[id(other)].value) or (9999, 0, 0))[0]
            if other_year < year or (other_year == year and listed(other) < listed(e)):
                position = i + 1
        ordered.insert(position, e)
    return ordered + sorted(unknown, key=listed)


def _month_unknown(value: str) -> bool:
    """A known year with an unknown place in it ("2023-WXX-5", "2023-XX-XX")."""
    return bool(re.match(r"^\d{4}-(?:WXX|XX)", value))


def _quote(text: str) -> str:
    return "“" + text.strip() + "”"


def _warnings(entry: _Entry, shown: str, reference: dt.date | None) -> list[Warning]:
    out: list[Warning] = []
    for a, b in entry.conflicts:
        out.append(
            Warning(
                "date_conflict",
                f"{_quote(shown)} is dated {human_date(a.value)} ({_quote(a.text)}) in one "
                f"place and {human_date(b.value)} ({_quote(b.text)}) in another",
                [TextSpan(a.text, a.start, a.end), TextSpan(b.text, b.start, b.end)],
            )
        )
    for ev in entry.events:
        if ev.unknown_date is None:
            continue
        marker = ev.unknown_date
        own = ev.date.value if ev.date is not None else "XXXX"
        # Another source that says more: fewer unknown parts, or stated outright.
        known = [
            d for d in entry.dates
            if d is not ev.date and (_unknowns(d.value) < _unknowns(own) or not d.relative)
        ]  # fmt: skip
        if known:
            other = max(known, key=_specificity)
            out.append(
                Warning(
                    "date_unspecified",
                    f"{_quote(shown)} is dated {_quote(marker.text)} in one place and "
                    f"{_quote(other.text)} in another",
                    [marker, TextSpan(other.text, other.start, other.end)],
                )
            )
            break
    if reference is not None and any(ev.planned for ev in entry.events):
        date = _chosen_date(entry)
        end = date_end(date.value)
        if end is not None and end < reference:
            out.append(
                Warning(
                    "planned_before_reference",
                    f"{_quote(shown)} is planned for {human_date(date.value)}, which is "
                    f"before the reference date {reference.isoformat()}",
                    [TextSpan(date.text, date.start, date.end)],
                )
            )
    return out


def build_timeline(
    events: list[ArticleEvent], reference: dt.date | None
) -> tuple[list[TimelineEntry], list[Warning]]:
    """Dated events merged across sources, in date order, with their warnings."""
    dated = [e for e in events if _anchors(e.date) and not e.summary]
    # The article's own timeline (rows, bullets) first, then prose, each in order.
    dated.sort(key=lambda e: (e.kind == "clause", e.start))
    entries: list[_Entry] = []
    # Every way of joining an entry needs a shared concept: only those entries are
    # candidates, which keeps long articles from comparing every pair.
    by_concept: dict[str, set[int]] = defaultdict(set)
    for ev in dated:
        candidates = sorted(set().union(*(by_concept.get(c, set()) for c in ev.concepts)))
        scored = [(m, i) for i in candidates if (m := _match(ev, entries[i]))]
        if not scored:
            entries.append(_Entry())
            entries[-1].add(ev)
            for c in ev.concepts:
                by_concept[c].add(len(entries) - 1)
            continue
        (rank, _shared), i = max(scored, key=lambda s: (s[0], s[1]))
        entry = entries[i]
        if rank == _RELATION_RANK["other-year"]:
            assert ev.date is not None
            other = next(d for d in entry.dates if relation(ev.date.value, d.value) == "other-year")
            entry.conflicts.append((other, ev.date))
        entry.add(ev)
        for c in ev.concepts:
            by_concept[c].add(i)

    chosen = {id(e): _chosen_date(e) for e in entries}
    timeline: list[TimelineEntry] = []
    warnings: list[Warning] = []
    for entry in _sort(entries, chosen):
        date = chosen[id(entry)]
        text = _event_text(entry)
        sources = sorted(
            (ev.source for ev in entry.events if ev.source is not None), key=lambda s: s.start
        )
        timeline.append(TimelineEntry(date, text, _certainty(date), sources))
        warnings.extend(_warnings(entry, text, reference))
    return timeline, warnings
