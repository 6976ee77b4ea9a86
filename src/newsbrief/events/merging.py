"""Which tellings of an article are one event: an entry gathers them as they join.

Two tellings join when their dates can be the same time, they share what they
are about (normalized content words and named entities) and nothing tells them
apart: other named doers, one denying what the other tells, one planned and the
other done, clock times hours apart; two clauses of prose must also tell the same
action of the same things, and two sayings the same speaker. A date that names
the same month, season or weekday in another year joins, as a contradiction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from newsbrief.events.event import CONCEPTS, ArticleEvent
from newsbrief.temporal import TemporalExpr, calendar_of, relation


@dataclass
class Entry:
    """Events told of one time; what matching needs is kept up to date as they join."""

    events: list[ArticleEvent] = field(default_factory=list)
    conflicts: list[tuple[TemporalExpr, TemporalExpr]] = field(default_factory=list)
    concepts: set[str] = field(default_factory=set)
    values: dict[str, None] = field(default_factory=dict)  # distinct date values, in order
    parts: dict[str, str] = field(default_factory=dict)  # value -> the part named ("early")
    actions: set[str] = field(default_factory=set)  # what its events say happened
    prose: bool = True  # every event a clause of the prose
    people: set[str] = field(default_factory=set)  # the persons who act in its events
    groups: set[str] = field(default_factory=set)  # the organizations, places, groups
    negated: bool = False  # its events say it did not happen
    planned: bool = False  # one of its events is planned
    done: bool = False  # one is told as done
    texts: set[str] = field(default_factory=set)  # the words of its tellings

    def add(self, event: ArticleEvent) -> None:
        if not self.events:
            self.negated = event.negated
        self.events.append(event)
        self.texts.add(event.text)
        self.concepts |= event.concepts
        self.actions.add(_action(event))
        self.prose = self.prose and event.kind == "clause"
        self.people |= event.people
        self.groups.update(a for a in event.actors if a not in event.people)
        self.planned = self.planned or event.planned
        self.done = self.done or event.done
        if event.date is not None:
            self.values.setdefault(event.date.value)
            if (part := _part_of(event.date)) is not None:
                self.parts[event.date.value] = part

    @property
    def dates(self) -> list[TemporalExpr]:
        return [e.date for e in self.events if e.date is not None]


# Verbs that only frame what someone said.
_SAYING = frozenset(
    {"say", "tell", "ask", "reply", "respond", "answer", "explain", "insist", "testify",
     "comment", "remark"}
)  # fmt: skip

_RELATION_RANK = {"same": 2, "other-year": 1, "refines": 0}

# Granularity ranks: a year before its months, a month before its days.
RANK = {"year": 0, "half": 1, "quarter": 2, "season": 2, "month": 3, "week": 4, "day": 5}


def match(event: ArticleEvent, entry: Entry) -> tuple[int, int] | None:
    """How well `event` joins `entry`: (relation rank, shared concepts), or None."""
    assert event.date is not None
    shared = len(event.concepts & entry.concepts)
    if event.date.value in entry.values and event.text in entry.texts:
        # The same words of the same time, printed again (a caption repeating the
        # story): one telling, whatever they tell ("The garden was full on Wednesday").
        return _RELATION_RANK["same"], shared
    relations = {_relation(event.date.value, v) for v in entry.values}
    # Prose tells many events about the same people on the same day: two of its
    # clauses are one event only when they say the same thing happened.
    prose = event.kind == "clause" and entry.prose
    if prose and _action(event) not in entry.actions:
        return None
    if prose and _action(event) == "be":
        # "Be" tells no action: two clauses that something is are not one event for
        # that ("There should be anticipation this spring", "there's a kite festival
        # on March 28th"). "Have" may ("DSM had charges of eight million guilders"
        # is a telling of "the company had lower charges").
        return None
    if prose and not _same_things(event, entry):
        return None
    # Many say something on one day: only the speaker, named in both, tells one
    # saying from another ("Bush said Thursday", "Pentagon sources said the Bush
    # administration plans").
    if prose and _action(event) in _SAYING and not _spoken_by_one(event, entry):
        return None
    if not _same_event(event, entry):
        return None
    if None in relations or any(_hours_apart(event.date.value, v) for v in entry.values):
        # A date that cannot be the time of every telling already joined ("in
        # February" against "January 2008", "at 9:04 p.m." against "at 7:47
        # p.m.") tells another event.
        return None
    mine = _part_of(event.date)
    if any(_outside_part(mine, event.date.value, v) for v in entry.values) or any(
        _outside_part(part, v, event.date.value) for v, part in entry.parts.items()
    ):
        return None
    blank = _blank(event.date.value)
    if any(_blank(v) != blank for v in entry.values):
        # A date that says nothing of when ("last year" with no reference date)
        # is no sign that two tellings share a time, though it admits any.
        return None
    if "vague" in relations or (
        "same" not in relations and any(_vague(event.date.value, v) for v in entry.values)
    ):
        return None
    if "same" in relations and shared >= 1:
        return _RELATION_RANK["same"], shared
    # A date counted from another ("In 2013, talks began. In November of that year,
    # negotiations began") falls in it or near it by construction: no sign that two
    # clauses of prose tell one event.
    counted = prose and "context" in {event.date.inferred, *(d.inferred for d in entry.dates)}
    if "refines" in relations and shared >= 2 and not counted:
        return _RELATION_RANK["refines"], shared
    if "other-year" in relations and shared >= 1 and not counted:
        # (Prose that compares periods, "earned $5 million in the quarter; in the
        # 1988 period, it earned $20 million", tells two events: a year counted
        # from another date is no contradiction the article makes.)
        return _RELATION_RANK["other-year"], shared
    return None


def _same_event(event: ArticleEvent, entry: Entry) -> bool:
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


def _agree(mine: Collection[str], theirs: set[str], event: ArticleEvent, entry: Entry) -> bool:
    """Whether two sets of doers can be the same: one of them empty, one shared,
    or one of either named in the other's words."""
    if not mine or not theirs:
        return True
    # Only the new telling's names are iterated; the entry's, which may gather
    # thousands of tellings, are looked up.
    return any(a in theirs or "@" + a in entry.concepts for a in mine) or any(
        c[1:] in theirs for c in event.concepts if c.startswith("@")
    )


def _spoken_by_one(event: ArticleEvent, entry: Entry) -> bool:
    """Whether a saying names a speaker of the entry's."""
    return any(a in entry.people or a in entry.groups for a in event.actors)


def _same_things(event: ArticleEvent, entry: Entry) -> bool:
    """Whether two prose tellings of one action are of the same things or people
    when both name more than what happened and who did it: "he protested the
    results" and "thousands protested against Putin" share only the verb, "Trump
    made the reference Monday" and "Trump made the pledge at a conference on
    Monday" only their doer. "reopen March 26" names nothing to disagree with "the
    attraction reopens on March 26"."""
    action = _action(event)
    # The doers both name, unless a saying's: that is one by its speaker alone
    # (`_spoken_by_one`).
    doers = (
        {"@" + a for a in event.actors if a in entry.people or a in entry.groups}
        if action not in _SAYING
        else set()
    )
    mine = event.concepts - {action} - doers
    # The entry's concepts are only looked up: it may gather thousands of tellings.
    theirs = len(entry.concepts) > (action in entry.concepts) + len(doers & entry.concepts)
    return not mine or not theirs or any(c in entry.concepts for c in mine)


_CLOCK = re.compile(r"T(\d{2})(?::(\d{2}))?$")


def _hours_apart(a: str, b: str) -> bool:
    """Whether two values state clock times more than an hour apart (the calendar
    compares only their days): "around 6 a.m." may be "6:02 a.m."."""
    ma, mb = _CLOCK.search(a), _CLOCK.search(b)
    if ma is None or mb is None:
        return False
    minutes = [int(m[1]) * 60 + int(m[2] or 0) for m in (ma, mb)]
    return abs(minutes[0] - minutes[1]) > 60


def _relation(a: str, b: str) -> str | None:
    """`relation`, but a weekday and a day of a month of unknown year are no "same"
    time: "announced Friday" and "On March 9, AMC announced" with no reference date
    agree only because the year that would tell them apart is missing."""
    found = relation(a, b)
    if found != "same":
        return found
    ca, cb = calendar_of(a), calendar_of(b)
    assert ca is not None and cb is not None
    weekday, day = (ca, cb) if ca.weekday is not None else (cb, ca)
    # "March 15, 2013" is a Friday or not; "March 9" of no year may be any weekday.
    crossed = weekday.weekday is not None and weekday.day is None and day.weekday is None
    return "vague" if crossed and day.day is not None and day.years is None else found


def _vague(a: str, b: str) -> bool:
    """Whether one of two values lies inside the other only because its year is
    unknown: "on Friday" with no reference date is a Friday of any year, no sign
    of a time shared with "in 2010" ("Italy's high court ruled on Friday", "the
    high court ruled on his case in 2010")."""
    ca, cb = calendar_of(a), calendar_of(b)
    if ca is None or cb is None or relation(a, b) != "refines":
        return False
    finer = ca if RANK.get(ca.kind, 0) > RANK.get(cb.kind, 0) else cb
    return finer.years is None


# The part of a month or year a modifier names, as a share of it, with some
# overlap: "early September" is no time of "Sept. 19".
_PARTS = {
    "early": (0.0, 0.4), "beginning": (0.0, 0.4), "start": (0.0, 0.4), "mid": (0.25, 0.75),
    "middle": (0.25, 0.75), "late": (0.6, 1.0), "end": (0.6, 1.0),
}  # fmt: skip
_PART_WORD = re.compile(r"(?:the\s+)?(early|beginning|start|mid|middle|late|end)\b")
_MONTH, _DAY = re.compile(r"(\d{4})-(\d\d)$"), re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")


def _part_of(date: TemporalExpr) -> str | None:
    """The part of its period a date's words name ("early September": "early")."""
    part = _PART_WORD.match(date.text.lower())
    return part.group(1) if part is not None else None


def _outside_part(part: str | None, coarse: str, fine: str) -> bool:
    """Whether `fine`, a day of a month or a month of a year, lies outside the
    `part` of the `coarse` value a date names ("early September", "late 2009")."""
    finer = _DAY.match(fine)
    if part is None or finer is None or not fine.startswith(coarse):
        return False
    if _MONTH.match(coarse) and finer.group(3):
        share = (int(finer.group(3)) - 1) / 31
    elif re.fullmatch(r"\d{4}", coarse):
        share = (int(finer.group(2)) - 1) / 12
    else:
        return False
    low, high = _PARTS[part]
    return not low <= share <= high


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


def merge(dated: list[ArticleEvent]) -> list[Entry]:
    """The entries dated events make, each joining the entry it matches best."""
    entries: list[Entry] = []
    # Every way of joining an entry needs a shared concept: only those entries are
    # candidates, which keeps long articles from comparing every pair.
    by_concept: dict[str, set[int]] = defaultdict(set)
    for ev in dated:
        candidates = sorted(set().union(*(by_concept.get(c, set()) for c in ev.concepts)))
        scored = [(m, i) for i in candidates if (m := match(ev, entries[i]))]
        if not scored:
            entries.append(Entry())
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
    return entries
