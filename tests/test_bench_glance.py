"""The At a Glance benchmark's own rules: parts, the clean lead, the next lead, intervals."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from newsbrief.nlp import Annotated

BENCH = Path(__file__).resolve().parent.parent / "bench" / "glance.py"


@pytest.fixture(scope="module")
def glance() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_glance", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_glance"] = module
    spec.loader.exec_module(module)
    return module


def test_parts_are_fixed_and_about_half(glance: ModuleType) -> None:
    names = [f"story-{i}.txt" for i in range(400)]
    parts = [glance.part_of(n) for n in names]
    assert parts == [glance.part_of(n) for n in names]  # the same on every run
    assert set(parts) == {"tune", "confirm"}
    assert 160 <= parts.count("tune") <= 240


def test_clean_lead_drops_furniture_and_datelines(glance: ModuleType) -> None:
    sentences = [
        "By . Daily Mail Reporter .",
        "PUBLISHED: . 12:34 EST, 3 March 2014 .",
        "Go fetch: The dog ran into the sea to bring back a ball",
        "LONDON, England (CNN) -- The council approved the budget on Monday.",
        "The mayor said: 'We had no choice.'",
        "Scroll down for video",
        "Residents will pay more from April.",
    ]
    assert glance.clean_sentences(sentences) == [
        "The council approved the budget on Monday.",
        "The mayor said: 'We had no choice.'",
        "Residents will pay more from April.",
    ]


def test_next_lead_skips_what_at_a_glance_took(glance: ModuleType) -> None:
    clean = ["First one.", "Second  one.", "Third one.", "Fourth one.", "Fifth one."]
    picked = ["First one.", "Third one. Fourth one."]
    assert glance.next_lead(clean, picked, 2) == ["Second one.", "Fifth one."]


def test_interval_is_paired_and_brackets_the_mean(glance: ModuleType) -> None:
    rng = np.random.default_rng(1)
    diff = 0.01 + 0.05 * rng.standard_normal(200)
    lo, hi = glance.interval(diff, 1000)
    assert lo < 100 * diff.mean() < hi
    assert glance.interval(np.full(50, 0.02), 200) == pytest.approx((2.0, 2.0))


def test_usable_sentences_leave_out_what_the_brief_never_uses(
    glance: ModuleType, annotated_of: Callable[[str], Annotated]
) -> None:
    text = (
        "Fans queue outside the new sandwich shop in Leeds on Saturday\n\n"
        "The shop opened on Saturday with a queue of three hundred people.\n\n"
        "Who would queue for a sandwich?\n\n"
        "The owner said the shop would open a second branch next year.\n"
    )
    assert [t for t, _ in glance.usable_sentences(annotated_of(text))] == [
        "The shop opened on Saturday with a queue of three hundred people.",
        "The owner said the shop would open a second branch next year.",
    ]


def test_fresh_lead_leaves_out_what_repeats_at_a_glance(glance: ModuleType) -> None:
    def bag(text: str) -> Counter[str]:
        return Counter(text.lower().rstrip(".").split())

    texts = [
        "Fire crews rescued six people from a burning tower on Sunday.",
        "Six people were rescued from a burning tower by fire crews.",
        "The fire started in a kitchen on the third floor.",
        "Two residents were taken to hospital.",
    ]
    usable = [(t, bag(t)) for t in texts]
    picked = [texts[0]]
    assert glance.fresh_lead(usable, picked, 2) == [texts[2], texts[3]]
    assert glance.next_lead(texts, picked, 2) == [texts[1], texts[2]]
