"""Halves and quarters of a game, which match reports name as a year's are named.

"The first half was very hard", in a story about a football game, is no half of
the year; in business news "the first half" is one. A half or quarter counts as a
match's when its sentence says so ("scored twice in the second half") or when the
whole article reads as a match report (`share_match_story`), for a quarter only in
a sentence that tells of no money.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.temporal import tables as T
from newsbrief.temporal.scan import Candidate, share_across, shared, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Words of a match told in halves: "a second half penalty", "scored twice in the
# second half". A bare half of a year is business news ("profit for the first half",
# "its goal for the second half"), so a goal or a display counts only right after
# the half ("first half goals", "a first half display").
_MATCH_WORDS = frozenset(
    {"penalty", "brace", "substitution", "foul", "possession", "equalizer", "equaliser", "header",
     "striker", "goalkeeper", "keeper", "midfielder", "stoppage", "referee", "halftime",
     "half-time", "touchdown", "inning", "quarterback", "kickoff", "match", "score", "rebound",
     "dunk"}
)  # fmt: skip
# Verbs of scoring ("he netted in the first half"); as nouns they are business news's
# ("third-quarter net of $68.2 million").
_MATCH_VERBS = frozenset({"net", "concede", "equalize", "equalise"})
# Weekdays written out ("Wed" may be a word of its own).
_WEEKDAY_NAMES = frozenset(name for name in T.WEEKDAYS if name.endswith("day"))
# Rules of a half or a quarter without its year, which a match has too.
_MATCH_PART_RULES = frozenset(
    {"date_half", "date_quarter", "date_q", "date_the_quarter", "date_that_quarter"}
)
# Q1 to Q3 may also be a race's qualifying sessions ("ran wide in Q3"); "the first
# lap in the money primary" is no race, and "first-quarter" no session.
_SESSION_WORDS = _MATCH_WORDS | {"lap", "pole", "qualifying"}


def _on_a_match_day(tokens: Span) -> bool:
    """'netted in the first half Wednesday': a half something happened in, then
    the day it was played (a year's half is reported "for the first half")."""
    doc = tokens.doc
    if tokens.start == 0 or doc[tokens.start - 1].lower_ != "in":
        return False
    after = tokens.end
    if after < len(doc) and doc[after].lower_ == "on":
        after += 1  # "in the first half on Wednesday"
    return after < len(doc) and doc[after].lower_ in _WEEKDAY_NAMES


def match_part(c: Candidate, doc: Doc) -> bool:
    """'the first half' of a match, which its sentence says is one ("First half goals
    from Fellaini and Rooney ended the match"), is no half of a year; nor a quarter
    ("20 points in the fourth quarter ... the quarterback")."""
    if c.rule.name not in _MATCH_PART_RULES:
        return False
    tokens = tokens_in(doc, (c.start, c.end))
    if tokens is None or not len(tokens):
        return False
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].lemma_.lower() in ("goal", "display"):
        return True
    if c.rule.name == "date_half":
        return (
            _on_a_match_day(tokens)
            or match_story(doc)
            or any(
                t.lemma_.lower() in _MATCH_WORDS
                or (t.pos_ == "VERB" and t.lemma_.lower() in _MATCH_VERBS)
                for t in tokens.sent
            )
        )
    # A quarter is business news's unit: only a noun tells of a match there ("the
    # quarterback"; not "failed to match estimates in the quarter"), or a match
    # report where the sentence tells of no money ("played for a few minutes in the
    # second quarter").
    words = _SESSION_WORDS if c.rule.name == "date_q" else _MATCH_WORDS
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words for t in tokens.sent) or (
        match_story(doc) and not any(_of_money(t) for t in tokens.sent)
    )


# Words of business news that make a quarter the year's, even in a match report
# ("the club's third-quarter revenue").
_MONEY_WORDS = frozenset(
    {"earnings", "profit", "revenue", "sale", "income", "loss", "result", "growth", "dividend",
     "share", "economy", "gdp", "fund", "fundraising", "estimate", "forecast", "quarterly"}
)  # fmt: skip


def _of_money(token: Token) -> bool:
    return token.ent_type_ in ("MONEY", "PERCENT") or token.lemma_.lower() in _MONEY_WORDS


# Nouns of a game or a race: an article that uses three of them reads as a match
# report, where a half without its year is the game's ("We came out in the second
# half buzzing", a paragraph after "got the goal"), and a quarter too ("ran wide in
# Q3", a race's last qualifying session). No article of the development sets'
# business and world news uses three.
_STORY_WORDS = frozenset(
    {"goal", "striker", "goalkeeper", "keeper", "midfielder", "defender", "referee",
     "halftime", "half-time", "touchdown", "inning", "quarterback", "kickoff", "equalizer",
     "equaliser", "penalty", "league", "cup", "stadium", "club", "minute", "match", "game",
     "fan", "pitch", "coach", "lap", "pole", "qualifying"}
)  # fmt: skip
_STORY = "newsbrief.match_words"


def _story_words(doc: Doc) -> frozenset[str]:
    return frozenset(
        t.lemma_.lower()
        for t in doc
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in _STORY_WORDS
    )


def share_match_story(docs: Sequence[Doc]) -> None:
    """Tell each parsed piece of an article the nouns of a game the whole article
    uses, which make it a match report."""
    share_across(docs, _STORY, _story_words)


def match_story(doc: Doc) -> bool:
    """Whether the article `doc` is part of reads as a match report (on its own when
    no article was shared)."""
    return len(shared(doc, _STORY, _story_words)) >= 3
