"""Security headers on every answer, and strict JSON bodies (no NaN or Infinity).

Every page, API answer, error and static file carries:

* ``Content-Security-Policy``: scripts only from this server's ``/static`` (no
  inline script anywhere), no plugins, forms post only here, and no framing
  (``frame-ancestors 'none'``); styles may be inline because the server-rendered
  SVG charts carry style attributes;
* ``X-Frame-Options: DENY`` (browsers without CSP level 2), ``X-Content-Type-Options:
  nosniff``, ``Referrer-Policy: same-origin``, ``Cross-Origin-Opener-Policy: same-origin``.

JSON bodies are parsed with NaN, Infinity and -Infinity refused at parse time
(Python's ``json`` accepts them; JSON does not), so a non-finite number never
reaches a model or the store.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi import HTTPException, Request, Response
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
NON_FINITE = "NaN and Infinity are not JSON numbers: numbers must be finite"


class SecurityHeaders:
    """ASGI middleware adding :data:`HEADERS` to every HTTP answer (replacing any of the same name)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        names = {name for name, _ in HEADERS}

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + HEADERS}
            await send(message)

        await self.app(scope, receive, with_headers)


def _refuse_constant(name: str):
    raise ValueError(NON_FINITE)


class StrictJSONRequest(Request):
    """A request whose ``json()`` refuses NaN, Infinity and -Infinity."""

    async def json(self):
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = json.loads(body, parse_constant=_refuse_constant)
            except ValueError as exc:
                if str(exc) == NON_FINITE:
                    raise HTTPException(422, NON_FINITE) from None
                raise
        return self._json


class StrictJSONRoute(APIRoute):
    """The API's routes: bodies parsed by :class:`StrictJSONRequest`."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict
