"""``partnerlens data …`` end to end: the installed console script in a subprocess, and for the many
bad-input cases its entry point ``partnerlens.cli.main`` in-process (same code path, no interpreter start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _trade_fixtures import (
    BAD_BACI_CASES,
    EXPECTED_ROWS,
    EXPECTED_VALUE_USD,
    RELEASE,
    LocalServer,
    baci_zip,
    comtrade_record,
    comtrade_routes,
    unused_port_url,
)
from partnerlens.cli import main
from partnerlens.sources.baci import ingest_release
from partnerlens.sources.download import BASE_URL_ENV
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from test_baci import store_snapshot

CLI = [str(Path(sys.executable).with_name("partnerlens"))]
INFO_KEYS = {"name", "release", "nomenclature", "years", "rows", "value_usd", "sha256", "ingested_at"}


def cli(home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def assert_one_line_failure(done: subprocess.CompletedProcess, fragment: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert fragment in " ".join(lines), done.stderr


@pytest.fixture
def run_main(monkeypatch, capsys):
    """Run ``partnerlens.cli.main`` in-process as the console script would; an escaping exception fails the test."""

    def run(home: Path, *args: str) -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "argv", ["partnerlens", "--home", str(home), *args])
        try:
            main()
            code = 0
        except SystemExit as exit:
            code = exit.code
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def snapshot(home: Path) -> tuple:
    return store_snapshot(TradeStore(Workspace.open(home)))


def test_ingest_baci_then_info(home, tmp_path):
    done = cli(home, "data", "ingest", "baci", str(baci_zip(tmp_path / f"BACI_HS92_{RELEASE}.zip")), "--json")
    assert done.returncode == 0, done.stderr
    ingested = json.loads(done.stdout)
    assert ingested["rows"] == EXPECTED_ROWS and ingested["value_usd"] == pytest.approx(EXPECTED_VALUE_USD, rel=1e-12)
    assert any("dropped 2 rows" in note for note in ingested["notes"])
    info = json.loads(cli(home, "data", "info", "--json").stdout)
    assert len(info["sources"]) == 1 and set(info["sources"][0]) >= INFO_KEYS
    source = info["sources"][0]
    assert (source["name"], source["release"], source["nomenclature"], source["years"]) == (
        "baci-hs92-v202501",
        "V202501",
        "HS92",
        [2021, 2022],
    )
    assert len(source["sha256"]) == 64
    human = cli(home, "data", "info")
    assert human.returncode == 0 and "baci-hs92-v202501" in human.stdout and "synthetic" not in human.stdout


@pytest.mark.parametrize("case, build, message", BAD_BACI_CASES, ids=[c[0] for c in BAD_BACI_CASES])
def test_bad_baci_input_is_one_line_nonzero_and_changes_nothing(run_main, home, tmp_path, case, build, message):
    ingest_release(TradeStore(Workspace.open(home)), baci_zip(tmp_path / "good.zip"))
    before = snapshot(home)
    assert_one_line_failure(run_main(home, "data", "ingest", "baci", str(build(tmp_path))), message)
    assert snapshot(home) == before


def test_bad_input_fails_the_same_way_from_the_console_script(home, tmp_path):
    case, build, message = BAD_BACI_CASES[0]
    before = snapshot(home)
    assert_one_line_failure(cli(home, "data", "ingest", "baci", str(build(tmp_path))), message)
    assert snapshot(home) == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["data", "ingest", "baci", "/nonexistent/BACI.zip"], "no such file"),
        (["data", "demo", "--scale", "huge"], "unknown scale 'huge'"),
        (["data", "demo", "--years", "2020-20x"], "cannot read years '2020-20x'"),
        (["data", "demo", "--years", "2024-2020"], "2020 comes before 2024"),
        (["data", "remove", "nothing"], "no source named 'nothing'"),
        (["data", "get", "comtrade", "--reporter", "Atlantis", "--years", "2020"], "unknown economy 'Atlantis'"),
    ],
)
def test_bad_arguments_are_one_line_errors(run_main, home, args, message):
    before = snapshot(home)
    assert_one_line_failure(run_main(home, *args), message)
    assert snapshot(home) == before


def test_demo_says_synthetic_everywhere(home):
    done = cli(home, "data", "demo", "--seed", "5", "--years", "2023")
    assert done.returncode == 0, done.stderr
    assert "demo-seed5" in done.stdout and "synthetic demo data" in done.stdout
    info = json.loads(cli(home, "data", "info", "--json").stdout)["sources"][0]
    assert info["name"] == "demo-seed5" and info["synthetic"] is True and info["notice"] == "synthetic demo data"
    assert "synthetic" in cli(home, "data", "info").stdout
    removed = cli(home, "data", "remove", "demo-seed5")
    assert removed.returncode == 0 and "removed demo-seed5" in removed.stdout
    assert json.loads(cli(home, "data", "info", "--json").stdout) == {"sources": []}


def test_get_baci_from_a_local_server_via_option_and_environment(home, tmp_path):
    release = baci_zip(tmp_path / "r.zip").read_bytes()
    with LocalServer(files={f"/d/BACI_HS92_{RELEASE}.zip": release}) as server:
        server.cut_next = 1
        done = cli(home, "data", "get", "baci", "--base-url", f"{server.base_url}/d", "--json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["rows"] == EXPECTED_ROWS  # --json: stdout is JSON only
        other = tmp_path / "other"
        done = cli(
            other,
            "data",
            "get",
            "baci",
            "--release",
            RELEASE,
            "--hs",
            "HS92",
            env={BASE_URL_ENV: f"{server.base_url}/d"},
        )
        assert done.returncode == 0 and "baci-hs92-v202501" in done.stdout, done.stderr
    assert (home / "downloads" / f"BACI_HS92_{RELEASE}.zip").read_bytes() == release


def test_get_baci_from_an_unreachable_server(home):
    before = snapshot(home)
    assert_one_line_failure(cli(home, "data", "get", "baci", "--base-url", unused_port_url()), "cannot reach 127.0.0.1")
    assert snapshot(home) == before


def test_get_comtrade_from_a_local_server(home):
    records = [
        comtrade_record(2019, 646, "X", 31, "090111", 500_000.0),
        comtrade_record(2019, 31, "M", 646, "090111", 520_000.0),
    ]
    with LocalServer(routes=comtrade_routes(records, key="k")) as server:
        done = cli(
            home,
            "data",
            "get",
            "comtrade",
            "--reporter",
            "RWA",
            "--years",
            "2019-2020",
            "--key",
            "k",
            "--base-url",
            server.base_url,
            "--json",
        )
    assert done.returncode == 0, done.stderr
    assert (json.loads(done.stdout)["name"], json.loads(done.stdout)["rows"]) == ("comtrade", 1)


def test_an_interrupted_download_is_one_line_and_changes_nothing(run_main, home, tmp_path):
    release = baci_zip(tmp_path / "r.zip").read_bytes()
    before = snapshot(home)
    with LocalServer(files={f"/d/BACI_HS92_{RELEASE}.zip": release}) as server:
        server.cut_next = 100
        done = run_main(home, "data", "get", "baci", "--base-url", f"{server.base_url}/d")
    assert_one_line_failure(done, "interrupted after")
    assert "run the same command again to resume" in done.stderr
    assert snapshot(home) == before
