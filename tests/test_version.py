"""One version string: partnerlens.__version__, read by pyproject (dynamic) and printed by --version."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from partnerlens import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "partnerlens.__version__"}


def test_cli_prints_the_version():
    done = subprocess.run(
        [sys.executable, "-c", "from partnerlens.cli import main; main()", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"partnerlens {__version__}\n", "")


def test_package_is_typed():
    assert (ROOT / "src" / "partnerlens" / "py.typed").is_file()
