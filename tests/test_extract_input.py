"""Reading articles and bad input: files, stdin, HTML, URLs (a real HTTP server on 127.0.0.1), encodings.

Every failure is one clear line, exit code 1, no traceback, and nothing written
to the workspace.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from partnerlens.cooperation.article import article_from_bytes, read_article
from partnerlens.errors import PartnerlensError
from partnerlens.http import parse_networks
from partnerlens.workspace import Workspace

LOOPBACK = parse_networks(["127.0.0.1/32"])  # the test server; fetching is public-only unless allowed

CLI = [str(Path(sys.executable).with_name("partnerlens"))]  # the installed console script
ARTICLE = (
    "Title: Kagame in Baku\nDate: 2025-09-21\n\n"
    "President Paul Kagame arrived in Baku on Friday for a state visit to Azerbaijan. "
    "Rwanda and Azerbaijan signed five agreements on agriculture and education."
)
HTML = (
    "<html><head><title>Kagame in Baku</title><meta name='author' content='Jane Doe'>"
    "<meta property='article:published_time' content='2025-09-21'><meta property='og:site_name' content='Example News'></head>"
    "<body><article><h1>Kagame in Baku</h1><p>President Paul Kagame arrived in Baku on Friday for a state visit to Azerbaijan, "
    "the presidency said.</p><p>Rwanda and Azerbaijan signed five agreements on agriculture and education during the visit, "
    "officials in Kigali confirmed on Saturday.</p></article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, float]] = {}

    def do_GET(self):  # noqa: N802 (http.server's naming)
        status, content_type, body, delay = self.routes.get(self.path, (404, "text/plain", b"not found", 0.0))
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    _Handler.routes = {
        "/article": (200, "text/html; charset=utf-8", HTML.encode("utf-8"), 0.0),
        "/big": (200, "text/plain", b"a" * 200_000, 0.0),
        "/slow": (200, "text/plain", b"late", 3.0),
        "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), 0.0),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "--home", str(home), *args], input=stdin, capture_output=True, timeout=120)


def _pending_count(home: Path) -> int:
    with Workspace.open(home).connect() as con:
        return con.execute("SELECT count(*) FROM coop_proposals").fetchone()[0]


# --- reading -----------------------------------------------------------------------------


def test_plain_text_header_becomes_source_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = read_article(str(path))
    assert article.source.title == "Kagame in Baku" and str(article.source.published) == "2025-09-21"
    assert article.text.startswith("President Paul Kagame") and article.source.language == "en"


def test_html_from_a_local_server(server):
    article = read_article(server + "/article", allow=LOOPBACK)
    assert article.source.title == "Kagame in Baku" and article.source.publisher == "Example News"
    assert str(article.source.published) == "2025-09-21" and "state visit" in article.text


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "HTTP 404"), ("/big", "larger than"), ("/slow", "no answer within"), ("/image", "binary")],
)
def test_bad_urls(server, path, message):
    with pytest.raises(PartnerlensError, match=message):
        read_article(server + path, max_bytes=100_000, timeout=1.0, allow=LOOPBACK)


def test_unreachable_url():
    with pytest.raises(PartnerlensError, match="cannot fetch"):
        read_article(f"http://127.0.0.1:{_closed_port()}/article", timeout=2.0, allow=LOOPBACK)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Президент Казахстана Касым-Жомарт Токаев принял министра.".encode("cp1251"), "Президент Казахстана"),
        ("Le président sénégalais est arrivé à Rabat, où il a été reçu.".encode("cp1252"), "Le président sénégalais"),
        ("President Kagame arrived in Baku.".encode("utf-16"), "President Kagame"),
        ("\ufeffPresident Kagame arrived in Baku.".encode("utf-8"), "President Kagame"),
    ],
)
def test_legacy_encodings_are_decoded(data, expected):
    assert article_from_bytes(data).text.startswith(expected)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(100), "binary"),
        (bytes(range(128, 256)) * 40, "encoding|decode"),
    ],
)
def test_bad_bytes(data, message):
    with pytest.raises(PartnerlensError, match=message):
        article_from_bytes(data)


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(PartnerlensError, match="larger than"):
        read_article(str(path), max_bytes=1000)


# --- the command line --------------------------------------------------------------------


def test_news_add_json_shape_and_queue(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = _cli(tmp_path / "ws", "news", "add", str(path), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"source", "proposals"} and payload["source"]["title"] == "Kagame in Baku"
    required = {
        "kind",
        "type",
        "parties",
        "date",
        "date_precision",
        "place",
        "people",
        "bodies",
        "sectors",
        "value_usd",
        "year",
        "qualifier",
        "evidence",
    }
    assert payload["proposals"] and all(required <= set(p) for p in payload["proposals"])
    visit = next(p for p in payload["proposals"] if p["type"] == "state_visit")
    assert visit["parties"] == ["RWA", "AZE"] and visit["date"] == "2025-09-19" and visit["place"] == "Baku"
    assert set(visit["evidence"]) == {"text", "start", "end"}
    assert _pending_count(tmp_path / "ws") == len(payload["proposals"])


def test_news_add_from_stdin(tmp_path):
    result = _cli(tmp_path / "ws", "news", "add", "-", "--json", "--dry-run", stdin=ARTICLE.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["address"] == "stdin"
    assert _pending_count(tmp_path / "ws") == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary"), (bytes(range(128, 256)) * 40, "encoding|decode")],
)
def test_news_add_bad_files_fail_cleanly(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = _cli(tmp_path / "ws", "news", "add", str(path))
    stderr = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
    assert __import__("re").search(message, stderr)
    assert _pending_count(tmp_path / "ws") == 0


def test_news_add_unreachable_url_and_missing_file(tmp_path):
    for target in (f"http://127.0.0.1:{_closed_port()}/x", str(tmp_path / "nope.txt")):
        result = _cli(tmp_path / "ws", "news", "add", target)
        assert result.returncode == 1 and "Traceback" not in result.stderr.decode()
    assert _pending_count(tmp_path / "ws") == 0


def test_news_add_without_diplomacy_queues_nothing(tmp_path):
    path = tmp_path / "sport.txt"
    path.write_text("The local football club won its third match of the season on Saturday.", encoding="utf-8")
    result = _cli(tmp_path / "ws", "news", "add", str(path), "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["proposals"] == []
    assert _pending_count(tmp_path / "ws") == 0
