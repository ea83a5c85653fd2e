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
import time
from dataclasses import dataclass
from pathlib import Path

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


def start_server(home: Path, synthetic: bool = True) -> Server:
    """Build the test world at ``home``, make a token, start the server and wait until it answers."""
    build_store(home, synthetic=synthetic)
    made = cli(home, "token", "create", "--name", "web tests", "--json")
    assert made.returncode == 0, made.stderr
    token = json.loads(made.stdout)["token"]
    port = free_port()
    log = open(home / "server.log", "w")
    process = subprocess.Popen([*CLI, "--home", str(home), "serve", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                               env=os.environ | {"PYTHONUNBUFFERED": "1"})
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
