from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.read import read_path, read_stream


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
