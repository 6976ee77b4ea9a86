"""The story's trailer: credits and links to other stories after its last sentence."""

from __future__ import annotations

import pytest

from newsbrief.blocks import split_blocks, trailer_start
from newsbrief.lexicon import CREDIT_LINE, link_line

STORY = (
    "(CNN) Rescuers pulled a man from the rubble of a hotel in Kathmandu on Tuesday.\n\n"
    "The man had been trapped for five days, officials said.\n\n"
    "More than 7,000 people were killed in the earthquake.\n\n"
)


def trailer_of(text: str) -> list[str]:
    blocks = split_blocks(text)
    return [b.text for b in blocks[trailer_start(blocks) :]]


@pytest.mark.parametrize(
    "tail",
    [
        ["CNN's Sugam Pokharel and Kunal Sehgal contributed to this report."],
        ["CNN's Helena Cavendish de Moura contributed to this report"],
        [
            "Farid Ahmed reported from Dhaka and Harmeet Shah Singh from New Delhi.",
            "Greg Botelho wrote this story from Atlanta.",
            "CNN's Matthew Chance in Moscow and Laura Smith-Spark in London contributed "
            "to this report.",
        ],
        ["Dana Ford reported and wrote from Atlanta."],
        ["People we've lost in 2015"],
        ["Hillary Clinton blasts Cotton Iran letter", "CNN's Brian Walker contributed."],
        [
            "More from Marketplace Africa",
            "Read this: Fast-rising aviation hub spreads its wings",
            "©2015 The Hollywood Reporter.",
            "All rights reserved.",
        ],
    ],
)
def test_credits_and_links_after_the_story_are_its_trailer(tail: list[str]) -> None:
    assert trailer_of(STORY + "\n\n".join(tail) + "\n") == tail


@pytest.mark.parametrize(
    "last",
    [
        "Officials said the search would go on until Friday.",
        # A correspondent in the body is news, and so is a story's last sentence.
        '"We got to tell that story," Cruz said. CNN\'s Adam Levy contributed to this report.',
        # The last item of a numbered list is the story's own.
        "10. Beach at Panama City, Panama City Beach, Florida",
        # A long line without a full stop is a caption or a line cut short.
        "Rescuers carry a man from the rubble of a hotel in Kathmandu as his relatives "
        "watch from the road outside",
    ],
)
def test_the_story_itself_is_no_trailer(last: str) -> None:
    assert trailer_of(STORY + last + "\n") == []


def test_a_story_of_headlines_only_has_no_trailer() -> None:
    text = "Crazy things people took on planes\n\nPeople we've lost in 2015\n\nTop 10 beaches\n"
    assert trailer_of(text) == []


def test_credit_lines_are_told_from_sentences() -> None:
    assert CREDIT_LINE.search("CNN Intern Harvard Zhang contributed to this report")
    assert CREDIT_LINE.search("Journalist Omar Nor reported from Mogadishu.")
    assert not CREDIT_LINE.search("Officials said the man contributed to the fund.")
    assert not CREDIT_LINE.search("the reporter wrote from Kabul that the city had fallen.")
    assert link_line("Opinion: Why Yemen has come undone")
    assert not link_line("The man had been trapped for five days, officials said.")
