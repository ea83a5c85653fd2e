"""Issue 19 (web half): a real `partnerlens serve` on 127.0.0.1 under hostile input.

Findings covered here: 1 (SSRF: fetching needs a token or --allow-fetch, no
address that is not public on any hop, no page echoed back, no port state in
errors), 2 (bounded work: parameter lengths, article size, the party matcher,
fetches off the request path), 9 (web: no 500 on bad parameters, NaN and
out-of-range numbers refused before anything is written) and 10 (headers,
sessions, message codes). Every server's log is checked for tracebacks.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import re
import time

import httpx
import pytest

from _web_fixtures import ORIGIN_HOST, start_origin, start_server, stop_server

ARTICLE = "Trade between Rwanda and Azerbaijan was just $2 million in 2022."


@pytest.fixture(scope="module")
def origin():
    running = start_origin()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The default server: no --allow-fetch, no --fetch-allow (what users run)."""
    running = start_server(tmp_path_factory.mktemp("hostile"))
    yield running
    stop_server(running)
    assert "Traceback" not in (running.home / "server.log").read_text()


@pytest.fixture(scope="module")
def fetching(tmp_path_factory):
    """A server that fetches for anyone (--allow-fetch) and may reach the test origin on 127.0.0.2, nothing else."""
    running = start_server(
        tmp_path_factory.mktemp("hostile-fetch"), args=("--allow-fetch", "--fetch-allow", f"{ORIGIN_HOST}/32")
    )
    yield running
    stop_server(running)
    assert "Traceback" not in (running.home / "server.log").read_text()


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    return response.json()["error"]["message"]


def _port(server) -> int:
    return int(server.url.rsplit(":", 1)[1])


# -- finding 1: SSRF -------------------------------------------------------------------------------


def test_anonymous_callers_cannot_have_addresses_fetched(server, origin):
    message = _error(httpx.post(server.url + "/api/claims/check", json={"url": f"{origin.url}/article"}), 403)
    assert "needs a token" in message and "--allow-fetch" in message


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "0.0.0.0",
        "2130706433",
        "127.1",
        "0x7f000001",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "169.254.169.254",
        "10.0.0.1",
    ],
)
def test_even_with_a_token_the_server_does_not_fetch_its_own_network(server, host):
    url = f"http://{host}:{_port(server)}/api/status"
    with server.client(authorised=True) as writer:
        response = writer.post("/api/claims/check", json={"url": url})
    assert response.status_code in (400, 422), response.text
    assert "demo-brief-test" not in response.text and "sources" not in response.text  # nothing of the page


def test_a_redirect_to_the_server_itself_is_refused_at_that_hop(fetching, origin):
    target = f"http://127.0.0.1:{_port(fetching)}/api/status"
    message = _error(
        httpx.post(fetching.url + "/api/claims/check", json={"url": f"{origin.url}/redirect?to={target}"}), 400
    )
    assert "only public internet addresses" in message and "demo-brief-test" not in message


def test_a_fetched_page_is_never_echoed(fetching, origin):
    body = httpx.post(fetching.url + "/api/claims/check", json={"url": f"{origin.url}/article"}, timeout=60).json()
    assert body["text"] is None and body["fetched"] is True
    assert [c["verdict"] for c in body["claims"]] == ["inconsistent"]
    assert "SECRET-MARKER" not in json.dumps(body)
    page = _claims_page(fetching, url=f"{origin.url}/article")
    assert page.status_code == 200 and "SECRET-MARKER" not in page.text and 'id="fetched-note"' in page.text


def test_fetch_errors_do_not_reveal_port_state(fetching):
    with contextlib.closing(__import__("socket").socket()) as closed:
        closed.bind((ORIGIN_HOST, 0))
        closed_port = closed.getsockname()[1]
    messages = set()
    for port in (closed_port, _port(fetching)):  # closed, and open (but not an allowed address: 127.0.0.1)
        response = httpx.post(fetching.url + "/api/claims/check", json={"url": f"http://{ORIGIN_HOST}:{port}/"})
        messages.add(re.sub(r":\d+", ":PORT", response.json()["error"]["message"]))
    assert len(messages) == 1 and "refused" not in messages.pop().lower()


def test_a_drip_feed_ends_within_the_deadline_and_does_not_stall_other_routes(fetching, origin):
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        drips = [
            pool.submit(httpx.post, fetching.url + "/api/claims/check", json={"url": f"{origin.url}/drip"}, timeout=60)
            for _ in range(6)
        ]
        time.sleep(1)
        quick = time.monotonic()
        assert httpx.get(fetching.url + "/api/status", timeout=10).status_code == 200
        assert httpx.get(fetching.url + "/api/parties/RWA", timeout=10).status_code == 200
        assert time.monotonic() - quick < 3  # other routes answer while fetches wait
        answers = [d.result() for d in drips]
    assert time.monotonic() - started < 25  # 10 s deadline per fetch, at most 4 fetching at once
    assert {a.status_code for a in answers} <= {400, 503}
    assert all("within 10 s" in a.json()["error"]["message"] or a.status_code == 503 for a in answers)


# -- finding 2: bounded work -------------------------------------------------------------------------


@pytest.mark.parametrize("length", [121, 20_000, 60_000])
def test_long_party_names_are_refused_at_once(server, length):
    started = time.monotonic()
    response = httpx.get(server.url + "/api/parties/" + "x" * length, timeout=30)
    assert response.status_code in (414, 422, 431), response.text[:300]
    assert time.monotonic() - started < 3


def test_a_name_near_the_limit_gets_suggestions_quickly(server):
    started = time.monotonic()
    message = _error(httpx.get(server.url + "/api/parties/" + "Azerbajan" * 13), 404)
    assert "unknown party" in message and time.monotonic() - started < 2


def test_the_party_matcher_is_bounded_in_process():
    from partnerlens.errors import UnknownPartyError
    from partnerlens.reference import resolve_party

    for text in ("q" * 60_000, "Azerbaijan " * 5000, "Qwertyuiop" * 12):
        started = time.monotonic()
        with pytest.raises(UnknownPartyError):
            resolve_party(text)
        assert time.monotonic() - started < 0.5, len(text)


def test_an_oversized_article_is_413_with_a_clear_message(server):
    long_text = (ARTICLE + " ") * 1000  # 65,000 characters
    message = _error(httpx.post(server.url + "/api/claims/check", json={"text": long_text}), 413)
    assert "50,000" in message
    with server.client(authorised=True) as writer:
        assert "50,000" in _error(writer.post("/api/news", json={"text": long_text}), 413)


def test_a_huge_header_line_is_not_parsed_as_a_date(server):
    started = time.monotonic()
    text = "Date: " + "9" * 40_000 + "\n\n" + ARTICLE
    response = httpx.post(server.url + "/api/claims/check", json={"text": text}, timeout=60)
    assert response.status_code == 200 and time.monotonic() - started < 10


def test_briefs_are_cached_per_key(server):
    params = {"a": "RWA", "b": "AZE", "year": 2022, "format": "md"}
    first = httpx.get(server.url + "/api/brief", params=params, timeout=120)
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        again = list(
            pool.map(
                lambda _: httpx.get(server.url + "/api/brief", params=params | {"a": "Rwanda"}, timeout=120), range(6)
            )
        )
    assert first.status_code == 200 and all(r.content == first.content for r in again)
    assert time.monotonic() - started < 3  # served from the cache (names resolve to one key)


def test_single_flight_computes_once_per_key():
    import threading

    from partnerlens.web.app import ResultCache

    cache, calls = ResultCache(), []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.3)
        return 42

    threads = [threading.Thread(target=cache.get, args=(("brief", "RWA", "AZE"), slow)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and cache.get(("brief", "RWA", "AZE"), slow) == 42


# -- finding 9 (web): 4xx, never 500 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, params",
    [
        ("/pair", {"a": "RWA", "b": "AZE", "year": "²"}),
        ("/pair", {"a": "RWA", "b": "AZE", "year": "２０２２"}),
        ("/brief", {"a": "RWA", "b": "AZE", "year": "٢٠٢٢"}),
        ("/api/profile", {"a": "RWA", "b": "AZE", "year": "²"}),
        ("/api/brief", {"a": "RWA", "b": "AZE", "year": "2²"}),
        ("/api/profile", {"a": "RWA" * 100, "b": "AZE"}),
        ("/api/registry/events", {"since": "2024-02-30"}),
        ("/registry", {"since": "²"}),
    ],
)
def test_odd_parameters_are_4xx(server, path, params):
    response = httpx.get(server.url + path, params=params)
    assert 400 <= response.status_code < 500, response.text[:300]


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",
        "http://[::1]x/",
        "http://[1:2:3]/",
        "http:// /",
        "http://[::ffff:999.1.1.1]/",
        "https://" + "a" * 2100,
    ],
)
def test_malformed_ipv6_and_other_bad_urls_are_422(server, url):
    with server.client(authorised=True) as writer:
        assert _error(writer.post("/api/claims/check", json={"url": url}), 422)
        assert _error(writer.post("/api/news", json={"url": url}), 422)
    page = _claims_page(server, url=url)
    assert page.status_code == 422


def test_a_scoped_ipv6_address_is_refused(server):
    with server.client(authorised=True) as writer:
        assert "scoped" in _error(writer.post("/api/claims/check", json={"url": "http://[fe80::1%eth0]/"}), 400)


def _event(**extra) -> dict:
    return {
        "type": "forum",
        "title": "Business forum",
        "date": "2025-05-10",
        "parties": ["RWA", "AZE"],
        "sources": [
            {
                "source": {"address": "https://example.org/x"},
                "evidence": {"text": "A forum was held.", "start": 0, "end": 17},
            }
        ],
    } | extra


def test_evidence_offsets_beyond_int32_are_refused_and_nothing_is_written(server):
    with server.client(authorised=True) as writer:
        before = writer.get("/api/registry/events").json()["items"]
        body = _event()
        body["sources"][0]["evidence"] |= {"start": 2**31, "end": 2**40}
        assert "out of range" in _error(writer.post("/api/registry/events", json=body), 422)
        assert writer.get("/api/registry/events").json()["items"] == before


@pytest.mark.parametrize(
    "raw",
    [
        b'{"value": NaN}',
        b'{"value": Infinity}',
        b'{"value": -Infinity}',
        b'{"value": 1e400}',
        b'{"notes": {"x": [NaN]}}',
    ],
)
def test_registry_patch_with_non_finite_numbers_is_422_before_anything_is_written(server, raw):
    with server.client(authorised=True) as writer:
        target = {
            "kind": "kpi",
            "type": "trade_target",
            "title": "Trade target",
            "date": "2025-05-10",
            "parties": ["RWA", "AZE"],
            "metric": "total trade",
            "value": 1e8,
            "unit": "usd",
            "sources": [
                {
                    "source": {"address": "https://example.org/t"},
                    "evidence": {"text": "A target.", "start": 0, "end": 9},
                }
            ],
        }
        made = writer.post("/api/registry/targets", json=target)
        record = made.json() if made.status_code == 201 else writer.get("/api/registry/targets").json()["items"][0]
        before = writer.get(f"/api/registry/targets/{record['id']}").json()
        response = writer.patch(
            f"/api/registry/targets/{record['id']}", content=raw, headers={"content-type": "application/json"}
        )
        assert "finite" in _error(response, 422)
        assert writer.get(f"/api/registry/targets/{record['id']}").json() == before
        assert writer.get("/api/registry/targets").status_code == 200


def test_deeply_nested_bodies_are_422(server):
    nested: dict = {}
    for _ in range(50):
        nested = {"x": nested}
    with server.client(authorised=True) as writer:
        assert "nested" in _error(writer.post("/api/registry/events", json=_event(notes=nested)), 422)


# -- finding 10: headers and sessions -----------------------------------------------------------------

SECURITY_HEADERS = {"content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy"}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/claims",
        "/review",
        "/registry",
        "/login",
        "/docs",
        "/api/status",
        "/api/parties/nowhere",
        "/static/app.js",
        "/no-such-page",
        "/api/profile?a=RWA&b=AZE&year=1",
    ],
)
def test_every_answer_carries_the_security_headers(server, path):
    response = httpx.get(server.url + path, headers={"accept": "text/html"})
    assert set(response.headers) >= SECURITY_HEADERS, (path, dict(response.headers))
    csp = response.headers["content-security-policy"]
    assert (
        "frame-ancestors 'none'" in csp
        and "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/", "/claims", "/review", "/registry", "/login", "/docs", "/brief"])
def test_pages_have_no_inline_script(server, path):
    page = httpx.get(server.url + path).text
    for tag in re.findall(r"<script\b[^>]*>", page):
        assert "src=" in tag, tag
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", page)  # no script body
    assert not re.search(r"\son[a-z]+\s*=", page)  # no inline event handlers


@contextlib.contextmanager
def _login(server, headers: dict | None = None):
    with server.client(headers={"accept": "text/html"} | (headers or {})) as browser:
        browser.get("/login")
        done = browser.post("/login", data={"token": server.token, "csrf_token": browser.cookies["pl_csrf"]})
        assert done.status_code == 303
        yield browser


def test_the_session_cookie_is_a_session_id_that_logout_revokes(server):
    with _login(server) as browser:
        session = browser.cookies["pl_session"]
        csrf = browser.cookies["pl_csrf"]
        assert server.token not in session and not session.startswith("pl_")
        assert 'id="article-form"' in browser.get("/review").text  # signed in
        assert browser.post("/logout", data={"csrf_token": csrf}).status_code == 303
    with server.client(headers={"accept": "application/json"}) as thief:  # the cookie, copied before logout
        thief.cookies.set("pl_session", session)
        thief.cookies.set("pl_csrf", csrf)
        message = _error(thief.post("/api/news", json={"text": ARTICLE}, headers={"x-csrf-token": csrf}), 403)
        assert "session" in message


def test_revoking_the_token_ends_its_sessions(tmp_path):
    running = start_server(tmp_path / "revoke")
    try:
        with _login(running) as browser:
            csrf = browser.cookies["pl_csrf"]
            assert (
                browser.post(
                    "/api/news",
                    json={"text": ARTICLE},
                    params={"dry_run": True},
                    headers={"x-csrf-token": csrf, "accept": "application/json"},
                ).status_code
                == 201
            )
            from _web_fixtures import cli

            token_id = json.loads(cli(running.home, "token", "list", "--json").stdout)["tokens"][0]["id"]
            assert cli(running.home, "token", "revoke", token_id).returncode == 0
            assert (
                browser.post(
                    "/api/news",
                    json={"text": ARTICLE},
                    params={"dry_run": True},
                    headers={"x-csrf-token": csrf, "accept": "application/json"},
                ).status_code
                == 403
            )
    finally:
        stop_server(running)


def test_cookies_are_secure_behind_a_trusted_tls_proxy(tmp_path, server):
    proxied = start_server(tmp_path / "proxied", args=("--trusted-proxy", "127.0.0.1"))
    try:
        with proxied.client(headers={"x-forwarded-proto": "https", "accept": "text/html"}) as browser:
            cookie = browser.get("/login").headers["set-cookie"]
            assert "secure" in cookie.lower() and "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    finally:
        stop_server(proxied)
    # without --trusted-proxy the header is not believed
    cookie = httpx.get(server.url + "/login", headers={"x-forwarded-proto": "https"}).headers["set-cookie"]
    assert "secure" not in cookie.lower()


def _claims_page(server, **form) -> httpx.Response:
    with server.client(headers={"accept": "text/html"}) as browser:
        browser.get("/claims")
        return browser.post("/claims", data=form | {"csrf_token": browser.cookies["pl_csrf"]}, timeout=60)


def test_pools_answer_503_when_full_or_past_their_budget():
    import asyncio

    from fastapi import HTTPException

    from partnerlens.web.work import Pool

    pool = Pool("test", workers=1, queue=1, budget=0.3)

    async def burst():
        return await asyncio.gather(*(pool.run(lambda: time.sleep(1)) for _ in range(3)), return_exceptions=True)

    started = time.monotonic()
    outcomes = asyncio.run(burst())
    assert time.monotonic() - started < 0.9  # nobody waited for the work itself
    messages = sorted(str(o.detail) for o in outcomes if isinstance(o, HTTPException) and o.status_code == 503)
    assert len(messages) == 3 and "busy" in messages[0] and "budget" in messages[-1]  # 1 running, 1 waiting, 1 refused
    pool.shutdown()
