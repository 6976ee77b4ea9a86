"""Page furniture around and inside news sentences, which is never summary copy.

Datelines and video prompts are cut from the start of a sentence ("LONDON (CNN) --",
"Scroll down for video"); whole lines of furniture (bylines, credits, video and
share prompts, promotions for newsletters, apps and sponsored content, editor's
notes, related links) are told by their reason; a
reference to a picture ("(pictured)") marks a caption; and a caption glued to the
sentence after it without a full stop is cut off where the next sentence begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsbrief.lexicon import DANGLING_WORDS, DATELINES, SPEECH_VERB_FORMS, leading_length

# What is cut from the start of a sentence (never from its body): a dateline
# (`DATELINES`); and a video prompt stuck to the text after it. What follows is judged
# on its own (after a video prompt, usually a picture caption, rejected as such).
LEADING_CUTS = (
    *DATELINES,
    # Not a dateline, but page furniture glued to whatever follows it.
    re.compile(r"^scroll down for (?:the )?videos?\b[\s.:]*", re.I),
)

# Lines that are the page's furniture rather than the story, by reason.
BOILERPLATE = (
    (
        "video",
        re.compile(
            r"\bscroll down for (?:the )?(?:video|more)\b|\bclick (?:here|(?:the|this) link)\b"
            r"|\bwatch the video\b",
            re.I,
        ),
    ),
    (
        "byline",
        re.compile(
            r"^(?i:by)\s+[.\s]*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\s*(?:[,.|]|and\b|for\b|$)"
            r"|^(?i:published|updated|posted)\s*:|^(?i:last (?:updated|modified))\b"
            r"|\b(?i:(?:daily mail|mailonline|associated press|staff) (?:reporter|writer))\b"
        ),
    ),
    (
        "credit",
        re.compile(
            r"^(?:photo|picture|image|video|credit|source|copyright|©)\s*(?:credit)?\s*:?\s"
            r"|\b(?:getty images|file photo|stock image|pictured posed by model)\b"
            r"|\bcontributed to this (?:report|story)\b|\ball rights reserved\b"
            r"|\bmay not be published, broadcast\b",
            re.I,
        ),
    ),
    (
        "note",
        re.compile(
            r"^editor[’']?s note\b|\b(?:opinions|views) expressed in this (?:commentary|column)",
            re.I,
        ),
    ),
    (
        "promotion",
        re.compile(
            r"^(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|updates|alerts|daily|weekly)\b"
            r"|^(?:get|join) (?:our|the) .{0,40}\bnewsletter\b"
            r"|\bdownload (?:the|our) (?:[\w-]+ ){0,3}app\b"
            r"|^(?:like|follow|find) us on (?:twitter|facebook|instagram)\b"
            r"|^(?:sponsored|promoted|paid)(?: content| post)?\s*(?::|$|by\b)"
            r"|^(?:don[’']t|do not) miss\b"
            r"|^(?:sign up|subscribe) (?:now|today|here)\b",
            re.I,
        ),
    ),
    (
        "link",
        re.compile(
            r"^(?:read more|related|watch|see also|more|listen|opinion|advertisement)\s*:"
            r"|^follow\b.{0,60}\bon (?:twitter|facebook|instagram)\b"
            r"|\be-?mail (?:this )?to a friend\b"
            r"|\bshare (?:or comment on )?this (?:article|story)\b",
            re.I,
        ),
    ),
)
# A reference to a picture the reader of a brief cannot see.
PICTURE_REFERENCE = re.compile(
    r"\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|file)\b[^()]*\)"
    r"|\bpictured\b",
    re.I,
)
# Where a caption runs into the next sentence without a full stop, the only sign is
# a sentence opener in capitals after a lower-case word ("... he was disqualified
# The cousin of ..."; the opener must be followed by a lower-case word: "in The
# Times" is a name), a caption label ("... at Northgate Plaza Mind the queue:
# The new store ..."), or a quotation in single marks, as British copy quotes speech,
# that opens straight after a lower-case word and holds a sentence of its own ("...
# after serving a suspension ‘When you get so close, it hurts,’ said ..."). A title
# in single marks keeps the comma or full stop after it outside them (‘Frozen’, the
# film), and a verb of saying may run into its quotation ("he added ‘We will ...").
GLUED_OPENERS = (
    *("The", "A", "An", "This", "These", "Those", "His", "Her", "Their", "Its"),
    # A subject pronoun in capitals after a lower-case word is a new sentence ("I" is
    # always in capitals, so it tells nothing).
    *("He", "She", "It", "They", "We"),
    # Openers of a sentence that starts with a time or a circumstance.
    *("After", "In"),
)
_GLUED = re.compile(
    rf"(?<=[a-z0-9%)])\s+(?=(?:{'|'.join(GLUED_OPENERS)})\s+[a-z])"
    r"|(?<=[a-z0-9%)])\s+(?=(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:)\s+[A-Z‘'\"“])"
    r"|(?<=[a-z0-9%)])\s+(?=(?P<quote>[‘'][A-Z](?:[^‘’'\n]|(?<=\w)[’'](?=\w))*?[,.][’'])(?:\s|$))"
)
# A quotation glued after a caption is a sentence: at least this many words.
GLUED_QUOTE_WORDS = 4
_SAYING = re.compile(rf"(?:{SPEECH_VERB_FORMS})", re.I)


def leading_cut(text: str) -> int:
    """How many leading characters of a sentence are a dateline or a video prompt."""
    return leading_length(LEADING_CUTS, text)


def _open_double_quote(text: str) -> bool:
    """Whether a double quotation is open at the end of `text` (a single one opening
    inside it is quoted speech within speech, not a new sentence)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def caption_cuts(text: str) -> Iterator[tuple[int, int]]:
    """A sentence cut where a caption runs into the next sentence.

    A word such as "the" or "of" before the capitals means they are a name inside
    the sentence ("told the New York Times: ..."), not the start of a new one.
    """
    pos = 0
    inside_label = 0  # a label's own words never start another piece
    for m in _GLUED.finditer(text):
        if m.start() < inside_label:
            continue
        if m.group("label"):
            inside_label = m.end("label")
        before = text[pos : m.start()].split()
        if not before or before[-1].lower() in DANGLING_WORDS:
            continue
        quote = m.group("quote")
        if quote and (
            len(quote.split()) < GLUED_QUOTE_WORDS
            or _SAYING.fullmatch(before[-1]) is not None
            or _open_double_quote(text[: m.start()])
        ):
            continue
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)
