"""A brief's command starts its chart engine before the CLI's imports (``cli.ahead``), and stops it when unused.

Issue 16: the chart engine's start (about 0.8 s of CPU) runs on the machine's other
core while the process imports Typer and the CLI, instead of beside the brief's
analytics. Only a ``brief`` command (not its help, not another command, not a
program that merely imports the CLI) starts it; a worker that was sent nothing
(a brief read back as kept) is killed rather than awaited.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnerlens.brief import chart_engine
from partnerlens.cli.ahead import asked_command, start_for

SRC = str(Path(__file__).resolve().parents[1] / "src")


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["brief", "RWA", "AZE"], "brief"),
        (["--home", "/tmp/h", "brief", "RWA", "AZE", "--format", "html"], "brief"),
        (["--home=/tmp/h", "brief", "RWA", "AZE"], "brief"),
        (["--home", "brief", "profile", "RWA", "AZE"], "profile"),  # a workspace called "brief"
        (["brief", "--help"], None),
        (["brief", "RWA", "AZE", "-h"], None),
        (["--help"], None),
        (["--version", "brief"], None),
        ([], None),
        (["profile", "brief", "AZE"], "profile"),  # a party named like the command
        (["world", "build", "--years", "2022"], "world"),
    ],
)
def test_the_command_asked_for(argv, command):
    assert asked_command(argv) == command


def test_only_the_cli_programs_arguments_are_read():
    assert not start_for(["/usr/bin/pytest", "-k", "brief"])  # a test runner asked to select tests named "brief"
    assert not start_for(["/x/pytest/__main__.py", "brief"])
    assert not start_for([])
    assert not start_for(["partnerlens", "brief", "--help"])


def _imported_by_cli(*args: str) -> dict:
    """What importing the CLI does in a fresh ``python -c`` process given ``args``: worker started, modules loaded."""
    code = (
        "import json, sys; import partnerlens.cli; e = sys.modules.get('partnerlens.brief.chart_engine'); "
        "w = e._worker if e else None; print(json.dumps({'engine': e is not None, 'running': bool(w and w.poll() is None)}))"
    )
    env = os.environ | {"PYTHONPATH": SRC}
    env.pop("PARTNERLENS_CHART_WORKER", None)
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    import json

    return json.loads(done.stdout)


def test_a_brief_command_starts_the_engine_as_the_cli_is_imported():
    assert _imported_by_cli("--home", "/nonexistent", "brief", "RWA", "AZE") == {"engine": True, "running": True}


def test_other_commands_and_help_start_nothing_and_import_no_chart_engine():
    for args in (("profile", "RWA", "AZE"), ("brief", "--help"), ("--help",), ()):
        assert _imported_by_cli(*args) == {"engine": False, "running": False}, args


def test_a_worker_sent_nothing_is_killed_not_awaited():
    chart_engine.stop()
    chart_engine.start()
    worker = chart_engine._worker
    assert worker is not None
    chart_engine.stop_unused()
    assert chart_engine._worker is None
    assert worker.returncode == -9  # killed (SIGKILL), not left to finish its engine's start


def test_a_worker_that_drew_stays_for_more_and_ends_on_stop():
    chart_engine.stop()
    chart_engine.start()
    worker = chart_engine._worker
    assert chart_engine.draw({"width": 1, "height": 1}, True).startswith("<svg")
    chart_engine.stop_unused()
    assert chart_engine._worker is worker and worker.poll() is None
    chart_engine.stop()
    assert worker.returncode == 0  # its input closed: it ended by itself
