"""The command line's briefs, answered by a warm server of the same workspace (``partnerlens.warm_server``).

Two routes, outside the API's schema, present only in an app made with a
per-run secret (``create_app(..., brief_secret=…)``: ``partnerlens serve``
announcing itself) and answered only to a client on 127.0.0.1 whose request
is signed with that secret; each answer is signed back:

* ``POST /internal/hello``: this server's code fingerprint and workspace, at once (on the event loop), so that a
  command learns within a second whether a live server of its workspace and code answers;
* ``POST /internal/brief``: ``brief.output.answer`` over the server's long-lived reader — the bytes of the kept
  file of the brief asked, when the server's key of the question is the command's (else 409: the command then
  computes locally). Computed in the brief pool (a PDF in the PDF pool), in the request's context: the workspace's
  own ``sectors.yaml`` in force (``web.app.WorkspaceTaxonomy``), as in a command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response

from partnerlens.warm_server import AUTH_HEADER, BRIEF_PATH, HELLO_PATH, fingerprint, sign, signed_by
from partnerlens.web.app import Data

MAX_QUESTION_BYTES = 4096
LOOPBACK_CLIENTS = ("127.0.0.1",)

router = APIRouter(include_in_schema=False)


async def _question(request: Request) -> tuple[dict, str]:
    """The request's JSON and nonce, once its client and signature are checked (404 otherwise: nothing to see)."""
    secret = getattr(request.app.state, "brief_secret", None)
    client = request.client.host if request.client else None
    if not secret or client not in LOOPBACK_CLIENTS:
        raise HTTPException(404, "not found")
    body = await request.body()
    nonce = signed_by(secret, request.headers.get(AUTH_HEADER), body) if len(body) <= MAX_QUESTION_BYTES else None
    if nonce is None:
        raise HTTPException(404, "not found")
    try:
        question = json.loads(body)
    except ValueError:
        raise HTTPException(400, "not JSON") from None
    if not isinstance(question, dict):
        raise HTTPException(400, "not a JSON object")
    home = str(request.app.state.data.workspace.home.resolve())
    if question.get("home", home) != home:
        raise HTTPException(409, "another workspace")
    return question, nonce


def _signed(request: Request, nonce: str, content: bytes, media_type: str) -> Response:
    signature = sign(request.app.state.brief_secret, nonce, content)
    return Response(content, media_type=media_type, headers={AUTH_HEADER: signature, "Cache-Control": "no-store"})


@router.post(HELLO_PATH)
async def hello(request: Request) -> Response:
    _, nonce = await _question(request)
    data: Data = request.app.state.data
    said = {"fingerprint": fingerprint(), "home": str(data.workspace.home.resolve())}
    return _signed(request, nonce, json.dumps(said).encode(), "application/json")


@router.post(BRIEF_PATH)
async def brief(request: Request) -> Response:
    question, nonce = await _question(request)
    data: Data = request.app.state.data

    def answer() -> bytes | None:
        from partnerlens.brief.output import answer

        with data.brief_flows() as handle:  # in the request's context: the workspace's sectors.yaml in force
            return answer(question, workspace=data.workspace, flows=handle)

    pool = data.pools.pdf if question.get("format") == "pdf" else data.pools.briefs
    content = await pool.run(answer)
    if content is None:
        raise HTTPException(409, "this server would answer another brief (day, code or state differ)")
    return _signed(request, nonce, content, "application/octet-stream")


def serve_announced(app: Any, home: Path, secret: str, **options: Any) -> None:
    """``uvicorn.run(app, **options)`` for one process, announced in ``home`` once it listens (its start-up warm-up
    done) and the brief's modules and chart engine are ready, and withdrawn when it stops (``warm_server.announce``
    / ``withdraw``). The brief's part of the warm-up (``web.warm.prepare_briefs``, then one brief rehearsed in
    memory, ``web.warm.rehearse_brief``) runs once the server listens: web requests are answered meanwhile, and a
    command asks the server only once it is announced."""
    import asyncio

    import uvicorn

    from partnerlens.warm_server import announce, withdraw
    from partnerlens.web.warm import prepare_briefs, rehearse_brief, settle

    class Announced(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started and not self.should_exit:
                app.state.warmed = (app.state.warmed or {}) | {"briefs": await asyncio.to_thread(prepare_briefs)}
                rehearsal = await asyncio.to_thread(rehearse_brief, app.state.data)
                app.state.warmed |= {"rehearsal": rehearsal}
                if app.state.settle:
                    settle()  # what the brief's warm-up loaded, too, out of later full collections
            if self.started and not self.should_exit:
                announce(home, self.servers[0].sockets[0].getsockname()[1], secret)

        async def shutdown(self, sockets: Any = None) -> None:
            withdraw(home)  # first: no command is sent here while the server closes
            await super().shutdown(sockets)

    try:
        Announced(uvicorn.Config(app, **options)).run()
    finally:
        withdraw(home)
