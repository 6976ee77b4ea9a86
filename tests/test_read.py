from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.read import decode, read_path, read_stream


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


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_path(tmp_path / "nope.txt")
    assert err.value.code == "not_found"
    assert "no such file" in err.value.message


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_path(tmp_path)
    assert err.value.code == "directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert err.value.code == "unreadable"


def test_read_path_keeps_the_path_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Line one.\r\nLine two.\r\n")
    article = read_path(path)
    assert article.path == str(path)
    assert article.text == "Line one.\r\nLine two.\r\n"


def test_read_stream() -> None:
    assert read_stream(io.BytesIO(b"From a pipe.")).text == "From a pipe."


def test_permission_error_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert err.value.code == "unreadable"
    assert err.value.message == f"{path}: permission denied"
