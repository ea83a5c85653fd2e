"""``partnerlens profile`` runs without pandas, numpy or pyarrow (issue 16), with and without world tables.

Each run is the console entry point in a fresh interpreter that lists at exit
which heavy modules it loaded. The first run of a workspace migrates it and
computes the bottom line (which imports the analytics package); from the
second run on a profile reads the kept bottom line, and what it imports is
the profile's own path: the workspace database opened once, DuckDB queries,
plain-Python sums, the reference tables read without pandas.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _flows_fixtures import ingest, random_world

HEAVY = ("pandas", "numpy", "pyarrow", "atlas_common_data", "requests", "altair", "fastapi")
SRC = str(Path(__file__).resolve().parents[1] / "src")
PROBE = f"""
import atexit, json, sys
atexit.register(lambda: print("HEAVY=" + json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)), file=sys.stderr))
sys.argv = ['partnerlens'] + sys.argv[1:]
from partnerlens.cli import main
main()
"""


def _run(home: Path, *args: str) -> tuple[list[str], str]:
    env = os.environ | {"PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "--home", str(home), *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert run.returncode == 0, run.stderr
    line = [x for x in run.stderr.splitlines() if x.startswith("HEAVY=")][-1]
    return json.loads(line.removeprefix("HEAVY=")), run.stdout


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    economies = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "UGA", "TZA"]
    products = ["090111", "090240", "100199", "260900", "310210", "847130", "870323"]
    world = random_world(5, economies, products, [2020, 2021, 2022], density=0.7)
    return ingest(tmp_path_factory.mktemp("ws"), world, name="demo-startup", synthetic=True).home


@pytest.mark.parametrize("pair", [("KAZ", "Africa"), ("EAC", "RWA")])
def test_a_warm_profile_imports_no_pandas(home, pair):
    _, first = _run(home, "profile", *pair, "--json")  # migrates and keeps the bottom line
    heavy, second = _run(home, "profile", *pair, "--json")
    assert heavy == []
    assert second == first


def test_a_profile_from_world_tables_imports_no_pandas_and_answers_the_same(home):
    _, before = _run(home, "profile", "Rwanda", "AZE", "--json")
    _run(home, "world", "build")
    _, first = _run(home, "profile", "Rwanda", "AZE", "--json")  # the bottom line's key is the same: kept
    heavy, after = _run(home, "profile", "Rwanda", "AZE", "--json")
    assert heavy == []
    assert after == first == before
    _, text = _run(home, "profile", "Rwanda", "AZE")  # the tables people read (with services and investment,
    assert "Bottom line" in text  # which bind DuckDB parameters: DuckDB then imports pandas; not lean yet)
