"""Benchmark: a group's pair indices in-process, from the world tables against the on-demand scan of the year.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_group_indices.py --home H [--pair KAZ:africa] [--year 2022]
        [--runs 5]

Over a store with current world tables (``world build``), each round runs,
interleaved in one process: the on-demand indices (``profile.pair._computed_indices``:
the pair's table from one scan of the year's flows) and the world-table path
(``profile.group_world.group_indices``). Both parties' ``exporter_rca`` tables
(which the top RCA products need either way) are read once before the rounds.
Prints the median CPU and wall seconds of each and the largest relative
difference between their results.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from pathlib import Path

from partnerlens.analytics.flows import exporter_rca, open_flows
from partnerlens.analytics.profile.group_world import group_indices
from partnerlens.analytics.profile.pair import _computed_indices
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace


def _timed(fn):
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--pair", default="KAZ:africa")
    parser.add_argument("--year", type=int, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    a, b = (resolve_party(code) for code in args.pair.split(":"))
    store = TradeStore(Workspace.open(args.home))
    times: dict[str, list[tuple[float, float]]] = {"on demand": [], "world tables": []}
    with open_flows(store) as f:
        if f.world is None:
            raise SystemExit("no current world tables: run `partnerlens world build` first")
        year = f.year_or_latest(args.year)
        exports = (exporter_rca(f, a, year), exporter_rca(f, b, year))
        for _ in range(args.runs):
            computed, cpu, wall = _timed(lambda: _computed_indices(f, year, a, b))
            times["on demand"].append((cpu, wall))
            world, cpu, wall = _timed(lambda: group_indices(f, year, a, b, exports))
            times["world tables"].append((cpu, wall))
    if world is None:
        raise SystemExit("the world-table path did not answer (tables absent, stale or another --digits)")
    worst = max(abs(world[k] - computed[k]) / abs(computed[k]) for k in computed if not math.isnan(computed[k]))
    print(f"{args.pair} {year}, {args.runs} interleaved rounds, median seconds:")
    for name, rows in times.items():
        print(
            f"  {name:13s} CPU {statistics.median(c for c, _ in rows):.3f}  wall {statistics.median(w for _, w in rows):.3f}"
        )
    print(f"  largest relative difference of the five indices: {worst:.2e}")


if __name__ == "__main__":
    main()
