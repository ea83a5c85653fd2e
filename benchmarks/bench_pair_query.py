"""Benchmark: a new pair's own query on the flows, store against store, through a server's reader (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_pair_query.py --home A --home B [--pairs 60] [--seed 3]

Before ``world build``, each new pair a server answers runs one DuckDB query on the year's flows
(``analytics.profile.products.bilateral_products``: both directions' products and values), which decodes each
direction's exporter's row group(s) for a few hundred rows. This opens each store's long-lived reader
(``web.reader.StoreReader``, as ``serve`` does), checks that the stores give the same rows, and asks the same
random pairs of every store one after another, the stores alternating pair by pair; it prints, per store, the
median and quartiles of a query's process CPU and wall (ms) and the flows file's codec and size. Meant for two
stores holding the same flows written differently (a codec, a row-group size): the answer must not change.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

import pyarrow.parquet as pq

from partnerlens.analytics.profile.products import bilateral_products
from partnerlens.store import TradeStore
from partnerlens.web.reader import StoreReader
from partnerlens.workspace import Workspace


def open_reader(home: Path) -> StoreReader:
    store = TradeStore(Workspace.open(home))
    (primary, *_) = store.sources()
    return StoreReader(store, (primary,), None)


def describe(reader: StoreReader) -> dict:
    files = reader.store.files(reader.infos)
    meta = pq.ParquetFile(files[0]).metadata
    return {
        "codec": meta.row_group(0).column(3).compression,
        "row_groups": meta.num_row_groups,
        "bytes": sum(Path(f).stat().st_size for f in files),
    }


def quartiles(values: list[float]) -> list[float]:
    return [round(1000 * v, 2) for v in statistics.quantiles(values, n=4)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", action="append", required=True, type=Path)
    parser.add_argument("--pairs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--year", type=int, default=2022)
    args = parser.parse_args()
    readers = [open_reader(h) for h in args.home]
    economies = [r[0] for r in readers[0].con.execute("SELECT DISTINCT exporter FROM flows ORDER BY 1").fetchall()]
    pairs = [tuple(random.Random(args.seed + i).sample(economies, 2)) for i in range(args.pairs)]
    for reader in readers:  # the footers read once (the reader's metadata cache), as a server's first pair does
        with reader.handle() as f:
            bilateral_products(f, args.year, frozenset({economies[0]}), frozenset({economies[1]}))
    cpu: list[list[float]] = [[] for _ in readers]
    wall: list[list[float]] = [[] for _ in readers]
    for i, (a, b) in enumerate(pairs):
        answers = []
        order = list(enumerate(readers)) if i % 2 == 0 else list(enumerate(readers))[::-1]
        for at, reader in order:
            with reader.handle() as f:
                c, w = time.process_time(), time.perf_counter()
                answers.append(bilateral_products(f, args.year, frozenset({a}), frozenset({b})))
                cpu[at].append(time.process_time() - c)
                wall[at].append(time.perf_counter() - w)
        if any(answer != answers[0] for answer in answers):
            raise SystemExit(f"{a} × {b}: the stores answer differently")
    for at, home in enumerate(args.home):
        row = {"home": str(home), **describe(readers[at]), "pairs": len(pairs)}
        row |= {"cpu_ms_q1_median_q3": quartiles(cpu[at]), "wall_ms_q1_median_q3": quartiles(wall[at])}
        print(json.dumps(row))


if __name__ == "__main__":
    main()
