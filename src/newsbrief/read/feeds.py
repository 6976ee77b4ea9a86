"""RSS and Atom feeds: the articles a feed lists, in the feed's order.

feedparser reads the feed (RSS 0.9x-2.0, RSS 1.0, Atom; any encoding, relative links,
the malformed feeds real sites serve). trafilatura's own feed reader is not used: it
sorts the links and checks them against the feed's domain, and a brief's records
must come in the feed's order, one per article it lists.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from newsbrief.errors import InputError

# A feed's root element, after an XML declaration, comments or processing instructions.
_FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--.*?-->|<\?[^>]*>|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
SNIFF_BYTES = 4096
# Addresses whose path says "feed": only these are fetched to see whether they are one.
_FEEDISH = re.compile(r"(?:^|[/._-])(?:rss|atom|feeds?)(?:$|[/._-])|\.xml$", re.IGNORECASE)


def is_feed(data: bytes) -> bool:
    """Whether bytes are an RSS or Atom feed (by their root element)."""
    return bool(_FEED_START.match(data[:SNIFF_BYTES]))


def looks_like_feed_url(url: str) -> bool:
    """Whether a URL's path names a feed (".../feed", "rss.xml", "/atom/")."""
    return bool(_FEEDISH.search(urlsplit(url).path))


def feed_links(data: bytes, name: str, base: str | None = None) -> list[str]:
    """The article links of a feed, in its order, each once.

    Relative links are resolved against the feed's own address (`base`). Raises
    InputError ("empty_feed") for a feed that lists no article.
    """
    import feedparser

    parsed = feedparser.parse(data)
    links: list[str] = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if base is not None:
            link = urljoin(base, link)
        if urlsplit(link).scheme in ("http", "https") and link not in links:
            links.append(link)
    if not links:
        raise InputError(f"{name}: the feed lists no articles", "empty_feed")
    return links
