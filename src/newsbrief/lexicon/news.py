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

# Lines that link to other stories ("READ MORE: ..."), matched at a line's start:
# their names and their quotes are not this story's.
LINK_LINE = re.compile(r"\W*(?:read|watch)\s+more\s*:", re.IGNORECASE)

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


def dateline_length(text: str) -> int:
    """How many leading characters of `text` are a dateline (0 if none)."""
    for pattern in DATELINES:
        m = pattern.match(text)
        if m:
            return m.end()
    return 0
