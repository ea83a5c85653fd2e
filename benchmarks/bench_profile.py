"""Benchmark: ``bilateral_profile`` on a BACI-scale store, against the same profile computed in pandas.

Usage::

    .venv/bin/python benchmarks/bench_profile.py [--home bench-data/baci-scale] [--years 10]
        [--rows-per-year 10000000] [--runs 5] [--pair KAZ:africa]
    PYTHONPATH=src .venv/bin/python benchmarks/bench_profile.py --cli --home H --pair RWA:AZE --year 2022 --runs 7
        [--baseline-src OTHER/src --baseline-home COPY_OF_H] [--bytecode]
    PYTHONPATH=src .venv/bin/python benchmarks/bench_profile.py --in-process --home H --year 2022 --runs 10

``--cli`` times ``partnerlens profile A B --json`` end to end as users run it
(a fresh process each time, after one warm-up run that fills the caches),
interleaved round by round with ``python -c "import duckdb"`` (the peer),
``partnerlens data info`` on the same workspace (what every command pays:
the CLI, opening and checking the workspace) and,
given ``--baseline-src``, the same command from another source tree (e.g. the
main branch) on its own copy of the store (``--baseline-home``: two code
versions on one workspace would each re-stamp its database). Medians of wall
time and of CPU time (user + system of the child). ``--bytecode``: every
command reads compiled bytecode as an installed package does (kept in a
temporary ``PYTHONPYCACHEPREFIX``, written by the warm-up run) even when the
environment sets ``PYTHONDONTWRITEBYTECODE`` (then each run compiles the
modules it imports from source). ``--in-process`` times
profiles of pairs not asked before in one warm process (see :func:`in_process`).

A store that already holds data is used as it is (``--home`` a workspace made
with ``partnerlens data demo --scale full``); an empty one is filled once with
synthetic flows for the economies that have CEPII distances × every HS92
6-digit product, about ``rows-per-year`` rows a year (BACI ships ~10M),
written one Parquet file a year sorted by exporter, importer and product as
BACI's CSVs are. The first
call after an ingest builds the pair-totals aggregate (``Flows.pair_totals``)
and is reported apart; then each run opens the store afresh (warm OS cache)
and the figure is the median of ``runs``. The pandas peer reads the same
Parquet files (the columns it needs, codes as categoricals) and groups them
for the same series, shares, partners and top products.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from partnerlens.analytics import bilateral_profile, open_flows
from partnerlens.reference import economies, products, resolve_party
from partnerlens.reference.geography import distances
from partnerlens.store import SourceInfo, TradeStore
from partnerlens.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_HOME = ROOT / "bench-data" / "baci-scale"
SOURCE = "demo-bench-baci-scale"
FIRST_YEAR = 2014


def _weights(codes: list[str], sigma: float, seed: int) -> pd.DataFrame:
    """Lognormal sizes with mean 1: a few large traders and many small ones, as in BACI."""
    rng = np.random.default_rng(seed)
    w = rng.lognormal(0.0, sigma, len(codes))
    return pd.DataFrame({"code": codes, "w": w / w.mean()})


def ensure_store(home: Path, years: int, rows_per_year: int) -> Workspace:
    """The workspace at ``home``: used as it is when its store holds data (e.g. ``data demo --scale full``),
    else filled with the synthetic BACI-scale release."""
    workspace = Workspace.open(home)
    store = TradeStore(workspace)
    if store.sources():
        return workspace
    wanted = tuple(range(FIRST_YEAR, FIRST_YEAR + years))
    known = set(economies())
    codes = sorted(set(distances()["exporter"]) & known)
    hs6 = products("HS92").query("digits == 6")["code"].tolist()
    density = rows_per_year / (len(codes) * (len(codes) - 1) * len(hs6))

    def write(con: duckdb.DuckDBPyConnection, staging: Path) -> None:
        con.register("econ", _weights(codes, 1.2, 1))
        con.register("prod", _weights(hs6, 0.8, 2))
        for year in wanted:
            target = staging / f"year={year}"
            target.mkdir()
            con.execute(
                f"""
                COPY (
                  SELECT {year}::INTEGER AS year, e.code AS exporter, i.code AS importer, p.code AS product,
                         round(1000 * e.w * i.w * p.w * exp(4 * (hash(p.code, e.code, i.code, {year} + 7) % 10007) / 10007.0), 3)
                           AS value_usd,
                         round(e.w * p.w, 3) AS quantity_t, '{SOURCE}' AS source
                  FROM econ e, econ i, prod p
                  WHERE e.code <> i.code
                    AND (hash(e.code, i.code, p.code, {year}) % 1000003) / 1000003.0
                        < least(1.0, {density * 1.15} * e.w * i.w * p.w)
                  ORDER BY exporter, importer, product
                ) TO '{target}/part-0.parquet' (FORMAT parquet)
                """
            )

    info = SourceInfo(name=SOURCE, kind="demo", nomenclature="HS92", release="benchmark", synthetic=True)
    store.ingest(info, write)
    return workspace


def read_flows(home: Path, years: list[int] | None = None) -> pd.DataFrame:
    """The store's Parquet files in pandas, codes as categoricals (the memory-frugal way to hold ~100M rows)."""
    files = sorted((home / "flows").glob("source=*/year=*/*.parquet"))
    if years is not None:
        files = [f for f in files if int(f.parent.name.split("=")[1]) in years]
    columns = ["year", "exporter", "importer", "product", "value_usd"]
    tables = [pq.read_table(f, columns=columns, read_dictionary=["exporter", "importer", "product"]) for f in files]
    return pd.concat([t.to_pandas() for t in tables], ignore_index=True)


def pandas_profile(home: Path, a: frozenset[str], b: frozenset[str], year: int) -> dict:
    """The peer: the same series, shares, ranks and top HS6 products with pandas over the Parquet files."""
    df = read_flows(home)
    a_exp, a_imp = df["exporter"].isin(a), df["importer"].isin(a)
    b_exp, b_imp = df["exporter"].isin(b), df["importer"].isin(b)
    series = pd.DataFrame(
        {
            "a_to_b": df[a_exp & b_imp].groupby("year")["value_usd"].sum(),
            "b_to_a": df[b_exp & a_imp].groupby("year")["value_usd"].sum(),
            "a_exports": df[a_exp & ~a_imp].groupby("year")["value_usd"].sum(),
            "a_imports": df[a_imp & ~a_exp].groupby("year")["value_usd"].sum(),
            "b_exports": df[b_exp & ~b_imp].groupby("year")["value_usd"].sum(),
            "b_imports": df[b_imp & ~b_exp].groupby("year")["value_usd"].sum(),
        }
    )
    now = df["year"] == year
    partners = df[now & a_exp & ~a_imp].groupby("importer", observed=True)["value_usd"].sum()
    top = df[now & a_exp & b_imp].groupby("product", observed=True)["value_usd"].sum().nlargest(10)
    back = df[now & b_exp & a_imp].groupby("product", observed=True)["value_usd"].sum().nlargest(10)
    return {"series": series, "partners": partners, "top": top, "back": back}


def cold_run(workspace: Workspace, fn) -> None:
    """``fn(flows)`` with an empty aggregate cache (a fresh directory: the workspace's own is left alone)."""
    with tempfile.TemporaryDirectory() as cache, open_flows(workspace) as flows:
        flows.cache_dir = Path(cache)
        fn(flows)


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``argv`` in a fresh process."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cli_rounds(args: argparse.Namespace) -> None:
    """``partnerlens profile`` end to end, interleaved with the ``import duckdb`` peer (and a baseline tree)."""
    a, b = args.pair.split(":")
    year = ["--year", str(args.year)] if args.year else []
    base_env = dict(os.environ)
    if args.bytecode:  # one prefix for all: each tree's sources have their own paths in it
        base_env.pop("PYTHONDONTWRITEBYTECODE", None)
        base_env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-profile-pycache-")

    def profile(src: Path, home: Path) -> tuple[list[str], dict[str, str]]:
        argv = [sys.executable, "-c", "from partnerlens.cli import main; main()", "--home", str(home)]
        return argv + ["profile", a, b, *year, "--json"], base_env | {"PYTHONPATH": str(src)}

    info = [sys.executable, "-c", "from partnerlens.cli import main; main()", "--home", str(args.home), "data", "info"]
    commands = {
        'python -c "import duckdb"': ([sys.executable, "-c", "import duckdb"], base_env),
        "data info (this tree)": (info, base_env | {"PYTHONPATH": str(ROOT / "src")}),  # the CLI's fixed cost
        f"profile {a} {b} (this tree)": profile(ROOT / "src", args.home),
    }
    if args.baseline_src:
        commands[f"profile {a} {b} (baseline)"] = profile(args.baseline_src, args.baseline_home or args.home)
    for argv, env in commands.values():  # warm-up: OS cache, workspace migration, the kept bottom line
        _timed(argv, env)
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    load = os.getloadavg()[0]
    for _ in range(args.runs):
        for label, (argv, env) in commands.items():
            times[label].append(_timed(argv, env))
    bytecode = ", compiled bytecode kept" if args.bytecode else ""
    print(f"{args.runs} interleaved rounds{bytecode}; 1-min load {load:.1f} at start, {os.getloadavg()[0]:.1f} at end")
    peer = statistics.median(w for w, _ in times['python -c "import duckdb"'])
    for label, runs in times.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(
            f"{label:<34} median {wall:.3f} s wall ({wall / peer:.1f}× peer), {cpu:.3f} s CPU, min {min(runs)[0]:.3f} s"
        )


def in_process(args: argparse.Namespace) -> None:
    """One process, as the web serves: each profile of a new pair timed after one warm-up profile.

    The warm-up loads what a process loads once (imports, reference tables); each
    timed pair is asked for the first time in the process. ``store``: each call
    reads the catalogue from the workspace database; ``catalogue read once``: the
    store's catalogue kept in memory for the process, as ``partnerlens serve``
    does (``web.app.ServedStore``); ``catalogue session``: the reads of all calls
    go through one held connection (``TradeStore.catalogue_session``).
    """
    workspace = Workspace.open(args.home)
    store = TradeStore(workspace)
    catalogue = store.sources()

    class ReadOnce(TradeStore):
        def sources(self) -> list:
            return list(catalogue)

    economies = ["RWA", "AZE", "KAZ", "FRA", "DEU", "BRA", "CHN", "USA", "MEX", "KEN", "EGY", "IND", "TUR", "ZAF"]
    pairs = [(a, b) for i, a in enumerate(economies) for b in economies[i + 1 :]]
    year = args.year
    bilateral_profile(store, "UGA", "TZA", year)  # warm-up: imports, reference tables, world-table views
    load = os.getloadavg()[0]
    kinds = {"store": store, "catalogue read once": ReadOnce(workspace)}
    times: dict[str, list[float]] = {kind: [] for kind in [*kinds, "catalogue session"]}
    for index, (a, b) in enumerate(pairs[: 3 * args.runs]):  # interleaved: each kind gets its own new pairs
        kind = [*kinds, "catalogue session"][index % 3]
        start = time.perf_counter()
        if kind == "catalogue session":
            with store.catalogue_session():
                bilateral_profile(store, a, b, year)
        else:
            bilateral_profile(kinds[kind], a, b, year)
        times[kind].append(time.perf_counter() - start)
    print(f"in process, new pairs after one warm-up; 1-min load {load:.1f} at start, {os.getloadavg()[0]:.1f} at end")
    for kind, found in times.items():
        print(
            f"{kind:<22} median {statistics.median(found) * 1000:.1f} ms over {len(found)} pairs, min {min(found) * 1000:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rows-per-year", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pair", default="KAZ:africa", help="A:B, e.g. RWA:AZE or KAZ:africa")
    parser.add_argument("--pandas-runs", type=int, default=3)
    parser.add_argument("--cli", action="store_true", help="time the CLI command end to end (see the module doc)")
    parser.add_argument("--year", type=int, default=None, help="with --cli: the profile year")
    parser.add_argument("--baseline-src", type=Path, default=None, help="with --cli: another tree's src/ to compare")
    parser.add_argument("--baseline-home", type=Path, default=None, help="with --cli: the baseline's copy of the store")
    parser.add_argument(
        "--bytecode", action="store_true", help="with --cli: keep compiled bytecode between runs (as installed)"
    )
    parser.add_argument("--in-process", action="store_true", help="time new pairs in one warm process (the web's case)")
    args = parser.parse_args()
    if args.cli:
        cli_rounds(args)
        return
    if args.in_process:
        in_process(args)
        return

    start = time.perf_counter()
    workspace = ensure_store(args.home, args.years, args.rows_per_year)
    info = TradeStore(workspace).sources()[0]
    print(
        f"store: {info.name}, {info.rows:,} rows, years {info.years[0]}–{info.years[-1]} "
        f"({time.perf_counter() - start:.1f} s to open/build)"
    )
    a_name, b_name = args.pair.split(":")
    year = info.years[-1]
    cold = median_seconds(lambda: cold_run(workspace, lambda f: bilateral_profile(f, a_name, b_name)), 1)
    ours = median_seconds(lambda: bilateral_profile(workspace, a_name, b_name), args.runs)
    a, b = resolve_party(a_name).members, resolve_party(b_name).members
    peer = median_seconds(lambda: pandas_profile(workspace.home, a, b, year), args.pandas_runs)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
        f"Python {sys.version.split()[0]}, duckdb {duckdb.__version__}, pandas {pd.__version__}"
    )
    print(
        f"bilateral_profile {a_name}×{b_name}: first run {cold:.2f} s (builds the pair-totals cache), "
        f"warm median {ours:.3f} s over {args.runs} runs"
    )
    print(
        f"pandas peer (read Parquet + group): median {peer:.2f} s over {args.pandas_runs} runs; ratio {peer / ours:.0f}×"
    )


if __name__ == "__main__":
    main()
