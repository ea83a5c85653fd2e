"""The HTTP API and pages, over a real `partnerlens serve` on 127.0.0.1, driven with httpx."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator

import httpx
import pytest

from _web_fixtures import Server, cli, start_server, stop_server
from partnerlens.analytics import bilateral_profile
from partnerlens.workspace import Workspace


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Server:
    running = start_server(tmp_path_factory.mktemp("web-api"))
    yield running
    stop_server(running)


@pytest.fixture
def client(server) -> httpx.Client:
    with server.client() as c:
        yield c


def _same(left, right, path: str = "") -> None:
    """Equal JSON, except that floats may differ in the last digits (DuckDB sums in parallel, in no fixed order)."""
    if isinstance(left, float) or isinstance(right, float):
        assert right == pytest.approx(left, rel=1e-9, abs=1e-9), path
    elif isinstance(left, dict) and isinstance(right, dict):
        assert left.keys() == right.keys(), path
        for key in left:
            _same(left[key], right[key], f"{path}.{key}")
    elif isinstance(left, list) and isinstance(right, list):
        assert len(left) == len(right), path
        for n, (a, b) in enumerate(zip(left, right, strict=False)):
            _same(a, b, f"{path}[{n}]")
    else:
        assert left == right, path


def _error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()["error"]["message"]


# -- binding and reading -------------------------------------------------------------------


def test_server_binds_loopback_by_default(server):
    log = (server.home / "server.log").read_text()
    assert re.search(r"Uvicorn running on http://127\.0\.0\.1:\d+", log)


def test_status_lists_the_release_and_flags_synthetic_data(client):
    body = client.get("/api/status").json()
    assert body["synthetic"] is True
    assert [s["name"] for s in body["sources"]] == ["demo-brief-test"]


def test_parties_autocomplete_matches_codes_and_names(client):
    by_code = client.get("/api/parties", params={"q": "rwa", "limit": 5}).json()["parties"]
    assert by_code[0]["code"] == "RWA"
    by_name = client.get("/api/parties", params={"q": "azerb"}).json()["parties"]
    assert [p["code"] for p in by_name] == ["AZE"]
    groups = client.get("/api/parties", params={"q": "africa", "kind": "group"}).json()["parties"]
    assert groups and all(p["kind"] == "group" for p in groups)


def test_profile_is_the_library_profile_as_json(server, client):
    body = client.get("/api/profile", params={"a": "Rwanda", "b": "AZE", "year": 2021}).json()
    expected = bilateral_profile(Workspace.open(server.home), "Rwanda", "AZE", 2021).to_dict()
    _same(body, json.loads(json.dumps(expected)))
    for field in (
        "a",
        "b",
        "year",
        "exports_a_to_b_usd",
        "exports_b_to_a_usd",
        "total_usd",
        "series",
        "top_products_a_to_b",
        "top_products_b_to_a",
        "sources",
    ):
        assert field in body
    assert body["total_usd"] == pytest.approx(body["exports_a_to_b_usd"] + body["exports_b_to_a_usd"])


@pytest.mark.parametrize(
    "path, params, command",
    [
        ("/api/indices", {"a": "RWA", "b": "AZE", "year": 2021}, ["indices", "RWA", "AZE", "--year", "2021"]),
        ("/api/complexity", {"year": 2021}, ["complexity", "--year", "2021"]),
        ("/api/opportunities", {"a": "Kazakhstan", "b": "Africa"}, ["opportunities", "Kazakhstan", "Africa"]),
        ("/api/sectors", {}, ["sectors"]),
    ],
)
def test_api_answers_as_the_cli_json(server, client, path, params, command):
    expected = cli(server.home, *command, "--json")
    assert expected.returncode == 0, expected.stderr
    _same(client.get(path, params=params).json(), json.loads(expected.stdout))


def test_openapi_docs_are_served_without_network(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert re.findall(r'(?:src|href)="([^"]+)"', page.text) == [
        "/static/favicon.png",
        "/static/swagger-ui.css",
        "/static/swagger-ui-bundle.js",
        "/static/swagger-init.js",
    ]
    assert client.get("/static/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/profile",
        "/api/indices",
        "/api/complexity",
        "/api/opportunities",
        "/api/registry/{kinds}",
        "/api/news",
        "/api/proposals/{proposal_id}/accept",
        "/api/claims/check",
        "/api/brief",
        "/api/parties",
    ):
        assert path in paths


def test_a_year_without_data_is_missing_not_zero(client):
    body = client.get("/api/profile", params={"a": "RWA", "b": "AZE", "year": 1995}).json()
    assert body["has_data"] is False
    assert body["exports_a_to_b_usd"] is None and body["total_usd"] is None
    assert any("1995" in note for note in body["notes"])


# -- bad input is 4xx JSON, never 5xx ---------------------------------------------------------


@pytest.mark.parametrize(
    "params, status",
    [
        ({"a": "Narnia", "b": "AZE"}, 404),
        ({"a": "RWA", "b": "RWA"}, 400),
        ({"a": "RWA", "b": "AZE", "year": "twenty"}, 422),
        ({"a": "RWA", "b": "AZE", "year": "99999"}, 422),
        ({"a": "RWA"}, 422),
        ({"a": "x" * 500, "b": "AZE"}, 422),
        ({"a": "RWA'; DROP TABLE sources; --", "b": "AZE"}, 404),
        ({"a": 'RWA") OR 1=1 --', "b": "AZE"}, 404),
    ],
)
def test_bad_profile_parameters_are_4xx_json(client, params, status):
    assert _error(client.get("/api/profile", params=params), status)


def test_unknown_party_error_suggests_close_names(client):
    assert "did you mean" in _error(client.get("/api/parties/Rwnda"), 404)


def test_injection_attempts_leave_the_workspace_intact(client):
    client.get("/api/profile", params={"a": "RWA'; DROP TABLE sources; --", "b": "AZE"})
    assert client.get("/api/status").json()["sources"]


@pytest.mark.parametrize(
    "path",
    [
        "/static/../auth.py",
        "/static/%2e%2e/auth.py",
        "/static/..%2fauth.py",
        "/static/%2e%2e%2f%2e%2e%2fpartnerlens.duckdb",
        "/static/....//auth.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
    ],
)
def test_no_path_traversal_through_static_files(server, path):
    with httpx.Client(base_url=server.url) as raw:
        response = raw.send(raw.build_request("GET", path))  # sent as written, not normalised
    assert response.status_code in (400, 404)
    assert b"import" not in response.content and b"root:" not in response.content


def test_static_serves_the_vendored_scripts(client):
    response = client.get("/static/app.js")
    assert response.status_code == 200 and "autocomplete" in response.text


# -- writes need a token; bodies are checked ------------------------------------------------------

ARTICLE = (
    "Baku, 20 September 2025 - Rwanda and Azerbaijan signed five intergovernmental agreements in Baku, "
    "covering agriculture, mining and visa exemption. Rwandan Foreign Minister Olivier Nduhungirehe met his "
    "Azerbaijani counterpart Jeyhun Bayramov for political consultations."
)


def _event(note: str = "web test") -> dict:
    evidence = "Rwanda and Azerbaijan held a trade forum in Kigali on 3 March 2024."
    return {
        "type": "forum",
        "parties": ["Rwanda", "AZE"],
        "date": "2024-03-03",
        "sectors": ["coffee"],
        "note": note,
        "sources": [
            {
                "source": {"address": "https://example.org/forum", "title": "Forum"},
                "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
            }
        ],
    }


@pytest.mark.parametrize(
    "method, path, body",
    [
        ("POST", "/api/registry/events", _event()),
        ("PATCH", "/api/registry/events/evt-x-123", {"note": "x"}),
        ("DELETE", "/api/registry/events/evt-x-123", None),
        ("POST", "/api/news", {"text": ARTICLE}),
        ("POST", "/api/proposals/prop-0123456789/accept", None),
        ("POST", "/api/proposals/prop-0123456789/reject", None),
    ],
)
def test_writes_without_a_token_are_401_and_with_a_wrong_one_403(server, method, path, body):
    with server.client() as anonymous:
        response = anonymous.request(method, path, json=body)
        assert _error(response, 401) and response.headers["www-authenticate"] == "Bearer"
        assert _error(anonymous.request(method, path, json=body, headers={"Authorization": "Bearer pl_wrong"}), 403)
        assert _error(anonymous.request(method, path, json=body, headers={"Authorization": "Basic cGw6cGw="}), 401)


def test_an_authorised_write_is_recorded_with_who_made_it(server, client):
    with server.client(authorised=True) as writer:
        made = writer.post("/api/registry/events", json=_event("recorded by the web test"))
    assert made.status_code == 201, made.text
    record = made.json()
    assert record["parties"] == ["AZE", "RWA"] and record["sectors"] == ["coffee"]
    listed = client.get("/api/registry/events", params={"party": "Rwanda", "sector": "coffee"}).json()["items"]
    assert record["id"] in [r["id"] for r in listed]
    shown = client.get(f"/api/registry/events/{record['id']}", params={"history": "true"}).json()
    assert "web tests" in shown["history"][0]["actor"]
    assert _error(client.get(f"/api/registry/agreements/{record['id']}"), 404)


def test_edit_and_remove_through_the_api(server, client):
    with server.client(authorised=True) as writer:
        record = writer.post("/api/registry/events", json=_event("to be edited") | {"date": "2024-03-05"}).json()
        edited = writer.patch(
            f"/api/registry/events/{record['id']}", json={"place": "Kigali", "parties": ["Rwanda", "Kazakhstan"]}
        )
        assert edited.status_code == 200 and edited.json()["place"] == "Kigali"
        assert edited.json()["parties"] == ["KAZ", "RWA"]
        # the version is exposed, and an edit based on a stale one is refused (as `registry edit --version`)
        version = client.get(f"/api/registry/events/{record['id']}").json()["version"]
        assert version == edited.json()["version"] == record["version"] + 1
        stale = writer.patch(f"/api/registry/events/{record['id']}", json={"place": "Baku", "version": version - 1})
        assert stale.status_code >= 400 and "changed since" in stale.text
        assert writer.delete(f"/api/registry/events/{record['id']}", params={"reason": "test"}).json() == {
            "removed": record["id"]
        }
    ids = [r["id"] for r in client.get("/api/registry/events").json()["items"]]
    assert record["id"] not in ids


@pytest.mark.parametrize(
    "body, status",
    [
        (_event() | {"sources": []}, 400),  # every record cites a source
        (_event() | {"parties": ["Narnia"]}, 404),
        (_event() | {"parties": "RWA"}, 400),
        (_event() | {"sectors": ["no such sector"]}, 400),
        (_event() | {"date": "2024-13-45"}, 400),
        (_event() | {"kind": "agreement"}, 400),
    ],
)
def test_an_invalid_record_is_refused_and_nothing_is_written(server, client, body, status):
    before = client.get("/api/registry/events").json()["items"]
    with server.client(authorised=True) as writer:
        assert _error(writer.post("/api/registry/events", json=body), status)
    assert client.get("/api/registry/events").json()["items"] == before


def test_malformed_json_oversized_bodies_and_wrong_shapes_are_4xx(server):
    with server.client(authorised=True) as writer:
        headers = {"content-type": "application/json"}
        assert (
            _error(writer.post("/api/registry/events", content=b'{"type": "forum",', headers=headers), 400)
            == "malformed JSON body"
        )
        assert _error(writer.post("/api/claims/check", content=b"\xff\xfe not json", headers=headers), 400)
        huge = json.dumps({"text": "trade " * 600_000}).encode()
        assert "limit" in _error(writer.post("/api/news", content=huge, headers=headers), 413)
        assert _error(writer.post("/api/registry/events", json=[1, 2, 3]), 422)
        assert _error(writer.post("/api/news", json={"text": ARTICLE, "extra": 1}), 422)


@pytest.mark.parametrize("url", ["/etc/passwd", "file:///etc/passwd", "ftp://example.org/a", "../partnerlens.duckdb"])
def test_articles_come_only_from_text_or_http_addresses(server, client, url):
    assert _error(client.post("/api/claims/check", json={"url": url}), 422)
    with server.client(authorised=True) as writer:
        assert _error(writer.post("/api/news", json={"url": url}), 422)


def test_news_ingest_then_review_turns_a_proposal_into_a_record(server, client):
    with server.client(authorised=True) as writer:
        read = writer.post("/api/news", json={"text": ARTICLE, "published": "2025-09-20"})
        assert read.status_code == 201, read.text
        assert {p["kind"] for p in read.json()["proposals"]} >= {"agreement", "event"}
        pending = client.get("/api/proposals").json()["items"]
        event = next(i for i in pending if i["proposal"]["kind"] == "event")
        decided = writer.post(f"/api/proposals/{event['id']}/accept").json()
        assert decided["status"] in ("accepted", "merged") and decided["record"]
        assert _error(writer.post(f"/api/proposals/{event['id']}/accept"), 404)  # decided once
    record = client.get(f"/api/registry/events/{decided['record']}").json()
    assert set(record["parties"]) == {"AZE", "RWA"}
    assert event["id"] not in [i["id"] for i in client.get("/api/proposals").json()["items"]]


# -- claims and briefs ------------------------------------------------------------------------------


def test_claim_check_gives_verdicts_against_the_store(client):
    total = client.get("/api/profile", params={"a": "RWA", "b": "AZE", "year": 2022}).json()["total_usd"]
    text = (
        f"Bilateral trade between Rwanda and Azerbaijan reached ${total / 1e6:,.0f} million in 2022. "
        "Trade between Rwanda and Azerbaijan was just $2 million in 2022. "
        "Trade between Rwanda and Azerbaijan reached $5 million in 1999."
    )
    body = client.post("/api/claims/check", json={"text": text}).json()
    verdicts = [c["verdict"] for c in body["claims"]]
    assert verdicts == ["consistent", "inconsistent", "no_data"], body["claims"]
    first = body["claims"][0]
    assert body["text"][first["start"] : first["end"]].startswith("Bilateral trade")
    assert first["computed_value_usd"] == pytest.approx(total)


@pytest.mark.parametrize(
    "fmt, media, start",
    [("md", "text/markdown", b"\n# "), ("html", "text/html", b"<!doctype html"), ("pdf", "application/pdf", b"%PDF")],
)
def test_brief_downloads_in_each_format(client, fmt, media, start):
    response = client.get("/api/brief", params={"a": "Rwanda", "b": "Azerbaijan", "format": fmt})
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith(media)
    assert response.headers["content-disposition"] == f'attachment; filename="brief-Rwanda-Azerbaijan-2022.{fmt}"'
    assert start.lower() in response.content[:400].lower()
    if fmt != "pdf":
        assert b"synthetic" in response.content.lower()


@pytest.mark.parametrize("fmt", ["../../etc/passwd", "pdf/../../x", "exe", ""])
def test_brief_format_is_one_of_three_never_a_path(client, fmt):
    assert _error(client.get("/api/brief", params={"a": "RWA", "b": "AZE", "format": fmt}), 422)


# -- concurrency: reads go on while writes run ---------------------------------------------------------


def test_reads_keep_working_while_writes_run(server):
    import concurrent.futures
    import time

    def write(n: int) -> int:
        with server.client(authorised=True) as writer:
            body = _event(f"concurrent write {n}") | {"date": f"2023-01-{n + 1:02d}"}
            news = writer.post("/api/news", json={"text": ARTICLE.replace("Baku", f"Baku ({n})"), "dry_run": False})
            return writer.post("/api/registry/events", json=body).status_code + 0 * news.status_code

    def read(n: int) -> tuple[int, float]:
        with server.client() as reader:
            start = time.perf_counter()
            path = ("/api/registry/events", "/api/proposals", "/api/status")[n % 3]
            return reader.get(path).status_code, time.perf_counter() - start

    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        writes = [pool.submit(write, n) for n in range(6)]
        reads = [pool.submit(read, n) for n in range(60)]
        read_results = [f.result() for f in reads]
        assert [f.result() for f in writes] == [201] * 6
    assert all(status == 200 for status, _ in read_results)
    assert max(seconds for _, seconds in read_results) < 10


def test_a_read_waits_for_another_process_holding_the_database(server, client):
    import subprocess
    import sys
    import time

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(2); con.close()"
            ),
            str(server.home / "partnerlens.duckdb"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        start = time.perf_counter()
        response = client.get("/api/registry/agreements", params={"party": "KAZ"})
        waited = time.perf_counter() - start
    finally:
        holder.wait(timeout=30)
    assert response.status_code == 200 and response.json()["items"]
    assert waited > 0.5  # it did wait for the other process, and then answered


# -- tokens ------------------------------------------------------------------------------------------


def test_tokens_are_stored_hashed_and_revocable(server):
    with server.client(authorised=True) as writer:
        assert writer.post("/api/news", json={"text": ARTICLE}).status_code == 201
        listed = json.loads(cli(server.home, "token", "list", "--json").stdout)["tokens"]
        assert server.token not in (server.home / "partnerlens.duckdb").read_bytes().decode("latin-1")
        fresh = json.loads(cli(server.home, "token", "create", "--name", "revoked soon", "--json").stdout)
        headers = {"Authorization": f"Bearer {fresh['token']}"}
        assert writer.post("/api/news", json={"text": ARTICLE}, headers=headers).status_code == 201
        assert cli(server.home, "token", "revoke", fresh["id"]).returncode == 0
        assert _error(writer.post("/api/news", json={"text": ARTICLE}, headers=headers), 403)
    assert [t["name"] for t in listed] == ["web tests"]


# -- pages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/pair?a=RWA&b=AZE",
        "/pair?a=KAZ&b=Africa&year=2020",
        "/registry?party=RWA",
        "/review",
        "/claims",
        "/brief?a=RWA&b=AZE",
        "/login",
        "/nowhere",
        "/pair?a=Narnia&b=AZE",
        "/pair?a=RWA&b=AZE&year=1995",
        "/pair?a=RWA&b=AZE&year=abc",
        "/registry?since=yesterday",
    ],
)
def test_every_page_shows_the_synthetic_data_banner(client, path):
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code in (200, 404, 422), response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert 'id="synthetic-banner"' in response.text


@contextlib.contextmanager
def _signed_in(server) -> Iterator[httpx.Client]:
    with server.client(headers={"accept": "text/html"}) as browser:
        browser.get("/login")
        csrf = browser.cookies["pl_csrf"]
        assert browser.post("/login", data={"token": server.token, "csrf_token": csrf}).status_code == 303
        yield browser


def test_forms_need_the_csrf_token_and_a_same_origin(server):
    with _signed_in(server) as browser:
        csrf = browser.cookies["pl_csrf"]
        assert browser.post("/review", data={"text": ARTICLE}).status_code == 403
        assert browser.post("/review", data={"text": ARTICLE, "csrf_token": "forged"}).status_code == 403
        foreign = browser.post(
            "/review", data={"text": ARTICLE, "csrf_token": csrf}, headers={"origin": "https://evil.example"}
        )
        assert foreign.status_code == 403
        # a session cookie alone does not authorise API writes either
        assert _error(browser.post("/api/news", json={"text": ARTICLE}, headers={"accept": "application/json"}), 403)
        assert browser.post("/review", data={"text": ARTICLE, "csrf_token": csrf}).status_code == 303


def test_login_refuses_a_wrong_token_and_forms_need_a_session(server):
    with server.client(headers={"accept": "text/html"}) as browser:
        browser.get("/login")
        csrf = browser.cookies["pl_csrf"]
        assert browser.post("/login", data={"token": "pl_wrong", "csrf_token": csrf}).status_code == 403
        assert browser.post("/review", data={"text": ARTICLE, "csrf_token": csrf}).status_code == 401


def test_review_form_accepts_a_proposal(server, client):
    with server.client(authorised=True) as writer:
        writer.post("/api/news", json={"text": ARTICLE.replace("political consultations", "talks on mining")})
    pending = client.get("/api/proposals").json()["items"]
    with _signed_in(server) as browser:
        page = browser.get("/review")
        assert pending[0]["id"] in page.text and "Accept" in page.text
        done = browser.post(
            f"/review/{pending[0]['id']}", data={"decision": "accept", "csrf_token": browser.cookies["pl_csrf"]}
        )
        assert done.status_code == 303
        assert pending[0]["id"] not in [i["id"] for i in client.get("/api/proposals").json()["items"]]


def test_claims_page_marks_the_claims_in_the_text(server):
    with server.client(headers={"accept": "text/html"}) as browser:
        browser.get("/claims")
        page = browser.post(
            "/claims",
            data={
                "text": "Trade between Rwanda and Azerbaijan was just $2 million in 2022.",
                "csrf_token": browser.cookies["pl_csrf"],
            },
        )
    assert page.status_code == 200
    assert '<mark class="inconsistent" id="claim-1"' in page.text


def test_a_streamed_body_over_the_limit_is_413(server):
    def chunks():
        for _ in range(40):
            yield b"x" * 100_000  # 4 MB, no Content-Length: chunked transfer

    with server.client(authorised=True) as writer:
        response = writer.post("/api/news", content=chunks(), headers={"content-type": "application/json"})
    assert "limit" in _error(response, 413)


def test_pages_escape_what_users_send(server, client):
    for attack in ("<script>alert(1)</script>", "Your session expired: sign in at https://evil.example"):
        page = client.get("/review", params={"message": attack}, headers={"accept": "text/html"})
        assert page.status_code == 200 and "alert(1)" not in page.text and "evil.example" not in page.text  # codes only
    assert (
        "now a registry record"
        in client.get("/review", params={"message": "accepted"}, headers={"accept": "text/html"}).text
    )
    with server.client(headers={"accept": "text/html"}) as browser:
        browser.get("/claims")
        checked = browser.post(
            "/claims",
            data={
                "text": 'Trade <img src=x onerror="alert(1)"> was $2 million in 2022.',
                "csrf_token": browser.cookies["pl_csrf"],
            },
        )
    assert checked.status_code == 200 and "<img src=x" not in checked.text
