"""A CLI brief answered by a warm ``partnerlens serve`` of the same workspace and code (issue 16), else computed.

Real components: ``partnerlens serve`` in a subprocess on 127.0.0.1 (its announcement ``server.json``), the
``partnerlens brief`` command in subprocesses, a second workspace holding the same world for the local path, a
socket that accepts and never answers. The server's access log says which requests reached it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from _brief_fixtures import build_store
from _web_fixtures import CLI, start_server, stop_server
from partnerlens import warm_server
from partnerlens.brief.output import key_of, question
from partnerlens.warm_server import ANNOUNCEMENT, announced, ask_brief
from partnerlens.workspace import Workspace

YEAR = "2022"


def announced_by(started, seconds: float = 300) -> None:
    """Wait for the server's announcement: after its start-up, once the brief's warm-up is done (slow on a loaded
    machine: imports of a thousand modules and the chart engine's start)."""
    deadline = time.monotonic() + seconds
    while not (started.home / ANNOUNCEMENT).exists():
        assert started.process.poll() is None and time.monotonic() < deadline, "the server did not announce itself"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    started = start_server(tmp_path_factory.mktemp("warm") / "ws")
    announced_by(started)
    yield started
    stop_server(started)


@pytest.fixture(scope="module")
def local_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("local") / "ws"
    build_store(home)  # the same world, another workspace: computed here, never asked of the server
    return home


def brief(home: Path, out: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [*CLI, "--home", str(home), "brief", *args, "--year", YEAR, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | (env or {}),
    )
    assert done.returncode == 0, done.stderr
    return done


def served(server, path: str) -> int:
    """How many requests for ``path`` the server answered 200 so far (its access log)."""
    return (server.home / "server.log").read_text().count(f'"POST {path} HTTP/1.1" 200')


def asked(server, a: str = "KEN", b: str = "UGA", fmt: str = "md") -> dict:
    return question(
        a, b, int(YEAR), fmt, top=10, key=key_of(a, b, int(YEAR), fmt, workspace=Workspace.open(server.home), top=10)
    )


class Announcing:
    """Replace the server's announcement by a variant for one block, then put the genuine one back."""

    def __init__(self, server, **changes) -> None:
        self.path = server.home / ANNOUNCEMENT
        self.changes = changes

    def __enter__(self) -> dict:
        self.genuine = self.path.read_bytes()
        record = json.loads(self.genuine) | self.changes
        write_private(self.path, json.dumps(record).encode())
        return record

    def __exit__(self, *exc) -> None:
        write_private(self.path, self.genuine)


def write_private(path: Path, data: bytes, mode: int = 0o600) -> None:
    path.unlink(missing_ok=True)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(path, mode)


def test_the_announcement_is_private_loopback_and_this_code(server):
    path = server.home / ANNOUNCEMENT
    assert path.stat().st_mode & 0o777 == 0o600
    record = json.loads(path.read_text())
    assert record["host"] == "127.0.0.1" and record["pid"] == server.process.pid
    assert record["fingerprint"] == warm_server.fingerprint()
    assert record["home"] == str(server.home.resolve())
    assert f":{record['port']}" in server.url
    assert announced(server.home) is not None


@pytest.mark.parametrize(("a", "b", "fmt"), [("RWA", "AZE", "html"), ("KAZ", "africa", "md")])
def test_a_brief_from_the_server_is_byte_identical_to_one_computed_here(server, local_home, tmp_path, a, b, fmt):
    before = served(server, warm_server.BRIEF_PATH)
    from_server = brief(server.home, tmp_path / f"server.{fmt}", a, b, "--format", fmt)
    assert served(server, warm_server.BRIEF_PATH) == before + 1  # the server answered it
    here = brief(local_home, tmp_path / f"here.{fmt}", a, b, "--format", fmt, "--no-server")
    assert (tmp_path / f"server.{fmt}").read_bytes() == (tmp_path / f"here.{fmt}").read_bytes()
    assert from_server.stderr.replace("server.", "here.") == here.stderr
    # kept by the server where the command keeps it: read back, neither computed again nor asked
    brief(server.home, tmp_path / f"again.{fmt}", a, b, "--format", fmt)
    assert served(server, warm_server.BRIEF_PATH) == before + 1
    assert (tmp_path / f"again.{fmt}").read_bytes() == (tmp_path / f"here.{fmt}").read_bytes()


def test_no_server_and_the_environment_switch_compute_here(server, tmp_path):
    before = served(server, warm_server.HELLO_PATH)
    brief(server.home, tmp_path / "one.md", "RWA", "KEN", "--no-server")
    brief(server.home, tmp_path / "two.md", "RWA", "UGA", env={"PARTNERLENS_SERVER": "0"})
    assert served(server, warm_server.HELLO_PATH) == before


def test_a_stale_fingerprint_computes_here_without_asking(server, local_home, tmp_path):
    before = (server.home / "server.log").read_text().count("/internal/")
    with Announcing(server, fingerprint="0" * 64):
        assert announced(server.home) is None
        brief(server.home, tmp_path / "stale.md", "AZE", "KEN")
    assert (server.home / "server.log").read_text().count("/internal/") == before
    brief(local_home, tmp_path / "here.md", "AZE", "KEN", "--no-server")
    assert (tmp_path / "stale.md").read_bytes() == (tmp_path / "here.md").read_bytes()


def test_the_server_answers_a_signed_question_and_only_that(server):
    assert ask_brief(server.home, asked(server, "TZA", "UGA")) is not None  # the genuine announcement works
    other_day = asked(server, "TZA", "KEN") | {"key": "0" * 24}  # another day, code or state: 409
    before = served(server, warm_server.BRIEF_PATH)
    assert ask_brief(server.home, other_day) is None
    assert served(server, warm_server.BRIEF_PATH) == before
    with httpx.Client(base_url=server.url, timeout=10) as http:  # unsigned, or signed with another secret
        assert http.post(warm_server.BRIEF_PATH, json=asked(server)).status_code == 404
        body = json.dumps(asked(server)).encode()
        forged = f"abc:{warm_server.sign('f' * 64, 'abc', body)}"
        answer = http.post(warm_server.BRIEF_PATH, content=body, headers={warm_server.AUTH_HEADER: forged})
        assert answer.status_code == 404
        assert "/internal/" not in http.get("/openapi.json").text


@pytest.mark.parametrize(
    "changes",
    [
        {"pid": 2**22 + 12345},  # a dead pid (beyond pid_max): a stale file
        {"secret": "e" * 64},  # a wrong secret: the server does not answer it
        {"host": "10.0.0.1"},  # off 127.0.0.1: never followed
        {"host": "localhost"},
        {"port": 0},
    ],
    ids=["dead-pid", "wrong-secret", "off-loopback", "a-name", "no-port"],
)
def test_any_doubt_about_the_announcement_means_computing_here(server, changes):
    before = served(server, warm_server.BRIEF_PATH)
    with Announcing(server, **changes):
        assert ask_brief(server.home, asked(server)) is None
    assert served(server, warm_server.BRIEF_PATH) == before


def test_an_announcement_others_could_read_or_a_link_is_not_followed(server, tmp_path):
    path = server.home / ANNOUNCEMENT
    genuine = path.read_bytes()
    try:
        write_private(path, genuine, mode=0o644)
        assert announced(server.home) is None
        path.unlink()
        (tmp_path / "elsewhere.json").write_bytes(genuine)
        os.chmod(tmp_path / "elsewhere.json", 0o600)
        path.symlink_to(tmp_path / "elsewhere.json")
        assert announced(server.home) is None
    finally:
        write_private(path, genuine)
    assert announced(server.home) is not None


def test_a_server_that_hangs_means_computing_here_within_the_hello_timeout(server):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # connections are accepted by the kernel; nothing ever answers
        with Announcing(server, port=silent.getsockname()[1], pid=os.getpid()):
            assert announced(server.home) is not None
            started = time.monotonic()
            assert ask_brief(server.home, asked(server)) is None
            assert time.monotonic() - started < warm_server.HELLO_SECONDS + 2


def test_a_server_of_another_workspace_is_not_asked(server, local_home):
    genuine = (server.home / ANNOUNCEMENT).read_bytes()
    copied = local_home / ANNOUNCEMENT
    try:
        write_private(copied, genuine)  # the file as it is: it names the other workspace
        assert announced(local_home) is None
        record = json.loads(genuine) | {"home": str(local_home.resolve())}
        write_private(copied, json.dumps(record).encode())  # claims this one: the server's hello says otherwise
        assert announced(local_home) is not None
        log = server.home / "server.log"
        before = log.read_text().count(f'"POST {warm_server.HELLO_PATH} HTTP/1.1" 409')
        assert ask_brief(local_home, asked(server)) is None
        assert log.read_text().count(f'"POST {warm_server.HELLO_PATH} HTTP/1.1" 409') == before + 1
    finally:
        copied.unlink(missing_ok=True)


def test_the_announcement_is_removed_when_the_server_stops(tmp_path):
    started = start_server(tmp_path / "ws")
    announced_by(started)
    stop_server(started)
    assert not (started.home / ANNOUNCEMENT).exists()


def test_serve_announces_nothing_off_loopback_or_when_told_not_to(tmp_path):
    started = start_server(tmp_path / "ws", args=("--no-announce",))
    try:
        time.sleep(1)
        assert not (started.home / ANNOUNCEMENT).exists()
        with httpx.Client(base_url=started.url, timeout=10) as http:
            assert http.post(warm_server.HELLO_PATH, content=b"{}").status_code == 404
    finally:
        stop_server(started)


class Impostor:
    """An HTTP server on 127.0.0.1 that answers every POST 200: the hello signed with ``secret`` when given
    (a process that learnt the secret), the brief with ``brief`` signed with another secret, or unsigned."""

    def __init__(self, secret: str | None, sign_brief_with: str | None) -> None:
        import http.server
        import threading

        impostor = self
        self.received: list[tuple[int, str]] = []  # (connection's accept order, path)
        accepted: dict[object, int] = {}

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 -- http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                nonce = (self.headers.get(warm_server.AUTH_HEADER) or "").partition(":")[0]
                impostor.received.append((accepted[self.request], self.path))
                if self.path == warm_server.HELLO_PATH:
                    said, key = json.loads(body) | {"fingerprint": warm_server.fingerprint()}, secret
                    answer = json.dumps(said).encode()
                else:
                    answer, key = b'{"a": "forged"}\nforged', sign_brief_with
                self.send_response(200)
                if key is not None:
                    self.send_header(warm_server.AUTH_HEADER, warm_server.sign(key, nonce, answer))
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            def process_request(self, request, client_address) -> None:
                # accepted one by one in the serving thread, in the order the client connected: the order the
                # client asked in, which the handler threads' order is not under load
                accepted[request] = len(accepted)
                super().process_request(request, client_address)

        self.http = Server(("127.0.0.1", 0), Handler)
        self.port = self.http.server_address[1]
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    @property
    def asked(self) -> list[str]:
        """The paths asked, in the order their connections were opened."""
        return [path for _, path in sorted(self.received)]

    def wait_for(self, count: int, seconds: float = 10.0) -> None:
        """Until ``count`` requests are recorded (each handler records on its own thread) or ``seconds`` pass."""
        deadline = time.monotonic() + seconds
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.mark.parametrize(
    ("hello_secret", "brief_secret"),
    [(None, None), ("s" * 64, None), ("s" * 64, "f" * 64)],
    ids=["nothing-signed", "brief-unsigned", "brief-forged"],
)
def test_an_answer_not_signed_with_the_secret_is_refused_and_the_brief_computed_here(
    server, local_home, tmp_path, hello_secret, brief_secret
):
    """The question goes out before the hello: whatever answers on the announced port, only a hello and an answer
    both signed with the announcement's secret are used; otherwise the command computes the same bytes itself."""
    impostor = Impostor(hello_secret, brief_secret)
    try:
        with Announcing(server, port=impostor.port, pid=os.getpid(), secret="s" * 64):
            assert announced(server.home) is not None
            assert ask_brief(server.home, asked(server)) is None
            impostor.wait_for(2)  # the question's handler thread may record it after the client has given up
            assert impostor.asked[:2] == [warm_server.BRIEF_PATH, warm_server.HELLO_PATH]
            brief(server.home, tmp_path / "here.md", "KEN", "RWA")
    finally:
        impostor.close()
    brief(local_home, tmp_path / "local.md", "KEN", "RWA", "--no-server")
    assert (tmp_path / "here.md").read_bytes() == (tmp_path / "local.md").read_bytes()
    assert b"forged" not in (tmp_path / "here.md").read_bytes()
