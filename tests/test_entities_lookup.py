"""The second look-up: known names found where the recognizer did not trust itself."""

from __future__ import annotations

from typing import Any

from extract_support import one, sample


def test_headline_guesses_are_not_trusted_but_known_names_count(entities_of: Any) -> None:
    entities = entities_of(sample("wire-prose.txt"))
    names = {n for e in entities for n in (e.name, *e.aliases)}
    assert "Sahel Drought Deepens" not in names
    text = sample("markdown-report.md")
    voltaris = one(entities_of(text), "Voltaris")
    assert any(m.start < text.index("\n") for m in voltaris.mentions)
    assert "Jobs" not in {n for e in entities_of(text) for n in (e.name, *e.aliases)}
