"""Common English words, from the model's own lemmatizer tables (no extra data).

A capitalized word at the start of a sentence may be an ordinary word glued to a
name ("Anticipated Trump") or no name at all ("Young people ..."): the lemmatizer's
index, rules and exceptions tell an inflected verb or adjective, and any known word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Words:
    """Common English words, from the model's own lemmatizer tables (no extra data)."""

    index: dict[str, frozenset[str]]
    rules: dict[str, list[tuple[str, str]]]
    exceptions: dict[str, dict[str, list[str]]]

    def inflected(self, word: str) -> bool:
        """Whether `word` is an inflected verb or adjective ("anticipated", "rising")."""
        for pos in ("verb", "adj"):
            if word in self.exceptions.get(pos, {}):
                return True
            for old, new in self.rules.get(pos, []):
                if old and word.endswith(old):
                    base = word[: len(word) - len(old)] + new
                    if base != word and base in self.index.get(pos, frozenset()):
                        return True
        return False

    def known(self, word: str) -> bool:
        """Whether `word` is an ordinary English word in any form."""
        return any(word in idx for idx in self.index.values()) or self.inflected(word)


_NO_WORDS = Words({}, {}, {})
WORD_CLASSES = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=4)
def english_words(nlp: Language | None) -> Words:
    """The word tables of `nlp`'s lemmatizer, or none when it has no rule lemmatizer."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return _NO_WORDS
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not all(
        lookups.has_table(t) for t in ("lemma_index", "lemma_rules", "lemma_exc")
    ):
        return _NO_WORDS
    # Lookup tables hash their keys: ask for each part of speech by name.
    index_table = lookups.get_table("lemma_index")
    rule_table = lookups.get_table("lemma_rules")
    exc_table = lookups.get_table("lemma_exc")
    index = {pos: frozenset(index_table.get(pos, [])) for pos in WORD_CLASSES}
    rules = {pos: [(old, new) for old, new in rule_table.get(pos, [])] for pos in WORD_CLASSES}
    exceptions = {pos: dict(exc_table.get(pos, {})) for pos in WORD_CLASSES}
    return Words(index, rules, exceptions)
