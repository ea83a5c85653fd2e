"""A real partnerlens server for the web tests: ``partnerlens serve`` in a subprocess on 127.0.0.1.

The workspace holds the brief tests' synthetic world (written through the real
store), so every page shows the demo banner; a write token is made with the
real ``partnerlens token create`` command.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl

import httpx

from _brief_fixtures import build_store

CLI = [str(Path(sys.executable).parent / "partnerlens")]  # the console script of this environment


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "--home", str(home), *args], capture_output=True, text=True, timeout=120)


@dataclass
class Server:
    home: Path
    url: str
    token: str
    process: subprocess.Popen

    def client(self, authorised: bool = False, headers: dict | None = None) -> httpx.Client:
        auth = {"Authorization": f"Bearer {self.token}"} if authorised else {}
        return httpx.Client(base_url=self.url, headers=auth | (headers or {}), timeout=60)


def start_server(home: Path, synthetic: bool = True, args: tuple[str, ...] = ()) -> Server:
    """Build the test world at ``home``, make a token, start the server (with ``serve`` options ``args``)
    and wait until it answers."""
    build_store(home, synthetic=synthetic)
    made = cli(home, "token", "create", "--name", "web tests", "--json")
    assert made.returncode == 0, made.stderr
    token = json.loads(made.stdout)["token"]
    port = free_port()
    log = open(home / "server.log", "w")  # noqa: SIM115 -- closed by the fixture after the server stops
    process = subprocess.Popen(
        [*CLI, "--home", str(home), "serve", "--port", str(port), *args],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {(home / 'server.log').read_text()}")
        try:
            if httpx.get(url + "/api/status", timeout=2).status_code == 200:
                return Server(home, url, token, process)
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start within 60 s")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


# -- a hostile origin: a real HTTP server the tests point the fetcher at -------------------------

ORIGIN_HOST = "127.0.0.2"  # loopback, but not the partnerlens server's 127.0.0.1: allowed by --fetch-allow in tests
ORIGIN_ARTICLE = (
    "Title: Rwanda and Azerbaijan\n\n"
    "Trade between Rwanda and Azerbaijan was just $2 million in 2022. "
    "Internal note SECRET-MARKER-7f3a: this sentence is only on the origin server.\n"
)


class _OriginHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path, _, query = self.path.partition("?")
        params = dict(parse_qsl(query))
        try:
            if path == "/article":
                self._send(200, ORIGIN_ARTICLE.encode(), {"Content-Type": "text/plain; charset=utf-8"})
            elif path == "/host":  # the Host header this server was sent
                self._send(200, self.headers.get("Host", "").encode(), {"Content-Type": "text/plain"})
            elif path == "/redirect":  # to any address given in ?to=
                self._send(302, headers={"Location": params["to"]})
            elif path in ("/loop-a", "/loop-b"):
                self._send(302, headers={"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
            elif path.startswith("/chain/"):
                left = int(path.rsplit("/", 1)[1])
                self._send(302, headers={"Location": f"/chain/{left - 1}"}) if left > 0 else self._send(
                    200, b"end of the chain"
                )
            elif path == "/drip":  # one byte every two seconds, for ever
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(100000):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(2)
            elif path == "/drip-headers":  # a status line, then a header one byte every two seconds
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                for _ in range(10000):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(2)
            elif path == "/big":  # 20 MB without a Content-Length
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(20 * 16):
                    self.wfile.write(b"trade " * 10922)
            elif path == "/big-declared":
                self._send(200, b"", {"Content-Length": str(50_000_000), "Content-Type": "text/plain"})
            else:
                self._send(404, b"not here")
        except (BrokenPipeError, ConnectionResetError):
            pass


@dataclass
class Origin:
    url: str
    server: ThreadingHTTPServer

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def start_origin(host: str = ORIGIN_HOST) -> Origin:
    """The hostile origin on ``host`` (a random port), serving in daemon threads."""
    server = ThreadingHTTPServer((host, 0), _OriginHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Origin(f"http://{host}:{server.server_address[1]}", server)
