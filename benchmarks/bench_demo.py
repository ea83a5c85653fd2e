"""Demo world build time: ``partnerlens data demo --scale S`` (the five default years), as a user runs it.

Each run is a fresh process in a fresh workspace, timed from outside (start-up included) and, inside, from the
moment ``ingest_demo`` starts (imports excluded), with the process's CPU time (user + system, all threads) and
peak resident memory (``wait4`` rusage). On a shared machine the CPU time is the steadier figure: it is about
what the build takes on an idle machine (the work is mostly single-threaded numpy).
Scales are interleaved run by run; prints the load average at the start of each run and a Markdown table of
medians. There is no peer: no other tool builds this world; the ratio column compares each scale with small.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_demo.py [--runs small=3,medium=3,full=1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

INSIDE = """
import json, sys, time
from partnerlens.sources.demo import ingest_demo
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
store = TradeStore(Workspace.open(sys.argv[1]))
start = time.perf_counter()
info = ingest_demo(store, scale=sys.argv[2]).source
print(json.dumps({"seconds": time.perf_counter() - start, "rows": info.rows}))
"""


def run(scale: str) -> dict:
    """One fresh-process build of ``scale``: wall time outside and inside, rows, peak RSS."""
    with tempfile.TemporaryDirectory() as home:
        load = os.getloadavg()[0]
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", INSIDE, home, scale], stdout=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"demo build at scale {scale} failed with status {status}")
        inside = json.loads(child.stdout.read())
    return {
        "scale": scale,
        "wall": wall,
        "inside": inside["seconds"],
        "rows": inside["rows"],
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mib": usage.ru_maxrss / 1024,
        "load": load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", default="small=3,medium=3,full=1", help="runs per scale, interleaved")
    args = parser.parse_args()
    runs = {scale: int(count) for scale, count in (part.split("=") for part in args.runs.split(","))}
    scales = list(runs)
    results: list[dict] = []
    for index in range(max(runs.values())):
        for scale in scales:
            if index >= runs[scale]:
                continue
            result = run(scale)
            results.append(result)
            print(json.dumps(result), file=sys.stderr, flush=True)
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(
        "| scale | runs | flows (5 years) | median wall (start-up incl.) | median build | median CPU time | peak RSS "
        "| load at start | vs small |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    small = statistics.median(r["wall"] for r in results if r["scale"] == "small") if "small" in scales else None
    for scale in scales:
        rows = [r for r in results if r["scale"] == scale]
        wall = statistics.median(r["wall"] for r in rows)
        ratio = f"{wall / small:.1f}×" if small else "-"
        loads = ", ".join(f"{r['load']:.1f}" for r in rows)
        print(
            f"| {scale} | {len(rows)} | {rows[0]['rows']:,} | {wall:.1f} s | {statistics.median(r['inside'] for r in rows):.1f} s "
            f"| {statistics.median(r['cpu'] for r in rows):.1f} s | {max(r['rss_mib'] for r in rows):,.0f} MiB | {loads} | {ratio} |"
        )


if __name__ == "__main__":
    main()
