"""Bytes to text: byte-order marks, invalid UTF-8, empty and binary input."""

from __future__ import annotations

import pytest

from newsbrief.errors import InputError
from newsbrief.read.decoding import decode, text_codec


def test_utf8_bom_is_not_part_of_the_text() -> None:
    article = decode("\ufeffHello world.".encode(), "x")
    assert article.text == "Hello world."
    assert article.warnings == []


def test_utf16_with_bom_is_decoded() -> None:
    article = decode("Héllo wörld.".encode("utf-16"), "x")
    assert article.text == "Héllo wörld."


def test_invalid_utf8_becomes_replacement_characters_with_a_warning() -> None:
    article = decode(b"Caf\xe9 opens. Fine text.", "x")
    assert article.text == "Caf\ufffd opens. Fine text."
    (warning,) = article.warnings
    assert warning.code == "decoding"
    assert "1 undecodable" in warning.message
    assert [(s.start, s.end) for s in warning.spans] == [(3, 4)]


def test_replacement_character_in_valid_text_is_not_a_warning() -> None:
    assert decode("A \ufffd sign.".encode(), "x").warnings == []


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff  ".encode()])
def test_empty_or_whitespace_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode(data, "in.txt")
    assert err.value.code == "empty"
    assert err.value.message.startswith("in.txt: ")


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError) as err:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pic.png")
    assert err.value.code == "binary"


@pytest.mark.parametrize("label", ["rot13", "base64", "zlib", "idna", "undefined", "bogus"])
def test_labels_that_name_no_text_encoding_are_unknown(label: str) -> None:
    assert text_codec(label) is None


def test_text_encodings_are_known() -> None:
    assert text_codec("UTF-8") == "utf-8"
    assert text_codec("latin-1") == "iso8859-1"


def test_utf16_without_a_bom_is_told_from_binary() -> None:
    with pytest.raises(InputError) as err:
        decode("Winds reached 100 mph.".encode("utf-16-le"), "x.txt")
    assert err.value.code == "unsupported_encoding" and "UTF-16LE" in err.value.message
    with pytest.raises(InputError) as err:
        decode(b"\x00\x01" * 50, "x.dat")  # NULs every other byte, but no text
    assert err.value.code == "binary"
