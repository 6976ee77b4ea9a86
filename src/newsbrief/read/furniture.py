"""Page furniture that trafilatura's precision setting still leaves in an article.

Two steps. Before extraction, elements that are furniture by what the page calls them
are pruned (trafilatura's own `prune_xpath`): embedded social posts, picture captions
and credits, share bars, newsletter boxes, related-story lists. After it, whole blocks
of the written-out article are left out when they are furniture by what they say:
share and subscription prompts, "Scroll down for video", copyright and credit lines,
and a related-stories heading ("More Must-Reads From TIME") with the list of links
under it. A paragraph is left out whole or kept whole; sentences are never cut here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

# Class names (whole tokens) and tags that mark furniture on most sites' pages.
_FURNITURE_CLASSES = (
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "embedded-post",
    "caption",
    "image-caption",
    "photo-caption",
    "wp-caption-text",
    "credit",
    "image-credit",
    "photo-credit",
    "share",
    "share-bar",
    "share-buttons",
    "social-share",
    "newsletter",
    "newsletter-signup",
    "related",
    "related-articles",
    "related-stories",
    "related-content",
    "read-more",
    "more-stories",
)
# One expression, so that the page is walked once (trafilatura prunes one expression
# at a time).
_CLASS_TESTS = " or ".join(
    f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
    for name in _FURNITURE_CLASSES
)
PRUNE_XPATH = [f"//figcaption|//*[@class][{_CLASS_TESTS}]"]

# Whole paragraphs that are the page talking, not the story.
_PROMPT = re.compile(
    r"^(?:scroll down for (?:the )?(?:videos?|more)\s*[.!:]?$"
    r"|share (?:it|this)(?: (?:article|story|post))?(?: with (?:a|your) friends?)?\s*[!.:]?$"
    r"|share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|e-?mail)\b"
    r"|(?:sign up|subscribe)(?: now| today| here)?(?: for| to)\b.{0,80}\b(?:newsletter|e-?mails?|"
    r"updates|briefing|alerts|digest)\b"
    r"|get (?:our|the) .{0,60}\bnewsletter\b"
    r"|follow us on\b"
    r"|(?:click|tap) here\b"
    r"|(?:photo|picture|image|video)s?\s*(?:credit)?\s*:"
    r"|\((?:photo|picture|image)\s*:"
    r"|(?:©|\(c\)|copyright\b)\s*(?:\d{4}|the\b|[A-Z]\w*\s*(?:\d{4}|inc|ltd|llc|media|news))"
    r"|see more photos\s*:?\s*$"
    r"|advertisement\s*$)",
    re.IGNORECASE,
)
_ANYWHERE = re.compile(
    r"\ball rights reserved\b|\bcontributed to this (?:report|story|article)\b"
    r"|\bthis (?:material|article) may not be (?:published|broadcast|rewritten)",
    re.IGNORECASE,
)
# A furniture paragraph is short; a long one that matches is probably the story.
_MAX_FURNITURE_CHARS = 300
# Headings over lists of other stories.
_RELATED_HEADING = re.compile(
    r"^(?:more (?:must-reads|stories|from|on this|news|to read|top stories)\b"
    r"|(?:most )?(?:read|popular|viewed|shared)(?: now| stories| articles)?$"
    r"|related(?: stories| articles| coverage| content| links| news)?$"
    r"|(?:you|we) (?:may|might) (?:also )?(?:like|enjoy)\b|recommended(?: for you)?$"
    r"|read (?:more|next|also)$|trending(?: now)?$|top stories$|latest (?:news|stories)$"
    r"|comments?(?: \(\d+\))?$|comentar(?:ios)?$|leave a (?:comment|reply)$)",
    re.IGNORECASE,
)


class Block(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def plain(self) -> str: ...


def is_furniture(text: str) -> bool:
    """Whether one paragraph is the page's furniture."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_FURNITURE_CHARS:
        return False
    return bool(_PROMPT.match(text) or _ANYWHERE.search(text))


B = TypeVar("B", bound=Block)


def without_furniture(blocks: Iterable[B]) -> Iterator[B]:
    """The blocks without furniture paragraphs and related-story sections."""
    skipping = False
    for block in blocks:
        if block.kind == "heading":
            skipping = bool(_RELATED_HEADING.match(" ".join(block.plain.split())))
            if skipping:
                continue
        elif skipping and block.kind == "list":
            continue
        else:
            skipping = False
        if block.kind in ("paragraph", "list") and is_furniture(block.plain):
            continue
        yield block
