"""Benchmark: ``export_potential`` for one exporter against every market, against the same computation in pandas.

Usage::

    .venv/bin/python benchmarks/bench_potential.py [--home bench-data/baci-scale] [--exporter KAZ] [--runs 5]

Uses the store of ``bench_profile.py`` (``--home``; the synthetic BACI-scale
release is built there if the store is empty). The first call builds the
demand aggregates of the base years (imports per importer × product with
supplier distances) and is reported apart. Then, interleaved run by run:

* *full*: the default method — supply with RCA trend and re-export damping,
  demand projected five years ahead with published growth, ease over five base
  years, CEPII distances for every pair;
* *base year*: ``ease_years=1, target_year=year`` — the computation the pandas
  peer repeats (one year, no projection; re-export damping included);
* the pandas peer (fewer runs: it is slow), which reads the year's Parquet
  file and computes supply shares with re-export damping, distance-adjusted
  demand, ease and potential for every market.

Each figure is the median of its runs; the load average is printed before and
after (the machine is shared). ``--second-call`` times only a fresh process's
second call, to compare two source trees run alternately.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
from bench_profile import DEFAULT_HOME, cold_run, ensure_store, median_seconds

from partnerlens.analytics import export_potential
from partnerlens.analytics.potential import DEFAULT_EASE_BOUNDS, DEFAULT_THETA
from partnerlens.analytics.potential.supply import DEFAULT_REEXPORT_THRESHOLD
from partnerlens.reference.geography import distances
from partnerlens.store import TradeStore


def read_year(workspace, year: int) -> pd.DataFrame:
    """The year's flows of the store's release in pandas (codes as categoricals), from the files of its current
    version (``bench_profile.read_flows`` globs the layout before versioned ingest)."""
    store = TradeStore(workspace)
    files = sorted(store.source_path(store.sources()[0]).glob(f"year={int(year)}/*.parquet"))
    columns = ["year", "exporter", "importer", "product", "value_usd"]
    tables = [pq.read_table(f, columns=columns, read_dictionary=["exporter", "importer", "product"]) for f in files]
    return pd.concat([t.to_pandas() for t in tables], ignore_index=True)


def pandas_potential(workspace, exporter: str, year: int) -> pd.DataFrame:
    """The peer: export potential of ``exporter`` in every market in the base year, per market × HS6 product, in pandas."""
    df = read_year(workspace, year)
    dist = distances()[["exporter", "importer", "distw"]]
    world = df.groupby("product", observed=True)["value_usd"].sum()
    sales = df[df["exporter"] == exporter]
    exported = sales.groupby("product", observed=True)["value_usd"].sum()
    imported = (
        df[df["importer"] == exporter]
        .groupby("product", observed=True)["value_usd"]
        .sum()
        .reindex(exported.index)
        .fillna(0)
    )
    damping = ((1 - imported / exported) / (1 - DEFAULT_REEXPORT_THRESHOLD)).clip(0, 1)
    share = exported / world.reindex(
        exported.index
    )  # ease is calibrated on the raw share (actual trade holds re-exports)
    supply = share * damping
    with_distance = df.merge(dist, on=["exporter", "importer"], how="left")
    with_distance["known"] = with_distance["value_usd"].where(with_distance["distw"].notna())
    with_distance["weighted"] = with_distance["value_usd"] * with_distance["distw"]
    demand = with_distance.groupby(["importer", "product"], observed=True)[["value_usd", "known", "weighted"]].sum()
    demand = demand[demand.index.get_level_values("importer") != exporter].reset_index()
    demand = demand[demand["product"].isin(share.index[share > 0])]
    own = dist[dist["exporter"] == exporter].drop_duplicates("importer").set_index("importer")["distw"]
    ratio = demand["importer"].map(own).astype(float) / (demand["weighted"] / demand["known"])
    demand["demand"] = demand["value_usd"] * ratio**-DEFAULT_THETA
    demand["predicted"] = demand["product"].map(share).astype(float) * demand["demand"]
    actual = sales.groupby(["importer", "product"], observed=True)["value_usd"].sum().rename("actual")
    demand = demand.merge(actual.reset_index(), on=["importer", "product"], how="left").fillna({"actual": 0.0})
    totals = demand.groupby("importer", observed=True)[["actual", "predicted"]].sum()
    ease = (totals["actual"] / totals["predicted"]).clip(*DEFAULT_EASE_BOUNDS)
    demand["potential"] = (
        demand["product"].map(supply).astype(float) * demand["demand"] * demand["importer"].map(ease).astype(float)
    )
    demand["untapped"] = np.maximum(demand["potential"] - demand["actual"], 0)
    return demand.sort_values("untapped", ascending=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rows-per-year", type=int, default=10_000_000)
    parser.add_argument("--exporter", default="KAZ")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pandas-runs", type=int, default=3)
    parser.add_argument(
        "--second-call",
        action="store_true",
        help="only time the second call of this process (to compare two source trees, each a fresh process: "
        "PYTHONPATH=<tree>/src)",
    )
    args = parser.parse_args()

    workspace = ensure_store(args.home, args.years, args.rows_per_year)
    if args.second_call:
        export_potential(workspace, args.exporter, None)
        seconds = median_seconds(lambda: export_potential(workspace, args.exporter, None), 1)
        print(f"second call {seconds:.3f} s, load average {os.getloadavg()[0]:.1f}")
        return
    info = TradeStore(workspace).sources()[0]
    year = info.years[-1]
    print(f"store: {info.name}, {info.rows:,} rows, years {info.years[0]}–{year}")
    load_before = os.getloadavg()[0]
    cold = median_seconds(lambda: cold_run(workspace, lambda f: export_potential(f, args.exporter, None, year)), 1)

    def full():
        return export_potential(workspace, args.exporter, None, year)

    def base():
        return export_potential(workspace, args.exporter, None, year, ease_years=1, target_year=year)

    def peer():
        return pandas_potential(workspace, args.exporter, year)

    times = {"full": [], "base year": [], "pandas": []}
    for run in range(args.runs):  # interleaved, so that a change of load hits all three alike
        times["full"].append(median_seconds(full, 1))
        times["base year"].append(median_seconds(base, 1))
        if run < args.pandas_runs:
            times["pandas"].append(median_seconds(peer, 1))
    medians = {name: statistics.median(values) for name, values in times.items()}
    result, baseline, check = full(), base(), pandas_potential(workspace, args.exporter, year)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after; Python {sys.version.split()[0]}, duckdb {duckdb.__version__}, pandas {pd.__version__}"
    )
    print(
        f"export_potential {args.exporter} → all {len(result.markets)} markets, {len(result.products):,} rows, "
        f"base year {year}, target year {result.target_year}, base years {result.parameters['base_years']}: "
        f"first run {cold:.2f} s (builds the demand aggregates)"
    )
    print(
        f"warm medians over {args.runs} interleaved runs: full {medians['full']:.2f} s, base year {medians['base year']:.2f} s; "
        f"pandas peer (base year) {medians['pandas']:.2f} s over {len(times['pandas'])} runs; "
        f"ratio pandas / base year {medians['pandas'] / medians['base year']:.1f}×"
    )
    print(
        f"untapped: full {result.untapped_usd:,.0f}, base year {baseline.untapped_usd:,.0f}, pandas {check['untapped'].sum():,.0f} USD; "
        f"potential full {result.potential_usd:,.0f} vs actual {result.actual_usd:,.0f} USD"
    )


if __name__ == "__main__":
    main()
