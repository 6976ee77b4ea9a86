"""When and how something was said: the frame of reported speech.

News gives the day and the medium of a statement right after its verb ("said
Tuesday", "said on Monday", "said in a statement Friday", "told reporters at a
news conference on Thursday"). The parse often hangs those words on the reported
clause, as if they were said; they date and place the saying, and what was said
starts after them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsbrief.lexicon.listing import names

if TYPE_CHECKING:
    from spacy.tokens import Token

# How the parse hangs a frame on the clause: a prepositional phrase, a bare date.
FRAME_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod", "obl"})
# Prepositions that date a saying ("said on Monday", "at 3 p.m."). Not "in": "said
# in 2019 the company lost money" dates what was said as often; nor "by", "until",
# "after", which never date a saying ("said by Friday the plant would close").
DATING_PREPOSITIONS = frozenset({"on", "at", "during", "over"})
# Prepositions that give the medium a statement was made in ("in a statement", "at
# a news conference", "on Twitter", "during an interview").
MEDIUM_PREPOSITIONS = frozenset({"in", "at", "on", "during", "via", "through"})
MEDIUM_NOUNS = names(
    """
    address|appearance|briefing|broadcast|conference|email|e-mail|filing|hearing|interview
    letter|memo|message|podcast|post|release|remarks|speech|statement|tweet|video
    facebook|instagram|radio|television|tv|twitter|youtube
    """
)
# Words of a date pointing past the saying: nothing was said "tomorrow".
AHEAD = frozenset({"next", "tomorrow", "coming", "upcoming", "later"})
# Words that date a saying with or without the date itself ("said late Sunday", "said
# earlier").
EARLIER = frozenset({"earlier", "late", "early"})
DATE_TYPES = frozenset({"DATE", "TIME"})


def after_frame(phrases: Iterable[Token], start: int) -> int:
    """The index of the first token of what was said, for content starting at token
    `start`: past the frames among `phrases` (the clause's or the speech verb's
    dependents, in order) that open it one after another ('on Monday it would
    close ...' starts at 'it'), and a comma after each."""
    i = start
    for phrase in phrases:
        if phrase.left_edge.i != i or not is_frame(phrase):
            break
        i = phrase.right_edge.i + 1
        doc = phrase.doc
        while i < len(doc) and doc[i].text == ",":
            i += 1
    return i


def is_frame(tok: Token) -> bool:
    """Whether the phrase `tok` heads dates the saying ('on Monday', 'late Sunday',
    'last week') or gives its medium ('in a statement', 'at a news conference')."""
    if tok.dep_ not in FRAME_DEPS:
        return False
    words = list(tok.subtree)
    if any(w.lower_ in AHEAD for w in words):
        return False
    if tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        if tok.lower_ in MEDIUM_PREPOSITIONS and obj.lower_ in MEDIUM_NOUNS:
            return True
        return tok.lower_ in DATING_PREPOSITIONS and _a_date(words[1:])
    if len(words) == 1 and tok.lower_ == "earlier":
        return True
    return _a_date(words)


def _a_date(words: list[Token]) -> bool:
    """Whether words are a date or time and nothing else ('Monday', 'last week',
    'late Sunday', 'Tuesday night')."""
    return bool(words) and all(w.ent_type_ in DATE_TYPES or w.lower_ in EARLIER for w in words)
