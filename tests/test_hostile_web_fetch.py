"""Issue 19, finding 1 and 2 (fetching): the user-URL fetcher against real hostile servers on 127.0.0.x.

In process, through ``partnerlens.http.fetch`` and ``read_article``: every
spelling of a non-public address refused, redirects vetted at every hop, one
deadline for the whole fetch (a drip-feed ends on time), a size limit, loops
cut, malformed addresses a clear error, and errors that do not tell a closed
port from an open one.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from _web_fixtures import ORIGIN_HOST, start_origin
from partnerlens.cooperation.article import read_article
from partnerlens.errors import PartnerlensError
from partnerlens.http import FetchError, blocked_reason, fetch, parse_networks, parse_url

ORIGIN_NET = parse_networks([f"{ORIGIN_HOST}/32"])


@pytest.fixture(scope="module")
def origin():
    running = start_origin()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def loopback_service():
    """Something listening on 127.0.0.1 that a fetch must never reach (it counts connections)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    hits = []

    def accept() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            hits.append(1)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 21\r\n\r\ninternal admin secret")
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    yield sock.getsockname()[1], hits
    sock.close()


LOOPBACK_SPELLINGS = [
    "127.0.0.1",
    "localhost",
    "127.1",
    "2130706433",
    "0x7f000001",
    "017700000001",
    "0.0.0.0",
    "[::1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[0:0:0:0:0:ffff:127.0.0.1]",
    "127.000.000.001",
]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_every_spelling_of_loopback_is_refused_before_connecting(host, loopback_service):
    port, hits = loopback_service
    before = len(hits)
    with pytest.raises(FetchError, match="only public internet addresses|not a valid"):
        fetch(f"http://{host}:{port}/admin", deadline_seconds=3)
    assert len(hits) == before  # never connected


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "198.18.0.1",
        "192.0.2.1",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "ff02::1",
        "::",
        "64:ff9b::a9fe:a9fe",
        "2002:a9fe:a9fe::",
        "2001:db8::1",
    ],
)
def test_private_link_local_metadata_multicast_and_reserved_ranges_are_blocked(address):
    import ipaddress

    assert blocked_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "151.101.1.69"])
def test_public_addresses_pass(address):
    import ipaddress

    assert blocked_reason(ipaddress.ip_address(address)) is None


def test_a_redirect_to_loopback_is_refused_at_that_hop(origin, loopback_service):
    port, hits = loopback_service
    before = len(hits)
    for target in (f"http://127.0.0.1:{port}/admin", f"http://2130706433:{port}/", f"http://[::1]:{port}/"):
        with pytest.raises(FetchError, match="only public internet addresses"):
            fetch(f"{origin.url}/redirect?to={target}", allow=ORIGIN_NET, deadline_seconds=3)
    assert len(hits) == before


def test_the_allow_list_is_explicit_and_exact(origin):
    assert b"SECRET-MARKER" in fetch(f"{origin.url}/article", allow=ORIGIN_NET).body
    with pytest.raises(FetchError):
        fetch(f"{origin.url}/article")  # no allow-list: loopback refused
    with pytest.raises(FetchError):
        fetch(f"{origin.url}/article", allow=parse_networks(["127.0.0.1/32"]))  # another loopback address


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_drip_feed_ends_within_the_total_deadline(origin, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="no answer within 3 s"):
        fetch(f"{origin.url}{path}", allow=ORIGIN_NET, deadline_seconds=3)
    assert time.monotonic() - started < 4.5  # one deadline for the fetch, not one per read


def test_an_oversized_body_stops_at_the_limit(origin):
    for path in ("/big", "/big-declared"):
        with pytest.raises(FetchError, match="larger than the 1,000,000-byte limit"):
            fetch(f"{origin.url}{path}", allow=ORIGIN_NET, max_bytes=1_000_000, deadline_seconds=10)


def test_redirect_loops_and_long_chains_are_cut(origin):
    with pytest.raises(FetchError, match="redirects loop"):
        fetch(f"{origin.url}/loop-a", allow=ORIGIN_NET)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{origin.url}/chain/8", allow=ORIGIN_NET)
    assert fetch(f"{origin.url}/chain/3", allow=ORIGIN_NET).body == b"end of the chain"


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",
        "http://[::1]x/",
        "http://[fe80::1%25eth0]/",
        "http://[zz::1]/",
        "http://user:pw@example.org/",
        "ftp://example.org/",
        "http:///nohost",
        "http://exa mple.org/",
        "http://\x1b[31m/",
        "javascript:alert(1)",
        "http://" + "a" * 3000,
    ],
)
def test_malformed_addresses_are_one_clear_error(url):
    with pytest.raises(FetchError):
        fetch(url, deadline_seconds=2)


def test_errors_do_not_tell_an_open_port_from_a_closed_one(origin):
    with socket.socket() as closed:
        closed.bind((ORIGIN_HOST, 0))
        closed_port = closed.getsockname()[1]
    silent = socket.socket()  # accepts, then closes without a word
    silent.bind((ORIGIN_HOST, 0))
    silent.listen(4)
    threading.Thread(target=lambda: [silent.accept()[0].close() for _ in range(4)], daemon=True).start()
    messages = []
    for port in (closed_port, silent.getsockname()[1]):
        with pytest.raises(FetchError) as failure:
            fetch(f"http://{ORIGIN_HOST}:{port}/", allow=ORIGIN_NET, deadline_seconds=3)
        messages.append(str(failure.value).replace(str(port), "PORT"))
    silent.close()
    assert messages[0] == messages[1]
    assert "refused" not in messages[0].lower() and "reset" not in messages[0].lower()


def test_read_article_refuses_loopback_unless_allowed(origin):
    with pytest.raises(PartnerlensError, match="only public internet addresses"):
        read_article(f"{origin.url}/article")
    assert "SECRET-MARKER" in read_article(f"{origin.url}/article", allow=ORIGIN_NET).text


def test_parse_url_keeps_the_host_for_the_pinned_connection():
    url = parse_url("https://Example.org:8443/a?b=1")
    assert url.host == "example.org" and url.port == 8443


def test_the_connection_goes_to_the_vetted_ip_with_the_original_host_header():
    """The URL's host is resolved once, checked, and the connection made to that IP (no second lookup for
    a rebinding DNS server to answer differently); the server still sees the name the user gave."""
    local = start_origin("127.0.0.1")
    try:
        port = local.url.rsplit(":", 1)[1]
        fetched = fetch(f"http://localhost:{port}/host", allow=parse_networks(["127.0.0.1/32", "::1/128"]))
        assert fetched.body.decode() == f"localhost:{port}"
        assert fetched.url == f"http://localhost:{port}/host"
    finally:
        local.stop()
