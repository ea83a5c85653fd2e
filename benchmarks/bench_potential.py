"""Benchmark: ``export_potential`` for one exporter against every market, against the same computation in pandas.

Usage::

    .venv/bin/python benchmarks/bench_potential.py [--home bench-data/baci-scale] [--exporter KAZ] [--runs 5]

Uses the store of ``bench_profile.py`` (``--home``; the synthetic BACI-scale
release is built there if the store is empty). The
first call for a year builds that year's demand aggregate (imports per
importer × product with supplier distances) and is reported apart; the figure
is the median of ``runs`` warm calls. The pandas peer reads the year's Parquet
file and computes the same supply shares, distance-adjusted demand, ease and
potential for every market.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from bench_profile import DEFAULT_HOME, cold_run, ensure_store, median_seconds, read_flows
from partnerlens.analytics import export_potential
from partnerlens.analytics.potential import DEFAULT_EASE_BOUNDS, DEFAULT_THETA
from partnerlens.reference.geography import distances
from partnerlens.store import TradeStore


def pandas_potential(home, exporter: str, year: int) -> pd.DataFrame:
    """The peer: export potential of ``exporter`` in every market, per market × HS6 product, in pandas."""
    df = read_flows(home, [year])
    dist = distances()[["exporter", "importer", "distw"]]
    world = df.groupby("product", observed=True)["value_usd"].sum()
    sales = df[df["exporter"] == exporter]
    supply = sales.groupby("product", observed=True)["value_usd"].sum() / world
    with_distance = df.merge(dist, on=["exporter", "importer"], how="left")
    with_distance["known"] = with_distance["value_usd"].where(with_distance["distw"].notna())
    with_distance["weighted"] = with_distance["value_usd"] * with_distance["distw"]
    demand = with_distance.groupby(["importer", "product"], observed=True)[["value_usd", "known", "weighted"]].sum()
    demand = demand[demand.index.get_level_values("importer") != exporter].reset_index()
    demand = demand[demand["product"].isin(supply.index[supply > 0])]
    own = dist[dist["exporter"] == exporter].set_index("importer")["distw"]
    ratio = demand["importer"].map(own).astype(float) / (demand["weighted"] / demand["known"])
    demand["demand"] = demand["value_usd"] * ratio ** -DEFAULT_THETA
    demand["predicted"] = demand["product"].map(supply).astype(float) * demand["demand"]
    actual = sales.groupby(["importer", "product"], observed=True)["value_usd"].sum().rename("actual")
    demand = demand.merge(actual.reset_index(), on=["importer", "product"], how="left").fillna({"actual": 0.0})
    totals = demand.groupby("importer", observed=True)[["actual", "predicted"]].sum()
    ease = (totals["actual"] / totals["predicted"]).clip(*DEFAULT_EASE_BOUNDS)
    demand["potential"] = demand["predicted"] * demand["importer"].map(ease).astype(float)
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
    args = parser.parse_args()

    workspace = ensure_store(args.home, args.years, args.rows_per_year)
    info = TradeStore(workspace).sources()[0]
    year = info.years[-1]
    print(f"store: {info.name}, {info.rows:,} rows, years {info.years[0]}–{year}")
    cold = median_seconds(lambda: cold_run(workspace, lambda f: export_potential(f, args.exporter, None, year)), 1)
    ours = median_seconds(lambda: export_potential(workspace, args.exporter, None, year), args.runs)
    result = export_potential(workspace, args.exporter, None, year)
    peer = median_seconds(lambda: pandas_potential(workspace.home, args.exporter, year), args.pandas_runs)
    check = pandas_potential(workspace.home, args.exporter, year)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"Python {sys.version.split()[0]}, duckdb {duckdb.__version__}, pandas {pd.__version__}")
    print(f"export_potential {args.exporter} → all {len(result.markets)} markets, {len(result.products):,} rows: "
          f"first run {cold:.2f} s (builds the {year} demand aggregate), warm median {ours:.2f} s over {args.runs} runs")
    print(f"pandas peer: median {peer:.2f} s over {args.pandas_runs} runs; ratio {peer / ours:.1f}×; "
          f"untapped total {result.untapped_usd:,.0f} vs {check['untapped'].sum():,.0f} USD")


if __name__ == "__main__":
    main()
