"""Whether bytes are a web page: recognised by how they open, or by an .html name.

The bytes are looked at, not decoded: a page is converted by `read.html`, anything
else is read as text. Fetching uses the same test for a response without a
content type.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from newsbrief.read.decoding import bom_encoding

# How much of the input sniffing looks at; browsers look at the first 512 bytes,
# saved pages often open with a long comment or XML declaration.
SNIFF_BYTES = 4096
# Tags an HTML document or fragment starts with: the WHATWG MIME-sniffing signatures
# for text/html, plus document-level tags they leave out.
HTML_START_TAGS = frozenset(
    {
        "!doctype html",
        "html",
        "head",
        "body",
        "script",
        "iframe",
        "h1",
        "div",
        "font",
        "table",
        "a",
        "style",
        "title",
        "b",
        "br",
        "p",
        "meta",
        "link",
        "article",
        "main",
        "header",
        "nav",
        "section",
    }
)
# A file with one of these suffixes is a page when it holds any tag at all.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# What may come before the first tag: an XML declaration, comments (a browser's
# "saved from url" mark), whitespace.
_PREAMBLE = re.compile(r"\s*(?:<\?xml[^>]*\?>|<!--.*?-->)?", re.DOTALL)
_START_TAG = re.compile(
    r"<(?P<tag>!doctype\s+html|[a-z][a-z0-9]*)(?=[\s>/]|$)",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(rb"<[A-Za-z!/]")


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes open like an HTML document or fragment (after comments)."""
    head = _prefix_text(data[:SNIFF_BYTES])
    pos = 0
    while True:
        m = _PREAMBLE.match(head, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    tag = _START_TAG.match(head, pos)
    if tag is None:
        return False
    name = re.sub(r"\s+", " ", tag.group("tag").lower())
    return name in HTML_START_TAGS


def is_html(data: bytes, name: str) -> bool:
    """A page by its content, or by its file name when it holds any tag."""
    if looks_like_html(data):
        return True
    return PurePath(name).suffix.lower() in HTML_SUFFIXES and bool(
        _ANY_TAG.search(data[:SNIFF_BYTES])
    )


def _prefix_text(data: bytes) -> str:
    encoding = bom_encoding(data)
    return data.decode(encoding, errors="ignore") if encoding else data.decode("latin-1")
