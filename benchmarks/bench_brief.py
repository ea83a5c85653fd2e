"""Benchmark: the HTML brief for one pair on a BACI-scale store, as a user runs it and in-process.

Usage::

    .venv/bin/python benchmarks/bench_brief.py [--pair RWA:AZE] [--runs 5] [--home bench-data/baci-scale]

The store is the one ``bench_profile.py`` builds (synthetic, BACI layout, ten
years of about 10M flows); it is built only if absent. After one warm-up run
(OS cache warm), each figure is the median of ``runs``:

* ``cli``: ``partnerlens --home H brief A B --format html --out FILE``, a fresh
  process each time (imports, chart engine start-up and all);
* ``in-process``: ``build`` + ``render(..., "html")`` in a warm process;
* the peer, measured in the same run: the same analyses through the separate
  commands a user would otherwise run — ``profile``, ``indices`` and
  ``opportunities`` with ``--json``, one process each — without charts,
  registry or claims.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_profile import DEFAULT_HOME, ensure_store  # noqa: E402

from partnerlens.brief import build, render  # noqa: E402
from partnerlens.store import TradeStore  # noqa: E402

CLI = str(Path(sys.executable).with_name("partnerlens"))
YEARS, ROWS_PER_YEAR = 10, 10_000_000  # BACI: ten years of about 10M flows


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (user + system): less sensitive to other load than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of ``runs`` calls of ``fn``."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), _cpu_seconds()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(_cpu_seconds() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pair", default="RWA:AZE", help="A:B, e.g. RWA:AZE or KAZ:africa")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--home", type=Path, default=DEFAULT_HOME, help="store (built like bench_profile.py's if absent)"
    )
    args = parser.parse_args()

    workspace = ensure_store(args.home, YEARS, ROWS_PER_YEAR)
    info = TradeStore(workspace).sources()[0]
    a, b = args.pair.split(":")
    out = Path(tempfile.mkdtemp(prefix="bench-brief-")) / "brief.html"
    cli = [CLI, "--home", str(args.home), "brief", a, b, "--format", "html", "--out", str(out)]
    separate = [
        [CLI, "--home", str(args.home), command, a, b, "--json"] for command in ("profile", "indices", "opportunities")
    ]

    def run(*commands: list[str]) -> None:
        for command in commands:
            subprocess.run(command, check=True, capture_output=True)

    run(cli)  # warm the OS cache
    print(f"store: {args.home}, {info.rows:,} rows, years {info.years[0]}–{info.years[-1]}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {sys.version.split()[0]}, duckdb {duckdb.__version__}"
    )
    results = {
        "brief cli": measure(lambda: run(cli), args.runs),
        "brief in-process": measure(lambda: render(build(a, b, workspace=workspace), "html"), args.runs),
        "peer: profile + indices + opportunities --json, 3 processes": measure(lambda: run(*separate), args.runs),
    }
    for name, (wall, cpu) in results.items():
        print(f"{name}: median {wall:.2f} s wall, {cpu:.2f} s CPU over {args.runs} runs")
    peer, ours = results["peer: profile + indices + opportunities --json, 3 processes"][0], results["brief cli"][0]
    print(
        f"brief {a}×{b} html: {out.stat().st_size:,} bytes; peer ÷ brief cli (wall) = {peer / ours:.2f}; "
        f"load after: {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
