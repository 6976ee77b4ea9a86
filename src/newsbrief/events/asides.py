"""Verbs that tell no event of their own, only how the words around them are put:
a participle that opens a time ("will provide fact-checks starting at 9 p.m."),
a clause that says what someone called the thing ("a 'spike of sadness,' as the
music service called it")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of "as X called it", "as one analyst put it".
_PUTTING = frozenset({"call", "put", "describe", "term", "dub"})


def opens_a_time(verb: Token) -> bool:
    """Whether `verb` is "starting" or "beginning" with nothing but a time after it
    ("starting Monday", "beginning in January"): a preposition of time in effect."""
    if verb.tag_ != "VBG" or verb.lemma_ not in ("start", "begin"):
        return False
    if any(c.dep_ not in ("prep", "npadvmod", "advmod", "punct") for c in verb.children):
        return False
    # The time right after it, not one deeper in ("beginning with a trip to
    # Manchester on Saturday" begins with the trip).
    times = [c for c in verb.children if c.dep_ == "npadvmod"]
    times += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return bool(times) and all(t.ent_type_ in ("DATE", "TIME") for t in times)


def as_one_put_it(verb: Token) -> bool:
    """Whether `verb` only says who put the words before it so: "as" with a verb of
    calling or putting, a subject and "it" ("as the music service called it")."""
    if verb.lemma_ not in _PUTTING or verb.dep_ not in ("advcl", "ccomp", "parataxis"):
        return False
    kids = {(c.dep_, c.lower_ if c.dep_ in ("mark", "dobj") else "") for c in verb.children}
    return {("mark", "as"), ("dobj", "it")} <= kids and all(
        dep in ("nsubj", "mark", "dobj", "advmod", "aux", "punct") for dep, _ in kids
    )
