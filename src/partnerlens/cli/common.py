"""What every command group shares: the workspace option, JSON output, consoles."""

from __future__ import annotations

import datetime as dt
import json
import re
from contextlib import ExitStack
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from partnerlens.errors import PartnerlensError
from partnerlens.formatting import SYNTHETIC_BANNER
from partnerlens.formatting import money as format_usd
from partnerlens.jsonable import jsonable
from partnerlens.workspace import Workspace

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

__all__ = [
    "FETCH_ALLOW_OPTION",
    "JSON_OPTION",
    "console",
    "console_err",
    "fetch_allow",
    "format_usd",
    "parse_date",
    "print_json",
    "print_synthetic_banner",
    "new_table",
    "Session",
    "begin",
    "terminal_text",
    "workspace",
]


class _Console:
    """A rich ``Console`` made on first use: a command that prints no table (``--json``, a one-line answer) never
    imports rich (issue 16: lean start-up). Everything else is the console's own (attributes are forwarded)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._made: Console | None = None

    @property
    def real(self) -> Console:
        """The rich console itself (for APIs that want one, such as ``rich.progress.Progress(console=…)``)."""
        if self._made is None:
            from rich.console import Console

            self._made = Console(**self._options)
        return self._made

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


console: Any = _Console()
console_err: Any = _Console(stderr=True)


def new_table(*columns: Any, **options: Any) -> Table:
    """A ``rich.table.Table`` (rich imported here, on first use)."""
    from rich.table import Table

    return Table(*columns, **options)


def escape(text: str) -> str:
    """``rich.markup.escape`` (rich imported on first use)."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


JSON_OPTION = typer.Option(False, "--json", help="Print machine-readable JSON only.")
FETCH_ALLOW_OPTION = typer.Option(
    None,
    "--fetch-allow",
    metavar="NETWORK",
    help="Also fetch URLs on this non-public network (e.g. 127.0.0.1 for a local server); "
    "only public internet addresses otherwise. Repeatable.",
)

# ANSI/VT escape sequences (CSI, OSC, DCS, single-character escapes), then any other C0/C1 control but tab and newline.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass
class Session:
    """What one invocation of the CLI chose: the workspace directory (``--home``), and that workspace once opened.

    :func:`begin` makes it current for the invocation and ends it when the invocation's context closes, so
    nothing outlives a call: two invocations in one process (tests, a notebook, a script calling
    :func:`partnerlens.cli.main` twice) each use their own ``--home``.
    """

    home: Path | None = None
    opened: Workspace | None = None
    keep: ExitStack | None = None  # holds the workspace database open for the invocation (short commands)

    def workspace(self) -> Workspace:
        if self.opened is None:
            self.opened = Workspace.open(self.home, keep=self.keep)
        return self.opened


# Short read-only commands (by their first words) that hold the workspace database open from the workspace's
# opening to their end: the migration check, the recovery and every read of the catalogue then share one
# opening of the file (each opening reads it, each last close checkpoints it). Long or writing commands
# (ingest, downloads, world build, serve, a first brief) open it per read, so other processes are not kept
# waiting on them.
HOLD_DATABASE: frozenset[tuple[str, ...]] = frozenset(
    {("profile",), ("indices",), ("parties",), ("sectors",), ("reconcile",), ("data", "info")}
)
COMMAND_WORDS = "partnerlens.command_words"  # ctx.meta key: the first words of the command line (cli/lazy.py)


def _holds_database(words: tuple[str, ...]) -> bool:
    return any(words[: len(chosen)] == chosen for chosen in HOLD_DATABASE)


_session: ContextVar[Session | None] = ContextVar("partnerlens_cli_session", default=None)


def begin(ctx: typer.Context, home: Path | None) -> None:
    """Start the session of the invocation that ``ctx`` runs; it ends when ``ctx`` closes. Within it sectors
    resolve against the workspace's own ``sectors.yaml`` when it has one (record checks, review edits, reading
    articles), as profiles and briefs read it."""
    from partnerlens.scope import sectors_file

    keep = ExitStack() if _holds_database(ctx.meta.get(COMMAND_WORDS, ())) else None
    token = _session.set(Session(home, keep=keep))
    ctx.call_on_close(lambda: _session.reset(token))
    if keep is not None:
        ctx.call_on_close(keep.close)
    ctx.with_resource(
        sectors_file(workspace_home() / "sectors.yaml")
    )  # closed before the session ends (last in, first out)


def workspace_home() -> Path:
    """The workspace directory this invocation chose, found without opening or creating the workspace."""
    from partnerlens.workspace import default_home

    session = _session.get()
    chosen = session.home if session is not None else None
    return chosen.expanduser() if chosen else default_home()


def workspace() -> Workspace:
    """The workspace chosen by this invocation's ``--home`` / ``$PARTNERLENS_HOME``, opened once per invocation."""
    session = _session.get()
    if session is None:
        raise RuntimeError("partnerlens.cli.common.workspace() is called from inside a CLI command only")
    return session.workspace()


def parse_date(text: str | None, what: str = "date") -> dt.date | None:
    """A YYYY-MM-DD option value as a date (None stays None), else one clear error naming the option."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise PartnerlensError(f"invalid {what} {text!r}: use YYYY-MM-DD") from exc


def print_synthetic_banner() -> None:
    """The synthetic-data banner in the terminal: the one wording (``formatting.SYNTHETIC_BANNER``) every surface shows."""
    console.print(f"[bold yellow]⚠ {SYNTHETIC_BANNER}[/]")


def terminal_text(text: Any) -> str:
    """Article- or user-derived text made safe to print with rich: escape sequences and control
    characters removed (an article cannot recolour, move the cursor or retitle the terminal) and
    rich markup escaped. Every command that prints such text goes through here."""
    return escape(_CONTROLS.sub("", _ESCAPES.sub("", str(text))))


def fetch_allow(networks: list[str] | None) -> tuple:
    """``--fetch-allow`` values as networks for :func:`partnerlens.http.fetch` (empty: public addresses only)."""
    from partnerlens.http import parse_networks

    return parse_networks(networks or ())


def print_json(payload: Any) -> None:
    """Write ``payload`` as JSON to stdout (NaN and infinities become null)."""
    typer.echo(json.dumps(jsonable(payload), ensure_ascii=False, indent=2))
