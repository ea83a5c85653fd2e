"""What every command group shares: the workspace option, JSON output, consoles."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from partnerlens.jsonable import jsonable
from partnerlens.workspace import Workspace

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


def format_usd(value: float | None) -> str:
    """Money for people: "$2.1 million", "$783 million", "$1.2 billion"; "no data" when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "no data"
    magnitude = abs(value)
    for threshold, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if magnitude >= threshold:
            scaled = value / threshold
            return f"${scaled:,.1f} {word}" if abs(scaled) < 100 else f"${scaled:,.0f} {word}"
    return f"${value:,.0f}"
