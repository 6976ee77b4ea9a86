"""Time words used in another sense: "as soon as", an electric current, "a
brighter tomorrow", "won't change overnight", "throughout the year" in the
simple present, "the Spanish daily El Pais", "the morning meetings".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.temporal.scan import Candidate, tokens_in
from newsbrief.temporal.tense import governing_verb
from newsbrief.temporal.tense_words import SCHEDULED_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _as_soon_as(c: Candidate, doc: Doc) -> bool:
    text = c.match.string
    if c.match.group(0).lower() != "soon":
        return False
    before = text[max(0, c.start - 3) : c.start].lower()
    return before == "as " and text[c.end : c.end + 3].lower() == " as"


# Comparatives the parse may take for nouns ("hoping for a brighter tomorrow").
_BETTER = frozenset({"better", "brighter", "safer", "greener", "happier", "stronger", "fairer"})


def _prospect(c: Candidate, doc: Doc) -> bool:
    """'the future of our peoples', 'for a brighter tomorrow': prospects, not a
    time. A day word after "a" and only adjectives is one ("a dinner tomorrow",
    "a year old today" are days)."""
    text, word = c.match.string, c.match.group(0).lower()
    if word == "the future":
        return text[c.end : c.end + 4] == " of "
    tokens = tokens_in(doc, (c.start, c.end))
    if word not in ("today", "tomorrow") or tokens is None or not len(tokens):
        return False
    before = tokens[0].nbor(-1) if tokens[0].i > 0 else None
    for _ in range(4):
        if before is None or before.lower_ in ("a", "an"):
            break
        if before.tag_ not in ("JJ", "JJR", "JJS", ",") and before.lower_ not in _BETTER:
            return False
        before = before.nbor(-1) if before.i > 0 else None
    return before is not None and before.lower_ in ("a", "an") and before.i < tokens[0].i - 1


def _current_noun(c: Candidate, doc: Doc) -> bool:
    """'current' the noun (electric or ocean current), not the adjective."""
    if c.match.group(0).lower() != "current":
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    return tokens is not None and len(tokens) > 0 and tokens[0].pos_ != "ADJ"


# "It won't happen overnight", "not something fixed overnight", "an overnight
# success": suddenly, not the night before. ("Prices changed little overnight", "the
# car disappeared overnight" are nights.)
_SUDDEN_VERBS = frozenset(
    {"happen", "occur", "transform", "become", "evolve", "materialize", "materialise",
     "succeed", "fix", "solve", "cure"}
)  # fmt: skip
# ... and these denied: "Things won't change overnight" ("Police did not arrest
# anyone overnight" is a night).
_DENIED_SUDDEN_VERBS = frozenset(
    {"change", "improve", "go", "come", "end", "disappear", "vanish", "build", "turn", "get",
     "replace"}
)  # fmt: skip
# Nouns whose "overnight" is suddenly ("an overnight success") or a kind ("works the
# overnight shift"), not a night.
_SUDDEN_NOUNS = frozenset(
    {"success", "sensation", "star", "celebrity", "fame", "millionaire", "shift"}
)


def _overnight_not_a_night(c: Candidate, doc: Doc) -> bool:
    """'overnight' meaning suddenly: with a verb of coming about or a denied one
    ("won't change overnight"), or before a success or fame; or a kind of shift."""
    if c.match.group(0).lower() != "overnight":
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or len(tokens) != 1:
        return False
    head = tokens[0].head
    if head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if any(t.dep_ == "neg" for t in head.children) and lemma in _DENIED_SUDDEN_VERBS:
            return True
        if lemma == "go" and {"from", "to"} <= {t.lower_ for t in head.children}:
            return True  # "Overnight I went from being a police chief to ...": became
        return lemma in _SUDDEN_VERBS
    return head.lemma_.lower() in _SUDDEN_NOUNS


_THE_UNIT = re.compile(r"the\s+(?:(?:whole|entire|full)\s+)?(?:year|month|week|day)")


def _all_year_round(c: Candidate, doc: Doc) -> bool:
    """'offers 30 beers throughout the year': a period gone through in the simple
    present is any such period, not this one ("sales rose throughout the year",
    "profit should rise throughout the fiscal year" are this one)."""
    text = c.match.string
    if not text[max(0, c.start - 11) : c.start].lower().endswith("throughout "):
        return False
    if not _THE_UNIT.fullmatch(c.match.group(0).lower()):
        return False  # "foresees the need throughout the 1990s": that decade
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    verb = governing_verb(tokens.root)
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False  # "profitability should increase throughout the fiscal year"
    return not any(w.dep_ in ("aux", "auxpass") for w in verb.children)


# Nouns a day has of its own, its scheduled happenings and these: "today's match",
# "today's editions", "today's big vote" are that day's, as is a name ("today's New
# York Times"); after "today's" any other noun is of the present age ("today's
# society", "today's most popular tablet"), which TimeBank does not mark as a time
# and a timeline cannot date.
_DAYS_THINGS = frozenset(
    {"trial", "show", "programme", "program", "broadcast", "paper", "newspaper", "edition",
     "issue", "op-ed", "editorial", "column", "news", "headline", "front", "announcement",
     "statement", "speech", "briefing", "quiz", "interview", "march", "protest", "strike",
     "trading", "close", "decision", "ruling", "verdict", "deadline", "event", "launch",
     "attack", "weather", "forecast", "date", "flight", "arrival", "glitch", "outage",
     "incident", "accident", "crash", "shooting", "explosion", "blast", "storm", "fire",
     "delay", "loss", "gain", "drop", "rise", "fall", "decline", "selloff", "sell-off", "surge",
     "slide", "jump", "plunge", "result", "high", "low"}
)  # fmt: skip
_DAYS_OWN = "|".join(re.escape(w) for w in sorted(SCHEDULED_NOUNS | _DAYS_THINGS))
_PRESENT_AGE = re.compile(
    rf"['’]s\s+(?!(?:[\w-]+\s+){{0,2}}(?:{_DAYS_OWN})(?:e?s)?\b)(?-i:[a-z])", re.IGNORECASE
)


# "struggles which, even today, inflame the streets", "still today": what lasts
# into the present age.
_STILL = re.compile(r"\b(?:even|still),?\s+$", re.IGNORECASE)


def _present_age(c: Candidate, doc: Doc) -> bool:
    """'today's society', 'today's youth', 'even today': the present age, not the
    paper's day."""
    if c.match.group(0).lower() != "today":
        return False
    text = c.match.string
    return (
        _PRESENT_AGE.match(text, c.end) is not None
        or _STILL.search(text, max(0, c.start - 8), c.start) is not None
    )


# Words of how often that also name a paper coming out so often.
_PERIODICALS = frozenset({"daily", "weekly", "monthly", "quarterly"})
# Tags of what comes before a noun (a paper) and not before an adverb of frequency.
_NOUN_OPENERS = frozenset({"DT", "JJ", "PRP$", "POS", "NNP", "NNPS"})


def _periodical(c: Candidate, doc: Doc) -> bool:
    """'the Spanish daily El Pais', 'Life, the monthly', 'the Daily Mail': a paper,
    not a frequency. Capitalized inside a sentence it is part of a name; otherwise
    a noun, which does not modify the noun after it ('the daily newspaper', 'daily
    lives') nor tell how often a verb is done ('published weekly'), and follows what
    opens a noun phrase."""
    if c.match.group(0).lower() not in _PERIODICALS:
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or len(tokens) != 1 or tokens[0].i == 0:
        return False
    word = tokens[0]
    if word.text[0].isupper():
        return not word.is_sent_start
    if word.dep_ in ("amod", "advmod", "npadvmod", "acomp", "conj"):
        return False
    return doc[word.i - 1].tag_ in _NOUN_OPENERS


# A part of the day alone, with or without "the": "the morning", "evening".
_BARE_PART_OF_DAY = re.compile(r"(?:the\s+)?(?:morning|afternoon|evening|night)", re.IGNORECASE)


def _kind_of_thing(c: Candidate, doc: Doc) -> bool:
    """'in the morning meetings', 'the evening news', 'the night shift': a part of
    the day that names a kind of thing, not a time ("Monday morning meetings" is
    Monday's, and left alone)."""
    if not _BARE_PART_OF_DAY.fullmatch(c.match.group(0)):
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    last = tokens[-1]
    head = last.head
    return (
        last.dep_ in ("compound", "amod", "nmod")
        and head.i == last.i + 1
        and head.pos_ == "NOUN"
        and head.lower_ not in ("hours", "hour")  # "the morning hours" is a time
    )


# Each filter says why a match is not a time.
SENSE_FILTERS: tuple[Callable[[Candidate, Doc], bool], ...] = (
    _as_soon_as,
    _current_noun,
    _prospect,
    _overnight_not_a_night,
    _all_year_round,
    _present_age,
    _periodical,
    _kind_of_thing,
)
