"""What every JSON route shares: the JSON response (NaN → null), the common parameters, the workspace's
:class:`~partnerlens.web.app.Data` and the token dependencies. ``partnerlens.web.api`` re-exports them."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import Query, Request, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from partnerlens.jsonable import jsonable  # one JSON shape for CLI and API (NaN → null, dates → ISO)
from partnerlens.web.app import Data
from partnerlens.web.auth import Token, require_writer
from partnerlens.web.limits import MAX_NAME_CHARS


class JSON(JSONResponse):
    """JSON where NaN and infinities are null (missing, never zero) and dates are ISO strings."""

    def render(self, content: Any) -> bytes:
        return json.dumps(jsonable(content), ensure_ascii=False, allow_nan=False).encode("utf-8")


def plain_json(content: Any) -> bytes:
    """The body :class:`JSON` gives for ``content`` that is already JSON types (NaN already null): one pass less."""
    return json.dumps(content, ensure_ascii=False, allow_nan=False).encode("utf-8")


Year = Annotated[int | None, Query(ge=1900, le=2100, description="Calendar year; latest in the store when omitted.")]
PartyText = Annotated[
    str,
    Query(
        min_length=1,
        max_length=MAX_NAME_CHARS,
        description="ISO3 code, country name or group (e.g. RWA, Azerbaijan, Africa).",
    ),
]
Top = Annotated[int, Query(ge=1, le=100, description="How many rows to list.")]


async def data(request: Request) -> Data:
    return request.app.state.data


_BEARER = HTTPBearer(auto_error=False, description="A token from `partnerlens token create`.")


def writer(request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Security(_BEARER)] = None) -> Token:
    """Dependency of every write route: the token that authorises it (401 without one, 403 if wrong).

    ``_BEARER`` only declares the scheme in the OpenAPI document (the docs' Authorize button);
    ``require_writer`` does the checking, for bearer headers and signed-in browsers alike.
    """
    return require_writer(request)


def optional_writer(request: Request) -> Token | None:
    """The caller's token when it sends one (checked: 401/403 if wrong), else None (reads need none)."""
    from partnerlens.web.auth import SESSION_COOKIE

    if request.headers.get("authorization") is None and request.cookies.get(SESSION_COOKIE) is None:
        return None
    return require_writer(request)


def actor(token: Token) -> str:
    """Who made a change, for the registry's history."""
    return f"{token.name} (token {token.id}, web)"
