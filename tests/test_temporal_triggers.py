"""Trigger words: where a rule may match, and what every one of its matches holds."""

from __future__ import annotations

import pytest

from newsbrief.temporal.rules import RULES
from newsbrief.temporal.triggers import required_triggers, required_words, triggers_in


def test_required_triggers_skip_optional_groups_and_alternatives() -> None:
    assert required_triggers(r"{month}\s+{day},?\s+{year}") == {"month", "digit"}
    # "day" may be a word ("the first of May"): it asks for no digit.
    assert required_triggers(r"(?:the\s+)?{day}\s+(?:of\s+)?{month}") == {"month"}
    assert required_triggers(r"(?:{approx}\s+)?{num}\s+{unit}\s+ago") == {"unit"}
    assert required_triggers(r"{hour}(?::{minute})?\s*{ampm}(?:\s+{zone})?") == {"digit", "ampm"}
    assert required_triggers(r"{weekday}s?|{month}") == frozenset()
    assert required_triggers(r"(?:{weekday}|{month})\s+{year}") == {"digit"}
    assert required_triggers(r"[({]{season}*\s+{year}?") == frozenset()
    assert required_triggers(r"{season}(?!\s+{year})") == {"season"}
    assert required_triggers(r"(?<!{month}\s){year}") == {"digit"}
    assert required_triggers(r"the\s+quarter(?=\s+ended\s+{month})") == {"month"}
    # Lookbehinds look before the scanned window: nothing in them is required.
    assert required_triggers(r"(?<={month}\s){year}") == {"digit"}
    assert required_triggers(r"(?:{vague})\s+{unit}") == {"vague", "unit"}


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"{num}\s+{unit}\s+ago", {"ago"}),
        (r"the\s+(?:comparable\s+)?year", {"the", "year"}),
        (r"days?", {"day"}),
        (r"{hour}\s+o'clock", {"clock"}),
        (r"ab+c", {"ab"}),
        (r"[a-z]+\s+week", {"week"}),
        (r"(?i:the)\s+end", {"the", "end"}),
        (r"(?:every|each)\s+{weekday}", set()),
        (r"(?P<daypart>morning|night)", set()),
        (r"(?<=\bin\s){yy}", set()),
        (r"(?!\s+of){month}", set()),
        (r"the\s+year|week", set()),
        (r"{month}\s+the\s*\d", {"the"}),
    ],
)
def test_required_words_are_literal_words_no_match_goes_without(
    pattern: str, words: set[str]
) -> None:
    assert required_words(pattern) == words


def test_every_rule_example_holds_the_rule_words() -> None:
    """A rule's words only skip text where the rule cannot match."""
    for rule in RULES:
        for e in rule.examples:
            # In the sentence: a lookahead's words follow the match in the window.
            assert all(w in e.sentence.lower() for w in rule.words), (rule.name, e.sentence)


def test_triggers_name_the_tables_present() -> None:
    present = triggers_in("Sales rose 5% last week, before Christmas")
    assert {"digit", "week", "unit", "holiday"} <= present
    assert "month" not in present
    assert "holiday" not in triggers_in("It was a busy day")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("at 5 p.m.", "ampm"), ("at 5pm", "ampm"), ("Labor Day", "holiday"),
        ("several weeks", "vague"), ("the following Monday", "anchordir"),
        ("in mid-2012", "partword"), ("last year", "dir"),
    ],
)  # fmt: skip
def test_words_tell_the_kinds_of_sub_patterns_a_rule_cannot_do_without(
    text: str, kind: str
) -> None:
    assert kind in triggers_in(text)
