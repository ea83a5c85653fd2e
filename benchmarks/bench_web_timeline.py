"""Benchmark: where new pairs' time goes in a server before ``world build`` — a per-request timeline (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_web_timeline.py --home H [--pairs 12] [--seed 2] [--src DIR]

``H`` must have no current world tables (move ``H/world`` aside); its on-demand
cache is emptied first. Starts ``partnerlens serve`` (the sources at ``--src``
first on the path if given: a peer's tree) with the profile's steps wrapped,
sends ``--pairs`` new pairs at once, stops the server and prints each step —
thread, start and end (seconds since the first request arrived), wall ms and
the calling thread's CPU ms (``time.thread_time``; DuckDB's own threads are not
in it) — then a summary: when the store-wide table was in memory
(``_columns``: the pair totals, then ``profile_economies``, read once), how long
after it the requests' median and last ended, and how many pairs' own queries
(``bilateral_products``) ran before and after it. Wall times on a busy machine
are a multiple of a quiet one's: read the order and the CPU columns there.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from tracing import wrap

WRAPPED = {
    "partnerlens.analytics.profile.build": ("bilateral_products", "summaries", "world_economies"),
    "partnerlens.analytics.profile.products": ("pair_query",),  # the query itself, read ahead or not (b16twelve)
    "partnerlens.web.api": ("bilateral_profile", "profile_dict", "plain_json"),
    "partnerlens.analytics.profile.world.CacheTables": ("_columns",),
    "partnerlens.analytics.flows.handle.Flows": ("pair_totals",),
    "partnerlens.analytics.cache": ("cached_parquet",),
}


def _serve_traced(out: str, argv: list[str]) -> None:
    """Run ``partnerlens serve`` in this process with the steps of ``WRAPPED`` written to ``out`` as they end."""
    sink = open(out, "a", buffering=1)  # noqa: SIM115 -- open for the life of the server
    lock = threading.Lock()

    def note(name: str, start: float, cpu: float) -> None:
        row = [threading.current_thread().name, name, start, time.perf_counter(), cpu]
        with lock:
            sink.write(json.dumps(row) + "\n")

    for path, names in WRAPPED.items():
        module, _, cls = path.rpartition(".") if path[path.rfind(".") + 1].isupper() else (path, "", "")
        try:
            owner = getattr(importlib.import_module(module), cls) if cls else importlib.import_module(module)
        except (ImportError, AttributeError):  # a module or class this tree does not have (a peer's code)
            continue
        for name in names:
            wrap(owner, name, name, note)  # (a step this tree does not have, a peer's code, is left alone)
    from partnerlens.cli import main

    sys.argv = ["partnerlens", *argv]
    main()


def _pairs(home: Path, count: int, seed: int) -> list[tuple[str, str]]:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_web_load import world_pairs

    return world_pairs(home, 2000, seed=16)[seed * count : (seed + 1) * count]


def run(home: Path, count: int, seed: int, src: Path | None) -> dict:
    sys.path.insert(0, str(Path(__file__).parent))
    import httpx
    from bench_web_load import free_port, run_load, server_cpu_seconds, until_idle

    if (home / "world").exists():
        raise SystemExit(f"{home}/world exists: move it aside to measure before a build")
    pairs = _pairs(home, count, seed)
    for folder in (home / "cache").glob("*"):
        subprocess.run(["rm", "-rf", str(folder)], check=True)
    out = home / ".timeline.jsonl"
    out.unlink(missing_ok=True)
    port = free_port()
    env = os.environ | ({"PYTHONPATH": str(src)} if src else {})
    command = [sys.executable, __file__, "--serve-traced", str(out), "--home", str(home), "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(url + "/api/status", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        until_idle(server.pid)
        out.write_text("")  # the warm-up's steps are not the requests'
        cpu = server_cpu_seconds(server.pid)
        latencies, errors = asyncio.run(run_load(url, pairs, count))
        cpu = server_cpu_seconds(server.pid) - cpu
    finally:
        server.terminate()
        server.wait(timeout=30)
    steps = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    out.unlink(missing_ok=True)
    return {"latencies": latencies, "errors": errors, "server_cpu_ms": round(1000 * cpu), "steps": steps}


def summary(result: dict) -> dict:
    steps = result["steps"]
    if not steps:
        raise SystemExit("no steps were recorded: is another run using the same --home?")
    t0 = min(s[2] for s in steps)
    ready = min((s[3] for s in steps if s[1] == "_columns"), default=None)
    ends = sorted(s[3] for s in steps if s[1] == "profile_dict")
    # the pairs' queries: ``pair_query`` where the tree has it (a pair's rows may be read ahead by another
    # request, then its ``bilateral_products`` only takes them), else ``bilateral_products`` (a peer's tree)
    own = [s for s in steps if s[1] == "pair_query"] or [s for s in steps if s[1] == "bilateral_products"]
    out = {
        "pairs": len(result["latencies"]),
        "errors": len(result["errors"]),
        "p50_ms": round(statistics.median(result["latencies"]), 1),
        "server_cpu_ms": result["server_cpu_ms"],
    }
    if ready is not None and ends:
        out |= {
            "table_in_memory_ms": round(1000 * (ready - t0)),
            "median_end_after_table_ms": round(1000 * (statistics.median(ends) - ready)),
            "last_end_after_table_ms": round(1000 * (ends[-1] - ready)),
            "own_queries_before_table": sum(s[3] <= ready for s in own),
            "own_queries_after_table": sum(s[3] > ready for s in own),
        }
    return out


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--serve-traced":
        _serve_traced(sys.argv[2], sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2, help="which block of new pairs (fixed order)")
    parser.add_argument("--src", type=Path, help="the server's sources (a peer's src/); default: this interpreter's")
    args = parser.parse_args()
    result = run(args.home, args.pairs, args.seed, args.src)
    t0 = min((s[2] for s in result["steps"]), default=0.0)
    print(f"{'thread':<28} {'step':<20} {'start':>8} {'end':>8} {'wall ms':>8} {'CPU ms':>7}")
    for thread, name, start, end, cpu in sorted(result["steps"], key=lambda s: s[2]):
        print(
            f"{thread:<28} {name:<20} {start - t0:8.3f} {end - t0:8.3f} {1000 * (end - start):8.1f} {1000 * cpu:7.1f}"
        )
    print(json.dumps(summary(result) | {"load_1min": round(os.getloadavg()[0], 2)}, indent=2))


if __name__ == "__main__":
    main()
