"""Ingest of one BACI-size year: ``partnerlens data ingest baci`` against pandas ``read_csv`` → ``to_parquet``.

The input is one year of the ``full`` demo world (~10M flows) written in the
official BACI layout — ``BACI_HS92_Y{year}_V{release}.csv`` with ``t,i,j,k,v,q``
(numeric country codes, HS6 as an integer, thousand USD with 3 decimals,
space-padded ``NA`` quantities), ``country_codes_V….csv`` and
``product_codes_HS92_V….csv`` — in a deflated zip under ``bench-data/``
(built once, then reused).

Each run is a fresh process, timed from the moment the library call starts
(imports excluded) and measured for peak resident memory and CPU time
(``wait4`` rusage of the child, forked by a small launcher so that its peak is
its own, not this script's); the whole command ``partnerlens data ingest
baci`` is also timed from outside, start-up included. The peer does the same
job the pandas way: ``read_csv`` of the zip member, map codes to ISO3,
zero-pad products, thousand USD → USD, then ``to_parquet`` (pyarrow). Prints a
Markdown table of medians.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_ingest.py [--runs 3] [--year 2023]

``--baseline-src DIR`` also times ``ingest_release`` from another source tree
(e.g. ``git archive <commit> src``) in the same interleaved runs, to compare a
change with what it replaced; a plain DuckDB job (``read_csv`` joined with the
country table → ``COPY … TO parquet``, no checks) is the second peer;
``--jobs`` picks jobs by key (ours, before, duckdb, pandas, command); ``--baseline-src`` given again adds
jobs ``before2``, ``before3`` … (one tree each).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench-data"
RELEASE = "V209901"

OURS = """
import json, os, sys, time
from pathlib import Path
from partnerlens.sources.baci import ingest_release
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
store = TradeStore(Workspace.open(sys.argv[2]))
start, cpu = time.perf_counter(), sum(os.times()[:2])
info = ingest_release(store, Path(sys.argv[1])).source
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": sum(os.times()[:2]) - cpu, "rows": info.rows,
                  "value_usd": info.value_usd}))
"""

PEER = """
import json, os, sys, time, zipfile
import pandas as pd
start, cpu = time.perf_counter(), sum(os.times()[:2])
with zipfile.ZipFile(sys.argv[1]) as archive:
    names = archive.namelist()
    member = next(n for n in names if n.startswith("BACI_"))
    countries = pd.read_csv(archive.open(next(n for n in names if n.startswith("country_codes"))),
                            keep_default_na=False)
    with archive.open(member) as handle:
        frame = pd.read_csv(handle, dtype={"t": "int32", "i": "int32", "j": "int32", "k": "string", "v": "float64",
                                           "q": "string"})
iso3 = countries.set_index("country_code")["country_iso3"]
quantity = pd.to_numeric(frame["q"].str.strip().replace({"NA": None, "": None}), errors="raise")
flows = pd.DataFrame({
    "year": frame["t"], "exporter": frame["i"].map(iso3), "importer": frame["j"].map(iso3),
    "product": frame["k"].str.zfill(6), "value_usd": frame["v"] * 1000, "quantity_t": quantity, "source": "baci",
})
flows.to_parquet(sys.argv[2] + "/flows.parquet", index=False)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": sum(os.times()[:2]) - cpu, "rows": len(flows),
                  "value_usd": float(flows["value_usd"].sum())}))
"""


DUCKDB = """
import json, os, shutil, sys, time, zipfile
import duckdb
start, cpu = time.perf_counter(), sum(os.times()[:2])
out = sys.argv[2]
with zipfile.ZipFile(sys.argv[1]) as archive:
    names = archive.namelist()
    member = next(n for n in names if n.startswith("BACI_"))
    for name in (member, next(n for n in names if n.startswith("country_codes"))):
        with archive.open(name) as source, open(os.path.join(out, name), "wb") as sink:
            shutil.copyfileobj(source, sink, 4 << 20)
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.execute("SET preserve_insertion_order = false")
countries = os.path.join(out, next(n for n in names if n.startswith("country_codes")))
con.execute(f"CREATE TABLE c AS SELECT country_code AS code, country_iso3 AS iso3 FROM read_csv('{countries}')")
con.execute(f\"\"\"COPY (SELECT r.t AS year, e.iso3 AS exporter, i.iso3 AS importer, lpad(r.k, 6, '0') AS product,
    r.v * 1000 AS value_usd, TRY_CAST(r.q AS DOUBLE) AS quantity_t, 'baci' AS source
    FROM read_csv('{os.path.join(out, member)}', header = true, columns = {{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER',
    'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'VARCHAR'}}) r JOIN c e ON e.code = r.i JOIN c i ON i.code = r.j)
    TO '{out}/flows.parquet' (FORMAT parquet)\"\"\")
rows, value = con.execute(f"SELECT count(*), sum(value_usd) FROM '{out}/flows.parquet'").fetchone()
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": sum(os.times()[:2]) - cpu, "rows": rows,
                  "value_usd": value}))
"""


def build_release(year: int) -> Path:
    """Write (once) one year of the full demo world as a BACI release zip."""
    import atlas_common_data
    import duckdb

    from partnerlens.reference import products
    from partnerlens.sources import demo

    path = DATA / f"BACI_HS92_{RELEASE}_Y{year}_demo-full.zip"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    codes = atlas_common_data.load_countries().set_index("iso3_code")["country_id"].astype(int)
    world = demo.build_world(demo.DEFAULT_SEED, "full")
    flows = demo.year_flows(world, year)
    con = duckdb.connect()
    con.register("flows", flows)
    con.register("codes", codes.rename("code").reset_index().rename(columns={"iso3_code": "iso3"}))
    with tempfile.TemporaryDirectory(dir=DATA) as scratch:
        csv_path = Path(scratch) / f"BACI_HS92_Y{year}_{RELEASE}.csv"
        con.execute(f"""
            COPY (SELECT f.year AS t, ce.code AS i, ci.code AS j, ltrim(CAST(f.product AS VARCHAR), '0') AS k,
                         printf('%.3f', f.value_usd / 1000) AS v,
                         coalesce(printf('%.3f', f.quantity_t), '           NA') AS q
                  FROM flows f JOIN codes ce ON ce.iso3 = CAST(f.exporter AS VARCHAR)
                  JOIN codes ci ON ci.iso3 = CAST(f.importer AS VARCHAR))
            TO '{csv_path}' (HEADER, DELIMITER ',', QUOTE '')""")
        countries = ["country_code,country_name,country_iso2,country_iso3"]
        countries += [f"{code},{iso3},,{iso3}" for iso3, code in codes.items()]
        catalogue = products("HS92").query("digits == 6")
        product_lines = ["code,description"] + [
            f'{c},"{n}"' for c, n in zip(catalogue["code"], catalogue["name"], strict=False)
        ]
        partial = path.with_suffix(".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(csv_path, csv_path.name)
            archive.writestr(f"country_codes_{RELEASE}.csv", "\n".join(countries) + "\n")
            archive.writestr(f"product_codes_HS92_{RELEASE}.csv", "\n".join(product_lines) + "\n")
        partial.rename(path)
    return path


# Runs one job and reports its own rusage. A child's ``ru_maxrss`` also counts the memory of the process that
# forked it, as it was when the child exec'd (Linux keeps the old address space's high-water mark across exec), so
# every job measured straight from this script read this script's peak (1,696 MiB for every job once it had built
# the release in memory). Forked from this small launcher instead, each job's peak is its own (plus at most the
# launcher's ~10 MiB).
LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE)
output = child.stdout.read()
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"status": status, "seconds": time.perf_counter() - start, "peak_rss_kib": usage.ru_maxrss,
                  "cpu": usage.ru_utime + usage.ru_stime, "output": output.decode()}))
"""


def measured(command: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``command`` through :data:`LAUNCHER`: its stdout, wall seconds, CPU seconds and its own peak RSS (MiB)."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], capture_output=True, env=env, check=True)
    report = json.loads(done.stdout)
    if report["status"]:
        raise SystemExit(f"benchmark child failed with status {report['status']}")
    return {
        "output": report["output"],
        "seconds": report["seconds"],
        "cpu_seconds": report["cpu"],
        "peak_rss_mib": report["peak_rss_kib"] / 1024,
    }


def run_child(script: str | None, release: Path, src: Path = ROOT / "src") -> dict:
    """Run one measured job in a fresh process; add its own peak RSS (MiB) and CPU time.

    ``script`` is Python timed from inside; None runs the whole ``partnerlens data ingest baci`` command,
    timed from outside (interpreter start-up and imports included).
    """
    with tempfile.TemporaryDirectory(dir=DATA) as out:
        env = {**os.environ, "PYTHONPATH": str(src)}
        command = (
            [sys.executable, "-c", script, str(release), out]
            if script
            else [
                str(Path(sys.executable).with_name("partnerlens")),
                "--home",
                out,
                "data",
                "ingest",
                "baci",
                str(release),
                "--json",
            ]
        )
        job = measured(command, env)
        result = json.loads(job["output"])
        return {
            "seconds": result.get("seconds", job["seconds"]),
            "rows": result["rows"],
            "value_usd": result["value_usd"],
            "peak_rss_mib": job["peak_rss_mib"],
            "cpu_seconds": result.get("cpu", job["cpu_seconds"]),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--year", type=int, default=2023)
    parser.add_argument(
        "--baseline-src",
        type=Path,
        action="append",
        default=[],
        help="Another source tree to time ingest_release from (repeat it: jobs before, before2, before3 …).",
    )
    parser.add_argument(
        "--jobs", default="ours,pandas,command", help="Comma-separated: ours, before, duckdb, pandas, command."
    )
    args = parser.parse_args()
    release = build_release(args.year)
    available = {
        "ours": ("partnerlens ingest_release", OURS, ROOT / "src"),
        **{
            f"before{n + 1 if n else ''}": (f"partnerlens ingest_release from {src}", OURS, src)
            for n, src in enumerate(args.baseline_src)
        },
        "duckdb": ("plain DuckDB read_csv ⋈ countries → COPY parquet", DUCKDB, ROOT / "src"),
        "pandas": ("pandas read_csv → to_parquet", PEER, ROOT / "src"),
        "command": ("`partnerlens data ingest baci` (whole command)", None, ROOT / "src"),
    }
    jobs = {available[key][0]: available[key][1:] for key in args.jobs.split(",")}
    results: dict[str, list[dict]] = {name: [] for name in jobs}
    for _ in range(args.runs):
        for name, (script, src) in jobs.items():
            results[name].append(run_child(script, release, src))
            print(name, results[name][-1], f"load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    with zipfile.ZipFile(release) as archive:
        csv_bytes = sum(i.file_size for i in archive.infolist() if i.filename.startswith("BACI_"))
    print(
        f"input: {release.name}, {release.stat().st_size / 2**20:,.0f} MiB zip, {csv_bytes / 2**20:,.0f} MiB CSV; "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(
        "\n| job | rows | median time | rows/s | CPU time, both cores (median) | peak RSS (median) |\n"
        "|---|---|---|---|---|---|"
    )
    medians = {}
    for name, runs in results.items():
        seconds = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu_seconds"] for r in runs)
        rss = statistics.median(r["peak_rss_mib"] for r in runs)
        medians[name] = seconds
        print(
            f"| {name} | {runs[0]['rows']:,} | {seconds:.2f} s | {runs[0]['rows'] / seconds / 1e6:.2f} M "
            f"| {cpu:.1f} s | {rss:,.0f} MiB |"
        )
    ours = medians[list(jobs)[0]]
    assert len({runs[0]["rows"] for runs in results.values()}) == 1
    every = "; ".join(f"{name}: " + ", ".join(f"{r['seconds']:.2f} s" for r in runs) for name, runs in results.items())
    for name in list(jobs)[1:]:
        cpu_ratio = statistics.median(r["cpu_seconds"] for r in results[list(jobs)[0]]) / statistics.median(
            r["cpu_seconds"] for r in results[name]
        )
        print(f"{list(jobs)[0]} / {name}: {ours / medians[name]:.2f}× the time, {cpu_ratio:.2f}× the CPU")
    print(f"\nall runs: {every}")


if __name__ == "__main__":
    main()
