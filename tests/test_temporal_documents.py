"""A quoted document's time, told before its quotation, is the quotation's."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from newsbrief.blocks import split_blocks
from newsbrief.nlp import annotate
from newsbrief.temporal import find_dates

if TYPE_CHECKING:
    from spacy.language import Language

REFERENCE = dt.date(2016, 10, 5)


def _value(nlp: Language, text: str, quoted: str) -> str:
    dates = find_dates(annotate(nlp, text, split_blocks(text)), REFERENCE)
    (date,) = [d for d in dates if d.text == quoted]
    return date.value


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        # A day told of the document: its relative dates count from that day.
        (
            "The mayor sent a letter on March 3, 2009, to the council.\n\n"
            '"We will close the plant next month," the letter said.\n',
            "next month",
            "2009-04",
        ),
        # A time coarser than a day: the quotation's day is not known.
        (
            "Twenty years ago, a Ledger article praised the plant.\n\n"
            '"The plant opened yesterday to great fanfare," the article read.\n',
            "yesterday",
            "XXXX-XX-XX",
        ),
        (
            'In a 1995 story, the paper praised the plant. "It opened yesterday," the story said.',
            "yesterday",
            "XXXX-XX-XX",
        ),
        # No document framing the quotation: the article's own time.
        (
            "Twenty years ago, a Ledger article praised the plant.\n\n"
            '"The plant will open a wing next month," the mayor said.\n',
            "next month",
            "2016-11",
        ),
    ],
)
def test_a_quoted_document_counts_from_its_own_time(
    nlp: Language, text: str, quoted: str, value: str
) -> None:
    assert _value(nlp, text, quoted) == value


def test_a_document_named_long_before_frames_nothing(nlp: Language) -> None:
    text = (
        "A 2009 letter warned the council.\n\n"
        + "The council met again.\n\n" * 4
        + '"The plant opened yesterday," the letter said.\n'
    )
    assert _value(nlp, text, "yesterday") == "2016-10-04"
