"""Single-flight caches (issue 16): a table asked for by many threads and processes at once is built once.

Real threads and real processes (spawned interpreters) ask for the same key at the same moment; builds are
counted in a file each builder appends to, and everyone must read the same bytes.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from _small_store import small_store
from partnerlens.analytics import cache
from partnerlens.analytics.flows import open_flows
from partnerlens.locking import single_flight


def _ask(target: str, counter: str, start_at: float) -> str:
    """Wait for the common start, then ask for ``target``; a build appends one line to ``counter`` and is slow."""

    def build(partial: Path) -> None:
        with open(counter, "a") as log:
            log.write(f"{os.getpid()}:{threading.get_ident()}\n")
        time.sleep(0.4)
        partial.write_text(f"built by {os.getpid()}:{threading.get_ident()}")

    time.sleep(max(0.0, start_at - time.time()))
    path, _ = single_flight(Path(target), build)
    return path.read_text()


def test_threads_and_processes_build_one_key_once(tmp_path: Path) -> None:
    target, counter = tmp_path / "table.parquet", tmp_path / "builds.log"
    start_at = time.time() + 4.0  # spawned interpreters need a moment to start
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(3, mp_context=spawn) as procs, ThreadPoolExecutor(6) as threads:
        futures = [procs.submit(_ask, str(target), str(counter), start_at) for _ in range(3)]
        futures += [threads.submit(_ask, str(target), str(counter), start_at) for _ in range(6)]
        results = [f.result(timeout=120) for f in futures]
    assert len(counter.read_text().splitlines()) == 1
    assert len(set(results)) == 1 and results[0].startswith("built by ")
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_build_leaves_nothing_and_the_next_caller_builds(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"

    def broken(partial: Path) -> None:
        partial.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        single_flight(target, broken)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    path, built = single_flight(target, lambda p: p.write_text("whole"))
    assert built and path.read_text() == "whole"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return small_store(tmp_path_factory.mktemp("sf"))


def test_twelve_requests_build_the_pair_totals_once(store) -> None:
    """Twelve handles over a fresh store ask for the same store-wide table at once: one build, one file, same rows."""
    before = cache.BUILDS["pair_totals"]
    barrier = threading.Barrier(12)

    def request() -> list:
        with open_flows(store) as f:
            barrier.wait()
            view = f.pair_totals()
            return f.con.execute(f"SELECT * FROM {view} ORDER BY ALL").fetchall()

    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(lambda _: request(), range(12)))
    assert cache.BUILDS["pair_totals"] - before == 1
    assert all(r == results[0] for r in results) and results[0]
    files = list((store.workspace.home / "cache").rglob("pair_totals-*"))
    assert len(files) == 1 and files[0].suffix == ".parquet"
