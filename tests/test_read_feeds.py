"""RSS and Atom feeds: the articles they list, in their order."""

from __future__ import annotations

import pytest

from newsbrief.errors import InputError
from newsbrief.read.feeds import feed_links, is_feed, looks_like_feed_url

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<rss version="2.0"><channel><title>Ledger</title><link>https://example.org/</link>
<item><title>Second</title><link>https://example.org/news/b.html</link></item>
<item><title>First</title><link>https://example.org/news/a.html</link></item>
<item><title>Again</title><link>https://example.org/news/b.html</link></item>
<item><title>Relative</title><link>/news/c.html</link></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>
<entry><title>One</title><link rel="alternate" href="https://example.org/2024/one"/>
<id>urn:uuid:1</id></entry>
<entry><title>No link</title><id>urn:uuid:2</id></entry>
</feed>"""


def test_feeds_are_told_by_their_root_element() -> None:
    assert is_feed(RSS)
    assert is_feed(ATOM)
    assert is_feed(b'\xef\xbb\xbf<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')
    assert not is_feed(b"<!DOCTYPE html><html><body><p>rss feed</p></body></html>")
    assert not is_feed(b"Just some text about an RSS feed.")


def test_rss_links_come_in_the_feeds_order_each_once_relative_ones_resolved() -> None:
    assert feed_links(RSS, "feed.xml", "https://example.org/rss.xml") == [
        "https://example.org/news/b.html",
        "https://example.org/news/a.html",
        "https://example.org/news/c.html",
    ]


def test_atom_entries_without_a_web_link_are_skipped() -> None:
    assert feed_links(ATOM, "feed.atom") == ["https://example.org/2024/one"]


def test_a_feed_without_articles_is_a_clear_error() -> None:
    with pytest.raises(InputError) as err:
        feed_links(b'<rss version="2.0"><channel><title>x</title></channel></rss>', "f.xml")
    assert err.value.code == "empty_feed"
    assert err.value.message == "f.xml: the feed lists no articles"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/rss.xml", True),
        ("https://example.org/feed/", True),
        ("https://example.org/world/rss", True),
        ("https://example.org/atom.xml", True),
        ("https://example.org/news/feeding-the-city.html", False),
        ("https://example.org/article", False),
    ],
)
def test_only_addresses_that_name_a_feed_are_looked_at_as_feeds(url: str, expected: bool) -> None:
    assert looks_like_feed_url(url) is expected
