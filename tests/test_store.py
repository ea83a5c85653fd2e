"""The store under real failures: a disk that fills up, a database locked by another process, bad writers.

(The basic atomic-ingest contract — replace, refuse empty, a writer raising
ENOSPC — is in test_workspace.py; these tests use the operating system's own
failures instead of raised ones.)
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _trade_fixtures import baci_zip
from partnerlens import workspace
from partnerlens.errors import NoDataError, PartnerlensError
from partnerlens.sources import write_year
from partnerlens.sources.baci import ingest_release
from partnerlens.store import SourceInfo, TradeStore, duckdb_reason
from partnerlens.workspace import Workspace
from test_baci import store_snapshot

CLI = [str(Path(sys.executable).with_name("partnerlens"))]
FILE_LIMIT = 16 << 20  # bytes: the workspace database fits, a year of the medium demo world does not


@pytest.fixture
def store(tmp_path: Path) -> TradeStore:
    return TradeStore(Workspace.open(tmp_path / "home"))


def _limit_file_size() -> None:
    """In the child: files may not grow past FILE_LIMIT (writes fail with EFBIG, like a full disk)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))


def run_limited(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CLI, "--home", str(home), *args], capture_output=True, text=True, preexec_fn=_limit_file_size, timeout=600
    )


def test_a_full_disk_while_duckdb_writes_parquet_leaves_the_store_unchanged(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "r.zip"))
    before = store_snapshot(store)
    done = run_limited(store.workspace.home, "data", "demo", "--seed", "3", "--scale", "medium", "--years", "2022")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0].startswith("error: ingest of demo-seed3 failed, store unchanged:")
    assert "too large" in lines[0].lower()
    assert store_snapshot(store) == before
    assert not any((store.workspace.home / ".staging").iterdir())


def test_a_release_larger_than_the_disk_room_is_streamed_not_extracted(store, tmp_path):
    """The year's CSV (~24 MB, over the 16 MB a file may grow to) goes through a pipe, never to disk (issue 16):
    the ingest succeeds where extracting it used to fail with "File too large"."""
    big = {2021: [(2021, 646, 31, 90111, "1.000", "1")] * 1_000_000}  # ~24 MB of CSV once inflated
    path = baci_zip(tmp_path / "big.zip", big)
    assert path.stat().st_size < FILE_LIMIT
    done = run_limited(store.workspace.home, "data", "ingest", "baci", str(path), "--sum-duplicates")
    assert done.returncode == 0, done.stderr
    with store.query() as con:
        assert con.execute("SELECT count(*), sum(value_usd), sum(quantity_t) FROM flows").fetchone() == (
            1,
            1_000_000 * 1000.0,
            1_000_000.0,
        )


def test_a_locked_database_at_record_time_puts_the_previous_copy_back(store, tmp_path, monkeypatch):
    monkeypatch.setattr(workspace, "LOCK_WAIT_SECONDS", 0.5)  # give up on the lock quickly
    ingest_release(store, baci_zip(tmp_path / "r.zip"))
    before = store_snapshot(store)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('locked', flush=True); time.sleep(60)",
            str(store.workspace.database_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        info = SourceInfo(name="baci-hs92-v202501", kind="baci", nomenclature="HS92")
        with pytest.raises(PartnerlensError, match="lock"):
            store.ingest(
                info,
                lambda con, staging: write_year(
                    con,
                    staging,
                    2021,
                    "SELECT 2021 AS year, 'RWA' AS exporter, 'AZE' AS importer, '090111' AS product, "
                    "1.0 AS value_usd, NULL AS quantity_t, 'baci-hs92-v202501' AS source",
                ),
            )
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    assert store_snapshot(store) == before


@pytest.mark.parametrize(
    "select, message",
    [
        ("SELECT 2021 AS year, 'RWA' AS exporter", "wrote columns year, exporter, expected year, exporter, importer"),
        (
            "SELECT 2021 AS year, 'RWA' AS exporter, 'AZE' AS importer, '090111' AS product, 1.0 AS value_usd, "
            "NULL AS quantity_t, 'other' AS source",
            "wrote 1 rows under another source name",
        ),
    ],
)
def test_a_writer_that_breaks_the_layout_is_refused(store, tmp_path, select, message):
    def write(con, staging):
        folder = staging / "year=2021"
        folder.mkdir()
        con.execute(f"COPY ({select}) TO '{folder / 'part-0.parquet'}' (FORMAT parquet)")

    with pytest.raises(PartnerlensError, match=message):
        store.ingest(SourceInfo(name="t", kind="test", nomenclature="HS92"), write)
    assert store.sources() == []


def test_remove_takes_out_flows_and_record(store, tmp_path):
    ingest_release(store, baci_zip(tmp_path / "r.zip"))
    removed = store.remove("baci-hs92-v202501")
    assert removed.name == "baci-hs92-v202501"
    assert store.sources() == [] and not store.source_dir("baci-hs92-v202501").exists()
    with pytest.raises(NoDataError, match="no source named 'nothing'"):
        store.remove("nothing")


def test_duckdb_reasons_are_one_line():
    import duckdb

    with pytest.raises(duckdb.Error) as failure:
        duckdb.sql("SELECT * FROM read_csv('/nonexistent/file.csv')")
    reason = duckdb_reason(failure.value)
    assert "\n" not in reason and not reason.startswith("IO Error") and "/nonexistent/file.csv" in reason
    assert os.sep in reason
