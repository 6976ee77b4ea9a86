"""Who a clause row is about, when the clause names no subject of its own.

A relative clause ("who was born in Worcestershire in 2009"), an
infinitive of purpose ("to travel to Syria in 2013") or a gerund after a preposition
("after seeing Santa Claus at a mall") tells an event whose doer is named earlier in
the sentence. A row is an exact span of the article, so it reaches back to that doer
when the words between are few and tell no dated event of their own ("Aqsa Mahmood,
who left her home in Scotland to travel to Syria in 2013").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbrief.events.tree import Tree

# Dependency labels of a subject named in the clause itself.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def subjects_before(tree: Tree, head: Token) -> list[set[int]]:
    """The token indices of each subject told before `head` ("efforts to enact a
    treaty" fell apart)."""
    return [tree.subtree(c.i) for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]


# Dependency labels of a clause whose doer is that of the word it hangs from: a
# infinitive or participle, a gerund after a preposition.
# A verb joined to another ("made profits, and expects to stay profitable this
# year") is not among them: reaching back would put two events in one row.
_SHARING = frozenset({"xcomp", "advcl", "pcomp"})

# Relative pronouns, whose clause is about the noun it modifies.
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})

# How far a row may reach back to its doer, in tokens, and how many words up the
# parse the doer may be looked for.
MAX_REACH = 12
_MAX_CLIMB = 5


def _antecedent(clause: Token) -> Token | None:
    """The noun a relative clause (at its verb) is about."""
    if clause.dep_ in ("relcl", "acl") and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return clause.head
    return None


def understood_subject(head: Token) -> Token | None:
    """The word naming who does what the clause at `head` tells, when the clause
    names them elsewhere: a relative pronoun's antecedent, or the subject of the
    clause it shares its doer with. None when the clause has a subject of its own
    that is no relative pronoun, or none can be found."""
    verb = head
    for _ in range(_MAX_CLIMB):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.tag_ in _RELATIVE_TAGS:
                return _antecedent(verb)
            return None if verb == head else subject
        if verb.dep_ == "relcl":
            return _antecedent(verb)
        if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":
            verb = verb.head.head  # "after seeing": the preposition's verb
        elif verb.dep_ in _SHARING and verb.head != verb:
            verb = verb.head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    return None


def reach_start(head: Token, first: int, blocked: set[int], floor: int) -> int:
    """The index of the token a row starting at token `first` should start at: the
    start of its understood subject's phrase (`understood_subject`) when that lies
    at most `MAX_REACH` tokens before, in the same sentence, at or after token
    `floor`, and no token between is in `blocked` (the words of a date that dates
    another clause); else `first`."""
    subject = understood_subject(head)
    if subject is None or subject.i >= first:
        return first
    start = subject.left_edge.i
    if start >= first or first - start > MAX_REACH or start < floor:
        return first
    if subject.sent.start != head.sent.start or blocked.intersection(range(start, first)):
        return first
    return start
