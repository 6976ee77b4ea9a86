"""Word lists shared by several stages, kept as data rather than as chains of `if`.

Temporal names and codes live in `newsbrief.temporal.tables`; everything here is
about the shape of news copy: section headings, speech verbs, titles, boilerplate.
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

# Verbs that introduce speech, by lemma. Used for quote lead-ins ("Trump said:")
# and for attributing inline quotes.
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "write",
        "state",
        "declare",
        "explain",
        "note",
        "insist",
        "argue",
        "warn",
        "claim",
        "announce",
        "remark",
        "reply",
        "respond",
        "answer",
        "ask",
        "acknowledge",
        "admit",
        "caution",
        "comment",
        "concede",
        "confirm",
        "continue",
        "contend",
        "describe",
        "emphasize",
        "emphasise",
        "estimate",
        "predict",
        "recall",
        "report",
        "stress",
        "suggest",
        "tweet",
        "post",
        "urge",
        "vow",
        "promise",
        "pledge",
        "complain",
        "joke",
        "quip",
        "shout",
        "whisper",
        "call",
        "observe",
        "testify",
        "mention",
        "assert",
        "maintain",
        "conclude",
    }
)

# Inflected forms of the commonest speech verbs, for surface patterns that run
# before spaCy (quote lead-ins in block splitting).
SPEECH_VERB_FORMS = (
    "said|says|told|tells|added|adds|wrote|writes|stated|states|declared|explained|"
    "noted|insisted|argued|warned|claimed|announced|replied|responded|continued|"
    "tweeted|posted|recalled|stressed|emphasized|emphasised|asked|answered|testified"
)

# Personal titles: a name preceded by one of these is a person. Lower case; multi-word
# titles are matched token by token.
PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "prime",
        "minister",
        "chancellor",
        "premier",
        "governor",
        "gov",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "mayor",
        "judge",
        "justice",
        "secretary",
        "ambassador",
        "general",
        "gen",
        "lt",
        "col",
        "colonel",
        "captain",
        "capt",
        "sgt",
        "sergeant",
        "officer",
        "detective",
        "det",
        "chief",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "reverend",
        "father",
        "sister",
        "rabbi",
        "imam",
        "coach",
        "ceo",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "foreign",
        "defense",
        "defence",
        "finance",
        "interior",
        "state",
        "former",
        "first",
        "speaker",
        "leader",
        "attorney",
        "sheriff",
        "commissioner",
        "inspector",
        "supt",
        "superintendent",
        "constable",
        "pc",
        "archbishop",
        "bishop",
        "cardinal",
        "emperor",
        "empress",
        "sheikh",
        "president-elect",
    }
)

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
