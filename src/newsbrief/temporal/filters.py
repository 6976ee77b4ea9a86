"""Matches that spaCy's analysis shows are not temporal expressions.

Each filter looks at one candidate with the parse of its text and says whether to
drop it: a modal "may", a four-digit quantity ("2000 soldiers"), "fall" as a verb,
an age ("a 6-year-old"), a share ("a quarter of the market"), a day that does not
exist ("Feb. 30"), the words `senses.py` finds used in another sense ("as soon
as", "a brighter tomorrow"), the names `names.py` tells apart ("This Week", "the
Arab Spring") and the halves of a game `matches.py` finds ("The first half was very
hard")...
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.temporal import tables as T
from newsbrief.temporal.matches import match_part
from newsbrief.temporal.names import NAME_FILTERS
from newsbrief.temporal.patterns import NORMALIZERS
from newsbrief.temporal.scan import Candidate, tokens_in
from newsbrief.temporal.senses import SENSE_FILTERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOT_YEAR_ENTITIES = frozenset({"MONEY", "QUANTITY", "PERCENT"})
# Words before a number that count rather than date ("more than 2000 soldiers").
_COUNTING = frozenset({"than", "about", "nearly", "almost", "some", "over", "around", "least"})
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT"})


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
            tokens = tokens_in(doc, c.group_span(kind))
            if tokens is not None and len(tokens) and tokens[0].tag_ in ("MD", "VB", "VBP"):
                return True
        if kind == "month" and c.rule.name == "date_month":
            tokens = tokens_in(doc, c.group_span(kind))
            if tokens is not None and any(t.ent_type_ in _NAME_ENTITIES for t in tokens):
                return True
    return False


# The last digits of a telephone number ("call 202-278-2000", "1-800-555-2014").
_PHONE_TAIL = re.compile(r"(?<![\d-])(?:\d{1,3}[-.])?\d{3}[-.]\d{3}[-.]$")


# Numbers next to each other with nothing but spaces between, up to a year: a
# chart's scale and axis written out as text ("1,600 101.5 2015 2016 2017 2018").
_NUMBERS_BEFORE = re.compile(r"(?:(?<!\S)[\d.,\u2018\u2019']*\d\s+)+$")
_NUMBERS_AFTER = re.compile(r"(?:\s+[\u2018\u2019']?\d[\d.,]*(?!\S))+")


def _axis_year(c: Candidate) -> bool:
    """Whether the year `c` is one of a run of three or more bare numbers: a chart's
    axis labels left in the text, not a date."""
    text = c.match.string
    before = _NUMBERS_BEFORE.search(text, max(0, c.start - 60), c.start)
    after = _NUMBERS_AFTER.match(text, c.end, c.end + 60)
    run = len(before.group().split()) if before else 0
    return run + (len(after.group().split()) if after else 0) >= 2


def _quantity_year(c: Candidate, doc: Doc) -> bool:
    """'2000 soldiers', '$1990', '1990 kilometers', a telephone number's '2000',
    'in 1200 cases', a chart's '2015 2016 2017': a number, not a year."""
    if c.rule.name not in ("date_year", "date_old_year"):
        return False
    if _PHONE_TAIL.search(c.match.string, max(0, c.start - 12), c.start) or _axis_year(c):
        return True
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    if any(t.ent_type_ in _NOT_YEAR_ENTITIES for t in tokens):
        return True
    after = tokens[-1].i + 1
    if after < len(doc):
        nxt = doc[after]
        if c.rule.name == "date_old_year" and nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            return True  # "in 1200 cases": a count; "in 1485, at Bosworth" a year
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
    if c.rule.name not in ("date_season", "date_that_season"):
        return False
    tokens = tokens_in(doc, c.group_span("season"))
    if tokens is None or not len(tokens):
        return False
    if tokens[-1].pos_ in ("VERB", "AUX"):
        return True
    if _some_season(tokens[0]):
        return True  # "a summer camp", "a busy summer day": some season, no time of its own
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].lower_ == "of":
        return True
    if after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].lemma_ in _SEASON_THINGS:
        return True  # "a winter jacket", "summer flowers": a kind of thing, not a time
    if tokens[-1].lower_ != "fall":
        return False
    if after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].is_title:
        return True  # "Fall River", "Fall Out Boy": a name
    if tokens[-1].dep_ == "dobj" and tokens[-1].head.lemma_ == "take":
        return True  # "an ex-wife who took the fall for him": the blame
    return _a_drop(tokens[-1]) or _bare_fall(c, tokens[-1]) or _a_tumble(tokens[-1])


# What may stand between "a" and a season it makes some season ("an Indian summer",
# 'a "summer wave"', "a special spring surprise").
_BETWEEN_SOME = frozenset({"ADJ", "ADV", "PUNCT", "PROPN", "NUM"})


def _some_season(season: Token) -> bool:
    """Whether the season word `season` follows "a", "an" or "some", with at most
    describing words between."""
    i = season.i - 1
    while i >= 0 and season.doc[i].pos_ in _BETWEEN_SOME and season.i - i <= 3:
        i -= 1
    return i >= 0 and season.doc[i].lower_ in ("a", "an", "some")


# Things a season names a kind of ("winter jackets", "summer hikers", "winter
# storms"), as opposed to times in it ("the winter recess", "the summer months").
_SEASON_THINGS = frozenset(
    {"jacket", "coat", "clothes", "clothing", "wear", "boot", "dress", "fashion", "collection",
     "tire", "tyre", "flower", "bloom", "plant", "crop", "wheat", "vegetable", "fruit",
     "squash", "salad", "menu", "drink", "hiker", "tourist", "visitor", "resident", "storm",
     "weather", "snow", "rain", "home", "house", "cottage", "residence", "palace", "resort",
     "sport", "blockbuster", "song", "hit", "intern", "internship", "test", "testing",
     "tune", "jam", "fever", "air", "school", "condition"}
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


# Verbs of harm a fall is told with ("was injured in the fall", "survived the fall").
_HARM = frozenset(
    {"injure", "hurt", "die", "kill", "break", "fracture", "survive", "suffer", "wound"}
)


def _a_tumble(token: Token) -> bool:
    """'The boy's leg was injured in the fall', 'the fall from the balcony': a
    tumble, not autumn."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ not in ("the", "that"):
        return False  # "will break ground this fall": the season
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "from":
        return True
    head = token.head
    if head.pos_ == "ADP" and head.lower_ in ("in", "during", "after", "from"):
        head = head.head
    return head.lemma_.lower() in _HARM


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


_WORD = re.compile(r"[A-Za-z]+")
# Words after "quarter of" that go on to name the year it is a quarter of.
_OF_TIME = frozenset({"the", "this", "that", "last", "next", "its", "their", "fiscal", "calendar"})
# Words after "quarters of" that make the quarters a share ("three quarters of the
# country"), unless a word of time follows them ("of the past year").
_SHARE_OF = frozenset({"the", "its", "their", "his", "her", "our", "those", "these", "them", "all"})
_PERIOD_WORDS = frozenset({"year", "past", "first", "previous", "latest"})


def _fraction(c: Candidate, doc: Doc) -> bool:
    """'three-quarters of its food', 'a quarter of the market': a share, not a time;
    'this quarter of despair': a district."""
    # "the quarter", "that quarter"; not "several quarters of losses".
    the_quarter = c.rule.name in ("date_the_quarter", "date_that_quarter")
    unit = "quarter" if the_quarter else c.group("unit")
    if not unit or not unit.lower().startswith("quarter"):
        return False
    if c.match.string[c.end : c.end + 4].lower() != " of ":
        return False
    num = (c.group("num") or "").lower()
    hyphenated = c.match.string[c.end - len(unit) - 1 : c.end - len(unit)] == "-"
    if hyphenated or num in ("a", "an", "one"):
        return True
    words = _WORD.findall(c.match.string, c.end + 4, c.end + 40)
    if the_quarter:
        # "This quarter of despair", "the quarter of a century": no quarter of a
        # year ("the quarter of fiscal 1990" is one).
        return bool(words) and words[0].lower() not in _OF_TIME
    # "three quarters of the country", "of those questioned": a share of people or
    # things ("three quarters of the last four", "of the fiscal year" are quarters).
    return (
        len(words) > 1
        and words[0].lower() in _SHARE_OF
        and words[1].lower() not in _OF_TIME | _PERIOD_WORDS
    )


# Words of weather: "temperatures in the 30s Celsius", "highs in the 80s".
_WEATHER = frozenset(
    {"temperature", "celsius", "fahrenheit", "degree", "degrees", "forecast", "weather", "highs",
     "lows"}
)  # fmt: skip


def _temperature(c: Candidate, doc: Doc) -> bool:
    """'temperatures in the 30s Celsius': degrees, not the 1930s."""
    if c.rule.name not in ("date_decade_short", "date_decade_word"):
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    return tokens is not None and any(
        t.lemma_.lower() in _WEATHER or t.lower_ in _WEATHER for t in tokens.sent
    )


def _not_a_day(c: Candidate, doc: Doc) -> bool:
    """'the last day of the trial', 'in this day and age', 'to this day': a final
    day, an era and "still", not yesterday or today (news says "yesterday")."""
    if c.rule.name != "date_dir_unit" or (c.group("calunit") or "").lower() != "day":
        return False
    if NORMALIZERS["dir"](c.group("dir") or "this") == "-1":
        return True
    text = c.match.string
    return (
        text[c.end : c.end + 8] == " and age"
        or text[max(0, c.start - 3) : c.start].lower() == "to "
    )


def _some_weekday(c: Candidate, doc: Doc) -> bool:
    """'on a Monday morning', 'a way to spend a Sunday evening', 'any Friday':
    some such day, none the story names. Not 'a Tuesday deadline', 'in a Friday
    interview': a weekday before its noun is news style for the day it was; nor
    'on a Friday evening in February', some day of that month (`extract.py`)."""
    weekday = c.group_span("weekday")
    if weekday is None or weekday[0] != c.start:
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or not len(tokens) or tokens.start == 0:
        return False
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lower_ in ("in", "of")):
        return False
    # "any other Tuesday" tells that the story's day was one: only "any" alone.
    return doc[tokens.start - 1].lower_ in ("a", "an", "any", "another")


# After "the last week of": words that keep it a time ("the last week of the
# year", "of March" is another rule's).
_OF_A_TIME = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|last\s+)?(?:year|month|week|quarter|season|decade|century)\b"
)
_OF_WHAT = re.compile(r"\s+of\s+(?P<next>\S+(?:\s+\S+)?)")


def _part_of_a_thing(c: Candidate, doc: Doc) -> bool:
    """'the last week of Jesus' life', 'the last year of US involvement': the end
    of a life, a holiday or a war, not the week or year before the article's ("the
    last year of US$2.7 billion" is a profit of the past year)."""
    if c.rule.name != "date_dir_unit" or NORMALIZERS["dir"](c.group("dir") or "this") != "-1":
        return False
    text = c.match.string
    if not c.match.group(0).lower().startswith("the ") or _OF_A_TIME.match(text, c.end):
        return False
    m = _OF_WHAT.match(text, c.end)
    return m is not None and not re.search(r"[\d$€£¥]", m.group("next"))


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


# Each filter says why a match is dropped; all are checked against spaCy's analysis.
FILTERS: tuple[Callable[[Candidate, Doc], bool], ...] = (
    _ambiguous_name,
    _quantity_year,
    _season_not_time,
    match_part,
    _ordinal_second,
    _age,
    _fraction,
    _not_a_quarter,
    _not_a_day,
    _some_weekday,
    _part_of_a_thing,
    _temperature,
    _impossible_date,
    *SENSE_FILTERS,
    *NAME_FILTERS,
)
