"""What joins a clause's row besides its own words: a verb joined to a dated
verb that tells the same telling's next step ("killed three soldiers and wounded
six others last week"), a gerund after a preposition ("close to winning the
Triple Crown"); and whether a clause names a time of its own, which keeps it
apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.subjects import SUBJECT_DEPS
from newsbrief.events.tree import Tree, core

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses nested in what was said that tell other events: their dates are theirs.
NESTED = frozenset({"relcl"})

# Adverbs that put a joined verb at another time than the verb it joins.
_OTHER_TIME = frozenset(
    {"later", "earlier", "previously", "afterwards", "afterward", "subsequently",
     "eventually", "since", "once", "formerly", "before"}
)  # fmt: skip


def shared_conjuncts(
    tree: Tree, head: Token, dated: dict[int, str], cut: frozenset[str]
) -> set[int]:
    """The verbs joined to a dated clause's verb that share its subject, its tense
    and so its date ("Last week, Hezbollah fighters killed three soldiers and
    wounded six others"): without a subject or a date of their own they tell the
    same telling's next step, and the row holds them whole."""
    out: set[int] = set()
    todo = [head]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            if child.dep_ != "conj" or child.pos_ != "VERB" or child.tag_ != head.tag_:
                continue
            if any(c.dep_ in SUBJECT_DEPS for c in child.children):
                continue
            if tree.subtree(child.i) & dated.keys() or apart(tree, child, cut):
                continue
            out |= core(tree, child.i, cut)
            todo.append(child)
    return out


def apart(tree: Tree, verb: Token, cut: frozenset[str]) -> bool:
    """Whether a joined verb tells a time of its own ("and died a few days later",
    "and was earlier cleared") or a clause the row would cut from it ("and
    declared that ..."): then it is no step of the dated telling."""
    if names_a_time(tree, verb) or any(c.lower_ in _OTHER_TIME for c in verb.children):
        return True
    return any(tree.cuts(c.i, cut) and c.dep_ != "conj" for c in verb.children)


def joined_gerund(tree: Tree, token: Token, dated: dict[int, str]) -> bool:
    """Whether `token` is a gerund after a preposition that tells part of the
    event above it ("close to winning the Triple Crown"): no subject of its own, no
    date in it."""
    if tree.deps[token.i] != "pcomp" or token.tag_ != "VBG":
        return False
    if token.head.head.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
        return False  # "the wisdom in returning", "victims of bombing": a noun's
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        return False
    return not (tree.subtree(token.i) & dated.keys())


def names_a_time(tree: Tree, clause: Token) -> bool:
    """Whether the clause at `clause` names a time, anchoring or not ("be
    reinstated later this year"): a complement that does tells its own event."""
    doc = clause.doc
    return any(doc[t].ent_type_ in ("DATE", "TIME") for t in core(tree, clause.i, NESTED))
