"""Where a fetch may connect: public addresses only, judged after name resolution."""

from __future__ import annotations

import ipaddress
import socket
import time

import pytest

from newsbrief.errors import InputError
from newsbrief.read.guard import Exchange, non_public


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("169.254.169.254", "link-local"),
        ("10.0.0.1", "private"),
        ("192.168.1.1", "private"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),  # IPv4-mapped
        ("2002:a00:1::", "private"),  # 6to4 of 10.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("0.0.0.0", "private"),
        ("8.8.8.8", None),
        ("2606:4700::1111", None),
    ],
)
def test_non_public_addresses_are_named(address: str, kind: str | None) -> None:
    assert non_public(ipaddress.ip_address(address)) == kind


def test_numeric_host_forms_are_resolved_before_they_are_judged() -> None:
    exchange = Exchange("http://2852039166/", deadline=time.monotonic() + 10, timeout=1.0)
    with pytest.raises(InputError) as err:  # 2852039166 is 169.254.169.254
        exchange.connect(("2852039166", 80))
    assert err.value.code == "forbidden_address"
    assert "(169.254.169.254)" in err.value.message


def test_only_the_allowed_host_and_port_may_be_private() -> None:
    exchange = Exchange("http://127.0.0.1:1/", deadline=time.monotonic() + 10, timeout=1.0)
    exchange.allow("http://127.0.0.1:1/")
    assert exchange.allowed == ("127.0.0.1", 1)
    with pytest.raises(InputError, match="loopback"):
        exchange.connect(("127.0.0.1", 22))


def test_no_time_left_is_a_timeout() -> None:
    exchange = Exchange("http://example.org/", deadline=0.0, timeout=1.0)
    with pytest.raises(TimeoutError):
        exchange.remaining()


def test_name_resolution_is_within_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> list[object]:
        time.sleep(5)
        return []

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    exchange = Exchange("http://example.org/", deadline=time.monotonic() + 0.3, timeout=1.0)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        exchange.connect(("example.org", 80))
    assert time.monotonic() - started < 2
