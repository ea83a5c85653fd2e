"""What every command group shares: the workspace option, JSON output, consoles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from partnerlens.formatting import money as format_usd
from partnerlens.jsonable import jsonable
from partnerlens.workspace import Workspace

__all__ = ["JSON_OPTION", "console", "console_err", "format_usd", "print_json", "state", "workspace"]

console = Console()
console_err = Console(stderr=True)

JSON_OPTION = typer.Option(False, "--json", help="Print machine-readable JSON only.")


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


def print_json(payload: Any) -> None:
    """Write ``payload`` as JSON to stdout (NaN and infinities become null)."""
    typer.echo(json.dumps(jsonable(payload), ensure_ascii=False, indent=2))
