"""Dates of the role an apposition gives a person: "Ambrose Nicholas, the Lord
Mayor of London in 1575" tells when he was mayor, not when anything the clause
tells happened ("The result is a database of ... names, including Ambrose
Nicholas, the Lord Mayor of London in 1575" was dated 1575)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions that put a role in a time: "the mayor in 1575", "coach during 2010".
_IN_TIME = frozenset({"in", "during"})


def dates_a_role(span: Span) -> bool:
    """Whether the date `span` follows "in" or "during" after a noun set beside a
    person's name, the role it names: hung from that noun, or right after it
    wherever the parse hangs it ("letters by Jane Doe, the city's mayor in 1890")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in _IN_TIME or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    ending = [n for n in (before, *before.ancestors) if n.right_edge.i == prep.i - 1]
    return any(_role(noun) for noun in (prep.head, *ending) if noun.i < prep.i)


def _role(noun: Token) -> bool:
    """Whether `noun` names a person's role beside the name, with no clause in it
    ("the mayor of the town where he was born in 1890" dates the birth), and is
    no name itself."""
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "appos"
        and noun.head.ent_type_ == "PERSON"
        and not noun.ent_type_  # a name ("Warwick, Rhode Island, Police Department") is no role
        and not any(t.pos_ in ("VERB", "AUX") for t in noun.subtree)
    )
