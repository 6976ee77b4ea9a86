"""Where a fetch may connect, and until when: the address checks and the deadline.

Every host is resolved and every address it resolves to is checked before a
connection is made, on every hop (a redirect resolves anew, so a name cannot point
elsewhere between check and use): private, loopback, link-local (169.254.169.254,
where clouds serve credentials), multicast, reserved and other non-public addresses
are refused, IPv6 forms of IPv4 addresses judged by the IPv4 address. Only the host
and port of the URL the user gave may be allowed to be private. Each read waits only
as long as the whole exchange has left, so a server cannot hold a run by dripping
bytes, headers included. The standard library's `ipaddress` and `socket.getaddrinfo`
do the work; urllib's handlers get connections made here.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
import urllib.request
from typing import Any

from newsbrief.errors import InputError


def non_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address this is ("private", "loopback", ...), or None
    for a public one. An IPv6 address that embeds an IPv4 one is judged by it."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return non_public(embedded)
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if address.is_global else "non-public"


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class Exchange:
    """One fetch: its deadline, the host and port the user allowed to be private, and
    the URL being followed (for messages)."""

    def __init__(self, url: str, deadline: float, timeout: float) -> None:
        self.url = url
        self.deadline = deadline
        self.timeout = timeout
        self.allowed: tuple[str, int] | None = None
        self.hop: str | None = None  # the redirect being followed, if any
        self.socket_class = _deadline_socket(self)

    def allow(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        self.allowed = ((parts.hostname or "").lower(), port)

    def remaining(self) -> float:
        """Seconds left for the whole exchange; TimeoutError once there are none."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the deadline has passed")
        return left

    def connect(
        self,
        address: tuple[str, int],
        timeout: float | None = None,
        source_address: tuple[str, int] | None = None,
    ) -> socket.socket:
        """socket.create_connection, refusing non-public addresses before connecting."""
        host, port = address
        infos = self._resolve(host, port)
        for *_, sockaddr in infos:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            kind = non_public(ip)
            if kind is not None and (host.lower(), port) != self.allowed:
                raise self._refused(host, ip, kind)
        failure: OSError = OSError(f"{host} has no address")
        for family, kind_, proto, _, sockaddr in infos:
            sock = self.socket_class(family, kind_, proto)
            try:
                sock.settimeout(min(self.timeout, self.remaining()))
                if source_address is not None:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                failure = exc
        raise failure

    def _resolve(self, host: str, port: int) -> list[Any]:
        """getaddrinfo within the time left: the resolver has no timeout of its own, so
        it runs in a daemon thread that is abandoned (not waited for) past the deadline."""
        found: list[Any] = []

        def resolve() -> None:
            try:
                found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
            except OSError as exc:
                found.append(exc)

        worker = threading.Thread(target=resolve, name="brief-resolve", daemon=True)
        worker.start()
        worker.join(self.remaining())
        if not found:
            raise TimeoutError(f"resolving {host} took too long")
        if isinstance(found[0], OSError):
            raise found[0]
        return list(found[0])

    def _refused(self, host: str, ip: object, kind: str) -> InputError:
        if self.hop is not None:
            return InputError(
                f"{self.url}: redirects to {self.hop}, a {kind} address ({ip}), "
                "which is not followed",
                "forbidden_address",
            )
        named = f"{host} is a {kind} address" + ("" if host == str(ip) else f" ({ip})")
        return InputError(
            f"{self.url}: {named}; only public addresses are read (--allow-private-url allows it)",
            "forbidden_address",
        )


def _deadline_socket(exchange: Exchange) -> type[socket.socket]:
    class DeadlineSocket(socket.socket):
        """Each read waits only as long as the exchange has left."""

        def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
            self.settimeout(exchange.remaining())
            return super().recv_into(buffer, nbytes, flags)

    return DeadlineSocket


def _deadline_ssl_socket(exchange: Exchange) -> type[ssl.SSLSocket]:
    class DeadlineSSLSocket(ssl.SSLSocket):
        """Each read waits only as long as the exchange has left."""

        def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
            self.settimeout(exchange.remaining())
            return super().recv_into(buffer, nbytes, flags)

    return DeadlineSSLSocket


def _guarded(base: type[http.client.HTTPConnection], exchange: Exchange) -> Any:
    class Guarded(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = exchange.connect

    return Guarded


class HTTP(urllib.request.HTTPHandler):
    def __init__(self, exchange: Exchange) -> None:
        super().__init__()
        self.exchange = exchange

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_guarded(http.client.HTTPConnection, self.exchange), req)


class HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, exchange: Exchange) -> None:
        context = ssl.create_default_context()
        context.sslsocket_class = _deadline_ssl_socket(exchange)
        super().__init__(context=context)
        self.exchange = exchange
        self.tls = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            _guarded(http.client.HTTPSConnection, self.exchange), req, context=self.tls
        )
