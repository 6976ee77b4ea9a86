"""Matches that name a work, a thing or an event rather than a time.

A programme's title ("This Week", "the Today programme", "Friday Night Lights"),
a thing named after a holiday ("Christmas trees"), a school ("Sunday school"), an
event named by a season, a month or a weekday ("the Arab Spring", "March Madness",
"Bloody Sunday"), an award ("Player of the Year"), a march ("the March on
Washington"): each filter says whether to drop one candidate, with the parse of
its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.lexicon import HONORIFICS
from newsbrief.temporal import tables as T
from newsbrief.temporal.capitals import NAMED_MONTH_WORDS, TIME_OPENERS, headline, month_person
from newsbrief.temporal.scan import Candidate, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_OPENING_QUOTES = ('"', "“", "``", "''", "‘")
_CLOSING_QUOTES = ('"', "”", "''", "’")


# A quoted title goes on in capitals, after a subtitle's colon too ("2001: A
# Space Odyssey").
_NEXT_WORD = re.compile(r":\s+[A-Z]|\s+[A-Z][a-z]+")
_TITLE_LEAD = re.compile(r"(?:[A-Z][\w'-]*\s+){1,3}$")
# A closing quote copied with a space before it ('"White Christmas "(by Irving
# Berlin)'): punctuation, not a word, follows it.
_SPACED_CLOSE = re.compile(r"\s+[\"”](?![\w\s])")


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
    return (
        after.startswith(_CLOSING_QUOTES)
        or bool(_SPACED_CLOSE.match(after))
        or bool(_NEXT_WORD.match(text, c.end))
    )


def _title_today(c: Candidate, doc: Doc) -> bool:
    """'USA Today', 'USA TODAY', 'BBC Radio 4 Today', 'CNN Tonight': a name ending in
    Today or Tonight, not the day (in capitals only among words that are not: not
    in a shouted headline)."""
    text, word = c.match.string, c.match.group(0)
    around = text[max(0, c.start - 40) : c.end + 40]
    if word not in ("Today", "Tonight") and (
        word not in ("TODAY", "TONIGHT") or not any(ch.islower() for ch in around)
    ):
        return False
    words = text[max(0, c.start - 20) : c.start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1:].isalnum()


# Nouns that a capitalized date-like word names: "the Today programme", "the
# Tonight Show", "the Sunday paper".
_WORK_NOUNS = frozenset(
    {"programme", "program", "show", "newspaper", "paper", "edition", "broadcast",
     "magazine", "podcast", "series", "bulletin", "Show", "Programme", "Program"}
)  # fmt: skip
_NEXT = re.compile(r"\s+(\w+)")


def _work_title(c: Candidate, doc: Doc) -> bool:
    """'the Today programme', 'The Tonight Show': the name of a work, not a time.
    A title follows what opens a noun phrase ("the", "NBC's", "Radio 4") or opens
    its sentence; after another word the noun is a verb ("photos published on
    Monday show Fidel Castro")."""
    words = c.match.group(0).split()
    if not all(w[:1].isupper() for w in words):
        return False
    m = _NEXT.match(c.match.string, c.end)
    if m is None or m.group(1) not in _WORK_NOUNS:
        return False
    before = c.match.string[max(0, c.start - 40) : c.start]
    return not before.strip() or _TITLE_OPENER.search(before) is not None


# What a title follows: what opens a noun phrase ("the", "NBC's", "Radio 4"), a
# quotation mark or a dash.
_TITLE_OPENER = re.compile(
    r"(?:(?i:\b(?:the|an?|his|her|their|its|our|my|your|this|that))|\b[A-Z]\S*|\d|['’]s|[^\w\s])\s+$"
)


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
    if m is not None and m.group(1).lower() in T.PARTS_OF_DAY:
        return False
    return _name_goes_on(c, doc, m)


def _name_goes_on(c: Candidate, doc: Doc, after: re.Match[str] | None) -> bool:
    """Whether the word `after` the match is in capitals and the words up to it are
    no headline (where every word is): a name that goes on past the date's words."""
    if after is None or not after.group(1)[:1].isupper():
        return False
    tokens = tokens_in(doc, (c.start, after.end()))
    return tokens is not None and len(tokens) > 0 and not headline(tokens)


def _weekday_school(c: Candidate, doc: Doc) -> bool:
    """'Sunday school classes', 'a Saturday school', 'dressed in their Sunday best':
    a school or clothes, not a day."""
    span = c.group_span("weekday")
    if span is None or span[1] != c.end:
        return False
    after = c.match.string[c.end : c.end + 9]
    return bool(re.match(r"\s+(?:schools?|best)\b", after, re.IGNORECASE))


# Things named after a holiday: "Christmas trees" from Oregon are no date, nor is
# a work ("the Christmas classic Home Alone") or a party held some day around it.
_HOLIDAY_THINGS = frozenset(
    {"tree", "card", "carol", "decoration", "light", "present", "gift", "jumper", "sweater",
     "stocking", "ornament", "cracker", "pudding", "song", "album", "movie", "film", "egg",
     "costume", "candy", "bunny", "pumpkin", "turkey", "classic", "special", "comedy",
     "episode", "story", "book", "ad", "advert", "list", "party", "market", "spirit", "dish",
     "recipe", "menu", "treat", "tradition", "theme"}
)  # fmt: skip


def _holiday_thing(c: Candidate, doc: Doc) -> bool:
    """'Christmas trees', 'Easter eggs', 'the Easter Rising', 'Challenger, Gray &
    Christmas', 'Independence Day 2': a thing or a name, not a day."""
    if c.rule.name != "date_holiday":
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    if any(t.ent_type_ == "ORG" for t in tokens):
        return True  # a firm's name: spaCy tags no holiday as an organization
    if tokens[-1].i + 1 >= len(doc):
        return False
    nxt = doc[tokens[-1].i + 1]
    if nxt.is_digit and len(nxt.text) <= 2 and not _counts_units(nxt):
        return True  # "Independence Day 2": a sequel's number, where a year would be
    if nxt.pos_ == "PROPN" and nxt.is_title and nxt.lower_ not in _HOLIDAY_TIMES:
        return True  # "the 1916 Easter Rising", "Christmas Island": a name
    # "Thanksgiving side dishes": the noun a compound after it leads to counts too.
    nouns = [nxt, nxt.head] if nxt.dep_ == "compound" and nxt.head.i > nxt.i else [nxt]
    return nxt.pos_ == "NOUN" and any(n.lemma_.lower() in _HOLIDAY_THINGS for n in nouns)


def _counts_units(number: Token) -> bool:
    """Whether a unit of time follows `number` ("2 years ago")."""
    nxt = number.nbor() if number.i + 1 < len(number.doc) else None
    return nxt is not None and nxt.lower_ in T.UNIT_FORMS


# Words after a holiday that keep it a time ("Christmas Eve", "Easter Monday").
_HOLIDAY_TIMES = frozenset(
    {"day", "eve", "weekend", "week", "morning", "night", "sunday", "monday", "break",
     "holiday", "holidays", "season", "period"}
)  # fmt: skip


_NEXT_TWO = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _titled_month(c: Candidate, doc: Doc) -> bool:
    """'Ms. December', 'Mr. March': a month after a person's title is a name."""
    if c.rule.name != "date_month":
        return False
    words = c.match.string[max(0, c.start - 8) : c.start].split()
    return bool(words) and words[-1].rstrip(".").lower() in HONORIFICS


def _named_month(c: Candidate, doc: Doc) -> bool:
    """'March Madness pools', 'the October Revolution': a month in a name, not a
    time ("In March Revolution Square was shut": the name goes on, so the month is
    a time)."""
    words = c.match.group(0).split()
    if not words or words[-1].lower().rstrip(".") not in T.MONTHS:
        return False
    m = _NEXT_TWO.match(c.match.string, c.end)
    if m is None or m.group(1) not in NAMED_MONTH_WORDS:
        return False
    return not (m.group(2) or "")[:1].isupper()


# Words after a weekday in capitals that name a newspaper ("the Sunday Times") or a
# place ("outside Monday Market", "the Friday Mosque"), and the papers named "... on
# Sunday".
_NAME_WORDS = frozenset(
    {"Times", "Telegraph", "Mirror", "Express", "People", "Herald", "Post", "Independent",
     "Mail", "Tribune", "Sport", "Star", "Observer", "Standard", "Journal", "Record",
     "Market", "Mosque", "School", "Street", "Road"}
)  # fmt: skip
_PAPER_ON_SUNDAY = re.compile(r"\b(?:Mail|Independent)\s+on\s+$")


def _newspaper(c: Candidate, doc: Doc) -> bool:
    """'the Sunday Times', 'The Mail on Sunday', 'Monday Market': a newspaper or a
    place, not the day ("On Sunday Times Square was packed" is the day)."""
    weekday = c.group("weekday")
    if weekday is None or c.group_span("weekday") != (c.start, c.end) or not weekday.istitle():
        return False
    text = c.match.string
    before = text[max(0, c.start - 20) : c.start]
    if weekday.lower() == "sunday" and _PAPER_ON_SUNDAY.search(before):
        return True
    m = _NEXT.match(text, c.end)
    if m is None or m.group(1) not in _NAME_WORDS:
        return False
    words = before.split()
    return not words or words[-1].lower() not in TIME_OPENERS


# Words that, before a weekday in capitals, name a day of history or of trade
# ("Bloody Sunday", "Black Monday", "Black Friday", "Cyber Monday"): which day the
# name means is no matter of tense, and the nearest such weekday is a guess. Names
# of the coming or last such day ("Super Tuesday", "Selection Sunday") stay days.
_NAMED_DAY_WORDS = frozenset({"bloody", "black", "cyber", "blue"})


def _named_day(c: Candidate, doc: Doc) -> bool:
    """'Bloody Sunday', 'Black Friday': a name, not the weekday."""
    span = c.group_span("weekday")
    weekday = c.group("weekday")
    if span is None or weekday is None or span[0] != c.start or not weekday[:1].isupper():
        return False
    words = c.match.string[max(0, c.start - 12) : c.start].split()
    word = words[-1].lstrip("\"“‘'`") if words else ""  # '"Bloody Sunday"'
    return word[:1].isupper() and word.lower() in _NAMED_DAY_WORDS


# Capitalized words before a season that still tell its time ("Last Spring").
_SEASON_TIME_WORDS = frozenset(
    {"last", "next", "this", "that", "early", "late", "mid", "every", "each", "coming",
     "past", "previous", "following"}
)  # fmt: skip


def _named_season(c: Candidate, doc: Doc) -> bool:
    """'the Arab Spring', 'the Prague Spring', 'post-Arab Spring days': a season in
    capitals after a name's word is an event's name (prose writes the time of year
    in small letters: "this spring"); not in a headline, where every word is
    capitalized."""
    if c.rule.name != "date_season":
        return False
    span = c.group_span("season")
    season = c.group("season")
    if span is None or season is None or span[0] != c.start or not season[:1].isupper():
        return False
    tokens = tokens_in(doc, span)
    if tokens is None or not len(tokens) or tokens[0].i == 0:
        return False
    before = doc[tokens[0].i - 1]
    if not before.is_title or before.pos_ not in ("PROPN", "ADJ"):
        return False
    # A sentence's first word is in capitals anyway: a name only when the model
    # takes it for one ("Arab Spring wasn't supposed to turn out like this").
    if before.is_sent_start and before.ent_type_ not in _NAME_TYPES:
        return False
    return before.lower_ not in _SEASON_TIME_WORDS and not headline(tokens)


_NAME_TYPES = frozenset({"NORP", "GPE", "LOC", "ORG", "EVENT"})
_NEXT_ON_LINE = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _titled_season(c: Candidate, doc: Doc) -> bool:
    """'the Winter Olympics', '"Captain America: The Winter Soldier"', 'the Winter
    Dance Party': a season in capitals before a word in capitals names an event or a
    work, not a time of year (prose writes "the winter storms"); not in a headline,
    where every word is capitalized."""
    season, span = c.group("season"), c.group_span("season")
    if c.rule.name != "date_season" or season is None or span is None:
        return False
    if span[1] != c.end or not season[:1].isupper():
        return False
    return _name_goes_on(c, doc, _NEXT_ON_LINE.match(c.match.string, c.end))


_TITLE_BEFORE_OF = re.compile(r"\b[A-Z][\w'-]*\s+of\s+$")


def _award_year(c: Candidate, doc: Doc) -> bool:
    """'Player of the Year', 'the 2014 Military Photographer of the Year competition':
    an award's name, not the current year."""
    if c.match.group(0).lower() != "the year":
        return False
    before = c.match.string[max(0, c.start - 40) : c.start]
    if c.match.group(0) == "the Year":
        return bool(_TITLE_BEFORE_OF.search(before))
    m = _AWARD_BEFORE_OF.search(before)  # "a national player of the year candidate"
    return m is not None and m.group(1).lower() in _AWARDED


_AWARD_BEFORE_OF = re.compile(r"\b(\w+)\s+of\s+$")
# Who or what is named "... of the year" in small letters too.
_AWARDED = frozenset(
    {"player", "coach", "rookie", "manager", "athlete", "sportsman", "sportswoman"}
)


_MARCH_ON = re.compile(r"\s+(?:on|to|for|against|from)\s+(\w+)")


def _a_march(c: Candidate, doc: Doc) -> bool:
    """'the March on Washington', 'a March for Our Lives': a march, not the month
    ("the March to June quarter" is months)."""
    if c.rule.name != "date_month" or c.match.group(0) != "March":
        return False
    if not re.search(r"\b(?:the|a)\s+$", c.match.string[max(0, c.start - 5) : c.start]):
        return False
    m = _MARCH_ON.match(c.match.string, c.end)
    return m is not None and m.group(1).lower().rstrip(".") not in T.MONTHS


def _the_short_weekday(c: Candidate, doc: Doc) -> bool:
    """'The Sun', 'the SAT': a short weekday after "the" is a name; news writes
    "Sunday" or "Sun., March 3"."""
    weekday = c.group("weekday")
    if (
        weekday is None
        or weekday.lower().endswith("day")
        or c.group_span("weekday") != (c.start, c.end)
    ):
        return False
    return c.match.string[max(0, c.start - 4) : c.start].lower() == "the "


# Times of day that, in capitals inside a sentence and before a name's next word,
# are part of the name ("the Midnight Mission", "Morning Joe", "Today's Parent").
_DAY_TIMES = frozenset(T.PARTS_OF_DAY) | {"midnight", "noon", "tonight", "today"}


def _named_time(c: Candidate, doc: Doc) -> bool:
    """'the Midnight Mission', "Maclean's, Today's Parent": a time of day or
    "Today" in capitals within a name, past the sentence's first word."""
    word = c.match.group(0)
    if not word[:1].isupper() or word.lower() not in _DAY_TIMES:
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or len(tokens) != 1 or tokens[0].is_sent_start:
        return False
    after = tokens[0].i + 1
    if after < len(doc) and doc[after].lower_ in ("'s", "’s"):
        after += 1
    if after >= len(doc) or not doc[after].is_title or doc[after].pos_ not in ("PROPN", "NOUN"):
        return False
    return doc[after].lower_ not in T.WEEKDAYS and not headline(tokens)


NAME_FILTERS: tuple[Callable[[Candidate, Doc], bool], ...] = (
    _quoted_title,
    _title_today,
    _work_title,
    _titled_part_of_day,
    _weekday_school,
    _holiday_thing,
    _named_day,
    _named_season,
    _titled_season,
    _titled_month,
    _named_month,
    month_person,
    _newspaper,
    _award_year,
    _a_march,
    _the_short_weekday,
    _named_time,
)
