"""Which clause a date belongs to, and whether it dates the clause at all.

A date found in a clause does not always date the clause's event: it may be a
bound ("by 1994", "until March 20": `bounds.py`), the time of a noun's thing ("the 1991
agreement", "the earthquake last month will result in a charge"), or of one member
of a list ("attacks, including one on Monday"). Such dates anchor no clause: a row
dated by them would show the date of something else. Dates the clause's tense or
aspect rules out are `conflicts.py`'s; dates of what the event is compared with
("up from $10 million a year ago") are `comparisons.py`'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.events.bounds import bound, followed, preposition_over
from newsbrief.events.moments import time_passing
from newsbrief.events.participles import a_picture
from newsbrief.events.roles import dates_a_role
from newsbrief.temporal import (
    NAMED_DAY_RULE,
    TemporalExpr,
    granularity,
    of_a_source,
    opens_sentence,
    opens_speech,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies of a year that modifies the noun after it ("the 1991 agreement",
# "a member of the 1953 team", "a 1997 attack").
YEAR_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "npadvmod"})

# Nouns of a stretch of time: a year modifying one names the time of the clause
# ("won the title in the 2013 season", "profits fell in the 2012 financial year"),
# not of a thing.
TIME_NOUNS = frozenset(
    {"season", "year", "term", "period", "quarter", "half", "semester", "session",
     "decade", "century", "era"}
)  # fmt: skip

# Nouns of what happens at a time, as news names them.
EVENT_NOUNS = frozenset(
    {"attack", "assault", "bombing", "shooting", "crash", "collapse", "explosion", "blast",
     "earthquake", "quake", "storm", "flood", "hurricane", "war", "invasion", "hijacking", "coup",
     "uprising", "revolution", "riot", "massacre", "strike", "protest", "election", "vote",
     "referendum", "meeting", "talks", "summit", "visit", "trip", "conference", "agreement",
     "accord", "deal", "treaty", "pact", "settlement", "merger", "acquisition", "takeover",
     "purchase", "sale", "buyout", "recapitalization", "restructuring", "bankruptcy",
     "launch", "announcement", "decision", "ruling", "verdict", "trial", "indictment",
     "arrest", "conviction", "execution", "assassination", "kidnapping", "resignation",
     "appointment", "inauguration", "ceremony", "speech", "debate", "hearing", "raid",
     "rescue", "evacuation", "ceasefire", "truce", "withdrawal", "surrender", "default",
     "devaluation", "shutdown", "outage", "spill", "recall", "accident", "disaster",
     "victory", "defeat", "offering", "flight", "release", "signing", "approval", "rally",
     "poisoning", "killing", "murder", "stabbing", "beheading", "annexation", "crackdown",
     "battle", "clash", "fight", "match", "opening", "incident"}
)  # fmt: skip

# Forms of those nouns that name an amount: "fiscal 1989 sales of $155 million".
AMOUNTS = frozenset({"sales"})


def event_noun(span: Span) -> Token | None:
    """The noun whose event the date `span` names the time of, written before it
    ("the 1991 agreement", "Friday's purchases", "the Feb. 23 accord")."""
    root = span.root
    noun = root.head
    if noun == root or noun.i < span.end or noun.pos_ != "NOUN":
        return None
    if root.dep_ not in ("compound", "amod", "nmod", "nummod", "poss", "npadvmod"):
        return None
    if noun.lower_ in AMOUNTS:
        return None
    return noun if {noun.lemma_.lower(), noun.lower_} & EVENT_NOUNS else None


def of_something_else(date: TemporalExpr, span: Span) -> bool:
    """Whether `date` (its words `span`) tells the time of something other than the
    event of its clause: a noun's (`dates_a_noun`), a bound's (`bound`), one the
    event followed (`followed`), a count's start (`counted_from`), a source's
    ("according to Friday's release"), a photograph's (`a_picture`) or a
    person's role's (`dates_a_role`)."""
    return (
        dates_a_noun(date, span.root)
        or _its_nouns_own(date, span)
        or bound(span)
        or followed(date, span)
        or counted_from(date, span)
        or of_a_source(span.root)
        or a_picture(span)
        or dates_a_role(span)
    )


# Units a count before "after" or "before" counts in, and the granularities of
# dates, ranked alike: a count of a unit no finer than its date's moves the event
# off that date.
_UNIT_RANKS = {"hour": 0, "day": 1, "week": 2, "month": 3, "year": 4, "decade": 5}
_GRANULARITY_RANKS = {"day": 1, "week": 2, "month": 3, "season": 3, "quarter": 3, "year": 4}


def counted_from(date: TemporalExpr, span: Span) -> bool:
    """Whether the date names a thing a count runs from ("11 years after the
    September 11 attacks", "two weeks after the December 20 ambush", "on the day
    after Monday's debate", where the parse hangs "after" from "day"): the event is
    that long off the date, not at it. A count finer than the date leaves it the
    event's ("the day after the slaying in 2013", "two hours after the arrest on
    June 26"). A time of day is finer than any unit counted: "left four hours
    after its scheduled 9:45 a.m. departure" is not at 9:45."""
    grain = -1 if "T" in date.value else _GRANULARITY_RANKS.get(granularity(date.value) or "")
    if grain is None:
        return False
    found = preposition_over(span, ("after", "before"))
    if found is None:
        return False
    count = next((c for c in found[0].children if c.dep_ == "npadvmod"), found[0].head)
    unit = _UNIT_RANKS.get(count.lemma_.lower())  # "two weeks after", "the day after"
    return unit is not None and unit >= grain


def dates_a_noun(date: TemporalExpr, root: Token) -> bool:
    """Whether `date` is a bare year modifying the noun after it ("the 1953 team"),
    or the name before it ("Steve Jobs 1955-2011"), or a day named by its date that
    tells the noun's kind ("9/11 families").
    (Any date in a noun's modifier slot, "a third-quarter loss", was measured too:
    on the development set it cost more right dates than wrong ones, for the noun
    is often the event itself.)"""
    year = date.value.isdigit() and len(date.value) == 4
    first = root
    while first.head.i < first.i and first.head.tag_ == "CD":
        first = first.head  # "1955-2011": the range's first year
    if year and first.dep_ == "nummod" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        return True  # "Steve Jobs 1955-2011", "Euro 2016": a year after a name is part of it
    head = first.head  # "the 2018-2022 capital program": the range's noun
    if head == first or head.pos_ not in ("NOUN", "PROPN") or head.i < first.i:
        return False
    if first.i and first.doc[first.i - 1].pos_ == "ADP" and first.i - 1 == first.sent.start:
        return False  # "From 2012-2014 black drivers were": the opening preposition's
    if head.lemma_.lower() in TIME_NOUNS:
        return False
    if date.rule == NAMED_DAY_RULE:
        return names_a_kind(first)
    return year and first.dep_ in YEAR_MODIFIER_DEPS


# Prepositions that put a clause in the time of the event noun they govern: "In a
# July 16 press conference, Jobs said", "killed during the December 16 attack";
# and nouns of part of that day ("on the morning of the July 21 attack").
_WITHIN = frozenset({"in", "at", "during", "on", "amid", "throughout"})
_PART_OF_THE_DAY = frozenset({"day", "morning", "afternoon", "evening", "night"})
_WITHIN_THE_DAY = frozenset({"hour", "minute", "second", "moment"})

# Verbs of taking part in an event, at its time: "suffered a Christmas defeat",
# "attended the March 4 hearing", "gave a May 1 speech".
_TAKING_PART = frozenset(
    {"attend", "suffer", "win", "lose", "hold", "host", "stage", "play", "witness",
     "survive", "give", "deliver", "make", "conduct", "carry", "mount", "miss", "skip",
     "boycott", "cover", "watch", "join", "lead"}
)  # fmt: skip

# A day that owns its noun ("Wednesday's attack", "yesterday's announcement") is
# read as the clause's time as well: "shareholders responded coolly to yesterday's
# announcement", "didn't attend Monday's meeting" (measured: giving it to the noun
# lost more right dates than it won).
_OWNING = frozenset({"poss", "npadvmod"})


def _its_nouns_own(date: TemporalExpr, span: Span) -> bool:
    """Whether the day `date` (its words `span`) is the time of the event noun it
    modifies and of nothing else in the clause: "probing the March 24 crash",
    "in the run-up to the March 28 election", "after the September 11
    hijackings", "The Dec. 2 arrest ... has been painted as". A clause set in the
    noun's event ("In her March 11 speech, she said", "killed during the attack",
    "minutes after the Thursday attack, he posted photos") keeps the date: it
    happened then too. (Only days: a year or a quarter before a noun often tells
    the period a result is of, "a third-quarter loss", `dates_a_noun`.)"""
    noun = event_noun(span)
    if noun is None or granularity(date.value) != "day" or span.root.dep_ in _OWNING:
        return False
    if noun.dep_ == "compound":
        return False  # "an April 7th release date has been scheduled": the date's
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TAKING_PART:
        return False  # "suffered a Christmas defeat", "didn't attend the May 3 meeting"
    current = noun
    for _ in range(3):
        if current.dep_ != "pobj":
            return True
        prep = current.head
        if prep.lower_ in _WITHIN:
            return False
        if prep.lower_ in ("after", "before"):
            # "two hours after", "within minutes after": that day too. (A count of
            # days or more moves the clause off the day: `counted_from`.)
            count = next((c for c in prep.children if c.dep_ == "npadvmod"), prep.head)
            return count.lemma_.lower() not in _WITHIN_THE_DAY
        if prep.lower_ != "of" or prep.head.lower_ not in _PART_OF_THE_DAY:
            return True
        current = prep.head
    return True


# Nouns that make a named day (`NAMED_DAY_RULE`) a commemoration, held on another day.
_COMMEMORATIONS = frozenset({"memorial", "anniversary", "commemoration", "remembrance"})


def names_a_kind(first: Token) -> bool:
    """Whether a named day before a noun tells the noun's kind, not its time ("9/11
    families", "9/11 widow Terry Strada", "9/11 conspiracy theories", "the Sept. 11
    memorial ceremony"), as it does unless the noun is the day's happening ("the
    9/11 attacks", "the September 11 hijackings")."""
    noun = first.head
    if first.dep_ not in YEAR_MODIFIER_DEPS or noun.i < first.i:
        return False
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "9/11 widow Terry Strada": the name the phrase ends in
    words = {t.lemma_.lower() for t in noun.subtree if first.i < t.i <= noun.i}
    if words & _COMMEMORATIONS:
        return True
    return noun.lemma_.lower() not in EVENT_NOUNS


# Words that open a list's member ("attacks, including one on Monday, killed 20"):
# a date inside it is that member's time, not the time of what the clause tells.
_MEMBER_WORDS = frozenset({"including", "excluding"})


def dates_a_member(root: Token, clause_head: Token) -> bool:
    """Whether `root` (a date's head word) sits in a phrase naming one member of
    something the clause tells of ("eight holidays, including a trip to Dubai in
    2009", "several attacks, including one on Monday"): that member's time only."""
    current = root
    for _ in range(8):
        if current == clause_head or current.head == current:
            return False
        current = current.head
        if current.lower_ in _MEMBER_WORDS and current.dep_ == "prep":
            return True
        if current.lower_ == "as" and current.i and current.doc[current.i - 1].lower_ == "such":
            return True  # "such as the 2008 crash"
    return False


def clause_above(span: Span, clause_head: Token) -> Token:
    """The clause a date belongs to: `clause_head`, unless the date comes before
    every other word of that clause, which hangs from another. Then it is the
    other's: "Forecasters said on Wednesday the snow would cause disruption on
    Friday" tells when it was said; "promised a referendum next year after
    delegates voted" when the referendum is, not the vote; "The following year,
    after the episode made headlines, the family say" when they say it (before
    the word that opens a clause, a date is not in it, whatever the parse says);
    "As the weekend went on, billboards showed up" when they showed up."""
    above = clause_head.head
    if time_passing(span, clause_head):
        return above
    if clause_head.dep_ not in ("ccomp", "advcl") or describes(span):
        return clause_head  # "believe Thursday's threats can be traced": the noun's day
    if above.pos_ not in ("VERB", "AUX"):
        return clause_head
    if above.i > span.start:
        marks = [c.i for c in clause_head.children if c.dep_ == "mark" and c.i >= span.end]
        between = span.doc[span.end : marks[0]] if marks else None
        return above if between is not None and all(t.is_punct for t in between) else clause_head
    own = set(range(span.start, span.end))
    if span.root.head.dep_ == "prep" and span.root.head.i == span.start - 1:
        own.add(span.start - 1)
    if opens_speech(span.doc, above.i, min(own)):
        return clause_head  # 'Coyle said: "On October 14 last year, he was driving'
    rest = [t.i for t in clause_head.subtree if t.i not in own]
    return above if rest and span.start < min(rest) else clause_head


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def through_a_noun(span: Span, clause_head: Token) -> bool:
    """Whether the date `span` reaches the verb of its clause only through a noun:
    the parse may hang from the verb a date that is the noun's ("glossed over
    warnings from Moscow on Thursday", "the job figures for January extended a
    surge", "included $27 million from the sale of its unit in August"), or sits
    right after the thing an event follows ("gained 0.77%, but after a large loss
    yesterday": the loss's day, whatever the parse hangs it from)."""
    before = span.doc[span.start - 1] if span.start else None
    if (
        before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.dep_ == "pobj"
        and before.head.lower_ in ("after", "following")
    ):
        return True
    if _opens_before_subject(span):
        return False
    current = span.root
    for _ in range(8):
        head = current.head
        if head in (current, clause_head):
            return False
        if (
            head.pos_ in ("NOUN", "PROPN")
            and not span.start <= head.i < span.end
            and head.ent_type_ not in _PLACE_ENTITIES  # a place owns no time
            # nor does a date's name or figure ("On March 10 2014 at 3 p.m.")
            and not (head.ent_type_ in ("DATE", "TIME") and (head.pos_ == "PROPN" or head.like_num))
        ):
            return True
        current = head
    return False


def _opens_before_subject(span: Span) -> bool:
    """Whether the date opens its sentence right before the subject and the parse
    hangs it from the subject ("Yesterday a 29-minute video ... showed", "This
    month, Microsoft co-founder Paul Allen ... found"): it tells the clause's time."""
    root = span.root
    return (
        opens_sentence(span)
        and root.dep_ == "npadvmod"
        and root.head.dep_ in ("nsubj", "nsubjpass")
        and root.head.i >= span.end
        and span[-1].tag_ != "POS"
    )


def describes(span: Span) -> bool:
    """Whether a date modifies the noun after it ("third-quarter results", "the
    winter recess": there the parse may hang every word of the date, its article
    too, from the noun)."""
    return any(
        t.dep_ in ("compound", "amod", "nmod", "nummod", "poss")
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.i >= span.end
        for t in span
    )


def outranks(span: Span, head: Token, nouned: bool, held: str | None) -> bool:
    """Whether the date `span` of the clause at `head` says its time better than
    the date the clause holds, which `held` says is a noun's modifier ("modifier")
    or reaches the verb through a noun ("noun"). A date after a preposition of
    time, or hung from the verb, wins over a modifier, even through a noun of its
    own ("Last year's champion lost in the first round on Sunday"), and over a date
    reached through a noun when it is not ("Due for release in August 2014, he was
    released ... in December 2013"; but "a decline in Intel's stock yesterday ...
    and a drop in Compaq's on Wednesday": Wednesday is the drop's)."""
    if held not in ("modifier", "noun") or (nouned and held == "noun"):
        return False
    return at_a_time(span) or span.root.head == head


def at_a_time(span: Span) -> bool:
    """Whether a date is the object of a preposition of time ("in mid-November")."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and before.lower_ in ("in", "on", "at", "during")


# Between a date and the one that restates it: "nearly a year earlier, in December
# 2013", "a year ago in March 2014".
_RESTATING = re.compile(r"\s*,?\s*(?:(?:in|on)\s+)?")


def narrows(d: TemporalExpr, first: TemporalExpr, text: str) -> bool:
    """Whether the date `d`, later in the clause than `first`, says better when it
    was: it lies within `first` and is finer ("on March 23" after "near the end of
    the month", 2015-03-23 within 2015-03); `first` is some day of the month `d` is
    ("on a Friday evening in February": 2015-02 for 2015-02-XXTEV); or `d` states in
    full, right after it, what `first` counted from another date ("announced it
    nearly a year earlier in March 2012")."""
    value, before = d.value, first.value
    if "X" in value:
        return False
    if before.startswith(value + "-XX") or (
        first.relative and not d.relative and value[:4].isdigit()
        and not before.startswith(value)  # "third quarter 2014": the quarter says more
        and _RESTATING.fullmatch(text[first.end : d.start]) is not None
    ):  # fmt: skip
        return True
    return len(value) > len(before) and value.startswith(before) and before[:4].isdigit()
