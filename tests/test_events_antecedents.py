"""What a clause that modifies a noun belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.events.antecedents import antecedent, noun_of

if TYPE_CHECKING:
    from spacy.language import Language


def _verb(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_who_after_a_bare_noun_closing_a_phrase_stands_for_the_noun_before(
    nlp: Language,
) -> None:
    text = "The passengers and crew on board, who have had nothing but hope, wait."
    had = _verb(nlp, text, "had")
    assert antecedent(had).text == "passengers"  # type: ignore[union-attr]
    assert noun_of(had).text == "passengers"  # type: ignore[union-attr]


def test_who_after_a_noun_with_words_of_its_own_stands_for_it(nlp: Language) -> None:
    # Whichever noun the parse hangs the clause on, one with a determiner is it.
    for text in (
        "They spoke to the mother of the victim, who said nothing.",
        "They spoke to the victims of the crash, who said nothing.",
    ):
        said = _verb(nlp, text, "said")
        assert antecedent(said) == said.head


def test_a_clause_that_modifies_no_noun_has_none(nlp: Language) -> None:
    said = _verb(nlp, "She said the plan failed.", "failed")
    assert noun_of(said) is None
