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
- `guard`: where a fetch may connect (public addresses only) and until when.

`html` (and through it trafilatura) and `fetch` (urllib, ssl) are imported only when
an input needs them, so that plain text is read without them.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.read.article import Article
from newsbrief.read.decoding import decode
from newsbrief.read.sniff import is_html

__all__ = [
    "MAX_INPUT_BYTES",
    "Article",
    "article_of_text",
    "is_url",
    "read_input",
    "read_path",
    "read_stored",
    "read_stream",
    "read_url",
]

# The largest input read (a file or stdin), checked while reading so that
# `/dev/zero` or a runaway pipe cannot fill memory; `--max-size` changes it.
MAX_INPUT_BYTES = 50 * 1024 * 1024
_CHUNK_BYTES = 1024 * 1024

# scheme://...; a plain path or a Windows drive letter never matches.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_path(path: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Read one regular file, up to `max_bytes`. Errors name the path and say what is
    wrong, in one line."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not an article", "directory")
        # Opened without blocking, so that a FIFO cannot hold the run before it is refused.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            found = os.fstat(fd)
            kind = _special_kind(found.st_mode)
            if kind is not None and not (name in _STDIN_NAMES and _is_stdin(found)):
                raise InputError(
                    f"{name}: is {kind}, not a regular file (pipe it into brief instead)",
                    "not_a_file",
                )
            os.set_blocking(fd, True)
            data = _read_limited(handle, name, max_bytes)
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


def read_stream(
    stream: BinaryIO | None = None, name: str = "<stdin>", max_bytes: int = MAX_INPUT_BYTES
) -> Article:
    """Read all of a binary stream (stdin by default), up to `max_bytes`."""
    source = stream if stream is not None else sys.stdin.buffer
    try:
        data = _read_limited(source, name, max_bytes)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc})", "unreadable") from None
    article = _article(data, name)
    article.path = None
    return article


def _special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


# Names of stdin that may be given as a path: read like '-'.
_STDIN_NAMES = frozenset({"/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"})


def _is_stdin(found: os.stat_result) -> bool:
    """Whether a file opened by name is this process's stdin (`/dev/stdin`)."""
    try:
        own = os.fstat(0)
    except OSError:
        return False
    return (own.st_dev, own.st_ino) == (found.st_dev, found.st_ino)


def _read_limited(source: BinaryIO, name: str, max_bytes: int) -> bytes:
    """All of a stream, or InputError ("too_large") as soon as it passes `max_bytes`."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = source.read(min(_CHUNK_BYTES, max_bytes - total + 1))
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(
                f"{name}: is larger than the {_size(max_bytes)} input limit (see --max-size)",
                "too_large",
            )
        chunks.append(chunk)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _article(data: bytes, name: str) -> Article:
    """A web page's article, or the bytes decoded as text."""
    if is_html(data, name):
        from newsbrief.read import html  # only for pages: plain text stays fast

        return html.from_html(data, name)
    return decode(data, name)


def is_url(name: str) -> bool:
    """Whether a command-line input is written as a URL rather than a path."""
    return bool(_URL.match(name))


def read_input(name: str, max_bytes: int = MAX_INPUT_BYTES, allow_private: bool = False) -> Article:
    """One command-line input: '-' is stdin, a URL is fetched, anything else a file path.

    `allow_private` lets a URL's own host be a private or loopback address (never a
    redirect's)."""
    if name == "-":
        return read_stream(max_bytes=max_bytes)
    if is_url(name):
        from newsbrief.read import storage

        if storage.is_storage_url(name):
            return read_stored(name, max_bytes)
        return read_url(name, allow_private=allow_private)
    return read_path(name, max_bytes)


def read_stored(name: str, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """A file on storage fsspec reaches (`s3://bucket/news/a.txt`), read as a file is."""
    from newsbrief.read import storage

    article = _article(storage.read_bytes(name, max_bytes), name)
    article.path = name
    return article


def article_of_text(text: str, path: str | None, label: str) -> Article:
    """Text given to the Python API as an Article: a web page's article taken out as
    the command line does. ValueError for text that is not valid Unicode."""
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        raise ValueError(
            f"text holds a lone surrogate (U+{ord(surrogate.group()):04X}) at offset "
            f"{surrogate.start()}: it is not valid Unicode text"
        )
    data = text.encode("utf-8")
    if is_html(data, path or ""):
        from newsbrief.read import html

        article = html.from_html(data, label, charset="utf-8")
        article.path = path
        return article
    return Article(text.removeprefix("\ufeff"), path)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_url(url: str, allow_private: bool = False) -> Article:
    """The article of the page at `url` (its path in the brief is the URL as given)."""
    from newsbrief.read import fetch, html  # urllib, ssl: only when an input is a URL

    page = fetch.fetch(url, allow_private=allow_private)
    article = html.from_html(page.data, url, url=page.url, charset=page.charset)
    article.path = url
    return article
