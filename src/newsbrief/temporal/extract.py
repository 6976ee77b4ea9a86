"""Temporal expressions of an annotated article: matched, filtered, resolved.

Each segment's text is scanned with every rule of `rules.py`; overlapping matches
are settled longest first; matches that spaCy's analysis shows are not dates are
dropped (a modal "may", a four-digit quantity, "fall" as a verb); then each value
is resolved in document order against the reference date, the tense of its clause
and the date mentioned last.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbrief.brief import DateExpr
from newsbrief.nlp import Annotated
from newsbrief.temporal import tables as T
from newsbrief.temporal.patterns import NORMALIZERS, VOCABULARY, triggers_in
from newsbrief.temporal.resolve import Context, Tense, period_over, resolve
from newsbrief.temporal.rules import RULES, Rule
from newsbrief.temporal.tense import tense_of_span
from newsbrief.temporal.values import granularity

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


@dataclass
class TemporalExpr(DateExpr):
    """A DateExpr that remembers how it was found: the rule and the underspecified
    value before resolution (a literal for dates the text states in full, a call
    such as "wd(5)" for those read against the reference date)."""

    rule: str = ""
    template: str = ""

    @property
    def relative(self) -> bool:
        """Whether the value depends on the reference date or the context."""
        return "(" in self.template


@dataclass(frozen=True)
class Found:
    """A resolved expression with the rule that found it and the tense it was read in."""

    date: TemporalExpr
    rule: str
    template: str
    tense: Tense | None


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
                or not all(w in low for w in rule.needs)
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


# --- Filters: matches that the parse shows are not temporal --------------------------

_NOT_YEAR_ENTITIES = frozenset({"MONEY", "QUANTITY", "PERCENT"})
# Words before a number that count rather than date ("more than 2000 soldiers").
_COUNTING = frozenset({"than", "about", "nearly", "almost", "some", "over", "around", "least"})
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT"})


def _tokens(doc: Doc, span: tuple[int, int] | None) -> Span | None:
    if span is None:
        return None
    return doc.char_span(span[0], span[1], alignment_mode="expand")


def _ambiguous_name(c: Candidate, doc: Doc) -> bool:
    """'may' the modal, 'march' the verb, 'sun.' and 'sat.' the words, 'May' the name."""
    for kind in ("month", "weekday"):
        text = c.group(kind)
        if text is None:
            continue
        word = text.lower().rstrip(".")
        full = kind == "weekday" and word.endswith("day")
        if not full and text[0].islower() and (word in T.AMBIGUOUS_MONTHS or kind == "weekday"):
            return True
        if kind == "month" and word in T.AMBIGUOUS_MONTHS:
            tokens = _tokens(doc, c.group_span(kind))
            if tokens is not None and len(tokens) and tokens[0].tag_ in ("MD", "VB", "VBP"):
                return True
        if kind == "month" and c.rule.name == "date_month":
            tokens = _tokens(doc, c.group_span(kind))
            if tokens is not None and any(t.ent_type_ in _NAME_ENTITIES for t in tokens):
                return True
    return False


def _quantity_year(c: Candidate, doc: Doc) -> bool:
    """'2000 soldiers', '$1990', '1990 kilometers': a number, not a year."""
    if c.rule.name != "date_year":
        return False
    tokens = _tokens(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    if any(t.ent_type_ in _NOT_YEAR_ENTITIES for t in tokens):
        return True
    after = tokens[-1].i + 1
    if after < len(doc):
        nxt = doc[after]
        if nxt.lower_ in T.NON_YEAR_NOUNS:
            return True
        if nxt.tag_ == "NNS" and tokens[0].i > 0:
            # "sent 2000 soldiers", "about 1500 people" count things; "the 1992
            # protests", "its 1989 results" are of a year.
            prev = doc[tokens[0].i - 1]
            if prev.tag_.startswith("VB") or prev.tag_ == "RB" or prev.lower_ in _COUNTING:
                return True
    return False


def _season_not_time(c: Candidate, doc: Doc) -> bool:
    """'prices fall', 'the fall of the Wall', 'spring' as a verb."""
    if c.rule.name != "date_season":
        return False
    tokens = _tokens(doc, c.group_span("season"))
    if tokens is None or not len(tokens):
        return False
    if tokens[-1].pos_ in ("VERB", "AUX"):
        return True
    after = tokens[-1].i + 1
    return after < len(doc) and doc[after].lower_ == "of"


def _ordinal_second(c: Candidate, doc: Doc) -> bool:
    """'a second term': an ordinal, not a duration of one second."""
    unit = c.group("unit")
    num = c.group("num")
    return bool(
        unit and unit.lower() == "second" and (num or "").lower() in ("a", "an", "the", "one")
    )


def _fraction(c: Candidate, doc: Doc) -> bool:
    """'three-quarters of its food', 'a quarter of the market': a share, not a time."""
    unit = c.group("unit")
    if not unit or not unit.lower().startswith("quarter"):
        return False
    if c.match.string[c.end : c.end + 4].lower() != " of ":
        return False
    num = (c.group("num") or "").lower()
    hyphenated = c.match.string[c.end - len(unit) - 1 : c.end - len(unit)] == "-"
    return hyphenated or num in ("a", "an", "one")


def _not_a_quarter(c: Candidate, doc: Doc) -> bool:
    """'the fifth quarter' is no calendar quarter."""
    ordinal = c.group("ordinal")
    return bool(
        "quarter" in c.rule.name
        and ordinal
        and NORMALIZERS["ordinal"](ordinal) not in ("1", "2", "3", "4")
    )


def _age(c: Candidate, doc: Doc) -> bool:
    """'a 6-year-old boy', '52 years old': an age, which TimeML does not mark."""
    if c.rule.type != "DURATION":
        return False
    rest = c.match.string[c.end : c.end + 5].lower()
    return rest.startswith(("-old", " old"))


_OPENING_QUOTES = ('"', "“", "``", "''", "‘")
_CLOSING_QUOTES = ('"', "”", "''", "’")


_NEXT_WORD = re.compile(r"\s+[A-Z][a-z]+")


def _quoted_title(c: Candidate, doc: Doc) -> bool:
    """'"This Week"', "''60 Minutes''", '"This Week With David Brinkley"': the title
    of a programme, not a time (a quoted title goes on in capitals, a quoted sentence
    does not: '"Monday is a holiday," he said')."""
    text = c.match.string
    words = c.match.group(0).split()
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    before = text[max(0, c.start - 2) : c.start]
    if not before.endswith(_OPENING_QUOTES):
        return False
    after = text[c.end : c.end + 3].lstrip(".,")
    return after.startswith(_CLOSING_QUOTES) or bool(_NEXT_WORD.match(text, c.end))


def _impossible_date(c: Candidate, doc: Doc) -> bool:
    """'Feb. 30, 2013', '2013-02-30': no such day."""
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", c.rule.fill(c.match, c.prefix))
    if m is None:
        return False
    try:
        dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return True
    return False


def _as_soon_as(c: Candidate, doc: Doc) -> bool:
    text = c.match.string
    if c.match.group(0).lower() != "soon":
        return False
    before = text[max(0, c.start - 3) : c.start].lower()
    return before == "as " and text[c.end : c.end + 3].lower() == " as"


def _title_today(c: Candidate, doc: Doc) -> bool:
    """'USA Today', 'VOA Today': a name ending in Today, not the day."""
    if c.match.group(0) != "Today":
        return False
    words = c.match.string[max(0, c.start - 20) : c.start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1:].isalpha()


def _future_of(c: Candidate, doc: Doc) -> bool:
    """'the future of our peoples': prospects, not a time."""
    text = c.match.string
    return c.match.group(0).lower() == "the future" and text[c.end : c.end + 4] == " of "


def _current_noun(c: Candidate, doc: Doc) -> bool:
    """'current' the noun (electric or ocean current), not the adjective."""
    if c.match.group(0).lower() != "current":
        return False
    tokens = _tokens(doc, (c.start, c.end))
    return tokens is not None and len(tokens) > 0 and tokens[0].pos_ != "ADJ"


# Each filter says why a match is dropped; all are checked against spaCy's analysis.
FILTERS: tuple[Callable[[Candidate, Doc], bool], ...] = (
    _ambiguous_name,
    _quantity_year,
    _season_not_time,
    _ordinal_second,
    _age,
    _fraction,
    _not_a_quarter,
    _quoted_title,
    _impossible_date,
    _as_soon_as,
    _current_noun,
    _future_of,
    _title_today,
)


def candidates_in(doc: Doc, text: str) -> list[Candidate]:
    """The kept, non-overlapping matches in one spaCy Doc whose text is `text`."""
    return [c for c in select(scan(text)) if not any(f(c, doc) for f in FILTERS)]


# --- Resolution in document order ------------------------------------------------

_DERIVED = ("anchor(", "inyear(")
# Granularities that name a period a later "a year earlier" may compare (a year
# named just before is more often the comparison itself: "Last year, ...").
_PERIODS = frozenset({"quarter", "half", "season", "month"})


# Phrases just before a date that put it ahead: "as soon as Tuesday".
_AHEAD = re.compile(r"\bas\s+(?:soon|early)\s+as\s*$|\bno\s+later\s+than\s*$", re.IGNORECASE)


def _tense(doc: Doc, c: Candidate) -> Tense | None:
    if _AHEAD.search(c.match.string, max(0, c.start - 20), c.start):
        return "future"
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return tense_of_span(span)


def _sentence(doc: Doc, c: Candidate) -> int:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else 0


def found_in(doc: Annotated, reference: dt.date | None) -> Iterator[Found]:
    """Every temporal expression of the article, resolved, with its rule."""
    anchors: dict[str, str] = {}
    # Anchors with the sentence they were named in, counted across the article.
    recent: dict[str, tuple[str, int]] = {}
    serial = 0
    for seg in doc.segments:
        previous_sentence = -1
        for c in candidates_in(seg.doc, doc.text[seg.start : seg.end]):
            sentence = _sentence(seg.doc, c)
            if sentence != previous_sentence:
                serial, previous_sentence = serial + 1, sentence
            template = c.rule.fill(c.match, c.prefix)
            tense = _tense(seg.doc, c)
            nearby = {k: v for k, (v, at) in recent.items() if at >= serial - 1}
            value = resolve(template, Context(reference, tense, dict(anchors), nearby))
            kind = granularity(value)
            # Values counted from an anchor never become anchors themselves, so a
            # chain of "a year earlier" does not drift.
            if c.rule.type == "DATE" and kind and not template.startswith(_DERIVED):
                # A period only forecast ("expects the fourth quarter to ...") is not
                # what later comparisons ("a year earlier") are about.
                reported = tense != "future" or period_over(value, reference)
                if kind != "quarter" or reported:
                    anchors[kind] = value
                if kind == "quarter" and reported:
                    anchors.setdefault("lead quarter", value)
                anchors["last"] = value
                recent[kind] = (value, serial)
                if kind in _PERIODS and reported:
                    recent["period"] = (value, serial)
            elif c.rule.type == "DURATION" and value[-1:] in ("M", "Y", "Q"):
                recent["period"] = (value, serial)
            start, end = seg.start + c.start, seg.start + c.end
            date = TemporalExpr(
                doc.text[start:end], start, end, c.rule.type, value, c.rule.name, template
            )
            yield Found(date, c.rule.name, template, tense)
        serial += 1


def find_dates(doc: Annotated, reference: dt.date | None) -> list[TemporalExpr]:
    """Every temporal expression of the article with its TIMEX3 type and value."""
    return [f.date for f in found_in(doc, reference)]
