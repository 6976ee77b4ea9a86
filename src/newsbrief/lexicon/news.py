"""The shape of news copy: the agencies that sign datelines, lines of metadata, words a
sentence cannot end on."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words a sentence cannot end on: a line ending in one stops mid-sentence (it is
# never a heading, and the next line completes it).
DANGLING_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "with",
        "from",
        "for",
        "at",
        "by",
        "into",
        "than",
        "that",
        "my",
        "your",
        "his",
        "her",
        "its",
        "our",
        "their",
    }
)

# Lines that link to other stories or prompt to a video ("READ MORE: ...", "WATCH
# BELOW: ...", "RELATED: ..."), matched at a line's start: their names, quotes and
# dates are not this story's. ("More:" alone is left: CNN glues it to a paragraph.)
LINK_LINE = re.compile(
    r"\W*(?:(?:read|watch)\s+more|watch(?:\s+(?:this|below|above|here|live|now|video))?"
    r"|related)\s*:",
    re.IGNORECASE,
)

# Lines that carry metadata, not content: never headings, never summary sentences.
META_LINE = re.compile(
    r"^\s*(?:by\s+[A-Z]|published\b|updated\b|posted\b|last\s+(?:updated|modified)\b|"
    r"photo\b|image\b|picture\b|credit\b|source\b|copyright\b|©)",
    re.IGNORECASE,
)

# News agencies and outlets that sign a dateline: "Kathmandu, Nepal (CNN)",
# "WASHINGTON, March 22 (AP) —".
NEWS_AGENCIES = (
    "CNN",
    "CNN Money",
    "CNNMoney",
    "AP",
    "Reuters",
    "AFP",
    "UPI",
    "Bloomberg",
    "dpa",
    "PA",
    "Xinhua",
    "Kyodo",
    "ANSA",
    "EFE",
    "IANS",
    "PTI",
    "EW.com",
    "Mashable",
    "CNET",
)


_AGENCY = "|".join(re.escape(a) for a in sorted(NEWS_AGENCIES, key=len, reverse=True))
_DATE_PART = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)"
_PLACE_WORD = r"[A-Z][\w.'’-]*"

# A dateline opening a paragraph, with the space after it: "(CNN)", "Boston (CNN)",
# "LONDON, England (CNN) --", "SALEM, Ore. (AP) —", "GENEVA, March 22, 2013 (AP) —",
# "GLASGOW —". It tells where the story was filed, not what happened.
DATELINES = (
    re.compile(
        rf"^(?:{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD}){{0,4}},?\s*)?(?:{_DATE_PART}\s*)?"
        rf"\((?:{_AGENCY})\)\s*(?:--|—|–|-|:)?\s*"
    ),
    re.compile(
        rf"^[A-Z][A-Z.'’-]+(?:[ ,]+{_PLACE_WORD}){{0,4}},?(?:\s*{_DATE_PART})?"
        r"\s*(?:\([^()\n]{1,20}\))?\s*(?:--|—|–)\s*"
    ),
)


def leading_length(patterns: Iterable[re.Pattern[str]], text: str) -> int:
    """How many leading characters of `text` the first of `patterns` that matches
    there covers (0 if none does)."""
    for pattern in patterns:
        m = pattern.match(text)
        if m:
            return m.end()
    return 0


def dateline_length(text: str) -> int:
    """How many leading characters of `text` are a dateline (0 if none)."""
    return leading_length(DATELINES, text)


# A line that signs a story off rather than telling it: who contributed (names, "and",
# "in" a place, "journalist", then "contributed to this"), reported or wrote it
# ("Farid Ahmed reported from Dhaka and Harmeet Singh from New Delhi.", "Dana Ford
# reported and wrote from Atlanta."), and the copyright. Read as furniture only where
# it closes the story (`newsbrief.blocks.trailer_start`): in the body "Smith reported
# from Kabul" is news.
# Lower-case words in a list of contributors: "and", "in" a place, "as well as",
# name particles, what they are ("journalists", "meteorologists").
_CREDIT_WORDS = (
    r"and|in|also|as|well|de|da|van|von|der|al-\w+"
    r"|(?:journalist|meteorologist|correspondent|producer|intern)s?"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al-\w+)){0,3}"
CREDIT_LINE = re.compile(
    rf"^(?:(?:[A-Z][\w.'’\"-]*+|{_CREDIT_WORDS})(?:,?\s+))+contributed(?:\s+to\s+this\b|\s+from\b|\W*$)"
    r"|(?i:^all rights reserved\b)|^©"
    rf"|^(?:CNN[’']s\s+|(?i:journalist)\s+)?{_NAME}\s+(?:also\s+)?(?:reported|wrote)"
    r"(?:\s+and\s+(?:reported|wrote))?(?:\s+this\s+(?:story|report))?\s+(?:from|in)\s+[A-Z]"
)
# A line that links to another story: a headline without a full stop ("People
# we've lost in 2015", "Photo gallery: Superyachts of the future"). Headlines are
# short; a longer line without a full stop is a caption or a line cut short.
LINK_LINE_MAX_WORDS = 14
_LINK_LINE = re.compile(r"^[\"'“‘]?[A-Z0-9][^\n]*$")
_ENDS_SENTENCE = re.compile(r"[.!?…;,][\"'‘”’)\]\s\u200b]*$")
_NUMBERED = re.compile(r"^\d+[.)]\s")


def link_line(text: str) -> bool:
    """Whether a line reads as a link to another story: a short headline-like line
    that does not end as a sentence does (nor as a numbered list item)."""
    return (
        bool(_LINK_LINE.match(text))
        and not _ENDS_SENTENCE.search(text)
        and not _NUMBERED.match(text)
        and len(text.split()) <= LINK_LINE_MAX_WORDS
    )
