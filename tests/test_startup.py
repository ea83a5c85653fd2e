"""Lean start-up (issue 16): help and data commands import neither pandas, FastAPI nor the extraction package.

Each check runs the console entry point in a fresh interpreter and reads ``sys.modules`` at exit,
so an import anywhere on the path (CLI registration, the workspace's migrations, ``jsonable``) fails it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from partnerlens.cli import app
from partnerlens.cli.lazy import COMMANDS

HEAVY = ("pandas", "fastapi", "partnerlens.cooperation.extract", "partnerlens.analytics", "partnerlens.web")
SRC = str(Path(__file__).resolve().parents[1] / "src")

PROBE = """
import atexit, json, sys
atexit.register(lambda: print("MODULES=" + json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in
    ('pandas', 'fastapi', 'partnerlens', 'yaml', 'click')))))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


def _loaded(*args: str, home: Path) -> tuple[set[str], subprocess.CompletedProcess]:
    env = os.environ | {
        "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "PARTNERLENS_HOME": str(home),
    }
    run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120)
    line = [x for x in run.stdout.splitlines() if x.startswith("MODULES=")][-1]
    return set(json.loads(line.removeprefix("MODULES="))), run


@pytest.mark.parametrize("args", [["--help"], ["data", "--help"], ["data", "ingest", "--help"], ["world", "--help"]])
def test_help_imports_nothing_heavy(args: list[str], tmp_path: Path) -> None:
    modules, run = _loaded(*args, home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Usage" in run.stdout
    heavy = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == [], f"`partnerlens {' '.join(args)}` imported {heavy}"


def test_help_lists_lazy_commands_with_typers_own_click(tmp_path: Path) -> None:
    """Typer (0.26 on) runs on its own copy of Click: the listing's placeholders must not come from the ``click``
    package (a second Click in the process, and a dependency partnerlens would have to declare for nothing)."""
    modules, run = _loaded("--help", home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "check" in run.stdout and "claims" in run.stdout  # lazy commands are listed
    assert "click" not in modules


def test_data_info_on_a_migrated_workspace_is_lean(tmp_path: Path) -> None:
    """The first open migrates (importing every layer); later opens by the same code import none of them."""
    _, first = _loaded("data", "info", home=tmp_path)
    assert first.returncode == 0, first.stderr
    modules, run = _loaded("data", "info", home=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "store is empty" in run.stdout
    assert not {"pandas", "fastapi", "partnerlens.web.auth", "partnerlens.cooperation.storage"} & modules


def test_listed_help_lines_match_the_commands() -> None:
    """The help lines written in cli/lazy.py are the commands' own (first paragraph), for every command."""
    root = typer.main.get_command(app).load_all()
    for name, (_, line) in COMMANDS.items():
        real = " ".join((root.commands[name].help or "").split("\n\n")[0].split())
        assert real == line, f"{name}: cli/lazy.py says {line!r}, the command says {real!r}"


def test_unknown_command_still_fails_cleanly(tmp_path: Path) -> None:
    _, run = _loaded("no-such-command", home=tmp_path)
    assert run.returncode == 2 and "No such command" in run.stderr
