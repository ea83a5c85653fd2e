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

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import duckdb
from fastapi import HTTPException, Request

from partnerlens.errors import PartnerlensError
from partnerlens.workspace import Workspace, register_migration

SESSION_COOKIE = "pl_session"
CSRF_COOKIE = "pl_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
TOKEN_PREFIX = "pl_"


@register_migration("web: api tokens")
def _create_tokens_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS api_tokens (
            id VARCHAR PRIMARY KEY,             -- short public id, shown in listings
            name VARCHAR NOT NULL,              -- who or what the token is for
            sha256 VARCHAR NOT NULL UNIQUE,     -- hex digest of the token; the token itself is never stored
            created_at TIMESTAMP NOT NULL,
            revoked_at TIMESTAMP
        )
        """
    )


@register_migration("web: server-side sessions")
def _create_sessions_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE IF NOT EXISTS web_sessions (
            sha256 VARCHAR PRIMARY KEY,         -- hex digest of the session id; the id lives only in the cookie
            token_id VARCHAR NOT NULL,          -- the token the browser signed in with (api_tokens.id)
            created_at TIMESTAMP NOT NULL,
            expires_at TIMESTAMP NOT NULL
        )
        """
    )


SESSION_HOURS = 12


@dataclass(frozen=True)
class Token:
    """A token's public record (never the secret)."""

    id: str
    name: str
    created_at: datetime
    revoked_at: datetime | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at.isoformat(),
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
        }


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(workspace: Workspace, name: str) -> tuple[Token, str]:
    """Make a new token for ``name``; return its record and the secret, shown once."""
    name = name.strip()
    if not name:
        raise PartnerlensError("a token needs a name (who or what it is for)")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = Token(id=secrets.token_hex(4), name=name, created_at=datetime.now(timezone.utc).replace(tzinfo=None))
    with workspace.connect() as con:
        con.execute(
            "INSERT INTO api_tokens (id, name, sha256, created_at) VALUES (?, ?, ?, ?)",
            [token.id, token.name, _digest(secret), token.created_at],
        )
    return token, secret


def list_tokens(workspace: Workspace) -> list[Token]:
    """Every token's public record, oldest first."""
    with workspace.connect() as con:
        rows = con.execute("SELECT id, name, created_at, revoked_at FROM api_tokens ORDER BY created_at").fetchall()
    return [Token(*row) for row in rows]


def revoke_token(workspace: Workspace, token_id: str) -> Token:
    """Revoke a token by its public id; it stops working at once."""
    with workspace.connect() as con:
        row = con.execute(
            "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, current_timestamp) WHERE id = ? "
            "RETURNING id, name, created_at, revoked_at",
            [token_id],
        ).fetchone()
    if row is None:
        raise PartnerlensError(f"no token with id {token_id!r}; `partnerlens token list` shows them")
    return Token(*row)


def verify_token(workspace: Workspace, secret: str) -> Token | None:
    """The live token whose secret this is, or None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    with workspace.connect() as con:
        row = con.execute(
            "SELECT id, name, created_at, revoked_at FROM api_tokens WHERE sha256 = ? AND revoked_at IS NULL",
            [_digest(secret)],
        ).fetchone()
    return Token(*row) if row else None


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
            raise HTTPException(401, "this is a write: send a token (Authorization: Bearer …)", {"WWW-Authenticate": "Bearer"})
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


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def start_session(workspace: Workspace, token: Token) -> str:
    """A new session for ``token``; returns the random session id for the cookie (only its hash is stored)."""
    session_id = secrets.token_urlsafe(32)
    now = _now()
    with workspace.connect() as con:
        con.execute("DELETE FROM web_sessions WHERE expires_at < ?", [now])
        con.execute("INSERT INTO web_sessions VALUES (?, ?, ?, ?)",
                    [_digest(session_id), token.id, now, now + timedelta(hours=SESSION_HOURS)])
    return session_id


def end_session(workspace: Workspace, session_id: str | None) -> None:
    """Forget a session on the server: its cookie stops working at once, wherever it was copied to."""
    if session_id and len(session_id) <= 200:
        with workspace.connect() as con:
            con.execute("DELETE FROM web_sessions WHERE sha256 = ?", [_digest(session_id)])


def session_holder(workspace: Workspace, session_id: str) -> Token | None:
    """The live token behind a live session, or None (unknown, expired, or its token revoked)."""
    if not session_id or len(session_id) > 200:
        return None
    with workspace.connect() as con:
        row = con.execute(
            "SELECT t.id, t.name, t.created_at, t.revoked_at FROM web_sessions s JOIN api_tokens t ON t.id = s.token_id "
            "WHERE s.sha256 = ? AND s.expires_at > ? AND t.revoked_at IS NULL",
            [_digest(session_id), _now()],
        ).fetchone()
    return Token(*row) if row else None


def session_token(request: Request) -> Token | None:
    """The token of the signed-in browser session, if any (for showing write controls)."""
    session_id = request.cookies.get(SESSION_COOKIE)
    return session_holder(request.app.state.workspace, session_id) if session_id else None


def secure_request(request: Request) -> bool:
    """True when the browser reached us over https (uvicorn applies X-Forwarded-Proto only from the trusted proxy)."""
    return request.url.scheme == "https"


def new_csrf_value() -> str:
    return secrets.token_urlsafe(24)
