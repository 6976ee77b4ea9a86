"""Bytes from a file or stdin to text, with warnings instead of crashes.

UTF-8 is expected; a UTF-8 byte-order mark is dropped (it is not part of the text),
UTF-16 and UTF-32 are decoded when their byte-order mark says so. Bytes that are not
valid UTF-8 become U+FFFD and the brief says how many. Input with NUL bytes near the
start is treated as binary and refused, as git does. After this step the text is
never altered: every offset in a brief indexes it.

A web page (recognised by its content, or by an .html name) is converted by
`read.html`: the article's text, the page's title, date, author and site. An input
written as a URL is fetched by `read.fetch`; nothing touches the network otherwise.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsbrief.brief import TextSpan, Warning
from newsbrief.errors import InputError

# git's rule of thumb: a NUL in the first 8,000 bytes means binary.
_BINARY_PROBE = 8000
# scheme://...; a plain path or a Windows drive letter never matches.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_MAX_WARNED_SPANS = 10
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Article:
    """Decoded input: the text every offset indexes, where it came from, warnings.

    Converted input (a web page) also carries what the page says about itself.
    """

    text: str
    path: str | None
    warnings: list[Warning] = field(default_factory=list)
    format: str = "text"
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    site: str | None = None


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces (its codec drops the mark), if any."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def refuse_binary(data: bytes, name: str, what: str = "an article") -> None:
    """Raise InputError when bytes without a byte-order mark hold NULs near the start."""
    if bom_encoding(data) is None and b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not {what}", "binary")


def decodes_cleanly(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def replacement_spans(text: str) -> list[TextSpan]:
    """The first few U+FFFD characters of a text, for a decoding warning."""
    found = itertools.islice(re.finditer("\ufffd", text), _MAX_WARNED_SPANS)
    return [TextSpan(m.group(), m.start(), m.end()) for m in found]


def decode(data: bytes, name: str) -> Article:
    """Decode bytes to an article, or raise InputError for binary or empty input."""
    refuse_binary(data, name)
    encoding = bom_encoding(data) or "utf-8"
    text = data.decode(encoding, errors="replace")
    warnings = []
    if "\ufffd" in text and not decodes_cleanly(data, encoding):
        warnings.append(
            Warning(
                "decoding",
                f"{text.count(chr(0xFFFD))} undecodable byte sequence(s) replaced with U+FFFD "
                f"(input is not valid {encoding.removesuffix('-sig').upper()})",
                replacement_spans(text),
            )
        )
    if not text.strip():
        raise InputError(f"{name}: is empty (nothing but whitespace)", "empty")
    return Article(text, None, warnings)


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
    from newsbrief.read import html

    if html.is_html(data, name):
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
        from newsbrief.read.fetch import read_url

        return read_url(name)
    return read_path(name)
