"""The CLI keeps no process-global state: each invocation opens the workspace its own ``--home`` names, so two
calls in one process with two homes use both (typer's CliRunner and the console script's ``main`` in-process)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partnerlens.cli import app, main
from partnerlens.cli.common import workspace
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "BACI_HS92_V209901.zip"


@pytest.fixture
def homes(tmp_path: Path) -> tuple[Path, Path]:
    """Two workspaces: the first holds the example BACI release, the second is empty."""
    full, empty = tmp_path / "full", tmp_path / "empty"
    ingest_release(TradeStore(Workspace.open(full)), EXAMPLE)
    Workspace.open(empty)
    return full, empty


def _sources(output: str) -> list[str]:
    return [s["name"] for s in json.loads(output)["sources"]]


def test_two_cli_runner_calls_with_two_homes_use_both(homes):
    full, empty = homes
    runner = CliRunner()
    first = runner.invoke(app, ["--home", str(full), "data", "info", "--json"], catch_exceptions=False)
    second = runner.invoke(app, ["--home", str(empty), "data", "info", "--json"], catch_exceptions=False)
    third = runner.invoke(app, ["--home", str(full), "data", "info", "--json"], catch_exceptions=False)
    assert first.exit_code == second.exit_code == third.exit_code == 0, first.output + second.output
    assert _sources(first.output) == _sources(third.output) == ["baci-hs92-v209901"]
    assert _sources(second.output) == []


def test_the_console_entry_point_twice_in_one_process(homes, monkeypatch, capsys):
    outputs = []
    for home in (*homes, homes[0]):
        monkeypatch.setattr(sys, "argv", ["partnerlens", "--home", str(home), "data", "info", "--json"])
        with pytest.raises(SystemExit) as done:  # click's standalone mode ends with sys.exit(0)
            main()
        assert done.value.code == 0
        outputs.append(_sources(capsys.readouterr().out))
    assert outputs == [["baci-hs92-v209901"], [], ["baci-hs92-v209901"]]


def test_the_workspace_is_asked_for_inside_a_command_only():
    with pytest.raises(RuntimeError, match="inside a CLI command"):
        workspace()
