"""Who does what an infinitive of saying says when a verb of making or asking
someone do it governs it: "The scandal forced Senator Lee to tell reporters" is
Lee's telling, not the scandal's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object does what their infinitive says: "the ruling led Governor
# Wolf to say", "prompted the club's president to tell French television".
OBJECT_CONTROL = frozenset(
    {"prompt", "lead", "force", "ask", "urge", "invite", "persuade", "cause", "encourage"}
    | {"inspire", "push", "spur", "compel", "drive", "move", "get", "allow", "require"}
)


def controller_of(verb: Token) -> Token | None:
    """Who does what an infinitive of saying says after a verb of making or asking
    someone do it: the verb's object ("The scandal forced Senator Lee to tell
    reporters", not the scandal), also where the parse hangs the infinitive from
    the clause above ("spells, which prompted the president of his club, Aulas,
    to tell French television": the president, not the one with the spells)."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl"):
        return None
    if verb.dep_ == "xcomp":
        head = verb.head
        # "led Governor Tom Wolf to say": the parse may take the name for an adverb.
        objects = [
            c
            for c in head.children
            if c.i < verb.i and (c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))
        ]
        return objects[0] if objects and head.lemma_ in OBJECT_CONTROL else None
    doc = verb.doc
    k = to.i - 1
    while k > verb.head.i and doc[k].is_punct:
        k -= 1
    node = doc[k]
    while verb.head.i < node.head.i < to.i and node.dep_ != "dobj":
        node = node.head
    if node.dep_ == "dobj" and node.head.i > verb.head.i and node.head.lemma_ in OBJECT_CONTROL:
        return node
    return None
