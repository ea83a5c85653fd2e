"""Benchmark: the analytics a brief of a pair reads, after ``world build``, in a fresh process each (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_brief_analytics.py --home H [--pair RWA:AZE] [--year 2022]
        [--runs 7] [--baseline-src OTHER/src --baseline-home COPY_OF_H] [--empty-cache]

Each round runs, in a new interpreter each and interleaved with the baseline
tree when given (its own copy of the store, built by its own ``world build``):

* default: the analytics ``brief.gather`` calls for the pair — the bilateral
  profile, the pair's indices, export potential and diversification both
  ways — timed inside the process after its imports (CPU and wall seconds per
  step; the store-wide on-demand cache warm, as after a first brief of any pair);
* ``--empty-cache``: the whole ``brief A B --format html`` command after
  emptying the store's ``cache/`` (nothing computed on demand is kept: the
  first brief after ``world build`` of a store nobody has asked anything yet).

Medians over the rounds; CPU seconds depend less on the machine's load than wall seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import json, sys, time
from partnerlens import analytics
from partnerlens.analytics import open_flows
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
import partnerlens.analytics.potential, partnerlens.analytics.profile  # imported outside the timing
home, a, b, year = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
parts, wall, cpu = {}, time.perf_counter(), time.process_time()
with open_flows(TradeStore(Workspace.open(home))) as f:
    def timed(label, call):
        started = time.process_time()
        call()
        parts[label] = parts.get(label, 0.0) + time.process_time() - started
    timed("profile", lambda: analytics.bilateral_profile(f, a, b, year, top=10))
    timed("pair_indices", lambda: analytics.pair_indices(f, a, b, year, top=10))
    for x, m in ((a, b), (b, a)):
        timed("export_potential", lambda: analytics.export_potential(f, x, m, year, top=10))
        timed("diversification", lambda: analytics.diversification(f, x, m, year, rca_threshold=1.0, top=10))
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, **parts}))
"""


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True, help="a store after `world build`")
    parser.add_argument("--pair", default="RWA:AZE")
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline-src", type=Path, default=None)
    parser.add_argument("--baseline-home", type=Path, default=None, help="the baseline's own store copy")
    parser.add_argument("--empty-cache", action="store_true", help="time the brief command with cache/ emptied")
    args = parser.parse_args()
    a, b = args.pair.split(":")
    trees = {"this tree": (ROOT / "src", args.home)}
    if args.baseline_src:
        trees["baseline tree"] = (args.baseline_src, args.baseline_home or args.home)

    def run(src: Path, home: Path) -> dict:
        env = os.environ | {"PYTHONPATH": str(src)}
        if not args.empty_cache:
            argv = [sys.executable, "-c", PROBE, str(home), a, b, str(args.year)]
            out = subprocess.run(argv, check=True, capture_output=True, text=True, env=env).stdout
            return json.loads(out.strip().splitlines()[-1])
        for kept in (home / "cache").glob("*"):
            shutil.rmtree(kept, ignore_errors=True)
        argv = [sys.executable, "-c", "from partnerlens.cli import main; main()", "--home", str(home), "brief", a, b]
        argv += ["--year", str(args.year), "--format", "html", "--out", str(home / "bench-brief.html")]
        wall, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        return {"wall": time.perf_counter() - wall, "cpu": _children_cpu() - cpu}

    if not args.empty_cache:
        for src, home in trees.values():  # warm-up: the OS cache and the store-wide on-demand tables
            run(src, home)
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}")
    results: dict[str, list[dict]] = {label: [] for label in trees}
    for _ in range(args.runs):
        for label, (src, home) in trees.items():
            results[label].append(run(src, home))
    for label, rounds in results.items():
        medians = {k: round(statistics.median(r[k] for r in rounds), 3) for k in rounds[0]}
        print(f"{label}: median over {args.runs} rounds (s): {medians}")
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
