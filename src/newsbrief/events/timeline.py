"""The timeline: the same event told several times merged into one dated entry.

Tellings come from an article's own timeline bullets, its table rows and its
prose. Two merge when their dates can be the same time, they share what they
are about (normalized content words and named entities) and nothing tells them
apart: other named doers, one denying what the other tells, one planned and the
other done; two clauses of prose must also tell the same action of the same
things, and two sayings the same speaker. A date that names the
same month, season or weekday in another year is merged and reported as a
contradiction rather than smoothed over. Each entry shows its most specific date
that no explicit source contradicts, with a certainty; entries are sorted by date.
Warnings also flag a source that says a date is unknown while another gives it,
and a planned event dated before the reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from newsbrief.brief import Certainty, TextSpan, TimelineEntry, Warning
from newsbrief.events.event import CONCEPTS, ArticleEvent, anchors
from newsbrief.temporal import (
    TemporalExpr,
    calendar_of,
    date_end,
    date_start,
    human_date,
    relation,
)

# Granularity ranks for sorting: a year before its months, a month before its days.
_RANK = {"year": 0, "half": 1, "quarter": 2, "season": 2, "month": 3, "week": 4, "day": 5}
# Words in a date that hedge it or give only a bound ("less than two weeks ago"
# is some day of the last two weeks, not the week the resolver picks).
_APPROXIMATE = re.compile(
    r"\b(?:early|late|mid|middle|around|about|approximately|roughly|some\s*time|possibly|or\s+so|or\s+two|give\s+or\s+take"
    r"|less\s+than|more\s+than|nearly|almost|over|under|at\s+least|at\s+most|up\s+to)\b",
    re.IGNORECASE,
)


def _unknowns(value: str) -> int:
    return value.count("X")


@dataclass
class _Entry:
    """Events told of one time; what matching needs is kept up to date as they join."""

    events: list[ArticleEvent] = field(default_factory=list)
    conflicts: list[tuple[TemporalExpr, TemporalExpr]] = field(default_factory=list)
    concepts: set[str] = field(default_factory=set)
    values: dict[str, None] = field(default_factory=dict)  # distinct date values, in order
    actions: set[str] = field(default_factory=set)  # what its events say happened
    prose: bool = True  # every event a clause of the prose
    people: set[str] = field(default_factory=set)  # the persons who act in its events
    groups: set[str] = field(default_factory=set)  # the organizations, places, groups
    negated: bool = False  # its events say it did not happen
    planned: bool = False  # one of its events is planned
    done: bool = False  # one is told as done

    def add(self, event: ArticleEvent) -> None:
        if not self.events:
            self.negated = event.negated
        self.events.append(event)
        self.concepts |= event.concepts
        self.actions.add(_action(event))
        self.prose = self.prose and event.kind == "clause"
        self.people |= event.people
        self.groups.update(a for a in event.actors if a not in event.people)
        self.planned = self.planned or event.planned
        self.done = self.done or event.done
        if event.date is not None:
            self.values.setdefault(event.date.value)

    @property
    def dates(self) -> list[TemporalExpr]:
        return [e.date for e in self.events if e.date is not None]


# Verbs that only frame what someone said.
_SAYING = frozenset(
    {"say", "tell", "ask", "reply", "respond", "answer", "explain", "insist", "testify",
     "comment", "remark"}
)  # fmt: skip

_RELATION_RANK = {"same": 2, "other-year": 1, "refines": 0}


def _match(event: ArticleEvent, entry: _Entry) -> tuple[int, int] | None:
    """How well `event` joins `entry`: (relation rank, shared concepts), or None."""
    assert event.date is not None
    shared = len(event.concepts & entry.concepts)
    relations = {relation(event.date.value, v) for v in entry.values}
    # Prose tells many events about the same people on the same day: two of its
    # clauses are one event only when they say the same thing happened.
    prose = event.kind == "clause" and entry.prose
    if prose and _action(event) not in entry.actions:
        return None
    if prose and not _same_things(event, entry):
        return None
    # Many say something on one day: only the speaker, named in both, tells one
    # saying from another ("Bush said Thursday", "Pentagon sources said the Bush
    # administration plans").
    speakers = entry.people | entry.groups
    if prose and _action(event) in _SAYING and not speakers.intersection(event.actors):
        return None
    if not _same_event(event, entry):
        return None
    if None in relations or any(_hours_apart(event.date.value, v) for v in entry.values):
        # A date that cannot be the time of every telling already joined ("in
        # February" against "January 2008", "at 9:04 p.m." against "at 7:47
        # p.m.") tells another event.
        return None
    blank = _blank(event.date.value)
    if any(_blank(v) != blank for v in entry.values):
        # A date that says nothing of when ("last year" with no reference date)
        # is no sign that two tellings share a time, though it admits any.
        return None
    if "same" in relations and shared >= 1:
        return _RELATION_RANK["same"], shared
    if "refines" in relations and shared >= 2:
        return _RELATION_RANK["refines"], shared
    if "other-year" in relations and shared >= 1:
        if prose and "context" in {event.date.inferred, *(d.inferred for d in entry.dates)}:
            # Prose that compares periods ("earned $5 million in the quarter; in the
            # 1988 period, it earned $20 million") tells two events: a year counted
            # from another date is no contradiction the article makes.
            return None
        return _RELATION_RANK["other-year"], shared
    return None


def _same_event(event: ArticleEvent, entry: _Entry) -> bool:
    """Whether nothing but the date and the words tell `event` from the entry's:
    the same polarity ("did not pay" is no telling of "paid"), not planned against
    done ("opened in September", "will open in September"), and the same doers
    where both name them ("Ford opened a plant in Mexico", "GM opened a plant in
    Mexico"): a doer of one named in the other agrees ("Trump met Takaichi",
    "Takaichi met Trump"). Persons and organizations are compared apart: "a
    Pentagon official" may be Kenneth Bacon."""
    if event.negated != entry.negated:
        return False
    if (event.planned and entry.done) or (event.done and entry.planned):
        return False
    groups = {a for a in event.actors if a not in event.people}
    return _agree(event.people, entry.people, event, entry) and _agree(
        groups, entry.groups, event, entry
    )


def _agree(mine: Collection[str], theirs: set[str], event: ArticleEvent, entry: _Entry) -> bool:
    """Whether two sets of doers can be the same: one of them empty, one shared,
    or one of either named in the other's words."""
    if not mine or not theirs:
        return True
    return any(a in theirs or "@" + a in entry.concepts for a in mine) or any(
        "@" + d in event.concepts for d in theirs
    )


def _same_things(event: ArticleEvent, entry: _Entry) -> bool:
    """Whether two prose tellings of one action are of the same things or people
    when both name more than what happened: "he protested the results" and
    "thousands protested against Putin" share only the verb; "reopen March 26"
    names nothing to disagree with "the attraction reopens on March 26"."""
    action = {_action(event)}
    mine, theirs = event.concepts - action, entry.concepts - action
    return not mine or not theirs or bool(mine & theirs)


_CLOCK = re.compile(r"T(\d{2})(?::(\d{2}))?$")


def _hours_apart(a: str, b: str) -> bool:
    """Whether two values state clock times more than an hour apart (the calendar
    compares only their days): "around 6 a.m." may be "6:02 a.m."."""
    ma, mb = _CLOCK.search(a), _CLOCK.search(b)
    if ma is None or mb is None:
        return False
    minutes = [int(m[1]) * 60 + int(m[2] or 0) for m in (ma, mb)]
    return abs(minutes[0] - minutes[1]) > 60


def _blank(value: str) -> bool:
    cal = calendar_of(value)
    return (
        cal is not None
        and cal.years is None
        and len(cal.months) == 12
        and cal.day is None
        and cal.weekday is None
    )


def _action(event: ArticleEvent) -> str:
    return CONCEPTS.get(event.predicate, event.predicate)


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
    """Exact only when the words state the date: one whose direction, year or anchor
    the resolver chose is approximate, however likely the choice."""
    if "X" in date.value:
        return "unresolved"
    if date.inferred is not None:
        return "approximate"
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
    dated = [e for e in events if anchors(e.date) and not e.summary]
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
        certainty = _certainty(date)
        inferred = date.inferred if certainty == "approximate" else None
        if certainty == "approximate" and any(e.carried and e.date is date for e in entry.events):
            inferred = "carried"  # what the reader most needs to know of such a date
        timeline.append(TimelineEntry(date, text, certainty, sources, inferred))
        warnings.extend(_warnings(entry, text, reference))
    return timeline, warnings
