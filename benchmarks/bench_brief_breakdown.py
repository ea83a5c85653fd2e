"""Benchmark: where a brief's analytics spend their time, per analytics call and per DuckDB query (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_brief_breakdown.py --home H [--pair KAZ:africa]
        [--peer RWA:AZE] [--year 2022] [--runs 3] [--queries 20] [--profile 25]

Each round runs, in a fresh interpreter each (imports outside the timing), the
analytics ``brief.gather`` calls for the pair — the bilateral profile, the
pair's indices, and for each direction export potential, diversification and
the HS4 RCA — on one flows handle, as a brief does, then the same for the
peer pair (a country pair, to tell what a group adds). Per call: process CPU
seconds (DuckDB's threads included), wall seconds, the number of DuckDB
queries it ran and their wall seconds. ``--queries N`` lists the N slowest
queries of the last round; ``--profile N`` prints cProfile's N largest
cumulative entries of each call (partnerlens and DuckDB lines) of the last round.
The store-wide cache is what it is (run a brief of any pair first for the
state after a first brief).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = r"""
import cProfile, io, json, pstats, sys, time
from partnerlens import analytics
from partnerlens.analytics import open_flows
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
import partnerlens.analytics.potential, partnerlens.analytics.profile, partnerlens.brief.gather  # noqa: F401

home, a, b, year, profile = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
queries, parts, profiles, current = [], {}, {}, ["open"]


class Timed:
    # The handle's connection, each ``execute`` timed (wall, and the calling thread's CPU).
    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def execute(self, sql, *args, **kwargs):
        wall = time.perf_counter()
        result = self._con.execute(sql, *args, **kwargs)
        queries.append((current[0], time.perf_counter() - wall, " ".join(str(sql).split())[:200]))
        return result


def timed(label, call):
    current[0] = label
    cpu, wall = time.process_time(), time.perf_counter()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    call()
    if profiler:
        profiler.disable()
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats("partnerlens|duckdb", profile)
        profiles[label] = text.getvalue()
    parts[label] = (time.process_time() - cpu, time.perf_counter() - wall)


A, B = resolve_party(a), resolve_party(b)
with open_flows(TradeStore(Workspace.open(home))) as f:
    f.con = Timed(f.con)
    timed("profile", lambda: analytics.bilateral_profile(f, A, B, year, top=10))
    timed("pair_indices", lambda: analytics.pair_indices(f, A, B, year, top=10))
    for x, m, side in ((A, B, "a"), (B, A, "b")):
        timed(f"export_potential {side}", lambda: analytics.export_potential(f, x, m, year, top=10))
        timed(f"diversification {side}", lambda: analytics.diversification(f, x, m, year, rca_threshold=1.0, top=10))
        timed(f"exporter_rca hs4 {side}", lambda: analytics.exporter_rca(f, x, year, digits=4))
calls = {
    label: {"cpu": cpu, "wall": wall, "queries": sum(1 for q in queries if q[0] == label),
            "sql_wall": sum(q[1] for q in queries if q[0] == label)}
    for label, (cpu, wall) in parts.items()
}
print(json.dumps({"calls": calls, "queries": sorted(queries, key=lambda q: -q[1]), "profiles": profiles}))
"""


def _round(src: Path, home: Path, pair: str, year: int, profile: int) -> dict:
    a, b = pair.split(":")
    env = os.environ | {"PYTHONPATH": str(src)}
    argv = [sys.executable, "-c", PROBE, str(home), a, b, str(year), str(profile)]
    done = subprocess.run(argv, check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True, help="a store after `world build`")
    parser.add_argument("--pair", default="KAZ:africa")
    parser.add_argument("--peer", default="RWA:AZE", help="a pair run in the same rounds (empty: none)")
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=0, help="list the N slowest queries of the last round")
    parser.add_argument("--profile", type=int, default=0, help="cProfile's N largest entries per call, last round")
    args = parser.parse_args()
    pairs = [args.pair] + ([args.peer] if args.peer else [])
    rounds: dict[str, list[dict]] = {pair: [] for pair in pairs}
    print(f"load {os.getloadavg()[0]:.1f}")
    for index in range(args.runs):  # interleaved: the pair, then its peer
        last = index == args.runs - 1
        for pair in pairs:
            rounds[pair].append(_round(ROOT / "src", args.home, pair, args.year, args.profile if last else 0))
    for pair, found in rounds.items():
        labels = list(found[0]["calls"])
        total = statistics.median(sum(c["cpu"] for c in r["calls"].values()) for r in found)
        print(f"== {pair}: median over {args.runs} rounds, CPU of the calls {total:.3f} s")
        for label in labels:
            cpu = statistics.median(r["calls"][label]["cpu"] for r in found)
            wall = statistics.median(r["calls"][label]["wall"] for r in found)
            sql = statistics.median(r["calls"][label]["sql_wall"] for r in found)
            count = found[-1]["calls"][label]["queries"]
            print(f"  {label:22s} CPU {cpu:.3f} s  wall {wall:.3f} s  {count} queries, {sql:.3f} s wall in DuckDB")
        for label, seconds, sql in found[-1]["queries"][: args.queries]:
            print(f"    {label:22s} {seconds:.3f} s  {sql[:150]}")
        for label, text in found[-1]["profiles"].items():
            print(f"--- {pair} {label}\n{text}")
    print(f"load after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
