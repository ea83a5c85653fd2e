"""Benchmark: a brief as the web app serves it — the first request for each of several new pairs (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_web_brief.py --home H [--runs 3] \\
        [--baseline-src PEER/src --baseline-home H2] [--pairs RWA:AZE,KAZ:africa,...]

``H`` (and ``H2``, the peer's own copy) must have current world tables (``partnerlens world build``), built
by the tree that serves them and after its last edit: the articles ``world build`` reads for the day's briefs
are keyed by the package's files (their sizes and times), so another tree, or an edited one, reads them again
in every brief (about a second of CPU per pair).
"Warm" here means: a server process started (``partnerlens serve``, with its start-up warm-up: imports,
reference tables, the world tables' reader), then asked for **one unrelated brief** (``--warm-pair``) so
that the brief path's imports are done and the chart worker runs; then each pair of ``--pairs`` is asked
once, one after another (``GET /api/brief?...&format=html``), none of them computed before: what the
store state's cache keeps of a pair (``inputs``, ``briefs``, ``rendered``, ``charts``, ``extracted``,
``bench_brief.KEPT_PER_PAIR``) is dropped before each server starts; store-wide tables stay.

Each round starts one fresh server per variant (this tree; with ``--baseline-src`` also the peer's tree on
its own copy), the order alternating between rounds. Per pair: wall ms of the request (p50 and p95 over the
rounds) and the server's CPU for it (the server process and its children, the chart worker included, from
``/proc``: less sensitive to other load than wall time), and the same-round ratio to the peer. The HTML of each
pair is compared with the peer's (same store state and day): ``identical`` must be true.
``--twice`` also asks one more new pair twice at once and reports the server CPU of that against one
(single flight: two requests for one new pair compute it once).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from bench_brief import _clear_kept  # noqa: E402
from bench_web_load import percentile, server_cpu_seconds, start_server, until_idle  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAIRS = "RWA:AZE,KAZ:africa,KEN:VNM,BRA:EU,CHL:CHN,UZB:TUR,GHA:EU,PER:KOR,MAR:ECOWAS,NGA:IND,MNG:JPN,VNM:africa"


def ask(url: str, a: str, b: str, year: int) -> bytes:
    params = {"a": a, "b": b, "year": year, "format": "html"}
    response = httpx.get(url + "/api/brief", params=params, timeout=300)
    if response.status_code != 200:
        raise SystemExit(f"{a}-{b}: {response.status_code} {response.text[:300]}")
    return response.content


def one_server(home: Path, src: Path | None, pairs: list[tuple[str, str]], args: argparse.Namespace) -> dict:
    """A fresh server on ``home`` (kept pairs dropped), warmed by one unrelated brief, then each pair once."""
    _clear_kept(home)
    process, url = start_server(home, src=src)
    try:
        until_idle(process.pid)
        wa, wb = args.warm_pair.split(":")
        t0, c0 = time.perf_counter(), server_cpu_seconds(process.pid)
        ask(url, wa, wb, args.year)
        warm = {"wall_ms": 1000 * (time.perf_counter() - t0)}
        until_idle(process.pid)
        warm["cpu_ms"] = 1000 * (server_cpu_seconds(process.pid) - c0)
        rows: dict[str, dict] = {}
        for a, b in pairs:
            t0, c0 = time.perf_counter(), server_cpu_seconds(process.pid)
            body = ask(url, a, b, args.year)
            wall = 1000 * (time.perf_counter() - t0)
            until_idle(process.pid, quiet=0.01, every=0.25)  # what the request left running (none expected)
            rows[f"{a}:{b}"] = {"wall_ms": wall, "cpu_ms": 1000 * (server_cpu_seconds(process.pid) - c0), "body": body}
        twice = None
        if args.twice:
            a, b = args.twice.split(":")
            c0 = server_cpu_seconds(process.pid)
            threads = [threading.Thread(target=ask, args=(url, a, b, args.year)) for _ in range(2)]
            t0 = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            twice = {
                "wall_ms": 1000 * (time.perf_counter() - t0),
                "cpu_ms": 1000 * (server_cpu_seconds(process.pid) - c0),
            }
        return {"warm": warm, "pairs": rows, "twice": twice}
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True, help="a store with current world tables")
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pairs", default=PAIRS, help="comma-separated A:B (countries or groups)")
    parser.add_argument("--warm-pair", default="COL:JPN", help="the unrelated brief asked first")
    parser.add_argument("--twice", default=None, metavar="A:B", help="also ask this new pair twice at once")
    parser.add_argument("--baseline-src", type=Path, default=None, help="the peer tree's src/")
    parser.add_argument("--baseline-home", type=Path, default=None, help="the peer's own copy of the store")
    parser.add_argument("--json", action="store_true", help="print every measurement as JSON")
    args = parser.parse_args()

    pairs = [tuple(p.split(":")) for p in args.pairs.split(",")]
    variants: dict[str, tuple[Path, Path | None]] = {"this": (args.home, ROOT / "src")}
    if args.baseline_src:
        variants["peer"] = (args.baseline_home or args.home, args.baseline_src)
    loads = [os.getloadavg()[0]]
    rounds: dict[str, list[dict]] = {name: [] for name in variants}
    for r in range(args.runs):
        for name in list(variants)[:: 1 if r % 2 == 0 else -1]:
            home, src = variants[name]
            rounds[name].append(one_server(home, src, pairs, args))
        loads.append(os.getloadavg()[0])
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load (1 min) before/after each round: {', '.join(f'{x:.1f}' for x in loads)}")
    print(
        f"warm-up brief {args.warm_pair}: "
        + ", ".join(
            f"{n} {statistics.median(r['warm']['wall_ms'] for r in runs):.0f} ms wall / "
            f"{statistics.median(r['warm']['cpu_ms'] for r in runs):.0f} ms CPU"
            for n, runs in rounds.items()
        )
    )
    header = f"{'pair':<14}" + "".join(f"{n + ' p50':>11}{n + ' p95':>11}{n + ' cpu':>11}" for n in rounds)
    print(header + ("   ratio  identical" if "peer" in rounds else ""))
    ratios = []
    for a, b in pairs:
        key, line = f"{a}:{b}", f"{a}:{b}"
        line = f"{key:<14}"
        for runs in rounds.values():
            walls = [run["pairs"][key]["wall_ms"] for run in runs]
            cpu = statistics.median(run["pairs"][key]["cpu_ms"] for run in runs)
            line += f"{statistics.median(walls):>11.0f}{percentile(walls, 95):>11.0f}{cpu:>11.0f}"
        if "peer" in rounds:
            same = [
                t["pairs"][key]["wall_ms"] / p["pairs"][key]["wall_ms"] for t, p in zip(*rounds.values(), strict=True)
            ]
            identical = all(
                t["pairs"][key]["body"] == p["pairs"][key]["body"] for t, p in zip(*rounds.values(), strict=True)
            )
            ratios.append(statistics.median(same))
            line += f"{statistics.median(same):>8.2f}  {identical}"
        print(line)
    for name, runs in rounds.items():
        walls = [row["wall_ms"] for run in runs for row in run["pairs"].values()]
        cpus = [row["cpu_ms"] for run in runs for row in run["pairs"].values()]
        print(
            f"{name}: all pairs p50 {statistics.median(walls):.0f} ms, p95 {percentile(walls, 95):.0f} ms, "
            f"server CPU median {statistics.median(cpus):.0f} ms"
        )
        if runs[0]["twice"]:
            print(
                f"{name}: {args.twice} asked twice at once: "
                + ", ".join(f"{r['twice']['wall_ms']:.0f} ms wall / {r['twice']['cpu_ms']:.0f} ms CPU" for r in runs)
            )
    if ratios:
        print(f"this ÷ peer, same rounds, median over pairs: {statistics.median(ratios):.2f}")
    if args.json:
        for runs in rounds.values():
            for run in runs:
                for row in run["pairs"].values():
                    row.pop("body")
        print(json.dumps(rounds, indent=1))


if __name__ == "__main__":
    main()
