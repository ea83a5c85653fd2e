"""What every command group shares: the workspace option, JSON output, consoles."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from partnerlens.formatting import money as format_usd
from partnerlens.jsonable import jsonable
from partnerlens.workspace import Workspace

__all__ = [
    "FETCH_ALLOW_OPTION",
    "JSON_OPTION",
    "console",
    "console_err",
    "fetch_allow",
    "format_usd",
    "print_json",
    "state",
    "terminal_text",
    "workspace",
]

console = Console()
console_err = Console(stderr=True)

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
class _State:
    home: Path | None = None
    _workspace: Workspace | None = None

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.open(self.home)
        return self._workspace


state = _State()


def workspace() -> Workspace:
    """The workspace chosen by ``--home`` / ``$PARTNERLENS_HOME``, opened once per run."""
    return state.workspace()


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
