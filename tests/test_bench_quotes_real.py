"""The real-news quote benchmark's scoring: the Tracker's matching and the name rule."""

from __future__ import annotations

import sys
from pathlib import Path

from newsbrief.brief import Quote, TextSpan

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quotes_real import Gold, match, name_verdict, score


def test_a_gold_quote_is_found_above_the_share_and_each_prediction_used_once() -> None:
    golds = [Gold([(0, 100)], True, "A", []), Gold([(0, 100)], True, "A", [])]
    predicted = [Quote("x" * 31, 0, 31, None)]
    assert match(golds, predicted, 0.3) == {0: 0}
    assert match(golds, [Quote("x" * 30, 0, 30, None)], 0.3) == {}
    assert match(golds, predicted, 0.8) == {}


def test_a_name_is_right_by_surname_wrong_when_another_and_a_description_unresolved() -> None:
    assert name_verdict("Darian Lonechild", "Lonechild") == "right"
    assert name_verdict("Darian Lonechild", "Darian Lonechild") == "right"
    assert name_verdict("Darian Lonechild", "Sky News") == "wrong"
    assert name_verdict("Darian Lonechild", "the utility") == "unresolved"
    assert name_verdict("Darian Lonechild", None) == "unresolved"


def test_the_speaker_rule_asks_for_the_attributing_mention() -> None:
    text = "she said it " + "x" * 40
    golds = [Gold([(12, 52)], False, "Darian Lonechild", [(0, 3)])]
    here = Quote(text[12:52], 12, 52, "Darian Lonechild", mention_span=TextSpan("she", 0, 3))
    elsewhere = Quote(text[12:52], 12, 52, "Darian Lonechild", mention_span=TextSpan("sa", 4, 6))
    right = score(text, golds, [here], set(), "a", True)
    assert (right.speaker_rule, right.name_right, right.name_wrong) == (1, 1, 0)
    assert score(text, golds, [elsewhere], set(), "a", True).speaker_rule == 0


def test_a_description_with_a_possessive_is_unresolved_not_wrong() -> None:
    assert name_verdict("Joseph", "His father") == "unresolved"
