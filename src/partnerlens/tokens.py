"""API tokens and web sessions, stored hashed in the workspace database (the workspace layer; no web import).

``partnerlens token create|list|revoke`` and the web app (``web/auth.py``,
which adds the request checks) share these functions; the migrations that
create their tables live here so that opening a workspace never imports FastAPI.
Only the SHA-256 of a token or session id is stored (see ``web/auth.py``).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import duckdb

from partnerlens.errors import PartnerlensError
from partnerlens.workspace import Workspace, register_migration

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
    token = Token(id=secrets.token_hex(4), name=name, created_at=datetime.now(UTC).replace(tzinfo=None))
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


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def start_session(workspace: Workspace, token: Token) -> str:
    """A new session for ``token``; returns the random session id for the cookie (only its hash is stored)."""
    session_id = secrets.token_urlsafe(32)
    now = _now()
    with workspace.connect() as con:
        con.execute("DELETE FROM web_sessions WHERE expires_at < ?", [now])
        con.execute(
            "INSERT INTO web_sessions VALUES (?, ?, ?, ?)",
            [_digest(session_id), token.id, now, now + timedelta(hours=SESSION_HOURS)],
        )
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
