"""``partnerlens check FILE|URL|-`` run as users run it: the installed command, real files, a real HTTP server."""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from _claims_fixtures import AGREEING, build_workspace
from partnerlens.cli import main

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
NEEDS_CORPUS = pytest.mark.skipif(
    not CORPUS.is_dir(),
    reason="the seed corpus ../shared/corpus is not beside this clone "
    "(invented articles cover the same behaviours in test_claims_records.py)",
)
COMMAND = Path(sys.executable).with_name("partnerlens")
CLAIM_KEYS = {
    "text",
    "start",
    "end",
    "metric",
    "parties",
    "products",
    "sector",
    "year",
    "value_usd",
    "qualifier",
    "verdict",
    "computed_value_usd",
    "ratio",
    "source",
    "caveats",
}


def run(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(COMMAND), "--home", str(home), "check", *args], input=stdin, capture_output=True, timeout=120
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return build_workspace(tmp_path_factory.mktemp("agreeing"), AGREEING).home


@pytest.fixture(scope="module")
def server():
    """A real HTTP server on 127.0.0.1 serving the corpus."""
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(CORPUS), **k)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@NEEDS_CORPUS
def test_json_lists_every_claim_with_its_verdict(home):
    done = run(home, str(CORPUS / "seed-rwanda-azerbaijan-agreements.txt"), "--json")
    assert done.returncode == 0, done.stderr
    claims = json.loads(done.stdout)["claims"]
    assert len(claims) == 4
    assert all(set(claim) >= CLAIM_KEYS for claim in claims)
    # the five agreements: only this article says so; the trade figures and the WDI-judged share agree
    assert [c["verdict"] for c in claims] == ["unverifiable", "consistent", "consistent", "consistent"]
    assert [c["judged_by"] for c in claims] == ["registry", "trade", "published", "trade"]
    bilateral = claims[-1]
    assert bilateral["metric"] == "total" and sorted(bilateral["parties"]) == ["AZE", "RWA"]
    assert bilateral["value_usd"] == 2e6 and bilateral["computed_value_usd"] == 2.05e6


@NEEDS_CORPUS
def test_url_and_stdin_give_the_same_verdicts(home, server):
    by_url = run(
        home, f"{server}/seed-kazakhstan-africa.txt", "--json", "--fetch-allow", "127.0.0.1"
    )  # loopback: by explicit flag only
    by_stdin = run(home, "-", "--json", stdin=(CORPUS / "seed-kazakhstan-africa.txt").read_bytes())
    assert by_url.returncode == 0 and by_stdin.returncode == 0, by_url.stderr + by_stdin.stderr
    verdicts = [[c["verdict"] for c in json.loads(done.stdout)["claims"]] for done in (by_url, by_stdin)]
    assert verdicts[0] == verdicts[1] and "consistent" in verdicts[0]


@NEEDS_CORPUS
def test_people_get_a_table_with_sources_and_caveats(home):
    done = run(home, str(CORPUS / "seed-rwanda-azerbaijan-agreements.txt"))
    out = done.stdout.decode()
    assert done.returncode == 0
    assert (
        "consistent" in out
        and "source: test-claims, release T1" in out
        and "caveat: Trade data cover goods only" in out
    )


@NEEDS_CORPUS
def test_an_article_without_claims_gives_an_empty_list(home):
    done = run(home, str(CORPUS / "ktpress-kagame-in-kazakhstan.txt"), "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["claims"] == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "make_input, message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "is empty"),
        (lambda d: (d / "blob.bin").write_bytes(bytes(range(256)) * 40) and d / "blob.bin", "binary"),
        (lambda d: f"http://127.0.0.1:{_closed_port()}/article.html", "cannot fetch"),
    ],
    ids=["missing", "empty", "binary", "unreachable"],
)
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, make_input, message, monkeypatch, capsys):
    """In process, through the console script's entry point (bad input never reaches the workspace)."""
    target = make_input(tmp_path)
    home = tmp_path / "never-created"
    monkeypatch.setattr(sys, "argv", ["partnerlens", "--home", str(home), "check", str(target), "--json"])
    with pytest.raises(SystemExit) as exit_:
        main()
    out, err = capsys.readouterr()
    assert exit_.value.code == 1
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert out == "" and not home.exists()
