"""URLs: fetched from a local server started here, never from the internet."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsbrief import __version__
from newsbrief.app.cli import app
from newsbrief.errors import InputError
from newsbrief.read import fetch, read_input
from support import assert_offsets_slice, validate

PAGES = Path(__file__).resolve().parent / "pages"
ARTICLE = (PAGES / "harbor-bridge.html").read_bytes()
HTML = "text/html; charset=utf-8"
EMPTY_PAGE = b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"
HUGE_LIMIT = 256 * 1024  # the size limit the huge-body test sets
HUGE_SENDS = 64 * 1024 * 1024  # what the server would send if nobody stopped reading


class _Server:
    """What the handler saw and what it sent, and a way to stop slow answers."""

    def __init__(self) -> None:
        self.user_agents: list[str] = []
        self.huge_sent = 0
        self.stop = threading.Event()
        self.base = ""


def _handler(state: _Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet test output
            pass

        def send(self, code: int, body: bytes, ctype: str | None = HTML, **headers: str) -> None:
            self.send_response(code)
            if ctype is not None:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            state.user_agents.append(self.headers.get("User-Agent", ""))
            route = ROUTES.get(self.path.split("?")[0])
            if route is not None:
                route(self)
            elif self.path.startswith("/chain/"):
                left = int(self.path.rsplit("/", 1)[1])
                self.redirect(f"/chain/{left - 1}" if left else "/article")
            elif self.path.startswith(("/sized/", "/streamed/")):
                self.sized(int(self.path.rsplit("/", 1)[1]), self.path.startswith("/sized/"))
            else:
                self.send(404, b"<html><body><h1>Not found</h1></body></html>")

        def slow(self) -> None:
            state.stop.wait(5)  # longer than any timeout the tests set
            self.send(200, ARTICLE)

        def drip(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.end_headers()
            try:
                for byte in ARTICLE:
                    if state.stop.wait(0.05):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
            except OSError:
                return

        def sized(self, size: int, declared: bool) -> None:
            """The article padded to `size` bytes, its length declared or not."""
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            if declared:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            try:
                self.wfile.write(ARTICLE + b" " * (size - len(ARTICLE)))
            except OSError:  # the client hung up, as it should past the limit
                return

        def declared_huge(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.send_header("Content-Length", str(10 * 1024 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(ARTICLE)

        def huge(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                self.wfile.write(b"<!doctype html><html><body>")
                while state.huge_sent < HUGE_SENDS:
                    self.wfile.write(chunk)
                    state.huge_sent += len(chunk)
            except OSError:  # the client hung up, as it should
                return

    ROUTES: dict[str, Callable[[Handler], None]] = {
        "/article": lambda h: h.send(200, ARTICLE),
        "/no-charset": lambda h: h.send(200, ARTICLE, "text/html"),
        "/xhtml": lambda h: h.send(200, ARTICLE, "application/xhtml+xml"),
        "/redirect": lambda h: h.redirect("/article"),
        "/to-ftp": lambda h: h.redirect("ftp://127.0.0.1/article.html"),
        "/missing": lambda h: h.send(404, b"<html><body><p>Gone</p></body></html>"),
        "/broken": lambda h: h.send(500, b"<html><body><p>Oops</p></body></html>"),
        "/slow": Handler.slow,
        "/drip": Handler.drip,
        "/huge": Handler.huge,
        "/declared-huge": Handler.declared_huge,
        "/pdf": lambda h: h.send(200, b"%PDF-1.7 ...", "application/pdf"),
        "/json": lambda h: h.send(200, b'{"a": 1}', "application/json"),
        "/untyped-page": lambda h: h.send(200, ARTICLE, None),
        "/untyped-text": lambda h: h.send(200, b"Just some words, no markup.", None),
        "/gzip": lambda h: h.send(200, gzip.compress(ARTICLE), HTML, Content_Encoding="gzip"),
        "/empty-page": lambda h: h.send(200, EMPTY_PAGE),
    }

    return Handler


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    state = _Server()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield state
    state.stop.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local server is reached directly, whatever proxy the environment names."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def local_server_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test server is on 127.0.0.1: these tests fetch as with --allow-private-url
    (tests/test_hostile.py checks that it is refused without)."""
    real = fetch.fetch

    def fetch_private(url: str, **options: Any) -> fetch.Page:
        return real(url, **{**options, "allow_private": True})

    monkeypatch.setattr(fetch, "fetch", fetch_private)


def fails(url: str, **limits: float) -> InputError:
    with pytest.raises(InputError) as err:
        fetch.fetch(url, **limits)  # type: ignore[arg-type]
    assert "\n" not in err.value.message
    assert err.value.message.startswith(url)
    return err.value


# --- Success -------------------------------------------------------------------


def test_a_url_is_read_as_a_web_page(server: _Server) -> None:
    url = f"{server.base}/article"
    article = read_input(url)
    assert article.format == "html"
    assert article.path == url
    assert article.title == "Riverton Council Approves $85 Million Harbor Bridge Repair"
    assert article.site == "The Riverton Ledger"
    assert str(article.published) == "2024-05-14"
    assert "Halvorsen Steel will begin work" in article.text


def test_the_user_agent_names_the_tool_and_its_version(server: _Server) -> None:
    fetch.fetch(f"{server.base}/article")
    assert server.user_agents[-1].startswith(f"newsbrief/{__version__}")


def test_redirects_are_followed_and_the_final_url_kept(server: _Server) -> None:
    page = fetch.fetch(f"{server.base}/redirect")
    assert page.url == f"{server.base}/article"
    assert page.data == ARTICLE


def test_redirects_are_followed_up_to_the_limit(server: _Server) -> None:
    assert fetch.fetch(f"{server.base}/chain/2", max_redirects=3).data == ARTICLE
    assert fetch.fetch(f"{server.base}/chain/1", max_redirects=2).data == ARTICLE
    err = fails(f"{server.base}/chain/2", max_redirects=2)
    assert err.code == "too_many_redirects"
    assert fails(f"{server.base}/redirect", max_redirects=0).code == "too_many_redirects"


def test_endless_redirects_stop_at_the_default_limit(server: _Server) -> None:
    assert fails(f"{server.base}/chain/100").code == "too_many_redirects"


TEN_MB = 10 * 1024 * 1024


def test_the_default_limits_are_20_seconds_5_redirects_and_10_mb(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's defaults, each checked at its edge: any other limit fails here."""
    assert fetch.fetch(f"{server.base}/chain/4").data == ARTICLE  # 5 redirects
    assert fails(f"{server.base}/chain/5").code == "too_many_redirects"  # 6
    for kind in ("sized", "streamed"):  # the length declared, or only counted
        assert len(fetch.fetch(f"{server.base}/{kind}/{TEN_MB}").data) == TEN_MB
        assert fails(f"{server.base}/{kind}/{TEN_MB + 1}").code == "too_large"
    # 20 seconds for the whole exchange, as the command line reads a URL.
    deadlines: list[float] = []
    exchange = fetch.Exchange

    def spy(url: str, deadline: float, timeout: float) -> fetch.Exchange:
        deadlines.append(deadline - time.monotonic())
        return exchange(url, deadline, timeout)

    monkeypatch.setattr(fetch, "Exchange", spy)
    read_input(f"{server.base}/article", allow_private=True)
    (left,) = deadlines
    assert 19.0 < left <= 20.0


def test_xhtml_gzip_and_a_missing_charset_are_read(server: _Server) -> None:
    for path in ("/xhtml", "/gzip", "/no-charset"):
        assert fetch.fetch(f"{server.base}{path}").data == ARTICLE, path


def test_html_without_a_content_type_is_read(server: _Server) -> None:
    assert fetch.fetch(f"{server.base}/untyped-page").data == ARTICLE


# --- Failures: one line, a code, never a traceback ----------------------------------


def test_404_and_500_are_http_errors(server: _Server) -> None:
    err = fails(f"{server.base}/missing")
    assert err.code == "http_error"
    assert "404" in err.message
    assert "500" in fails(f"{server.base}/broken").message


def test_a_server_that_does_not_answer_times_out(server: _Server) -> None:
    began = time.monotonic()
    err = fails(f"{server.base}/slow", timeout=0.3)
    assert err.code == "timeout"
    assert time.monotonic() - began < 2


def test_a_server_that_trickles_bytes_hits_the_deadline(server: _Server) -> None:
    # Each byte comes well within the read timeout; the whole page would take ~1 min.
    began = time.monotonic()
    err = fails(f"{server.base}/drip", timeout=0.5)
    assert err.code == "timeout"
    assert time.monotonic() - began < 2


def test_a_huge_body_is_abandoned_at_the_size_limit(server: _Server) -> None:
    err = fails(f"{server.base}/huge", max_bytes=HUGE_LIMIT)
    assert err.code == "too_large"
    time.sleep(0.2)  # let the server notice that the client hung up
    assert server.huge_sent < HUGE_SENDS / 4  # streaming stopped; the body was not read


def test_a_declared_huge_body_is_refused_before_reading(server: _Server) -> None:
    assert fails(f"{server.base}/declared-huge").code == "too_large"


@pytest.mark.parametrize("path", ["/pdf", "/json", "/untyped-text"])
def test_responses_that_are_not_html_are_refused(server: _Server, path: str) -> None:
    err = fails(f"{server.base}{path}")
    assert err.code == "not_html"


def test_a_page_without_article_text_is_refused(server: _Server) -> None:
    with pytest.raises(InputError) as err:
        read_input(f"{server.base}/empty-page")
    assert err.value.code == "no_article_text"


def test_a_redirect_to_another_scheme_is_refused(server: _Server) -> None:
    assert fails(f"{server.base}/to-ftp").code == "bad_url"


def test_connection_refused_is_a_network_error() -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = fails(f"http://127.0.0.1:{port}/article")
    assert err.code == "network"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://127.0.0.1/a.html",
        "file:///etc/hosts",
        "http://",
        "http://127.0.0.1:port/",
        "http://exa mple.org/",
        "https://bad_host!/",
    ],
)
def test_other_schemes_and_malformed_urls_are_refused(url: str) -> None:
    with pytest.raises(InputError) as err:
        read_input(url)
    assert err.value.code == "bad_url"


# --- The command line -------------------------------------------------------------


def test_cli_briefs_a_url(server: _Server) -> None:
    url = f"{server.base}/article"
    result = CliRunner().invoke(app, ["extract", url, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate(data)
    assert data["source"]["path"] == url
    assert data["source"]["format"] == "html"
    assert data["reference_date_source"] == "article"
    assert_offsets_slice(data, data["source"]["text"])


def test_cli_failures_in_a_list_become_error_records(server: _Server) -> None:
    good, missing = f"{server.base}/article", f"{server.base}/missing"
    result = CliRunner().invoke(app, ["extract", missing, good, "--format", "json"])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {
        "source": {"path": missing},
        "error": {"code": "http_error", "message": first["error"]["message"]},
    }
    assert "404" in first["error"]["message"]
    assert second["source"]["path"] == good
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("brief: error: ") and "404" in line
    assert "Traceback" not in result.output
