"""The part a name plays in its sentence: its main subject, and what it is set beside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.entities.roles import appositions, beside, main_subject

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span


def _name(nlp: Language, text: str, name: str) -> Span:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


def test_the_main_verbs_subject_is_what_the_sentence_is_about(nlp: Language) -> None:
    assert main_subject(_name(nlp, "Bill Clinton criticized the law.", "Bill Clinton"))
    text = "The law was criticized by his wife Hillary Clinton."
    assert not main_subject(_name(nlp, text, "Hillary Clinton"))


def test_a_name_is_set_beside_the_noun_right_before_its_comma(nlp: Language) -> None:
    text = "His father, Ernie LeBlanc, says his son battled addiction."
    name = _name(nlp, text, "Ernie LeBlanc")
    assert beside(name).text == "father"
    assert [n.text for n in appositions(name.root)] == ["father"]
    # After a colon, a name is set beside nothing: it is its own root.
    text = "The crash killed two of his sons: Brenden Major, 4, and Theodore Major, 2."
    name = _name(nlp, text, "Brenden Major")
    assert beside(name) == name.root
