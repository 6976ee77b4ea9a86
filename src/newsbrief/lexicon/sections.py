"""The article's own summary sections and other page structure, by the names news uses.

Headings are matched normalized (`normalize_heading`): lower case, punctuation and
surrounding space removed.
"""

from __future__ import annotations

import re

# Section headings whose bullets are the article's own summary. Matched on the
# normalized heading (lower case, punctuation and surrounding space removed).
GLANCE_HEADINGS = frozenset(
    {
        "at a glance",
        "highlights",
        "story highlights",
        "key points",
        "key facts",
        "summary",
        "in brief",
        "the big picture",
        "what to know",
        "what you need to know",
        "tldr",
        "tl dr",
        "the gist",
        "quick read",
        "fast facts",
        "quick facts",
        "what we know",
        "what we know so far",
        "in short",
        "need to know",
        "the essentials",
        "main points",
        "key findings",
    }
)
TAKEAWAY_HEADINGS = frozenset(
    {
        "key takeaways",
        "takeaways",
        "why it matters",
        "what it means",
        "what s next",
        "whats next",
        "what comes next",
        "the bottom line",
        "bottom line",
        "the takeaway",
        "why this matters",
        "what this means",
        "what it means for you",
        "what happens next",
        "what to watch",
        "what to watch for",
        "the upshot",
        "looking ahead",
    }
)


def normalize_heading(text: str) -> str:
    """Heading text reduced for table look-ups: 'What's Next?' -> 'what s next'."""
    words = re.findall(r"[^\W_]+", text.lower())
    return " ".join(words)


def section_role(heading: str | None) -> str | None:
    """'glance' or 'takeaways' when a heading names one of the summary sections."""
    if heading is None:
        return None
    key = normalize_heading(heading)
    if key in GLANCE_HEADINGS:
        return "glance"
    if key in TAKEAWAY_HEADINGS:
        return "takeaways"
    return None


# Words of page furniture that are never the name of anything, beyond the summary
# section headings above. Normalized like headings.
ENTITY_BOILERPLATE = frozenset(
    {
        "date",
        "dates",
        "event",
        "events",
        "time",
        "timeline",
        "milestone",
        "milestones",
        "source",
        "sources",
        "update",
        "updated",
        "editor s note",
        "related",
        "read more",
        "advertisement",
        "background",
        "context",
        "analysis",
        "overview",
        "details",
        "glance",
    }
    | GLANCE_HEADINGS
    | TAKEAWAY_HEADINGS
)
