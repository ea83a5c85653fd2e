"""Kept claims over HTTP (``/api/claims``, ``/api/claims/recheck``) and on the pair page, against a real server."""

from __future__ import annotations

import pytest

from _web_fixtures import cli, start_server, stop_server

ARTICLE = """\
Rwanda and Azerbaijan take stock (an invented example article for partnerlens tests)

Bilateral trade between Rwanda and Azerbaijan was just $2 million in 2022.

Trade between Kazakhstan and African countries increased by 15% in 2022, reaching $783 million.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("claims-web")
    running = start_server(home)
    (home / "article.txt").write_text(ARTICLE, encoding="utf-8")
    for args in (("news", "add", str(home / "article.txt")), ("news", "review", "--accept-all")):
        done = cli(home, *args)
        assert done.returncode == 0, done.stderr
    yield running
    stop_server(running)


def test_the_api_lists_kept_claims_with_their_verdict_lines(server):
    with server.client() as client:
        body = client.get("/api/claims", params={"a": "Rwanda", "b": "Azerbaijan"}).json()
        (claim,) = body["claims"]
        assert (
            claim["value_usd"] == 2e6
            and claim["judged_by"] == "trade"
            and claim["verdict"] in ("consistent", "inconsistent")
        )
        assert claim["line"].startswith(claim["verdict"]) and "claimed just $2.0 million vs computed" in claim["line"]
        everything = client.get("/api/claims").json()["claims"]
        assert {c["metric"] for c in everything} == {"total", "growth"}
        growth = next(c for c in everything if c["metric"] == "growth")
        assert "pp apart" in growth["line"]
        assert client.get("/api/claims", params={"a": "Atlantis"}).status_code in (400, 404, 422)


def test_recheck_is_a_write_and_records_a_run(server):
    with server.client() as client:
        assert client.post("/api/claims/recheck").status_code == 401
    with server.client(authorised=True) as client:
        first = client.post("/api/claims/recheck").json()
        second = client.post("/api/claims/recheck").json()
    assert first["checked"] == second["checked"] == 3  # $2 million, +15% and $783 million
    assert second["changed"] == 0 and all(c["previous"] is not None for c in second["claims"])


def test_the_pair_page_shows_the_kept_claims(server):
    with server.client() as client:
        page = client.get("/pair", params={"a": "Rwanda", "b": "Azerbaijan"}).text
    assert "Claims in the articles" in page and "just $2 million in 2022" in page
    assert "claimed just $2.0 million vs computed" in page
