"""A workspace whose path has an apostrophe (``--home "./o'brien"``): every path and value that goes into SQL is
bound or escaped (partnerlens.sql), so the commands that write and read Parquet through DuckDB work there too.

The installed console script in a subprocess, in a real workspace, on the project's own example inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _trade_fixtures import RELEASE, baci_zip, product_csv

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CLI = [str(Path(sys.executable).with_name("partnerlens"))]


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [*CLI, "--home", "./o'brien", *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=os.environ
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return done


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder holding the workspace ``o'brien`` with the example BACI release ingested."""
    cwd = tmp_path_factory.mktemp("quotes")
    run(cwd, "data", "ingest", "baci", str(EXAMPLES / "BACI_HS92_V209901.zip"))
    return cwd


def test_the_workspace_is_where_the_apostrophe_says(folder):
    (info,) = json.loads(run(folder, "data", "info", "--json").stdout)["sources"]
    assert info["name"] == "baci-hs92-v209901" and info["rows"] == 27
    assert any((folder / "o'brien").rglob("*.parquet"))


def test_analytics_read_the_flows(folder):
    profile = json.loads(run(folder, "profile", "RWA", "AZE", "--json").stdout)
    assert profile["year"] == 2024


def test_an_hs_conversion_writes_its_parts(folder, tmp_path):
    codes = ["847141"]  # HS22, spread over HS92 codes by the published weights
    release = baci_zip(
        tmp_path / "hs22.zip",
        {2023: [(2023, 646, 31, 847141, "10.5", "1.5")]},
        hs="HS22",
        members={f"product_codes_HS22_{RELEASE}.csv": product_csv([(c, c) for c in codes])},
    )
    done = run(folder, "data", "ingest", "baci", str(release))
    assert "HS22" in done.stdout and "HS92" in done.stdout


def test_monthly_imf_trade_ingests(folder):
    run(folder, "data", "ingest", "imf-trade", str(EXAMPLES / "imf-trade-sample.csv"))
    names = {s["name"] for s in json.loads(run(folder, "data", "info", "--json").stdout)["sources"]}
    assert any(n.startswith("imf") for n in names), names
