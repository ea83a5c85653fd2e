"""Start-up time of the command line against ``python -c "import duckdb"``, measured in the same run.

Like hyperfine: each round runs every command once, in a fresh interpreter, in
turn (interleaved, so machine load hits them alike); the figure is the median
over the rounds, with the ratio to the ``import duckdb`` peer of the same run.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_startup.py --runs 15
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

PEER = ("import duckdb", [sys.executable, "-c", "import duckdb"])


def commands(home: str) -> list[tuple[str, list[str]]]:
    cli = [sys.executable, "-c", "from partnerlens.cli import main; main()"]
    return [
        PEER,
        ("partnerlens --help", cli + ["--help"]),
        ("partnerlens data --help", cli + ["data", "--help"]),
        ("partnerlens data info", cli + ["--home", home, "data", "info"]),
        ("partnerlens world --help", cli + ["world", "--help"]),
    ]


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        listed = commands(home)
        for _, argv in listed:  # warm the file cache and migrate the workspace once
            timed(argv)
        times: dict[str, list[float]] = {label: [] for label, _ in listed}
        load = os.getloadavg()[0]
        for _ in range(args.runs):
            for label, argv in listed:
                times[label].append(timed(argv))
    peer = statistics.median(times[PEER[0]])
    rows = [
        {
            "command": label,
            "median_s": round(statistics.median(t), 3),
            "ratio_to_import_duckdb": round(statistics.median(t) / peer, 2),
            "min_s": round(min(t), 3),
        }
        for label, t in times.items()
    ]
    if args.json:
        print(
            json.dumps(
                {"runs": args.runs, "load_at_start": load, "load_at_end": os.getloadavg()[0], "rows": rows}, indent=1
            )
        )
        return
    print(f"{args.runs} interleaved runs; 1-min load {load:.1f} at start, {os.getloadavg()[0]:.1f} at end")
    for row in rows:
        print(
            f"{row['command']:<28} median {row['median_s']:.3f} s  ×{row['ratio_to_import_duckdb']:.2f}  (min {row['min_s']:.3f} s)"
        )


if __name__ == "__main__":
    main()
