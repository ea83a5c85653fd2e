"""One HTTP client for fetching on behalf of users: vetted addresses, a total deadline, a size limit.

Whatever address a user gives (an article URL on the web or the command line)
is fetched here and nowhere else, because fetching for someone else is how a
server gets turned against its own network (SSRF). :func:`fetch` therefore:

* accepts http and https only, and parses the address strictly (a malformed
  IPv6 literal is a clear error, not a crash);
* resolves the host itself (in a worker thread bounded by the deadline) and
  refuses it when *any* address it resolves to is not a public unicast
  address: loopback, private, shared (CGNAT), link-local (cloud metadata at
  169.254.169.254), multicast, reserved, unspecified (0.0.0.0), documentation
  ranges, and IPv6 that embeds such an IPv4 address (IPv4-mapped, NAT64,
  6to4). Every spelling of an address (``127.1``, ``2130706433``,
  ``0x7f000001``, ``[::ffff:127.0.0.1]``) is what the resolver makes of it,
  so it is checked as the connection would see it;
* connects to the vetted IP itself (the URL's host is replaced by the IP; the
  ``Host`` header and TLS server name stay the original), so a second DNS
  answer cannot swap in another address (no DNS-rebinding window);
* follows redirects by hand, vetting every hop, at most ``MAX_REDIRECTS``;
* keeps one deadline for the whole fetch — resolution, connection, headers,
  every read of the body, every redirect — not a timeout per read, so a
  server dripping one byte at a time is cut off on time;
* stops reading at ``max_bytes``;
* ignores proxy environment variables (a proxy would connect for us, unvetted);
* reports every network failure with one message that does not tell a
  refused port from a silent one.

``allow`` is an explicit list of networks that may be fetched although they are
not public (the tests' local servers on 127.0.0.1; the command line's
``--fetch-allow`` flag). The web app never passes it unless its operator did.

(Just over 400 lines on purpose: every defence above is one path through one
function, and a reviewer checks them together.)
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import TYPE_CHECKING

from partnerlens import __version__
from partnerlens.errors import PartnerlensError

if TYPE_CHECKING:  # httpx (~0.5 s to import) is loaded by the functions that fetch: reading a record's
    import httpx  # article or writing a brief imports this module for its types and checks only

USER_AGENT = f"partnerlens/{__version__} (+https://github.com/partnerlens/partnerlens)"
DEADLINE_SECONDS = 15.0
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
MAX_URL_CHARS = 2000
_REDIRECTS = {301, 302, 303, 307, 308}
_UNREACHABLE = "the server could not be reached or gave no usable answer"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
IP = ipaddress.IPv4Address | ipaddress.IPv6Address

# Not covered by ipaddress' is_global/is_private in every Python version; refused explicitly.
_EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",
        "192.0.0.0/24",
        "198.18.0.0/15",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "64:ff9b:1::/48",
        "100::/64",
        "2001::/23",
        "2001:db8::/32",
        "fc00::/7",
        "fe80::/10",
        "ff00::/8",
    )
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

_resolver = ThreadPoolExecutor(max_workers=4, thread_name_prefix="partnerlens-dns")


class FetchError(PartnerlensError):
    """A URL that cannot or may not be fetched; the message is one line, safe to show to whoever asked."""


@dataclass(frozen=True)
class Fetched:
    """What a fetch returns: the body, its content type, and the address it finally came from."""

    body: bytes
    content_type: str | None
    url: str


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """``["127.0.0.1/32", "::1"]`` → networks, for ``allow`` (a clear error for a malformed one)."""
    try:
        return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values)
    except ValueError as exc:
        raise PartnerlensError(f"not an address or network: {exc}") from None


def blocked_reason(ip: IP) -> str | None:
    """Why ``ip`` may not be fetched from (None when it is a public unicast address)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return blocked_reason(embedded) or None
        if ip.scope_id:
            return "a scoped (link-local) address"
    for test, label in (
        (ip.is_loopback, "a loopback"),
        (ip.is_unspecified, "an unspecified"),
        (ip.is_link_local, "a link-local"),
        (ip.is_multicast, "a multicast"),
        (ip.is_private, "a private"),
        (ip.is_reserved, "a reserved"),
    ):
        if test:
            return f"{label} address"
    if any(ip.version == n.version and ip in n for n in _EXTRA_BLOCKED) or not ip.is_global:
        return "a special-purpose address"
    return None


def _allowed(ip: IP, allow: tuple[Network, ...]) -> bool:
    return any(ip.version == n.version and ip in n for n in allow)


def parse_url(url: str) -> httpx.URL:
    """A strictly parsed http(s) URL with a host, or FetchError."""
    import httpx

    if not isinstance(url, str) or len(url) > MAX_URL_CHARS:
        raise FetchError(f"an address must be a string of at most {MAX_URL_CHARS} characters")
    if any(ord(ch) < 33 or ord(ch) == 127 for ch in url):
        raise FetchError("an address may not contain spaces or control characters")
    try:
        parsed = httpx.URL(url)
        host = parsed.host
    except (httpx.InvalidURL, ValueError, UnicodeError):
        raise FetchError("not a valid http(s) address") from None
    if parsed.scheme not in ("http", "https") or not host:
        raise FetchError("only http(s) addresses with a host name can be fetched")
    if parsed.userinfo:
        raise FetchError("addresses with a user name or password are not fetched")
    return parsed


def _resolve(host: str, port: int, deadline: float) -> list[IP]:
    """Every address ``host`` resolves to (IP literals in any spelling included), within the deadline."""
    try:
        literal = ipaddress.ip_address(host)
        return [literal]
    except ValueError:
        pass
    future = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=max(0.01, deadline - time.monotonic()))
    except FutureTimeout:
        raise FetchError(f"cannot fetch from {host}: no answer in time") from None
    except (OSError, UnicodeError):
        raise FetchError(f"cannot fetch from {host}: the name does not resolve") from None
    addresses = []
    for info in infos:
        try:
            addresses.append(ipaddress.ip_address(str(info[4][0]).split("%")[0]))
        except ValueError:
            continue
    if not addresses:
        raise FetchError(f"cannot fetch from {host}: the name does not resolve")
    return addresses


def vet(url: httpx.URL, deadline: float, allow: tuple[Network, ...] = ()) -> list[IP]:
    """The addresses to connect to for ``url``, in the resolver's order; FetchError when any is not public."""
    port = url.port or (443 if url.scheme == "https" else 80)
    addresses = _resolve(url.host, port, deadline)
    for ip in addresses:
        reason = blocked_reason(ip)
        if reason and not _allowed(ip, allow):
            raise FetchError(
                f"cannot fetch from {url.host}: it is {reason}; only public internet addresses are fetched"
            )
    return list(dict.fromkeys(addresses))


def client(deadline_seconds: float = DEADLINE_SECONDS) -> httpx.Client:
    """The client for fetching what users name (:func:`fetch`): user agent, no proxies from the environment, no
    automatic redirects (each hop is vetted by hand)."""
    import httpx

    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
        timeout=httpx.Timeout(deadline_seconds),
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=0),
    )


def source_client(timeout: httpx.Timeout, headers: dict[str, str] | None = None) -> httpx.Client:
    """The client of the data sources (CEPII's BACI, UN Comtrade, the IMF, OECD …), the one place they are built.

    The project's user agent and connection limit; redirects followed up to
    ``MAX_REDIRECTS``; proxy settings from the environment honoured, since these
    addresses are the sources' own (or an operator's ``--base-url``), never a
    user's page (those go through :func:`fetch`). ``headers`` are added (a
    subscription key). Errors are each source's to map: their messages name
    the source and what to do.
    """
    import httpx

    return httpx.Client(
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        timeout=timeout,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        trust_env=True,
        limits=httpx.Limits(max_connections=4),
    )


def _pinned_request(http: httpx.Client, url: httpx.URL, ip: IP, timeouts: dict, watchdog: _Watchdog) -> httpx.Request:
    """GET ``url`` sent to ``ip``: the Host header and TLS name (and certificate check) stay ``url``'s host."""
    host_header = url.host if url.port is None else f"{url.host}:{url.port}"
    if ":" in url.host:
        host_header = f"[{url.host}]" if url.port is None else f"[{url.host}]:{url.port}"
    target = url.copy_with(host=str(ip))
    request = http.build_request("GET", target, headers={"Host": host_header})
    request.extensions["timeout"] = timeouts
    request.extensions["trace"] = watchdog.trace
    if url.scheme == "https":
        request.extensions["sni_hostname"] = url.host
    return request


class _Watchdog:
    """Shuts every socket of one fetch down when its deadline passes, wherever the fetch is blocked.

    Timeouts in HTTP clients are per operation: a server sending one byte of
    headers or body every few seconds never trips them. The sockets are learnt
    from httpcore's ``trace`` extension (event ``connection.connect_tcp.complete``);
    ``shutdown`` wakes a blocked read at once, and the fetch then reports the deadline.
    """

    def __init__(self, deadline: float) -> None:
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self.fired = False
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict) -> None:
        if event != "connection.connect_tcp.complete" or info.get("return_value") is None:
            return
        sock = info["return_value"].get_extra_info("socket")
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shutdown(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _remaining(deadline: float, timeouts: dict) -> float:
    """Seconds left; every timeout of the request in flight is set to them (one deadline, not one per read)."""
    import httpx

    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.ReadTimeout("deadline")
    for key in ("connect", "read", "write", "pool"):
        timeouts[key] = left
    return left


def fetch(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    deadline_seconds: float = DEADLINE_SECONDS,
    allow: Iterable[Network] = (),
) -> Fetched:
    """GET a user's ``url`` safely (see the module docstring); FetchError for every failure."""
    allow = tuple(allow)
    deadline = time.monotonic() + deadline_seconds
    current = parse_url(url)
    watchdog = _Watchdog(deadline)
    try:
        return _fetch(current, url, max_bytes, deadline, deadline_seconds, allow, watchdog)
    finally:
        watchdog.cancel()


def _fetch(
    current: httpx.URL,
    url: str,
    max_bytes: int,
    deadline: float,
    deadline_seconds: float,
    allow: tuple[Network, ...],
    watchdog: _Watchdog,
) -> Fetched:
    import httpx

    seen: set[str] = set()
    with client(deadline_seconds) as http:
        for _hop in range(MAX_REDIRECTS + 1):
            if str(current) in seen:
                raise FetchError(f"cannot fetch {url}: the redirects loop")
            seen.add(str(current))
            addresses = vet(current, deadline, allow)
            timeouts: dict = {}
            try:
                response = _connect(http, current, addresses, deadline, timeouts, watchdog)
                try:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = _next_hop(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"cannot fetch {url}: HTTP {response.status_code}")
                    body = _read_body(response, url, max_bytes, deadline, timeouts)
                    return Fetched(body, response.headers.get("content-type"), str(current))
                finally:
                    response.close()
            except (httpx.HTTPError, OSError, UnicodeError, ValueError) as exc:
                if isinstance(exc, httpx.TimeoutException) or watchdog.fired or time.monotonic() >= deadline:
                    raise FetchError(
                        f"cannot fetch {url}: no answer within {deadline_seconds:g} s "
                        "(one deadline for the whole fetch)"
                    ) from None
                raise FetchError(f"cannot fetch {url}: {_UNREACHABLE}") from None
        raise FetchError(f"cannot fetch {url}: more than {MAX_REDIRECTS} redirects")


def _connect(
    http: httpx.Client, url: httpx.URL, addresses: list[IP], deadline: float, timeouts: dict, watchdog: _Watchdog
) -> httpx.Response:
    """The response headers from the first vetted address that accepts a connection (IPv6 then IPv4, say)."""
    import httpx

    for number, ip in enumerate(addresses):
        _remaining(deadline, timeouts)
        try:
            return http.send(_pinned_request(http, url, ip, timeouts, watchdog), stream=True)
        except httpx.ConnectError:
            if number == len(addresses) - 1:
                raise
    raise httpx.ConnectError("no address")


def _next_hop(current: httpx.URL, location: str) -> httpx.URL:
    """The redirect target, resolved against the logical (not the pinned) address and parsed strictly."""
    import httpx

    try:
        joined = current.join(location)
    except (httpx.InvalidURL, ValueError, UnicodeError):
        raise FetchError("the server redirected to an invalid address") from None
    return parse_url(str(joined))


def _read_body(response: httpx.Response, url: str, max_bytes: int, deadline: float, timeouts: dict) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is larger than the {max_bytes:,}-byte limit")
    chunks: list[bytes] = []
    total = 0
    stream = response.iter_bytes()  # as it arrives (each network read), so the limit is checked as it grows
    while True:
        _remaining(deadline, timeouts)
        chunk = next(stream, None)
        if chunk is None:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"{url} is larger than the {max_bytes:,}-byte limit")
        chunks.append(chunk)
