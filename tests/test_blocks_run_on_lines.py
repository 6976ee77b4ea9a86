"""Block splitting on copy with one sentence per line, where a line may stop mid-sentence.

(The summary relies on this; the rest of block splitting is tested with blocks.)
"""

from __future__ import annotations

import pytest

from newsbrief.blocks import split_blocks


@pytest.mark.parametrize(
    "text",
    [
        # The next line continues the sentence in lower case.
        "Harwick Rovers fans with annual passes may find it hard to credit\n\n"
        "but Tomas Lindqvist is the leading goalscorer in Portugal this year.\n",
        # The line stops on a word no sentence (or title) ends with.
        "A section of the fans left their seats empty for the first ten minutes of the\n\n"
        "Premier League match in a protest against ticket prices.\n",
        "Firefighters were sent to\n\nMarlowe's Tavern in Cedar Springs on Saturday evening.\n",
        # The end of a quotation, or a stray quotation mark, is not a title.
        "It is a sad situation. '\n\nThe manager said he would stay until the summer.\n",
        "'\n\nThe manager said he would stay until the summer.\n",
    ],
)
def test_a_line_cut_mid_sentence_is_not_a_title(text: str) -> None:
    kinds = [b.kind for b in split_blocks(text)]
    assert kinds == ["paragraph", "paragraph"]


def test_titles_and_headings_still_found() -> None:
    text = (
        "Water Agency Seeks Emergency Funds\n\n"
        "The agency appealed for funds on Friday.\n\n"
        "Regional Context\n\n"
        "Rainfall has fallen below average for three years.\n"
    )
    assert [b.kind for b in split_blocks(text)] == ["headline", "paragraph", "heading", "paragraph"]
