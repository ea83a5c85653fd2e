"""A warm ``partnerlens serve`` of the same workspace, announced in it and asked for a brief by the command line.

A first ``partnerlens brief`` in a new process pays the imports (pandas, pyarrow,
pydantic, the analytics), the chart engine's start and the pair's work; a running
``partnerlens serve`` has paid the first two already (issue 16). Like ``dmypy``
or Gradle's daemon, the command asks that process when one runs and computes
locally otherwise; what it writes is the same either way.

* **The announcement** (:func:`announce`): a server bound to ``127.0.0.1`` with
  one process writes ``server.json`` in the workspace once it is warm —
  address, pid, a per-run secret, the fingerprint of its code and environment
  (:func:`fingerprint`) and the workspace it serves — atomically and readable
  by its owner only (0600), and removes it on exit (:func:`withdraw`).
* **The command** (:func:`ask_brief`) follows an announcement only when the
  file is a regular file owned by the same user and private, names
  ``127.0.0.1``, a live pid, the same workspace and the same fingerprint; then
  the server must answer a hello within :data:`HELLO_SECONDS`, proving it
  holds the secret and saying the same fingerprint and workspace. Anything
  else, any error, any refusal: ``None``, and the command computes locally,
  silently. The brief's question is sent just before the hello (on a
  connection of its own) and its answer read only after the hello: the server
  computes while it says hello, and nothing it answers is used unproved.
* **Authentication both ways**: the secret never travels. A request carries a
  fresh nonce and ``HMAC-SHA256(secret, nonce + body)``; the answer carries
  ``HMAC-SHA256(secret, nonce + answer)``. Another local user cannot read the
  file, so can neither drive the server nor pass for it (a process that took
  the port of a server gone without removing its file gets nothing it can use).
* **The same answer**: the command sends the key under which it would keep the
  brief (``brief.kept.kept_key``: what was asked, the day, the store's and the
  workspace files' state, the code's fingerprint); the server computes the
  key of the same question itself and answers only when they are equal — the
  answer is the same function's (``brief.output.rendered``), kept in the same
  file the command would have written.

Standard library only (``http.client``, not ``partnerlens.http``: that client
fetches what users name and refuses loopback by design, and ``httpx`` alone
costs about half a second of start-up, a quarter of a brief's 2 s goal).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import stat
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by ask_brief, when a server is announced
    import http.client

ANNOUNCEMENT = "server.json"
LOOPBACK = "127.0.0.1"
AUTH_HEADER = "X-Partnerlens-Auth"
HELLO_PATH = "/internal/hello"
BRIEF_PATH = "/internal/brief"
HELLO_SECONDS = 1.0
"""How long a command waits for a server's hello (connection and answer) before computing locally."""
ANSWER_SECONDS = 600.0
"""How long a command waits for the brief once the server said hello (a server that computes the brief holds the
brief's lock: computing locally meanwhile would wait for the same lock)."""
MAX_ANNOUNCEMENT_BYTES = 4096


@dataclass(frozen=True)
class Announcement:
    """What ``server.json`` says: where the warm server listens, who it is, what it serves."""

    host: str
    port: int
    pid: int
    secret: str
    fingerprint: str
    home: str


def fingerprint() -> str:
    """The code and environment a brief's bytes depend on: the package version, its source files (paths, sizes,
    modification times: ``workspace.code_fingerprint``), the interpreter and the environment it runs in."""
    from partnerlens import __version__
    from partnerlens.workspace import code_fingerprint

    parts = (__version__, code_fingerprint(), sys.version, sys.prefix, str(Path(__file__).resolve().parent))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def new_secret() -> str:
    return secrets.token_hex(32)


def sign(secret: str, nonce: str, body: bytes) -> str:
    """``HMAC-SHA256(secret, nonce + "\\n" + body)`` in hex."""
    return hmac.new(secret.encode(), nonce.encode() + b"\n" + body, hashlib.sha256).hexdigest()


def signed_by(secret: str, header: str | None, body: bytes) -> str | None:
    """The nonce of a request header ``nonce:signature`` whose signature of ``body`` is right, else None."""
    nonce, _, signature = (header or "").partition(":")
    if not nonce or len(nonce) > 64 or not hmac.compare_digest(sign(secret, nonce, body), signature):
        return None
    return nonce


# -- the server's side ---------------------------------------------------------------------------


def announce(home: Path, port: int, secret: str) -> Path:
    """Write ``home/server.json`` for this process (0600, atomically: a private file renamed into place)."""
    target = Path(home) / ANNOUNCEMENT
    record = Announcement(LOOPBACK, int(port), os.getpid(), secret, fingerprint(), str(Path(home).resolve()))
    partial = target.with_name(f".{ANNOUNCEMENT}.{os.getpid()}.partial")
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            os.fchmod(out.fileno(), 0o600)  # whatever the umask, and a partial file left by a crash
            json.dump(asdict(record), out)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def withdraw(home: Path) -> None:
    """Remove ``home/server.json`` if it is this process's (another server may have announced itself since)."""
    target = Path(home) / ANNOUNCEMENT
    with contextlib.suppress(OSError, ValueError):
        if json.loads(target.read_text(encoding="utf-8")).get("pid") == os.getpid():
            target.unlink()


# -- the command's side --------------------------------------------------------------------------


def announced(home: Path) -> Announcement | None:
    """The announcement of a live server of this workspace running this very code, else None (see the module)."""
    try:
        handle = os.open(Path(home) / ANNOUNCEMENT, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None
        raw = file.read(MAX_ANNOUNCEMENT_BYTES + 1)
    try:
        record = Announcement(**json.loads(raw))
    except (ValueError, TypeError):
        return None
    if (
        len(raw) > MAX_ANNOUNCEMENT_BYTES
        or record.host != LOOPBACK
        or not isinstance(record.port, int)
        or not 0 < record.port < 65536
        or not isinstance(record.pid, int)
        or not isinstance(record.secret, str)
        or len(record.secret) < 32
        or not _alive(record.pid)
        or record.home != str(Path(home).resolve())
        or record.fingerprint != fingerprint()
    ):
        return None
    return record


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except OSError:  # gone, or another user's process
        return False
    return True


def ask_brief(home: Path, question: dict) -> bytes | None:
    """The brief the announced server answers to ``question`` (``brief.output``'s kept-file bytes), else None.

    None when no server is announced or followed, when it does not say hello in time or cannot prove it holds
    the secret, when it refuses the question (another key: another day, code or state) or fails: the caller
    then computes locally. The question is sent first, on a connection of its own, and the hello right after it
    on another (:func:`_asked_at_once`): the server starts the brief while it says hello, and the brief's answer
    is read only once the hello has proved the server (it is signed too).
    """
    server = announced(home)
    if server is None:
        return None
    import http.client

    asking = http.client.HTTPConnection(LOOPBACK, server.port, timeout=HELLO_SECONDS)
    greeting = http.client.HTTPConnection(LOOPBACK, server.port, timeout=HELLO_SECONDS)
    try:
        return _asked_at_once(asking, greeting, server, question | {"home": server.home})
    except (OSError, http.client.HTTPException, ValueError, AttributeError):
        return None
    finally:
        greeting.close()
        asking.close()  # unread when the hello failed: the server's brief, if it computes one, is kept for later


def _asked_at_once(
    asking: http.client.HTTPConnection, greeting: http.client.HTTPConnection, server: Announcement, question: dict
) -> bytes | None:
    """Send ``question`` on ``asking``, then the hello on ``greeting`` and wait for it (:data:`HELLO_SECONDS`);
    only when the hello is signed and names this fingerprint and workspace, wait for the brief's signed answer
    (:data:`ANSWER_SECONDS`). Saves the hello's round trip before the brief starts (issue 16)."""
    nonce = _sent(asking, server, BRIEF_PATH, question)
    hello = _exchange(greeting, server, HELLO_PATH, {"home": server.home})
    if hello is None:
        return None
    said = json.loads(hello)
    if said.get("fingerprint") != server.fingerprint or said.get("home") != server.home:
        return None
    if asking.sock is not None:
        asking.sock.settimeout(ANSWER_SECONDS)
    asking.timeout = ANSWER_SECONDS
    return _answered(asking, server, nonce)


def _exchange(connection: http.client.HTTPConnection, server: Announcement, path: str, payload: dict) -> bytes | None:
    """POST ``payload`` signed; the answer's body when it is a 200 signed by the server, else None."""
    return _answered(connection, server, _sent(connection, server, path, payload))


def _sent(connection: http.client.HTTPConnection, server: Announcement, path: str, payload: dict) -> str:
    """POST ``payload`` signed with a fresh nonce, without reading the answer; the nonce."""
    body = json.dumps(payload, sort_keys=True).encode()
    nonce = secrets.token_hex(16)
    headers = {"Content-Type": "application/json", AUTH_HEADER: f"{nonce}:{sign(server.secret, nonce, body)}"}
    connection.request("POST", path, body=body, headers=headers)
    return nonce


def _answered(connection: http.client.HTTPConnection, server: Announcement, nonce: str) -> bytes | None:
    """The answer's body on ``connection`` when it is a 200 signed by the server for ``nonce``, else None."""
    response = connection.getresponse()
    answer = response.read()
    if response.status != 200:
        return None
    if not hmac.compare_digest(sign(server.secret, nonce, answer), response.getheader(AUTH_HEADER) or ""):
        return None
    return answer
