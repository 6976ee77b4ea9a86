"""Language identification: a text that is not English is said to be so, and the
English model names no entities from it."""

from __future__ import annotations

from typing import Any

from newsbrief.compose import compose
from newsbrief.read import Article
from newsbrief.read.language import foreign, identify

RUSSIAN = (
    "Например, в Москве прошла встреча министров иностранных дел России и Китая. "
    "Стороны обсудили вопросы торговли и безопасности, сообщил Сергей Лавров.\n\n"
    "Министр сказал, что переговоры продолжатся в марте в Пекине."
)
ENGLISH = (
    "Engineers found three cracks in the Kallen dam during an inspection on Tuesday, "
    "the regional water board said in a statement."
)


def test_russian_is_told_from_english() -> None:
    found = foreign(RUSSIAN)
    assert found is not None and (found.code, found.name) == ("ru", "Russian")
    assert foreign(ENGLISH) is None
    english = identify(ENGLISH)
    assert english is not None and english.code == "en"


def test_control_characters_and_lone_surrogates_do_not_break_identification() -> None:
    assert foreign("\x1b[31m" + RUSSIAN + "\ud800") is not None


def test_a_russian_article_gets_a_warning_and_no_entities(nlp: Any) -> None:
    brief = compose(Article(RUSSIAN, None), nlp)
    assert [w.code for w in brief.warnings if w.code == "language"] == ["language"]
    assert brief.entities == []
    assert brief.source.language == "ru"
    assert brief.to_dict()["source"]["language"] == "ru"


def test_an_english_article_gets_no_language_warning(nlp: Any) -> None:
    brief = compose(Article(ENGLISH, None), nlp)
    assert all(w.code != "language" for w in brief.warnings)
    assert brief.source.language is None
