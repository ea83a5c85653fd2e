"""benchmarks/bench_ingest.py measures each job's own peak memory, not the benchmark process's.

A child's ``ru_maxrss`` counts the high-water mark of the address space it exec'd from, so a benchmark that had
grown large (building the release in memory) printed its own peak for every job. Here this test process holds
400 MiB while two jobs of known size run: each must read as its own size.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_ingest.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_ingest", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is KiB and inherited across exec on Linux")
def test_each_job_reads_its_own_peak(bench):
    held = b"x" * (400 << 20)  # the benchmark's own memory, touched (a large parent)
    small = bench.measured([sys.executable, "-c", "print('small')"])
    large = bench.measured([sys.executable, "-c", "block = b'y' * (200 << 20); print('large')"])
    assert len(held) == 400 << 20
    assert small["output"].strip() == "small" and large["output"].strip() == "large"
    assert small["peak_rss_mib"] < 100, small  # an interpreter, not the 400 MiB parent
    assert 200 <= large["peak_rss_mib"] < 300, large
    assert large["cpu_seconds"] >= 0 and large["seconds"] > 0


def test_a_failing_job_stops_the_benchmark(bench):
    with pytest.raises(SystemExit, match="status"):
        bench.measured([sys.executable, "-c", "raise SystemExit(3)"])
