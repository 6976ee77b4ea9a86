"""Temporal expressions of an annotated article: matched, filtered, resolved.

Each segment's text is scanned with every rule of `rules/`; overlapping matches
are settled longest first (`scan.py`); matches that spaCy's analysis shows are not
dates are dropped (a modal "may", a four-digit quantity, "fall" as a verb:
`filters.py`); then each value is resolved in document order against the
reference date, the tense of its clause and the date mentioned last.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsbrief.blocks.marks import inside, quoted_ranges
from newsbrief.brief import DateExpr
from newsbrief.nlp import Annotated
from newsbrief.temporal.anchored import told_last
from newsbrief.temporal.capitals import share_month_people
from newsbrief.temporal.context import Context, Tense
from newsbrief.temporal.documents import DocumentTimes
from newsbrief.temporal.filters import FILTERS
from newsbrief.temporal.joining import ends_in_year, in_order, in_year_of, joined, stretch
from newsbrief.temporal.matches import share_match_story
from newsbrief.temporal.periods import period_over
from newsbrief.temporal.points import reached_day
from newsbrief.temporal.resolve import resolve
from newsbrief.temporal.rules.dates import NAMED_DAY_RULE
from newsbrief.temporal.said import (
    clause_tense,
    marked_ahead,
    quotation_times,
    reported_ahead,
    told_ahead,
    told_over,
)
from newsbrief.temporal.scan import (
    Candidate,
    apposed,
    in_passing,
    opens_sentence,
    parenthetical,
    scan,
    select,
    tokens_in,
)
from newsbrief.temporal.stated import own_date
from newsbrief.temporal.tables import HEDGES
from newsbrief.temporal.values import granularity, some_day
from newsbrief.temporal.years import that_month, with_stated_year, year_before

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Resolver calls whose result rests on a choice the text does not state (see
# resolve.py): a weekday without "last"/"next" or with "this" (the tense picks
# which week), a month or day without its year, a value counted from the date
# mentioned before.
_INFERRED = re.compile(
    r"^(wd\([^,)]*(?:,\+0)?\)|near|qend|weekof|yearend|anchor|wdanchor|seasonanchor|inyear|latestq|within"
    r"|incontext|night)"
)
# "overnight" ("night"): the night just gone or the coming one, chosen by the tense.
_INFERRED_PART = {"night": "direction",
                  "near": "year", "qend": "year", "weekof": "year", "yearend": "year",
                  "anchor": "context", "wdanchor": "context", "seasonanchor": "context",
                  "inyear": "context",
                  "latestq": "context", "within": "context", "incontext": "context"}  # fmt: skip


@dataclass
class TemporalExpr(DateExpr):
    """A DateExpr that remembers how it was found: the rule and the underspecified
    value before resolution (a literal for dates the text states in full, a call
    such as "wd(5)" for those read against the reference date)."""

    rule: str = ""
    template: str = ""
    speech: bool = False  # inside quotation marks: said at a time of its own
    joined: bool = False  # the first of dates joined ("from 1998 to 2004", "in 2010 and 2011")
    # Dates its clause by a reading of the parse the words do not settle: through
    # a noun that may own it ("glossed over warnings from Moscow on Thursday"), or
    # moved to the clause above. Set by the events stage on the date a clause takes.
    loose: bool = False
    # "two days later": the day it reaches and the words " later" (`points.py`).
    reached: tuple[str, str] | None = None
    hedged: bool = False  # "around 1923", "at about 2 p.m.": the words before hedge it

    @property
    def relative(self) -> bool:
        """Whether the value depends on the reference date or the context."""
        return "(" in self.template

    @property
    def inferred(self) -> str | None:
        """What of the value the text does not state but the resolver chose: the
        direction ("Friday": the last or the next one, from the tense), the year
        ("in October": the nearest, weighed by tense), the context ("the next
        day": counted from the date mentioned before), the time of speech ("Call
        me Sunday night" in a quotation) or, for the first of dates joined
        ("from 1998 to 2004", "in 2010 and 2011"), that it is one of them ("range"),
        or, for the date of a clause the parse may have given it wrongly, which
        clause it dates ("clause"). None when the words state it all ("Oct. 3,
        2013", "yesterday", "last Friday", "next March")."""
        m = _INFERRED.match(self.template)
        if m is None:
            # "today", "Friday" inside a quotation: the day it was said, which the
            # article may not give.
            if self.speech and "(" in self.template and "dur(" not in self.template:
                return "speech"
            # "from 1998 to 2004": one end of a stretch, or one of several times,
            # that an event dated by it alone would pass off as its time.
            if self.joined:
                return "range"
            return "clause" if self.loose else None
        return "direction" if m.group(1).startswith("wd(") else _INFERRED_PART[m.group(1)]


@dataclass(frozen=True)
class Found:
    """A resolved expression and the tense it was read in."""

    date: TemporalExpr
    tense: Tense | None

    @property
    def rule(self) -> str:
        """The name of the rule that found it."""
        return self.date.rule


def candidates_in(doc: Doc, text: str) -> list[Candidate]:
    """The kept, non-overlapping matches in one spaCy Doc whose text is `text`."""
    return [c for c in select(scan(text)) if not any(f(c, doc) for f in FILTERS)]


# --- Resolution in document order ------------------------------------------------

_DERIVED = ("anchor(", "inyear(")
# Templates of a time that names its day: a weekday, a month's day.
_NAMES_A_DAY = ("wd(", "near(")
# Granularities that name a period a later "a year earlier" may compare (a year
# only when stated in figures: "last year" is more often the comparison itself,
# "Last year, ... The year-earlier results").
_PERIODS = frozenset({"quarter", "half", "season", "month"})
# A month, or a day of a month, named without its year.
_MONTH_OR_DAY = re.compile(r"^near\(\d\d(?:-\d\d)?\)$")


def _sentence(doc: Doc, c: Candidate) -> int:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else 0


# A quoted date that is all the quotation holds, inside a phrase of the writer's
# ('will premiere in the "late summer,"'): words set off, not what someone said.
_SET_OFF_BEFORE = re.compile(r"\b(?:the|a|in|on|by|until|for|from|since)\s+[\"“]$", re.IGNORECASE)
_SET_OFF_AFTER = re.compile(r"[.,;:!?]?[\"”]")


def _set_off(text: str, start: int, end: int) -> bool:
    return bool(
        _SET_OFF_BEFORE.search(text, max(0, start - 12), start) and _SET_OFF_AFTER.match(text, end)
    )


# A weekday or "that night" named inside a month: "on a Friday evening in February",
# "that night in April 2013". Some day of that month, not the nearest Friday.
_DAY_OF = re.compile(r"^(?:wd\(\d\)|anchor\(day,0(?:,told)?\))(?P<suffix>.*)$")
_MONTH_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d\d$")


def _day_of_month(c: Candidate, template: str, following: list[Candidate], ctx: Context) -> str:
    """The value of a day that the month named right after it places ("2013-04-XXTNI"),
    or "" when no month follows. The day itself is unknown, so it anchors nothing."""
    m = _DAY_OF.match(template)
    if m is None or not following:
        return ""
    after = following[0]
    between = c.match.string[c.end : after.start]
    if after.rule.type != "DATE" or not re.fullmatch(r"\s+in\s+", between):
        return ""
    month = resolve(with_stated_year(after, following[1:]), ctx)
    return f"{month}-XX{m.group('suffix')}" if _MONTH_VALUE.match(month) else ""


def _entry_time(c: Candidate, template: str, block: str) -> bool:
    """A clock time standing alone as a block ("7 p.m." heading a live blog's entry)
    is when the entry was written, on the paper's day; not a time of the day the
    entry before told of ("Monday night's debate. ___. 4:30 p.m.")."""
    if not template.startswith("anchor(day,0,clock)"):
        return False
    said = c.match.string[c.start : c.end]
    return re.fullmatch(rf"\s*{re.escape(said)}[\s.:]*", block) is not None


# A hedge just before a date's words, which the expression leaves out.
_HEDGED = re.compile(r"\b(?:" + "|".join(sorted(HEDGES)) + r"|circa|c\.)\s+$", re.I)

# A clock time right after the day it is of ("On March 8, 2014, at 1:19 a.m.", "on
# Friday, around 3 p.m."): only a comma and a preposition between.
_AT_DAY = re.compile(r"\s*,?\s*(?:at|around|about|by|from|until|before|after|between)?\s*")
_CLOCK = "anchor(day,0,clock)"
_JOINED_TIMES = re.compile(r"\s*(?:and|to|or|-|–)\s*")


def _at_day(
    c: Candidate, template: str, before: tuple[Candidate, str] | None, day_template: str
) -> tuple[str, str] | None:
    """The template and value of a clock time `c` told right after its day (`before`,
    whose template is `day_template`): the day as it was told, which the time does not
    count from a date before but states with it, then the time ("2014-03-08T01:19",
    "near(03-09)T15:00": its year inferred as the day's was). So is the second of two
    times joined after it ("on Jan. 17, 2019, between 8 p.m. and 9 p.m."). None for
    any other."""
    if not template.startswith(_CLOCK) or before is None:
        return None
    prior, value = before
    between = c.match.string[prior.end : c.start]
    if prior.rule.type == "TIME" and not day_template.startswith(_CLOCK) and "T" in value:
        # The first time took its day from the phrase: the second, joined to it, too.
        if not _JOINED_TIMES.fullmatch(between):
            return None
        day_template = day_template.rsplit("T", 1)[0]
    elif prior.rule.type != "DATE" or granularity(value) != "day" or not _AT_DAY.fullmatch(between):
        return None
    clock = template[len(_CLOCK) :]
    return day_template + clock, value[:10] + clock


def found_in(doc: Annotated, reference: dt.date | None) -> Iterator[Found]:
    """Every temporal expression of the article, resolved, with its rule."""
    anchors: dict[str, str] = {}
    # Anchors with the sentence they were named in, counted across the article.
    recent: dict[str, tuple[str, int]] = {}
    serial = 0
    share_month_people([seg.doc for seg in doc.segments])
    share_match_story([seg.doc for seg in doc.segments])
    quotes = quoted_ranges(doc.blocks)  # what someone said, in whatever marks
    documents = DocumentTimes(quotes)  # documents quoted, and their times
    for seg in doc.segments:
        previous_sentence = -1
        text = doc.text[seg.start : seg.end]
        candidates = candidates_in(seg.doc, text)
        # A quoted tweet, e-mail or letter that states its own date is read against
        # it: its "today" is the day it was written, not the article's.
        own = own_date(doc.blocks[seg.block])
        seg_reference = own or reference
        quoted = [
            own is None
            and inside(quotes, seg.start + c.start)
            and not _set_off(doc.text, seg.start + c.start, seg.start + c.end)
            for c in candidates
        ]
        joins = joined(candidates)
        sentences = [_sentence(seg.doc, c) for c in candidates]
        timed = {sentences[j] for j, c in enumerate(candidates) if c.rule.type in ("DATE", "TIME")}
        said_at = quotation_times(seg.doc, candidates, sentences, quoted, seg_reference)
        framed = documents.quotation_times(seg, candidates, sentences, quoted, seg_reference)
        said_at = {**framed, **said_at}  # a date in the quotation's sentence first
        ahead = reported_ahead(seg.doc, candidates, sentences, quoted, seg_reference)
        said_at.update(ahead)
        before: tuple[Candidate, str] | None = None  # the candidate before, resolved
        before_template = ""
        found: list[Found] = []
        for i, c in enumerate(candidates):
            sentence = sentences[i]
            if sentence != previous_sentence:
                serial, previous_sentence = serial + 1, sentence
            template = with_stated_year(c, candidates[i + 1 : i + 2])
            template = year_before(template, c, before, seg.doc)
            template = that_month(template, c, seg.doc)
            at_day = _at_day(c, template, before, before_template)
            template = at_day[0] if at_day else template
            tense = clause_tense(seg.doc, c)
            nearby = {k: v for k, (v, at) in recent.items() if at >= serial - 1}
            at = said_at.get(i, seg_reference) if "(" in template else seg_reference
            month_or_day = bool(_MONTH_OR_DAY.match(template))
            over = tense == "past" and month_or_day and told_over(seg.doc, c)
            ahead_of = (
                i in ahead
                or marked_ahead(c)  # "come October": the next one
                or (tense == "future" and month_or_day and told_ahead(seg.doc, c))
            )
            if _entry_time(c, template, doc.blocks[seg.block].text):
                nearby, told = {}, {}
            else:
                told = dict(anchors)
            context = Context(at, tense, told, nearby, over, ahead=ahead_of)
            value = at_day[1] if at_day else ""
            value = value or _day_of_month(c, template, candidates[i + 1 : i + 3], context)
            value = value or resolve(template, context)
            kind = granularity(value)
            # Values counted from an anchor never become anchors themselves, so a
            # chain of "a year earlier" does not drift.
            if c.rule.type == "DATE" and kind and not template.startswith(_DERIVED):
                anchors.pop("clock day", None)
                # A period only forecast ("expects the fourth quarter to ...") is not
                # what later comparisons ("a year earlier") are about; a day that names
                # an event ("the 9/11 plotter") is no day a later "earlier in the day"
                # or "the same day" is of (its year still dates "before Sept. 11").
                reported = tense != "future" or period_over(value, reference)
                if (kind != "quarter" or reported) and c.rule.name != NAMED_DAY_RULE:
                    anchors[kind] = value
                if kind == "quarter" and reported:
                    anchors.setdefault("lead quarter", value)
                anchors["last"] = value
                span = tokens_in(seg.doc, (c.start, c.end))
                known = span if span is not None and len(span) else None
                parenthetic = known is not None and parenthetical(known)
                told_aside = parenthetic or (known is not None and apposed(known))
                if told_aside:
                    anchors["aside"] = value  # where the story did not move
                else:
                    anchors.pop("aside", None)
                if parenthetic:
                    anchors["parenthetical"] = value  # what a later count is not from
                else:
                    anchors.pop("parenthetical", None)
                    anchors["main"] = value
                if kind in ("day", "week"):
                    anchors.pop("moved", None)
                elif not in_passing(span, told_aside):
                    anchors["moved"] = value  # what a later "that day" may not be of
                # A year or a week the story moves to is what "the next day" is a
                # day of ("Last week, a jet fired missiles. That same day"); one in
                # passing ("Jennings, who died in 2002") is not.
                if kind in ("year", "week"):
                    if known is not None and opens_sentence(known):
                        anchors["scene"] = value
                    else:
                        anchors.pop("scene", None)
                recent[kind] = (value, serial)
                # "Sales in 2010 rose. A year earlier ..." compares 2009.
                stated_year = kind == "year" and template[:1].isdigit()
                if (kind in _PERIODS or stated_year) and reported:
                    recent["period"] = (value, serial)
            elif c.rule.type == "TIME" and some_day(value):
                # "Later that evening" of a day of December not told: the day of a
                # later "2am" or "that night", known no better.
                anchors["clock day"] = value[:10]
                anchors.pop("moved", None)
            elif c.rule.type == "TIME" and granularity(value[:10]) == "day" and "T" in value:
                # "11 a.m. Thursday": the day of a later "9 a.m." until a date is named.
                anchors["clock day"] = value[:10]
                anchors.pop("moved", None)
                if template[:1].isdigit() or template.startswith(_NAMES_A_DAY):
                    # A time that names its day ("Wednesday morning", "10 p.m., June
                    # 3") tells that day: "He left the next day" is the Thursday. Not
                    # "overnight", "this morning", whose day is counted.
                    anchors["day"] = anchors["last"] = value[:10]
            elif c.rule.type == "DURATION" and value[-1:] in ("M", "Y", "Q"):
                recent["period"] = (value, serial)
            start, end = seg.start + c.start, seg.start + c.end
            # "Three days later, as of Friday's close": a day the sentence states wins;
            # a quotation's "two days later" counts from the speaker's days, not these.
            after = text[c.end : c.end + 12] if c.rule.type == "DURATION" else ""
            after = "" if sentence in timed or quoted[i] else after
            date = TemporalExpr(
                doc.text[start:end], start, end, c.rule.type, value, c.rule.name, template,
                speech=quoted[i], joined=joins[i],
                reached=reached_day(value, after, told_last(anchors), tense, seg_reference),
                hedged=_HEDGED.search(doc.text, max(0, start - 20), start) is not None,
            )  # fmt: skip
            before, before_template = (c, value), template
            found.append(Found(date, tense))
        for i in range(len(found) - 1):
            a, b = found[i], found[i + 1]
            if joins[i] and stretch(candidates[i], candidates[i + 1]):
                va, vb = in_order(a.date.value, b.date.value, b.tense, seg_reference)
                found[i], found[i + 1] = _valued(a, va), _valued(b, vb)
            elif joins[i] and ends_in_year(candidates[i], candidates[i + 1]):
                found[i] = _valued(a, in_year_of(a.date.value, b.date.value))
        yield from found
        serial += 1


def _valued(f: Found, value: str) -> Found:
    return f if f.date.value == value else replace(f, date=replace(f.date, value=value))


def find_dates(doc: Annotated, reference: dt.date | None) -> list[TemporalExpr]:
    """Every temporal expression of the article with its TIMEX3 type and value."""
    return [f.date for f in found_in(doc, reference)]
