"""Every command's ``--help`` imports no pandas, numpy, pyarrow nor the analytics (issue 16).

One fresh interpreter imports the console entry point (``partnerlens.cli``, as
``partnerlens`` does), reads the command tree in a forked child (that loads every
command module), then forks once per command from its still-lean self and runs
``partnerlens <command> --help`` there: each child starts from exactly what a new
``partnerlens`` process holds before it parses its arguments, and reports the
forbidden modules in its ``sys.modules``. Fifty commands cost one start-up, not
fifty. The probe also imports Typer's help formatter (Rich) before forking, once
for all: a forbidden module it pulled in would show in every child, so it hides none.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")
FORBIDDEN = ("pandas", "numpy", "pyarrow", "partnerlens.analytics")

PROBE = r"""
import json, os, sys
from partnerlens.cli import app, main  # what the console script imports before it parses anything
import typer.rich_utils  # every --help formats with it: imported once here, inherited by each child

FORBIDDEN = tuple(sys.argv[1].split(","))


def in_child(work):
    # run work() in a forked child of this lean process and return the JSON it writes back
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        out = os.open(os.devnull, os.O_WRONLY)
        os.dup2(out, 1)
        os.dup2(out, 2)
        try:
            found = work()
        except BaseException as exc:  # noqa: BLE001 -- reported to the parent, never raised there
            found = {"error": repr(exc)}
        os.write(write, json.dumps(found).encode())
        os._exit(0)
    os.close(write)
    data = b""
    while chunk := os.read(read, 1 << 16):
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    return json.loads(data)


def tree():
    import typer

    paths = []

    def walk(command, path):
        if path:
            paths.append(path)
        for name, sub in (getattr(command, "commands", None) or {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app).load_all(), [])
    return paths


def help_of(path):
    def work():
        sys.argv = ["partnerlens", *path, "--help"]
        try:
            main()
        except SystemExit as exc:
            if exc.code not in (0, None):
                return {"error": f"exit {exc.code}"}
        return {"forbidden": sorted(m for m in sys.modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN))}

    return work


paths = [[]] + in_child(tree)
print(json.dumps({" ".join(path): in_child(help_of(path)) for path in paths}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the probe forks one child per command (POSIX only)")
def test_every_commands_help_imports_no_pandas_nor_the_analytics(tmp_path: Path) -> None:
    env = os.environ | {
        "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""),
        "PARTNERLENS_HOME": str(tmp_path),
    }
    run = subprocess.run(
        [sys.executable, "-c", PROBE, ",".join(FORBIDDEN)], capture_output=True, text=True, env=env, timeout=300
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.splitlines()[-1])
    assert len(found) > 40 and {"check", "claims list", "profile", "data ingest baci", "world build"} <= set(found)
    errors = {command: r["error"] for command, r in found.items() if "error" in r}
    assert errors == {}, errors
    heavy = {command or "(root)": r["forbidden"] for command, r in found.items() if r["forbidden"]}
    assert heavy == {}, f"`--help` imported forbidden modules: {heavy}"
