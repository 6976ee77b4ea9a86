"""Dates that bound an event rather than time it: "by 1994", "until at least
2014", "since the merger of March 2010", "post-9/11" (`bound`, `era`), "moved to
Texas after 2008" (`followed`). A row dated by a bound would show a time the event
did not happen at; a denied "until" ("did not return until Friday") is the
event's time after all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.temporal import DEADLINE_VERBS, HEDGES, governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbrief.temporal import TemporalExpr

# Words before a date that make it a bound of the event, not its time: "divest
# by 1994", "restored before Monday", "open until March", "since 2004", "continue
# beyond April". A row would date the event wrongly: "its worst crisis since 1989"
# did not happen in 1989. ("from" and "after" were measured too: on the development
# set they cost more right dates than wrong ones.) "As of Sept. 30, the bank had
# assets of $511 million" is no bound: it tells the state of things at that time.
BOUND_WORDS = frozenset({"by", "until", "till", "before", "since", "beyond"})

# Verbs that grant a stretch of time, which "through" ends: "renewed through 2020",
# "reopen the government through Feb. 8", "signed him through 2022" were done
# before the date. After any other verb "through" spans the time the event takes
# ("will continue through next year", "advances made through this week": the
# development gold dates them so, and a reader sees the stretch in the row).
_GRANTING = DEADLINE_VERBS | {
    "renew", "sign", "fund", "reopen", "finance", "lease", "license", "authorize", "approve",
}  # fmt: skip

# Besides the hedges: words between a bound word and its date ("until at least 2014").
_AT_HEDGES = frozenset({"least", "most", "latest", "earliest"})


# Prefixes that make a date the bound of an era: "post-9/11", "pre-2008".
_ERA_PREFIXES = ("post-", "pre-")


def era(span: Span) -> bool:
    """Whether the date `span` bounds an era ("America's post-9/11 wars", "pre-2008
    levels"): the time of nothing in its sentence."""
    if span[0].lower_.startswith(_ERA_PREFIXES):
        return True
    i, doc = span.start, span.doc
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ + "-" in _ERA_PREFIXES


def bound(span: Span) -> bool:
    """Whether the date `span` is a bound ("by 1994", "until at least 2014", "until
    after 6 p.m.", "no later than Friday", "prior to 2001", "renewed through 2020"),
    or the time of a thing a bound word governs."""
    if era(span):
        return True
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in HEDGES:
        i -= 1
    elif i >= 1 and doc[i].lower_ in _AT_HEDGES and doc[i - 1].lower_ == "at":
        i -= 2
    if i < 0:
        return False
    before = doc[i].lower_
    if before in ("until", "till") and _not_until(doc[i]):
        return False
    if before in BOUND_WORDS:
        return True
    if before in ("through", "thru"):
        verb = governing_verb(doc[i])
        return verb is not None and verb.lemma_ in _GRANTING
    if before == "after" and i >= 1 and doc[i - 1].lower_ in BOUND_WORDS:
        return True  # "not available until after March": a bound all the same
    if before == "to" and i >= 1 and doc[i - 1].lower_ == "prior":
        return True  # "prior to 2001": "before 2001"
    if before == "than" and i >= 2 and doc[i - 1].lower_ in ("later", "earlier"):
        return doc[i - 2].lower_ == "no"  # "no later than Friday": "by Friday"
    return _in_a_bound_thing(span)


# Words that deny a clause ("did not return until Friday", "never ... until").
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _not_until(until: Token) -> bool:
    """Whether `until` follows a denial, which makes its date the event's time, not
    a bound: "did not return home until Friday" returned on Friday, "was not to
    begin turning out product until 1993" begins in 1993, "Not until next
    Halloween". The denial is on the word "until" hangs from or on a verb it
    completes ("was not to begin"), or just before it. "Until" before its clause
    tells the state before the date ("Until Wednesday, there hadn't been a
    tornado"), not an event at it."""
    doc = until.doc
    if until.i >= 1 and doc[until.i - 1].lower_ in _NEGATIONS:
        return True
    current = until.head
    if current.i > until.i:
        return False
    for _ in range(3):
        if any(c.dep_ == "neg" for c in current.children):
            return True
        if current.dep_ not in ("xcomp", "acomp") or current.head == current:
            return False
        current = current.head
    return False


# Times of a day: before them, the event is that day's ("before dawn Tuesday").
_DAYBREAK = frozenset({"dawn", "daybreak", "sunrise", "noon", "midday", "sunset", "dusk"})


def _in_a_bound_thing(span: Span) -> bool:
    """Whether the date names the time of a thing a bound word governs: "a comeback
    since the Marine Mammal Protection Act of 1972", "before her death in 1968",
    "before the Friday night deadline" bound the event by that thing, which did not
    happen at the event's time; "invaded the village before dawn Tuesday" did."""
    current = span.root
    for _ in range(4):
        head = current.head
        if head == current or head.pos_ in ("VERB", "AUX"):
            return False
        if head.lower_ in BOUND_WORDS and head.dep_ == "prep" and current.dep_ == "pobj":
            if head.lower_ == "before" and current.lower_ in _DAYBREAK:
                return False
            return not span.start <= current.i < span.end
        current = head
    return False


# Modals that tell what may be now or later, not when something happened.
_PRESENT_MODALS = frozenset({"may", "might", "can", "could", "must", "should"})


def _told_now(verb: Token) -> bool:
    """Whether the clause of `verb` is told in the present ("sits", "is looking",
    "has been able to hold") or with a modal of now ("might start")."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head  # "has been able to hold": the tense is the head's
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and (
            aux.tag_ in ("VBZ", "VBP") or aux.lower_ in _PRESENT_MODALS
        ):
            return True
    return False


def since_then(date: TemporalExpr, span: Span, clause_head: Token) -> bool:
    """Whether the date `span` names a time that the present-tense clause of
    `clause_head` tells the state after ("Durst now sits in a New Orleans jail
    after his arrest Saturday", "can be tense after the trauma of last year's
    semifinal", "has been able to hold Democrats together, even after their
    November losses"): the state is now, the date the noun's. A weekday or a time
    of day after "after" itself tells the state from then, as `followed` keeps it
    ("is only one point ahead after Saturday")."""
    found = preposition_over(span, ("after", "following"))
    if found is None:
        return False
    if found[1] == span.root and ("T" in date.value or date.template.startswith("wd(")):
        return False
    return _told_now(clause_head)


def preposition_over(span: Span, words: tuple[str, ...]) -> tuple[Token, Token] | None:
    """The first of `words` whose object holds the date `span`, found climbing from
    the date through the nouns above it (no verb between): "after his arrest
    Saturday", "two weeks after the December 20 ambush". Returns the preposition
    and its object."""
    current = span.root
    for _ in range(4):
        head = current.head
        if head == current or head.pos_ in ("VERB", "AUX"):
            return None
        if head.lower_ in words and current.dep_ == "pobj":
            return head, current
        current = head
    return None


def followed(date: TemporalExpr, span: Span) -> bool:
    """Whether the event came after the day or period `date` (its words `span`)
    names, not in it: "moved to Texas after 2008", "hardened cockpit doors after
    9/11". Not a time of day, which the event followed by little ("took off shortly
    after 9 a.m. Thursday" is that Thursday's), nor a weekday of the news, whose
    state it tells ("is one point ahead after Saturday"), nor a date of a noun
    ("after Friday's report" is the report's, "after the 2008 election" the
    election's). A determiner of the date may stand between ("after the
    September 11, 2001, attacks", where the parse makes the month the object)."""
    i = span.start - 1
    while i >= 0 and span.doc[i].dep_ == "det" and span.doc[i].head == span.root:
        i -= 1
    return (
        date.type == "DATE"
        and "T" not in date.value
        and not date.template.startswith("wd(")
        and i >= 0
        and span.doc[i].lower_ in ("after", "following")
        and span.root.dep_ == "pobj"
    )
