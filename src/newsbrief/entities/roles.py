"""The part a name plays in its sentence: what the sentence is about, and the nouns
set beside it ("his wife, Helen Lowe")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def appositions(root: Token) -> list[Token]:
    """The nouns a name stands in apposition with: 'his wife, Helen Lowe'."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return nouns


def main_subject(span: Span) -> bool:
    """Whether a name is what its sentence is about: the main verb's subject, or
    the head of a sentence without a verb of its own ("Alan Price, now 71, ...")."""
    root = span.root
    return root.dep_ == "ROOT" or (root.dep_ in SUBJECTS and root.head.dep_ == "ROOT")


def beside(span: Span) -> Token:
    """The noun a name is set beside, right before it ("His father, Ernie LeBlanc,
    says": "father"; not "two of his sons: Brenden Major"), else the name's root."""
    root, a = span.root, span.start
    if root.dep_ == "appos" and a > 1 and span.doc[a - 1].text == "," and root.head.i == a - 2:
        return root.head
    return root
