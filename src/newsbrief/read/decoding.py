"""Bytes to text, with warnings instead of crashes.

UTF-8 is expected; a UTF-8 byte-order mark is dropped (it is not part of the text),
UTF-16 and UTF-32 are decoded when their byte-order mark says so. Bytes that are not
valid UTF-8 become U+FFFD and the brief says how many. Input with NUL bytes near the
start is treated as binary and refused, as git does. After this step the text is
never altered: every offset in a brief indexes it.
"""

from __future__ import annotations

import codecs
import itertools
import re

from newsbrief.brief import TextSpan, Warning
from newsbrief.errors import InputError
from newsbrief.read.article import Article

# git's rule of thumb: a NUL in the first 8,000 bytes means binary.
_BINARY_PROBE = 8000
_MAX_WARNED_SPANS = 10
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
