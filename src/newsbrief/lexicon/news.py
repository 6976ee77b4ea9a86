"""The shape of news copy: the agencies that sign datelines, lines of metadata, words a
sentence cannot end on."""

from __future__ import annotations

import re

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
