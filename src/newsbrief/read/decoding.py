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


# Codecs Python knows that no page's charset can name: they are not text encodings
# (bytes to bytes, or Python's own escapes), or decode anything without error.
_NOT_CHARSETS = frozenset(
    {"idna", "undefined", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7"}
)


def text_codec(label: str) -> str | None:
    """Python's name of the text encoding a charset label names, or None when it names
    none (unknown, or a codec such as rot13, base64 or zlib that is not a charset)."""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def refuse_binary(data: bytes, name: str, what: str = "an article") -> None:
    """Raise InputError when bytes without a byte-order mark hold NULs near the start;
    UTF-16 without one is told as such."""
    if bom_encoding(data) is not None or b"\x00" not in data[:_BINARY_PROBE]:
        return
    utf16 = _utf16_without_bom(data[:_BINARY_PROBE])
    if utf16 is not None:
        raise InputError(
            f"{name}: looks like {utf16} text without a byte-order mark, which is not read; "
            "save it as UTF-8 (or UTF-16 with a byte-order mark)",
            "unsupported_encoding",
        )
    raise InputError(f"{name}: looks like a binary file (NUL bytes), not {what}", "binary")


def _utf16_without_bom(probe: bytes) -> str | None:
    """ "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 text without a
    byte-order mark: mostly Latin-script text, so a NUL in nearly every other byte."""
    even, odd = probe[0::2], probe[1::2]
    if len(odd) < 8:
        return None
    for label, nuls, chars in (("UTF-16LE", odd, even), ("UTF-16BE", even, odd)):
        text = sum(1 for c in chars if 0x20 <= c < 0x7F or c in b"\t\n\r")
        if nuls.count(0) >= 0.9 * len(nuls) and text >= 0.9 * len(chars):
            return label
    return None


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
