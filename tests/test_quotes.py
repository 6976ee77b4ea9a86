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


def test_outermost_reported_statements_as_every_pair_would_say() -> None:
    import random
    import time
    from types import SimpleNamespace

    from newsbrief.quotes import _outermost

    def brute(found: list[Any]) -> list[Any]:
        return [
            r
            for r in found
            if not any(
                o is not r
                and o.content.start <= r.content.start
                and r.content.end <= o.content.end
                and (o.content.start, o.content.end) != (r.content.start, r.content.end)
                for o in found
            )
        ]

    rng = random.Random(19)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            found.append(
                SimpleNamespace(
                    content=SimpleNamespace(start=start, end=start + rng.randint(1, 15))
                )
            )
        assert _outermost(found) == brute(found)  # type: ignore[arg-type]
    # A line of 70,000 statements, one after another: one sweep, not every pair.
    many = [
        SimpleNamespace(content=SimpleNamespace(start=i * 10, end=i * 10 + 8))
        for i in range(70_000)
    ]
    began = time.process_time()
    assert len(_outermost(many)) == 70_000  # type: ignore[arg-type]
    assert time.process_time() - began < 2.0
