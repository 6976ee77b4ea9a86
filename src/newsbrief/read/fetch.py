"""Fetch a web page for `brief extract https://...`, within limits.

The standard library's urllib, used carefully: only http and https (redirects too);
a User-Agent naming the tool and its version; a deadline for the whole exchange
(connecting, the response headers, the body), checked before every read, so a server
that trickles bytes cannot hold a run; redirects followed up to a limit; the body
streamed and abandoned past a size limit; only HTML accepted. Every host is resolved
and every address it resolves to checked before connecting, on every hop: a private,
loopback, link-local or otherwise non-public address is refused (a URL given as input
may name one when the user allows it, its redirects never may). Every failure is an
InputError with one line and a code, which the command line prints (or writes as an
error record in batch), never a traceback. The page comes back as bytes (a `Page`);
`newsbrief.read` converts it. This module is imported only when an input is a URL.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any

from newsbrief.errors import InputError
from newsbrief.read.guard import HTTP, HTTPS, Exchange
from newsbrief.read.sniff import looks_like_html
from newsbrief.version import __version__

SCHEMES = frozenset({"http", "https"})
USER_AGENT = f"newsbrief/{__version__} (brief extract; a news article briefing tool)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# What a feed is served as (with `feed=True`), besides HTML.
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
# Content-Encoding -> zlib window bits (gzip header, zlib header).
COMPRESSIONS = {
    "gzip": 16 + zlib.MAX_WBITS,
    "x-gzip": 16 + zlib.MAX_WBITS,
    "deflate": zlib.MAX_WBITS,
}
# Characters a URL path or query may carry as they are; the rest is percent-encoded.
_URL_SAFE = "/%:@!$&'()*+,;=-._~?#[]"
# A host name once IDNA-encoded, or an IPv4 or IPv6 address.
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.?|[0-9A-Fa-f:.]+")


@dataclass(frozen=True)
class Page:
    """A fetched page: where it ended up after redirects, its bytes, its declared charset."""

    url: str
    data: bytes
    charset: str | None


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    allow_private: bool = False,
    feed: bool = False,
) -> Page:
    """GET an HTML page (or, with `feed`, an RSS or Atom feed), or raise InputError
    saying in one line what went wrong.

    `allow_private` lets `url`'s own host and port be a non-public address (a test
    server, an intranet); a redirect to any other non-public address is refused.
    """
    accepted = HTML_TYPES | FEED_TYPES if feed else HTML_TYPES
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    max_redirects = MAX_REDIRECTS if max_redirects is None else max_redirects
    target = _checked(url)
    request = urllib.request.Request(
        target,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"},
    )
    exchange = Exchange(url, time.monotonic() + timeout, timeout)
    if allow_private:
        exchange.allow(target)
    opener = urllib.request.build_opener(
        HTTP(exchange), HTTPS(exchange), _redirects(url, max_redirects, exchange)
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            declared = headers.get("Content-Type")
            ctype = headers.get_content_type() if declared else None
            if ctype is not None and ctype not in accepted:
                raise InputError(f"{url}: is {ctype}, not a web page (HTML)", "not_html")
            data = _body(response, headers, url, max_bytes, exchange.deadline, timeout)
            final = response.geturl()
    except InputError:
        raise
    except TimeoutError:
        raise _timed_out(url, timeout) from None
    except urllib.error.HTTPError as exc:
        exc.close()
        if 300 <= exc.code < 400:
            raise InputError(
                f"{url}: redirected too many times (more than {max_redirects})",
                "too_many_redirects",
            ) from None
        reason = f" {' '.join(str(exc.reason).split())[:200]}" if exc.reason else ""
        raise InputError(f"{url}: the server answered {exc.code}{reason}", "http_error") from None
    except urllib.error.URLError as exc:
        raise _network_error(url, exc.reason, timeout) from None
    except (http.client.HTTPException, OSError) as exc:
        raise InputError(f"{url}: the connection failed ({_describe(exc)})", "network") from None

    if ctype is None and not feed and not looks_like_html(data):
        raise InputError(f"{url}: has no content type and is not HTML", "not_html")
    return Page(final, data, headers.get_content_charset())


def _checked(url: str) -> str:
    """The URL ready for urllib (IDNA host, percent-encoded path), or InputError."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname
        port = parts.port  # raises ValueError when it is not a number
    except ValueError:
        raise InputError(f"{url}: is not a valid URL", "bad_url") from None
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(
            f"{url}: only http:// and https:// URLs can be read, not {parts.scheme}://", "bad_url"
        )
    if not host:
        raise InputError(f"{url}: is not a valid URL (no host)", "bad_url")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(f"{url}: is not a valid URL (bad host name)", "bad_url") from None
    if not _HOST.fullmatch(ascii_host):
        raise InputError(f"{url}: is not a valid URL (bad host name)", "bad_url")
    if ":" in ascii_host:
        ascii_host = f"[{ascii_host}]"  # IPv6 literal
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    if parts.username:
        raise InputError(f"{url}: URLs with a user name or password are not read", "bad_url")
    path = urllib.parse.quote(parts.path or "/", safe=_URL_SAFE)
    query = urllib.parse.quote(parts.query, safe=_URL_SAFE)
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def _redirects(url: str, limit: int, exchange: Exchange) -> urllib.request.HTTPRedirectHandler:
    """A handler that follows up to `limit` redirects (urllib keeps the limit on the class)."""

    class Limited(_Redirects):
        max_redirections = limit
        max_repeats = min(_Redirects.max_repeats, limit)

    return Limited(url, exchange)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https only, each hop's address checked anew."""

    def __init__(self, url: str, exchange: Exchange) -> None:
        super().__init__()
        self.url = url
        self.exchange = exchange

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> Any:
        # Before urllib's own check, which calls any other scheme an HTTP error.
        location = headers.get("location") or headers.get("uri")
        if location:
            newurl = urllib.parse.urljoin(req.full_url, location.strip())
            self._refuse_scheme(newurl, fp)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def _refuse_scheme(self, newurl: str, fp: IO[bytes]) -> None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in SCHEMES:
            fp.close()
            raise InputError(
                f"{self.url}: redirects to a {scheme or 'relative'}: URL, which is not read",
                "bad_url",
            )

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        self._refuse_scheme(newurl, fp)
        if self.max_redirections == 0:
            fp.close()
            raise InputError(
                f"{self.url}: redirects, and redirects are not followed", "too_many_redirects"
            )
        self.exchange.hop = newurl
        return super().redirect_request(req, fp, code, msg, headers, _checked(newurl))


def _body(
    response: Any, headers: Message, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The whole body, decompressed, streamed so that a limit stops it early."""
    too_large = InputError(
        f"{url}: the page is larger than the {_size(max_bytes)} limit", "too_large"
    )
    length = headers.get("Content-Length", "")
    encoding = headers.get("Content-Encoding", "identity").strip().lower()
    if length.isdigit() and int(length) > max_bytes:
        raise too_large
    if encoding not in COMPRESSIONS and encoding not in ("", "identity"):
        raise InputError(f"{url}: the page is sent in an unknown encoding ({encoding})", "network")
    inflater = zlib.decompressobj(COMPRESSIONS[encoding]) if encoding in COMPRESSIONS else None
    read = getattr(response, "read1", response.read)
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise _timed_out(url, timeout)
        chunk = read(CHUNK_BYTES)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes - total + 1)
            except zlib.error:
                raise InputError(f"{url}: the compressed page is corrupt", "network") from None
        total += len(chunk)
        if total > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _timed_out(url: str, timeout: float) -> InputError:
    return InputError(f"{url}: timed out (no complete answer within {timeout:g} s)", "timeout")


def _network_error(url: str, reason: object, timeout: float) -> InputError:
    if isinstance(reason, TimeoutError):
        return _timed_out(url, timeout)
    if isinstance(reason, InputError):
        return reason
    if isinstance(reason, socket.gaierror):
        host = urllib.parse.urlsplit(url).hostname
        return InputError(f"{url}: the host {host} cannot be found", "network")
    if isinstance(reason, ssl.SSLError):
        return InputError(f"{url}: secure connection failed ({_describe(reason)})", "network")
    return InputError(f"{url}: cannot connect ({_describe(reason)})", "network")


def _describe(exc: object) -> str:
    """What went wrong, in a few words on one line (a server's junk included)."""
    if isinstance(exc, ssl.SSLError):
        text = str(exc.reason or exc)
    elif isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    else:
        text = str(exc)
    return " ".join(text.split())[:200] or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"
