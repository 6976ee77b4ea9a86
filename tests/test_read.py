"""Inputs to articles: files, stdin and URLs, plain text or web pages; plain text is
read without the network and without the web libraries."""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from html_pages import BRIDGE, BRIDGE_TITLE, PAGES
from newsbrief.errors import InputError
from newsbrief.read import is_url, read_input, read_path, read_stream
from support import deny_reading

# Imported only for web pages and URLs (see `newsbrief.read`).
WEB_MODULES = ("trafilatura", "lxml", "urllib.request", "ssl", "http.client")


# --- Files and stdin ----------------------------------------------------------------


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

    deny_reading(monkeypatch, path)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert err.value.code == "unreadable"
    assert err.value.message == f"{path}: permission denied"


# --- Web pages among the inputs ------------------------------------------------------


def test_a_page_saved_with_another_name_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "story.txt"
    shutil.copy(BRIDGE, saved)
    article = read_path(saved)
    assert article.format == "html"
    assert article.path == str(saved)
    assert article.title == BRIDGE_TITLE


def test_a_page_on_stdin_is_read_as_a_page() -> None:
    import io

    article = read_stream(io.BytesIO(BRIDGE.read_bytes()))
    assert article.format == "html"
    assert article.path is None
    assert article.title == BRIDGE_TITLE


def test_markdown_with_inline_html_stays_text(tmp_path: Path) -> None:
    md = tmp_path / "story.md"
    md.write_text("# Title\n\nA paragraph with <b>bold</b> HTML.\n", "utf-8")
    assert read_path(md).format == "text"


# --- URLs -------------------------------------------------------------------------


def test_what_counts_as_a_url() -> None:
    assert is_url("https://example.org/a")
    assert is_url("HTTP://example.org")
    assert is_url("ftp://example.org")  # a URL, refused later with a clear message
    for path in ("article.txt", "-", "C:\\news\\a.html", "dir/http://x", "http:article"):
        assert not is_url(path), path


# --- Plain text: no network, no web libraries ---------------------------------------


def test_files_never_touch_the_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while reading a file")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for page in PAGES.glob("*.html"):
        assert read_input(str(page)).format == "html"
    text = tmp_path / "a.txt"
    text.write_text("Officials met on Monday in Geneva to discuss the plan.", "utf-8")
    assert read_input(str(text)).format == "text"


def test_plain_text_is_read_without_the_web_libraries(tmp_path: Path) -> None:
    """Run in a fresh interpreter: modules other tests imported would hide an import."""
    text = tmp_path / "a.txt"
    text.write_text("Officials met on Monday in Geneva to discuss the plan.", "utf-8")
    code = (
        "import sys\n"
        "from newsbrief.read import read_input\n"
        "assert read_input(sys.argv[1]).format == 'text'\n"
        "heavy = sys.argv[2:]\n"
        "print(*sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(text), *WEB_MODULES],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
