"""Input to an Article: a file, stdin or a URL, as text or as a web page.

The one place that knows every kind of input: '-' is stdin, an input written as a
URL is fetched, anything else is a file path. Bytes that are a web page (recognised
by their content, or by an .html name) are converted, anything else is decoded as
text; nothing touches the network unless the input is a URL.

Modules, each one step:

- `article`: the Article, the text every offset of a brief indexes.
- `decoding`: bytes to text (byte-order marks, binary refusal, U+FFFD warnings).
- `sniff`: whether bytes are an HTML page.
- `html`: a web page to an Article (charset, trafilatura extraction, metadata, headline).
- `tree_markdown`: trafilatura's article tree written out as Markdown for the block splitter.
- `fetch`: a URL to a page's bytes, within limits.
- `storage`: a file on shared storage (`s3://`, `gs://`, ...) through fsspec, when installed.

`html` (and through it trafilatura) and `fetch` (urllib, ssl) are imported only when
an input needs them, so that plain text is read without them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.read.article import Article
from newsbrief.read.decoding import decode
from newsbrief.read.sniff import is_html

__all__ = [
    "Article",
    "is_url",
    "read_input",
    "read_path",
    "read_stored",
    "read_stream",
    "read_url",
]

# scheme://...; a plain path or a Windows drive letter never matches.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_path(path: str | Path) -> Article:
    """Read one file. Errors name the path and say what is wrong, in one line."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not an article", "directory")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", "not_found") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied", "unreadable") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not an article", "directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})", "unreadable") from None
    article = _article(data, name)
    article.path = name
    return article


def read_stream(stream: BinaryIO | None = None, name: str = "<stdin>") -> Article:
    """Read all of a binary stream (stdin by default)."""
    source = stream if stream is not None else sys.stdin.buffer
    try:
        data = source.read()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc})", "unreadable") from None
    article = _article(data, name)
    article.path = None
    return article


def _article(data: bytes, name: str) -> Article:
    """A web page's article, or the bytes decoded as text."""
    if is_html(data, name):
        from newsbrief.read import html  # only for pages: plain text stays fast

        return html.from_html(data, name)
    return decode(data, name)


def is_url(name: str) -> bool:
    """Whether a command-line input is written as a URL rather than a path."""
    return bool(_URL.match(name))


def read_input(name: str) -> Article:
    """One command-line input: '-' is stdin, a URL is fetched, anything else a file path."""
    if name == "-":
        return read_stream()
    if is_url(name):
        from newsbrief.read import storage

        if storage.is_storage_url(name):
            return read_stored(name)
        return read_url(name)
    return read_path(name)


def read_stored(name: str) -> Article:
    """A file on storage fsspec reaches (`s3://bucket/news/a.txt`), read as a file is."""
    from newsbrief.read import storage

    article = _article(storage.read_bytes(name), name)
    article.path = name
    return article


def read_url(url: str) -> Article:
    """The article of the page at `url` (its path in the brief is the URL as given)."""
    from newsbrief.read import fetch, html  # urllib, ssl: only when an input is a URL

    page = fetch.fetch(url)
    article = html.from_html(page.data, url, url=page.url, charset=page.charset)
    article.path = url
    return article
