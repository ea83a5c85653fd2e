"""Write access for the web app: API tokens stored hashed, bearer headers, CSRF for forms.

Reading needs no credentials. A write (registry edit, news ingest, review)
needs a token made by ``partnerlens token create``. Only the SHA-256 of a token
is stored: tokens are 256-bit random strings, so a fast hash is enough (there is
no password to guess) and a stolen database does not yield working tokens.

Clients present a token in one of two ways:

* API clients send ``Authorization: Bearer <token>``;
* browsers sign in once on ``/login``; the server then starts a session: a
  random session id (its SHA-256 stored, mapped to the token's id, with an
  expiry) kept in an HttpOnly, SameSite=Strict cookie — never the token itself
  — that ``/logout`` (and revoking the token) ends on the server. Cookies are
  ``Secure`` when the request came over https (directly, or through the proxy
  the operator trusts with ``serve --trusted-proxy``). Every form carries a CSRF token that must match
  the ``pl_csrf`` cookie (double-submit, OWASP CSRF cheat sheet), with the
  ``Origin`` header, when the browser sends one, required to be this server.
  Browser scripts calling the API with the cookie send the CSRF token in the
  ``X-CSRF-Token`` header instead.

No credentials → 401; credentials that are wrong, revoked, or a cookie without
a matching CSRF token → 403.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request

from partnerlens.tokens import (  # noqa: F401 (the storage side, re-exported for the web layer)
    SESSION_HOURS,
    TOKEN_PREFIX,
    Token,
    create_token,
    end_session,
    list_tokens,
    revoke_token,
    session_holder,
    start_session,
    verify_token,
)

SESSION_COOKIE = "pl_session"
CSRF_COOKIE = "pl_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


# -- request checks ---------------------------------------------------------------


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise HTTPException(401, "the Authorization header must be 'Bearer <token>'", {"WWW-Authenticate": "Bearer"})
    return value.strip()


def same_origin(request: Request) -> bool:
    """False only when the browser says the request comes from another origin."""
    origin = request.headers.get("origin")
    if origin is None:  # browsers send Origin on every cross-site POST
        return True
    return origin == f"{request.url.scheme}://{request.headers.get('host', '')}"


def csrf_ok(request: Request, submitted: str | None) -> bool:
    """True when ``submitted`` matches the CSRF cookie and the request is same-origin."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not same_origin(request):
        return False
    return hmac.compare_digest(cookie.encode(), submitted.encode())


def require_writer(request: Request, csrf: str | None = None) -> Token:
    """The token authorising this write; raise 401/403 otherwise.

    A bearer header is checked on its own. A session cookie is accepted only
    with a CSRF token (form field ``csrf``, or the ``X-CSRF-Token`` header).
    """
    workspace = request.app.state.workspace
    secret = _bearer(request)
    if secret is None:
        session_id = request.cookies.get(SESSION_COOKIE)
        if session_id is None:
            raise HTTPException(
                401, "this is a write: send a token (Authorization: Bearer …)", {"WWW-Authenticate": "Bearer"}
            )
        if not csrf_ok(request, csrf or request.headers.get(CSRF_HEADER)):
            raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")
        token = session_holder(workspace, session_id)
        if token is None:
            raise HTTPException(403, "this session has ended (signed out, expired or its token revoked); sign in again")
        return token
    token = verify_token(workspace, secret)
    if token is None:
        raise HTTPException(403, "this token is not valid (unknown or revoked)")
    return token


def session_token(request: Request) -> Token | None:
    """The token of the signed-in browser session, if any (for showing write controls)."""
    session_id = request.cookies.get(SESSION_COOKIE)
    return session_holder(request.app.state.workspace, session_id) if session_id else None


def secure_request(request: Request) -> bool:
    """True when the browser reached us over https (uvicorn applies X-Forwarded-Proto only from the trusted proxy)."""
    return request.url.scheme == "https"


def new_csrf_value() -> str:
    return secrets.token_urlsafe(24)
