"""Matches that spaCy's analysis shows are not temporal expressions.

Each filter looks at one candidate with the parse of its text and says whether to
drop it: a modal "may", a four-digit quantity ("2000 soldiers"), "fall" as a verb,
an age ("a 6-year-old"), a share ("a quarter of the market"), a programme's title
("This Week", "Friday Night Lights"), a day that does not exist ("Feb. 30")...
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.temporal import tables as T
from newsbrief.temporal.patterns import NORMALIZERS
from newsbrief.temporal.scan import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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


# The last digits of a telephone number ("call 202-278-2000", "1-800-555-2014").
_PHONE_TAIL = re.compile(r"(?<![\d-])(?:\d{1,3}[-.])?\d{3}[-.]\d{3}[-.]$")


def _quantity_year(c: Candidate, doc: Doc) -> bool:
    """'2000 soldiers', '$1990', '1990 kilometers', a telephone number's '2000': a
    number, not a year."""
    if c.rule.name != "date_year":
        return False
    if _PHONE_TAIL.search(c.match.string, max(0, c.start - 12), c.start):
        return True
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
    """'prices fall', 'the fall of the Wall', 'spring' as a verb, 'a summer camp'."""
    if c.rule.name != "date_season":
        return False
    tokens = _tokens(doc, c.group_span("season"))
    if tokens is None or not len(tokens):
        return False
    if tokens[-1].pos_ in ("VERB", "AUX"):
        return True
    if tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in ("a", "an"):
        return True  # "a summer camp", "an autumn day": some season, no time of its own
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].lower_ == "of":
        return True
    if after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].lemma_ in _SEASON_THINGS:
        return True  # "a winter jacket", "summer flowers": a kind of thing, not a time
    if tokens[-1].lower_ != "fall":
        return False
    if after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].is_title:
        return True  # "Fall River", "Fall Out Boy": a name
    return _a_drop(tokens[-1]) or _bare_fall(c, tokens[-1])


# Things a season names a kind of ("winter jackets", "summer hikers", "winter
# storms"), as opposed to times in it ("the winter recess", "the summer months").
_SEASON_THINGS = frozenset(
    {"jacket", "coat", "clothes", "clothing", "wear", "boot", "dress", "fashion", "collection",
     "tire", "tyre", "flower", "bloom", "plant", "crop", "wheat", "vegetable", "fruit",
     "squash", "salad", "menu", "drink", "hiker", "tourist", "visitor", "resident", "storm",
     "weather", "snow", "rain", "home", "house", "cottage", "residence", "palace", "resort",
     "sport", "blockbuster", "song", "hit", "intern", "internship"}
)  # fmt: skip


# Words before a bare "fall" that make it the season ("in fall", "by fall").
_FALL_OPENERS = frozenset(
    {"in", "by", "until", "till", "since", "during", "through", "before", "after", "the",
     "this", "last", "next", "that", "each", "every", "early", "late", "mid"}
)  # fmt: skip


def _bare_fall(c: Candidate, token: Token) -> bool:
    """'saw their credit ratings fall': "fall" with nothing before it that news puts
    before the season, and no year after it, is the verb the parse took for a noun."""
    if c.match.group(0).strip().lower() != "fall" or token.i == 0 or token.is_sent_start:
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.like_num:
        return False  # "fall 2008"
    return doc[token.i - 1].lower_ not in _FALL_OPENERS


def _a_drop(token: Token) -> bool:
    """'a large fall in the index', 'a 9% fall': a drop, not autumn (which news calls
    "this fall", "in the fall", "fall 2008")."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "in":
        return True
    before = doc[max(0, token.i - 3) : token.i]
    return any(t.lower_ in ("a", "an") or t.text == "%" or t.like_num for t in before)


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


# A quoted title goes on in capitals, after a subtitle's colon too ("2001: A
# Space Odyssey").
_NEXT_WORD = re.compile(r":\s+[A-Z]|\s+[A-Z][a-z]+")
_TITLE_LEAD = re.compile(r"(?:[A-Z][\w'-]*\s+){1,3}$")


def _quoted_title(c: Candidate, doc: Doc) -> bool:
    """'"This Week"', "''60 Minutes''", '"Black September"': the title
    of a programme, not a time (a quoted title goes on in capitals, a quoted sentence
    does not: '"Monday is a holiday," he said')."""
    text = c.match.string
    words = c.match.group(0).split()
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    # '"Black September"': capitalized words of the title may come first; not
    # before a weekday, which they name ('"Selection Sunday"', '"Super Tuesday"').
    lead = None
    if c.group("weekday") is None:
        lead = _TITLE_LEAD.search(text, max(0, c.start - 40), c.start)
    opening = lead.start() if lead is not None else c.start
    before = text[max(0, opening - 2) : opening]
    if not before.endswith(_OPENING_QUOTES):
        return False
    # '"Today\'s" Natalie Morales': the programme's possessive sits inside the quotes.
    after = re.sub(r"^['’]s", "", text[c.end : c.end + 5]).lstrip(".,")
    return after.startswith(_CLOSING_QUOTES) or bool(_NEXT_WORD.match(text, c.end))


def _impossible_date(c: Candidate, doc: Doc) -> bool:
    """'Feb. 30, 2013', '2013-02-30': no such day."""
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", c.template())
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
    """'USA Today', 'VOA Today', 'BBC Radio 4 Today': a name ending in Today, not
    the day."""
    if c.match.group(0) != "Today":
        return False
    words = c.match.string[max(0, c.start - 20) : c.start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1:].isalnum()


# Nouns that a capitalized date-like word names: "the Today programme", "the
# Tonight Show", "the Sunday paper".
_WORK_NOUNS = frozenset(
    {"programme", "program", "show", "newspaper", "paper", "edition", "broadcast",
     "magazine", "podcast", "series", "bulletin", "Show", "Programme", "Program"}
)  # fmt: skip
_NEXT = re.compile(r"\s+(\w+)")


def _work_title(c: Candidate, doc: Doc) -> bool:
    """'the Today programme', 'The Tonight Show': the name of a work, not a time."""
    words = c.match.group(0).split()
    if not all(w[:1].isupper() for w in words):
        return False
    m = _NEXT.match(c.match.string, c.end)
    return m is not None and m.group(1) in _WORK_NOUNS


def _titled_part_of_day(c: Candidate, doc: Doc) -> bool:
    """'Friday Night Lights', 'Monday Night Football', 'Saturday Night Live': a part
    of the day written in capitals inside a name that goes on in capitals is the
    name of a work, not a time (prose writes 'Friday night'; a headline in title
    case is no sentence to go on in)."""
    words = c.match.group(0).split()
    if len(words) < 2 or words[-1].lower() not in T.PARTS_OF_DAY:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    m = _NEXT.match(c.match.string, c.end)
    if m is None or not m.group(1)[:1].isupper() or m.group(1).lower() in T.PARTS_OF_DAY:
        return False
    tokens = _tokens(doc, (c.start, m.end()))
    # Not a headline: the words before the match are not in capitals too.
    return tokens is not None and len(tokens) > 0 and not _title_case_line(tokens)


def _title_case_line(tokens: Span) -> bool:
    """Whether the words before `tokens` in its sentence are all capitalized."""
    sent = tokens.sent
    before = [t for t in sent if t.i < tokens.start and t.is_alpha]
    return len(before) > 0 and all(t.text[:1].isupper() for t in before)


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


# Words of a match told in halves: "a second half penalty", "scored twice in the
# second half". A bare half of a year is business news ("profit for the first half",
# "its goal for the second half"), so a goal or a display counts only right after
# the half ("first half goals", "a first half display").
_MATCH_WORDS = frozenset(
    {"penalty", "brace", "substitution", "foul", "possession", "equalizer", "equaliser", "header",
     "striker", "goalkeeper", "keeper", "midfielder", "stoppage", "referee", "halftime",
     "touchdown", "inning", "quarterback", "kickoff", "match", "score"}
)  # fmt: skip


def _match_half(c: Candidate, doc: Doc) -> bool:
    """'the first half' of a match, which its sentence says is one ("First half goals
    from Fellaini and Rooney ended the match"), is no half of a year."""
    if c.rule.name != "date_half":
        return False
    tokens = _tokens(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].lemma_.lower() in ("goal", "display"):
        return True
    return any(t.lemma_.lower() in _MATCH_WORDS for t in tokens.sent)


def _weekday_school(c: Candidate, doc: Doc) -> bool:
    """'Sunday school classes', 'a Saturday school': a school, not a day."""
    span = c.group_span("weekday")
    if span is None or span[1] != c.end:
        return False
    return bool(re.match(r"\s+schools?\b", c.match.string[c.end : c.end + 9], re.IGNORECASE))


# Things named after a holiday: "Christmas trees" from Oregon are no date.
_HOLIDAY_THINGS = frozenset(
    {"tree", "card", "carol", "decoration", "light", "present", "gift", "jumper", "sweater",
     "stocking", "ornament", "cracker", "pudding", "song", "album", "movie", "film", "egg",
     "costume", "candy", "bunny", "pumpkin", "turkey"}
)  # fmt: skip


def _holiday_thing(c: Candidate, doc: Doc) -> bool:
    """'Christmas trees', 'Easter eggs', 'the Easter Rising': a thing, not a day."""
    if c.rule.name != "date_holiday":
        return False
    tokens = _tokens(doc, (c.start, c.end))
    if tokens is None or not len(tokens) or tokens[-1].i + 1 >= len(doc):
        return False
    nxt = doc[tokens[-1].i + 1]
    if nxt.pos_ == "PROPN" and nxt.is_title and nxt.lower_ not in _HOLIDAY_TIMES:
        return True  # "the 1916 Easter Rising", "Christmas Island": a name
    return nxt.pos_ == "NOUN" and nxt.lemma_.lower() in _HOLIDAY_THINGS


# Words after a holiday that keep it a time ("Christmas Eve", "Easter Monday").
_HOLIDAY_TIMES = frozenset(
    {"day", "eve", "weekend", "week", "morning", "night", "sunday", "monday", "break",
     "holiday", "holidays", "season", "period"}
)  # fmt: skip


# Each filter says why a match is dropped; all are checked against spaCy's analysis.
FILTERS: tuple[Callable[[Candidate, Doc], bool], ...] = (
    _ambiguous_name,
    _quantity_year,
    _season_not_time,
    _holiday_thing,
    _match_half,
    _weekday_school,
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
    _work_title,
    _titled_part_of_day,
)
