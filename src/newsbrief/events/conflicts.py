"""Dates a clause holds that are no time of its event: a noun's date before a verb
told in another tense ("the earthquake last month will result in a charge"), a
finished time past the object of a present perfect ("has sent a team to recover
the remains of an expert kidnapped two years ago") or of a verb in the simple
present ("a solid Clinton lead a month ago", the noun read as a verb), any date
of a clause that tells what happens as a rule ("weaning normally occurs in
April"), and a time of day that keeps a routine ("works a 3 am shift", "between
the hours of 7 a.m. and 7 p.m.")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.events.anchoring import through_a_noun
from newsbrief.lexicon import PERFECT_AUXILIARIES
from newsbrief.temporal import TemporalExpr, tense_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_STATED_PAST = re.compile(r"^this\([a-z]+,-\d+\)")
# A date the text states whole: "2009", "January 2013", "June 5, 2012".
_STATED = re.compile(r"^\d{4}(?:-\d\d){0,2}$")


def no_time_of(date: TemporalExpr, span: Span, clause_head: Token) -> bool:
    """Whether `date` (its words `span`), found in the clause of `clause_head`, is no
    time of that clause's event: another word's (`tense_conflict`, `perfect_conflict`),
    or the clause tells what happens as a rule (`habitual`) or on a condition."""
    return (
        tense_conflict(date, span, clause_head)
        or perfect_conflict(date, span, clause_head)
        or present_conflict(date, clause_head)
        or habitual(clause_head)
        or conditional(clause_head)
        or routine_hour(date, span)
    )


# Nouns of a routine kept at a time of day, every day: "a 3 am shift", "a curfew
# from 6pm to 2am", "between the hours of 7 a.m. and 7 p.m.", "Visiting hours are
# 10 a.m.-5 p.m.".
_ROUTINES = frozenset({"shift", "curfew", "hour"})


def routine_hour(date: TemporalExpr, span: Span) -> bool:
    """Whether `date` is a time of day with no day of its own (the day taken from
    the context) that a routine noun governs or that follows one closely: the
    hour the routine recurs at, no event's."""
    if date.inferred != "context" or "T" not in date.value:
        return False
    doc = span.doc
    for t in reversed(doc[max(span.sent.start, span.start - 7) : span.start]):
        if _routine(t):
            return True  # "between the hours of 7 a.m. and 7 p.m.", "hours are 10 a.m."
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ != "be"):
            break
    current = span.root
    for _ in range(4):
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return False
        if _routine(current):
            return True
    return False


def _routine(token: Token) -> bool:
    """Whether `token` names a routine, not a stretch ("for 24 hours", "a few hours")."""
    if token.lemma_.lower() not in _ROUTINES:
        return False
    before = token.doc[token.i - 1] if token.i else None
    return before is None or not (before.like_num or before.lower_ in ("few", "several", "many"))


# Adverbs that make a clause tell what happens as a rule, whatever its tense: its
# date is a time of year or day it recurs at, not of one event ("weaning normally
# occurs in April", "the stock has traditionally gone up in March", "he regularly
# attended a February book fair"). ("generally" is not one: "bond prices generally
# rose yesterday" is news.)
_AS_A_RULE = frozenset(
    {"usually", "typically", "normally", "traditionally", "routinely", "regularly",
     "customarily", "habitually", "ordinarily"}
)  # fmt: skip
# ... and these, with a verb in the simple present ("the bar always gets busy after
# 9 p.m.", "the gatherings generally take place during the summer"): in the past
# they may tell of one stretch ("often fell silent that day").
_AS_A_RULE_NOW = frozenset(
    {"always", "often", "frequently", "seldom", "rarely", "sometimes", "generally"}
)


def habitual(clause_head: Token) -> bool:
    """Whether the clause of `clause_head` tells what happens as a rule, or what
    used to ("In summer, he would sometimes live in a tent")."""
    # The simple present, or "would" of what used to happen, with how often.
    recurring = clause_head.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lower_ == "would" for c in clause_head.children
    )
    for child in clause_head.children:
        if child.lower_ == "whenever" and child.dep_ in ("advmod", "mark"):
            return True  # "whenever someone else is having a Christmas day lunch"
        if recurring and _every(child):
            return True  # "Today more than 800,000 people visit it every year"
        if child.dep_ != "advmod":
            continue
        word = child.lower_
        if word in _AS_A_RULE or (word in _AS_A_RULE_NOW and recurring):
            return True
    return False


# Adverbs of how often, which with a verb in the simple present tell a rule.
_FREQUENCY = frozenset({"annually", "yearly", "daily", "weekly", "monthly", "nightly"})


def _every(word: Token) -> bool:
    """Whether `word` says how often: "every year", "each day", "annually"."""
    if word.dep_ == "advmod":
        return word.lower_ in _FREQUENCY
    return word.dep_ == "npadvmod" and any(
        c.dep_ == "det" and c.lower_ in ("every", "each") for c in word.children
    )


def conditional(clause_head: Token) -> bool:
    """Whether the clause of `clause_head` is a condition ("If he were alive today",
    "unless talks resume on Monday"): what may happen, no event of its time. Not
    "asked me if I was born in 1986", where "if" is "whether". A clause joined to
    a condition is one too ("if the court rules ... this summer, or if a
    Republican wins the White House next year")."""
    while clause_head.dep_ == "conj" and clause_head.head != clause_head:
        if _opened_by_if(clause_head):
            return True
        clause_head = clause_head.head
    return (clause_head.dep_ == "advcl" and _opened_by_if(clause_head)) or _inverted(clause_head)


def _opened_by_if(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


# Auxiliaries that, put before the subject, make a condition without "if": "should
# it win the presidency in 2016", "had he known in May".
_CONDITION_AUXILIARIES = frozenset({"should", "had"})


def _inverted(verb: Token) -> bool:
    """Whether `verb`'s clause is a condition told by inversion, the auxiliary
    opening it ("It would be disastrous, should it win the presidency in 2016, to
    ..."); not a question ("Should we worry about 2016?"), nor an inversion after
    a word that stresses ("Never had the company lost so much as in 2009")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.sent.text.rstrip().endswith("?"):
        return False
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.lower_ in _CONDITION_AUXILIARIES:
            before = aux.nbor(-1) if aux.i > aux.sent.start else None
            opens = before is None or before.is_punct or before.pos_ == "CCONJ"
            return opens and aux.i < subject.i
    return False


def tense_conflict(date: TemporalExpr, span: Span, clause_head: Token) -> bool:
    """Whether a date after a noun before the verb is the noun's, not the clause's:
    counted back from now ("last month", "yesterday") in a clause the words put in
    the future ("the earthquake last month will result in a charge"), or not read
    ahead in a clause that guesses ("the conference Tuesday might end the matter").
    (After the verb, "will meet last week" is a contradiction the timeline reports.)"""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.pos_ not in ("NOUN", "PROPN") or span.end > clause_head.i:
        return False
    if _STATED_PAST.match(date.template):
        return tense_of(span.root, stated=True) == "future"
    # "Clinton's news conference Tuesday ... might extinguish the matter": a guess
    # ("might", "could") is of no past day the subject names; one now or ahead may
    # be its time ("the schedule this week, he could make more trips").
    auxiliaries = {c.lower_: c.tag_ for c in clause_head.children if c.dep_ == "aux"}
    return (
        not _NOW_OR_AHEAD.match(date.template)
        and any(tag == "MD" and word in _GUESSES for word, tag in auxiliaries.items())
        and not auxiliaries.keys() & (PERFECT_AUXILIARIES | {"had"})
        and tense_of(span.root, stated=True) != "future"
    )


# Modals of a guess: their clause tells no time of its own.
_GUESSES = frozenset({"might", "may", "could", "can", "should", "must"})
# Dates of the period now or one ahead: "this week", "today", "next month".
_NOW_OR_AHEAD = re.compile(r"^(?:this\([a-z]+(?:,\+?\d+)?\)|rel\(\+|rel\(0|wd\(\w+,\+)")


def perfect_conflict(date: TemporalExpr, span: Span, clause_head: Token) -> bool:
    """Whether a date counted back from now ("two years ago", "yesterday", "last
    month"), past an object or reached through a noun, or one stated whole ("2009")
    reached through a noun, would date a clause in the present perfect: English
    joins no finished time to that tense, so the date is another word's that the
    parse hung from the verb ("has sent a team to recover the remains of an expert
    kidnapped two years ago", "has released audio of a conversation from 2009")."""
    counted = bool(_STATED_PAST.match(date.template))
    if not (counted or _STATED.match(date.template)) or clause_head.tag_ != "VBN":
        return False
    auxiliaries = [c for c in clause_head.children if c.dep_ == "aux"]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False  # "may have been responsible for a decline yesterday": a past guess
    if not any(a.lower_ in PERFECT_AUXILIARIES and a.pos_ == "AUX" for a in auxiliaries):
        return False
    # A date reached through a noun is the noun's ("has released audio of a phone
    # conversation from 2009", "There has been no conviction in the January 2013
    # attack", "has been arrested for the shootings during last week's protests"),
    # unless it says how recent the event is ("there have been drone strikes as
    # recently as last month") or reaches up to now ("a rise over the past year").
    if through_a_noun(span, clause_head) and not (_as_recently_as(span) or _up_to_now(date)):
        return True
    # A date counted back, only past an object that can own it: news does write
    # "Steve Jobs has died yesterday".
    return counted and any(
        t.dep_ == "dobj" and clause_head.i < t.i < span.start for t in clause_head.subtree
    )


def _as_recently_as(span: Span) -> bool:
    """Whether "as recently as" stands right before the date `span`."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 3) : span.start]]
    return before == ["as", "recently", "as"]


def present_conflict(date: TemporalExpr, clause_head: Token) -> bool:
    """Whether a date counted back from now ("a month ago", "last week") would date
    a verb in the simple present with no auxiliary: English joins no finished time
    to that tense, so the parse took a noun for the verb ("what looked like a solid
    Clinton lead a month ago", "lead" read as a verb). Not a stretch up to now,
    which that tense does take ("ties seem to have warmed over the past year")."""
    if not _STATED_PAST.match(date.template) or clause_head.tag_ not in ("VBP", "VBZ"):
        return False
    if _up_to_now(date):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in clause_head.children)


def _up_to_now(date: TemporalExpr) -> bool:
    """Whether `date` is a stretch that reaches up to now ("the past year", "the
    last decade"), which the present and the present perfect both take."""
    return date.text.lower().startswith(("the last", "the past"))
