"""How the web app fails: 4xx with a one-line reason, as JSON for the API and a page for people.

Bad input never becomes a 5xx: unknown parties and missing data are the
library's ``PartnerlensError``s (404 for an unknown party or absent data, 400
for the rest), malformed JSON is 400, a body over the limit is 413, parameters
of the wrong type or range are 422. A 500 means a bug.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from partnerlens.errors import NoDataError, PartnerlensError, UnknownPartyError
from partnerlens.web.limits import MAX_BODY_BYTES

log = logging.getLogger("partnerlens.web")

TOO_LARGE = f"request body over the {MAX_BODY_BYTES // (1024 * 1024)} MB limit"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, headers: dict | None = None, detail=None) -> Response:
    """The error as JSON ``{"error": {"status", "message"[, "detail"]}}`` or as an HTML page."""
    if _wants_json(request):
        body = {"status": status, "message": message}
        if detail is not None:
            body["detail"] = detail
        return JSONResponse({"error": body}, status_code=status, headers=headers)
    from partnerlens.web.pages import render_error

    return render_error(request, status, message, headers)


def status_of(exc: PartnerlensError) -> int:
    """404 when the thing asked for does not exist, 400 for any other user error."""
    return 404 if isinstance(exc, (UnknownPartyError, NoDataError)) else 400


def _validation_message(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "malformed JSON body"
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
    return 422, f"{where}: {first.get('msg', 'invalid value')}"


def install(app: FastAPI) -> None:
    """Register the error handlers and the body-size limit on ``app``."""

    @app.exception_handler(PartnerlensError)
    async def _user_error(request: Request, exc: PartnerlensError) -> Response:
        return error_response(request, status_of(exc), str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        status, message = _validation_message(exc)
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()] if status == 422 else None
        return error_response(request, status, message, detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal error (a bug): see the server log")

    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets 413, whether declared or streamed.

    A declared ``Content-Length`` over the limit is refused before anything is
    read; a body streamed without one is counted as it arrives and refused
    (through the app's own error handler) once it passes the limit.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await error_response(Request(scope), 413, TOO_LARGE)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise StarletteHTTPException(413, TOO_LARGE)
            return message

        await self.app(scope, counted, send)
