"""Benchmark: twelve pairs' own queries at once through a server's reader, with and without its gate (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_pair_gate.py --home H [--rounds 20] [--pairs 12] [--workers 4]

What twelve new pairs do in a server before ``world build`` once the store-wide table exists: each runs its
own query on the flows (``analytics.profile.products.bilateral_products``) in one of the analysis pool's
``--workers`` threads. Opens the store's long-lived reader (``web.reader.StoreReader``, as ``serve`` does)
and, in alternating rounds, runs ``--pairs`` random pairs' queries at once through its handles: with the
reader's gate (one and two queries at a time; a server's default is ``pair_queries_at_once()``) and without
(every thread's query at once, as before). Prints, per variant, the median over rounds of the pairs' median
and last end (ms after the start) and the process CPU of a round. Wall times on a busy machine are a multiple
of a quiet one's; the variants share the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from partnerlens.analytics.profile.products import QUERY_GATE_KEY, bilateral_products
from partnerlens.store import TradeStore
from partnerlens.web.reader import StoreReader, pair_queries_at_once
from partnerlens.workspace import Workspace


def one_round(reader: StoreReader, pool: ThreadPoolExecutor, pairs: list[tuple[str, str]], year: int) -> dict:
    start, cpu = time.perf_counter(), time.process_time()

    def ask(pair: tuple[str, str]) -> float:
        with reader.handle() as f:
            bilateral_products(f, year, frozenset({pair[0]}), frozenset({pair[1]}))
        return time.perf_counter() - start

    ends = sorted(pool.map(ask, pairs))
    return {
        "median_end_ms": 1000 * statistics.median(ends),
        "last_end_ms": 1000 * ends[-1],
        "cpu_ms": 1000 * (time.process_time() - cpu),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pairs", type=int, default=12)
    parser.add_argument("--workers", type=int, default=4, help="threads asking at once (the analysis pool's 4)")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    store = TradeStore(Workspace.open(args.home))
    reader = StoreReader.open(store, store.primary_source())
    year = reader.years[-1]
    codes = [c for (c,) in reader.con.execute("SELECT DISTINCT exporter FROM flows ORDER BY 1").fetchall()]
    rng = random.Random(args.seed)
    gates = {"no gate": 0, "gate 1": 1, "gate 2": 2}
    results: dict[str, list[dict]] = {name: [] for name in gates}
    with ThreadPoolExecutor(args.workers) as pool:
        one_round(reader, pool, [tuple(rng.sample(codes, 2)) for _ in range(args.pairs)], year)  # footers read
        for r in range(args.rounds):
            pairs = [tuple(rng.sample(codes, 2)) for _ in range(args.pairs)]
            for name in list(gates)[:: 1 if r % 2 == 0 else -1]:
                places = gates[name]
                reader.memo[QUERY_GATE_KEY] = threading.BoundedSemaphore(places) if places else None
                results[name].append(one_round(reader, pool, pairs, year))
    out = {
        "pairs": args.pairs,
        "workers": args.workers,
        "rounds": args.rounds,
        "cores": os.cpu_count(),
        "server_default_places": pair_queries_at_once(),
        "load_1min_end": round(os.getloadavg()[0], 2),
    }
    for name, rounds in results.items():
        out[name] = {key: round(statistics.median(r[key] for r in rounds), 1) for key in rounds[0]}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
