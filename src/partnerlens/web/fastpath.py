"""A short way through the app for the request first visits make most: ``GET /api/profile?a=…&b=…[&year=…]``.

After ``world build`` a new profile costs the server about 1.5 ms of CPU and
FastAPI's way to it — the middleware stack, routing, the dependency and
parameter machinery, the exception layers — about 0.6 ms more; with fifty
clients on one server process the p95 latency is the time to serve the whole
queue, so that share is worth cutting (issue 16). :class:`ProfileFastPath`,
the outermost of the app's own middleware, answers a profile request whose
query the route would take exactly as it is — ``a`` and ``b`` of 1 to
``MAX_NAME_CHARS`` characters, an optional four-digit ``year`` in 1900–2100,
each given once, nothing else, no request body — with the route's own body
(``api.profile_body``: the same cache key, the same bytes) and the route's
headers (``content-length``, ``content-type``, then ``security.HEADERS``).
Anything else, and any failure while computing (an unknown party, a busy pool,
a store changed under the request), goes to the app unchanged, whose route and
error handlers answer as they always did: errors are not cached, so the route
computes them again, which only costs the request that failed (a request past
its time budget waits in the route for the same computation, which the cache
runs once per key, not for a second one).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from partnerlens.web.limits import MAX_NAME_CHARS
from partnerlens.web.security import HEADERS

PATH = "/api/profile"
_YEAR = re.compile(r"[0-9]{4}")
_BODY_HEADERS = (b"content-length", b"transfer-encoding")


def plain_query(query: bytes) -> tuple[str, str, int | None] | None:
    """``(a, b, year)`` when the route would take ``query`` as it is; None to leave the request to the route.

    Parsed as Starlette parses it (``parse_qsl`` of the Latin-1 text, blank values kept).
    """
    try:
        items = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    except ValueError:
        return None
    given = dict(items)
    if len(given) != len(items) or not {"a", "b"} <= given.keys() <= {"a", "b", "year"}:
        return None
    a, b, year = given["a"], given["b"], given.get("year")
    if not (0 < len(a) <= MAX_NAME_CHARS and 0 < len(b) <= MAX_NAME_CHARS):
        return None
    if year is None:
        return a, b, None
    if not _YEAR.fullmatch(year) or not 1900 <= int(year) <= 2100:
        return None
    return a, b, int(year)


class ProfileFastPath:
    """ASGI middleware: plain profile requests answered from ``api.profile_body``; the rest passed to ``app``.

    ``counts["served"]`` counts the requests it answered (the app keeps it in ``app.state.fast_path``).
    """

    def __init__(self, app: ASGIApp, data: Any, counts: dict[str, int]) -> None:
        self.app, self.data, self.counts = app, data, counts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH and scope["method"] == "GET":
            asked = plain_query(scope["query_string"])
            if asked is not None and not any(name in _BODY_HEADERS for name, _ in scope["headers"]):
                body = await self._body(*asked)
                if body is not None:
                    self.counts["served"] += 1
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 200,
                            "headers": [
                                (b"content-length", str(len(body)).encode()),
                                (b"content-type", b"application/json"),
                                *HEADERS,
                            ],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)

    async def _body(self, a: str, b: str, year: int | None) -> bytes | None:
        from partnerlens.web.api import profile_body

        try:
            return await profile_body(self.data, a, b, year)
        except Exception:  # noqa: BLE001 -- the route answers it, through the app's error handlers
            return None
