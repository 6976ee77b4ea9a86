"""The second look-up: known names found where the recognizer did not trust itself."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from extract_support import names_of, one, sample
from newsbrief.entities.lookup import _occurrences


def test_headline_guesses_are_not_trusted_but_known_names_count(entities_of: Any) -> None:
    entities = entities_of(sample("wire-prose.txt"))
    names = names_of(entities)
    assert "Sahel Drought Deepens" not in names
    text = sample("markdown-report.md")
    voltaris = one(entities_of(text), "Voltaris")
    assert any(m.start < text.index("\n") for m in voltaris.mentions)
    assert "Jobs" not in names_of(entities_of(text))


def test_names_are_found_only_as_whole_words() -> None:
    text = "Lee met Mr.Lee, Leeds and Lee_2 at Lee's; Lee"
    assert [text[a:b] for a, b in _occurrences("Lee", text)] == ["Lee", "Lee", "Lee"]
    assert [a for a, _ in _occurrences("Lee", text)] == [0, 35, 42]


@given(st.text(alphabet="ab._ -é1", max_size=30), st.sampled_from(["a", "ab", "a.b", "b."]))
def test_whole_word_search_matches_the_pattern_it_replaced(text: str, form: str) -> None:
    pattern = re.compile(rf"(?<![\w.]){re.escape(form)}(?!\w)")
    assert list(_occurrences(form, text)) == [m.span() for m in pattern.finditer(text)]
