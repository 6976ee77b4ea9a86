"""The quotes of an article as one list: each statement once, in order."""

from __future__ import annotations

from typing import Any


def test_a_pull_quote_is_listed_once_with_its_speaker(quotes_of: Any) -> None:
    text = (
        "Hospital attack: 'It felt like 1985,' says nurse\n\n"
        "Ruth Calloway, a nurse at the trust, described the week.\n\n"
        '"We were writing notes by hand," she said. "It felt like 1985."\n\n'
        '"It felt like 1985."'
    )
    quotes = quotes_of(text)
    felt = [q for q in quotes if "It felt like 1985" in q.text]
    assert len(felt) == 1, quotes
    assert felt[0].kind == "direct" and felt[0].speaker == "Ruth Calloway"
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
