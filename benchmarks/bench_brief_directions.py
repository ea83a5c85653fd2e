"""Benchmark: a first brief's two directions (export potential, diversification, sectors), piece by piece (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_brief_directions.py --home H [--pair RWA:AZE] [--year 2022]
        [--rounds 6] [--baseline-src OTHER/src [--baseline-home COPY_OF_H]]

Each run is a fresh process that imports ``brief.make`` (pandas and the
analytics, as a brief does) and the export potential package, opens the
store and computes ``brief.gather._direction`` for both directions of the
pair, as the brief's main thread does (without the pair's thread beside it).
Every step of export potential and diversification is wrapped and timed with
the calling thread's CPU (``time.thread_time``) and wall; times are inclusive
(a step's time holds the steps it calls). With ``--baseline-src`` the other
tree's runs alternate with this one's, round by round, and the table gives the
median of each tree's rounds side by side. The store must have its world
tables built (``world build``); nothing is written to it but the caches any
brief writes. Read CPU seconds and same-round ratios on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

POTENTIAL = "partnerlens.analytics.potential."
WRAPPED = {
    POTENTIAL + "assemble": ("_tariffs", "_world_supply", "_predicted", "_projected", "_computed_supply"),
    POTENTIAL + "inputs": ("market_rows", "seller_weights", "ease_rows", "mirror_rows", "member_exports"),
    POTENTIAL + "distance": ("seller_distance",),
    POTENTIAL + "ease": ("ease_of_trade", "actual_with_mirror"),
    POTENTIAL + "tables": ("build_result", "_sorted_products", "_markets"),
    POTENTIAL + "demand": ("market_growth",),
    POTENTIAL + "diversify": ("_exporter_space", "_market_demand", "_scored"),
    "partnerlens.analytics": ("export_potential", "diversification", "exporter_rca"),
    "partnerlens.brief.gather": ("untapped_by_sector",),
}


def child(home: str, pair: str, year: int) -> dict[str, float]:
    """Both directions of ``pair`` in this process: ``{piece: [cpu, wall]}`` plus totals."""
    import collections
    import importlib
    import resource
    import time

    import partnerlens.analytics.potential  # noqa: F401  (its import is not a piece)
    import partnerlens.brief.make  # noqa: F401  (the brief's imports)
    from partnerlens.analytics import open_flows
    from partnerlens.brief import gather
    from partnerlens.reference import resolve_party
    from partnerlens.store import TradeStore
    from partnerlens.workspace import Workspace

    cpu: collections.Counter = collections.Counter()
    wall: collections.Counter = collections.Counter()

    def wrap(module_name: str, attr: str) -> None:
        module = importlib.import_module(module_name)
        fn = getattr(module, attr)
        label = f"{module_name.rsplit('.', 1)[-1]}.{attr}"

        def timed(*args, **kwargs):
            start, used = time.perf_counter(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                cpu[label] += time.thread_time() - used
                wall[label] += time.perf_counter() - start

        setattr(module, attr, timed)

    for module_name, attrs in WRAPPED.items():
        for attr in attrs:
            wrap(module_name, attr)
    a, b = (resolve_party(code) for code in pair.split(":"))
    with open_flows(TradeStore(Workspace.open(Path(home)))) as f:
        before = resource.getrusage(resource.RUSAGE_SELF)
        start, used = time.perf_counter(), time.thread_time()
        for x, y in ((a, b), (b, a)):
            gather._direction(f, x, y, year, True, gather.TOP)
        cpu["both directions"], wall["both directions"] = time.thread_time() - used, time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_SELF)
    cpu["process (all threads)"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {label: [cpu[label], wall.get(label, 0.0)] for label in cpu} | {
        "pyarrow.parquet imported": [float("pyarrow.parquet" in sys.modules), 0.0]
    }


def run(src: str, home: str, pair: str, year: int) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--home", home, "--pair", pair, "--year", str(year)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--home", required=True)
    parser.add_argument("--pair", default="RWA:AZE")
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--baseline-src")
    parser.add_argument("--baseline-home")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.home, args.pair, args.year)))
        return
    trees = {"this tree": (os.environ.get("PYTHONPATH", "src"), args.home)}
    if args.baseline_src:
        trees["baseline"] = (args.baseline_src, args.baseline_home or args.home)
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    loads = [os.getloadavg()[0]]
    for _ in range(args.rounds):
        for name, (src, home) in trees.items():
            runs[name].append(run(src, home, args.pair, args.year))
        loads.append(os.getloadavg()[0])
    print(f"pair {args.pair}, year {args.year}, {args.rounds} rounds, load {loads[0]:.1f} → {loads[-1]:.1f}")
    print("thread CPU seconds, median of the rounds (process: all threads)")
    labels = list(dict.fromkeys(label for name in trees for r in runs[name] for label in r))
    print(f"{'piece':34s}" + "".join(f"{name:>14s}" for name in trees))
    for label in sorted(labels, key=lambda k: -statistics.median(r.get(k, [0.0])[0] for r in runs["this tree"])):
        cells = [statistics.median(r.get(label, [0.0])[0] for r in runs[name]) for name in trees]
        print(f"{label:34s}" + "".join(f"{cell:14.3f}" for cell in cells))


if __name__ == "__main__":
    main()
