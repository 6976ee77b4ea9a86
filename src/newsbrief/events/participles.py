"""Whom a participle opening its sentence is about: the subject of the clause after
it ("Born in 1923, Lee co-founded Singapore": the row of the birth is "Born in
1923, Lee", not "Born in 1923", which tells no one's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.subjects import SUBJECT_DEPS, has_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

# Participles: "Born in 1923", "Asked by reporters Sunday about ...".
_PARTICIPLES = frozenset({"VBN", "VBG"})


def fronted_doer(head: Token, dated: dict[int, str]) -> set[int]:
    """The token indices from the end of the participle's clause at `head` to the
    end of the name of its doer, when the participle opens its sentence and
    the clause it hangs from goes on with its subject right after a comma ("Launched
    in 1940, the Musashi was ..." gives ", the Musashi"); else none. The name ends
    at the subject's noun ("McCurry -- whose hand was damaged" gives "McCurry");
    a pronoun names no one, and a name that holds a date (`dated`) is another
    time's."""
    verb = head.head
    if head.dep_ != "advcl" or head.tag_ not in _PARTICIPLES or head.i > verb.i:
        return set()
    if has_subject(head) or head.left_edge.i != head.sent.start:
        return set()
    if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in head.children):
        return set()  # "When asked ..., it seemed": whom it is about goes unsaid
    end = head.right_edge.i
    doc = head.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return set()
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i != end + 2 or subject.i > verb.i:
        return set()
    if subject.pos_ == "PRON":
        return set()  # "Launched in 1940, it": names no one
    span = set(range(end + 1, subject.i + 1))
    return set() if span & dated.keys() else span
