"""``partnerlens serve`` (the web app and HTTP API) and ``partnerlens token`` (write access to it)."""

from __future__ import annotations

import getpass
from typing import Any, Optional

import typer
from rich.table import Table

from partnerlens.cli.common import (
    FETCH_ALLOW_OPTION,
    JSON_OPTION,
    console,
    console_err,
    fetch_allow,
    print_json,
    workspace,
)

token_app = typer.Typer(
    help="Tokens that allow writes through the web app and API (stored hashed).", no_args_is_help=True
)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind; the default keeps the server on this machine."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on."),
    allow_fetch: bool = typer.Option(
        False,
        "--allow-fetch",
        help="Let callers without a token have article addresses fetched (public internet addresses only). Off by default.",
    ),
    fetch_allow_networks: Optional[list[str]] = FETCH_ALLOW_OPTION,
    trusted_proxy: Optional[str] = typer.Option(
        None,
        "--trusted-proxy",
        metavar="IP",
        help="The reverse proxy in front of this server: its X-Forwarded-Proto/-For headers are believed "
        "(cookies become Secure behind TLS). Without it, those headers are ignored.",
    ),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        max=64,
        help="Server processes sharing the port: computations of new answers run on that many cores at once "
        "(each process keeps its own cache and warms up on its own; see docs/web.md).",
    ),
    announce: bool = typer.Option(
        True,
        "--announce/--no-announce",
        help="On 127.0.0.1 with one process: once warm, announce the server in the workspace (server.json, 0600) "
        "so that `partnerlens brief` asks it instead of computing (see docs/brief.md).",
    ),
) -> None:
    """Run the web app and JSON API (OpenAPI docs at /docs) over the workspace. See SECURITY.md before binding to a network."""
    import uvicorn

    from partnerlens.web.app import create_app
    from partnerlens.web.limits import Settings

    settings = Settings(
        allow_fetch=allow_fetch, fetch_allow=fetch_allow(fetch_allow_networks), trusted_proxy=trusted_proxy
    )
    home = workspace()
    secret = None
    if announce and workers == 1 and host == "127.0.0.1":  # loopback only, one process (partnerlens.warm_server)
        from partnerlens.warm_server import new_secret

        secret = new_secret()
    app = create_app(home, settings, settle=True, brief_secret=secret) if workers == 1 else None
    if host not in ("127.0.0.1", "localhost", "::1"):
        console_err.print(
            f"[yellow]warning:[/] listening on {host}: anyone who can reach it can read the workspace (see SECURITY.md)"
        )
    if settings.fetch_allow:
        console_err.print(
            f"[yellow]warning:[/] fetching may reach {', '.join(map(str, settings.fetch_allow))} (--fetch-allow)"
        )
    if app is None:  # several processes: each builds its own app from the same workspace and settings
        from partnerlens.settings import hand_to_server_processes
        from partnerlens.web.app import served_settings

        hand_to_server_processes(served_settings(home, settings))
    options: dict[str, Any] = dict(
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        proxy_headers=trusted_proxy is not None,
        forwarded_allow_ips=trusted_proxy or "",
    )
    if secret is not None:
        from partnerlens.web.cli_briefs import serve_announced

        serve_announced(app, home.home, secret, **options)
        return
    uvicorn.run(
        app if app is not None else "partnerlens.web.app:served_app", factory=app is None, workers=workers, **options
    )


@token_app.command("create")
def token_create(
    name: str = typer.Option(
        getpass.getuser, "--name", help="Who or what the token is for (shown in `token list`); default: your user name."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Make a token for writes; it is printed once and only its hash is kept."""
    from partnerlens.tokens import create_token

    token, secret = create_token(workspace(), name)
    if as_json:
        print_json(token.to_dict() | {"token": secret})
        return
    console.print(f"token {token.id} for {token.name!r} (shown once, keep it safe):")
    console.print(secret, highlight=False, soft_wrap=True)


@token_app.command("list")
def token_list(as_json: bool = JSON_OPTION) -> None:
    """The tokens (id, name, dates), never their secrets."""
    from partnerlens.tokens import list_tokens

    tokens = list_tokens(workspace())
    if as_json:
        print_json({"tokens": [t.to_dict() for t in tokens]})
        return
    table = Table("id", "name", "created", "revoked", title="Tokens")
    for token in tokens:
        table.add_row(
            token.id,
            token.name,
            f"{token.created_at:%Y-%m-%d %H:%M}",
            f"{token.revoked_at:%Y-%m-%d %H:%M}" if token.revoked_at else "",
        )
    console.print(table)


@token_app.command("revoke")
def token_revoke(token_id: str = typer.Argument(..., help="The token's id, from `token list`.")) -> None:
    """Revoke a token; it stops working at once."""
    from partnerlens.tokens import revoke_token

    token = revoke_token(workspace(), token_id)
    console.print(f"revoked token {token.id} ({token.name})")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.add_typer(token_app, name="token")
