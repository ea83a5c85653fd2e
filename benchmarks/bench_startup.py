"""Start-up time of the command line against ``python -c "import duckdb"``, measured in the same run.

Like hyperfine: each round runs every command once, in a fresh interpreter, in
turn (interleaved, so machine load hits them alike); the figure is the median
over the rounds, with the ratio to the ``import duckdb`` peer of the same run,
and the median CPU time (user + system of the child: on a loaded machine the
wall is mostly waiting for a core). ``--baseline-src``: the partnerlens
commands again from another source tree (e.g. the main branch), in the same rounds.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_startup.py --runs 15 [--baseline-src OTHER/src]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
        ("partnerlens check --help", cli + ["check", "--help"]),
        ("partnerlens profile --help", cli + ["profile", "--help"]),
    ]


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``argv`` in a fresh process."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--baseline-src", default=None, help="another tree's src/: its commands in the same rounds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as other_home:
        listed: list[tuple[str, list[str], dict[str, str] | None]] = [
            (label, argv, None) for label, argv in commands(home)
        ]
        if args.baseline_src:  # its own workspace: two code versions on one would each re-stamp it
            env = os.environ | {"PYTHONPATH": args.baseline_src}
            listed += [(f"{label} (baseline)", argv, env) for label, argv in commands(other_home)[1:]]
        for _, argv, env in listed:  # warm the file cache and migrate the workspace once
            timed(argv, env)
        times: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in listed}
        load = os.getloadavg()[0]
        for _ in range(args.runs):
            for label, argv, env in listed:
                times[label].append(timed(argv, env))
    peer = statistics.median(w for w, _ in times[PEER[0]])
    rows = [
        {
            "command": label,
            "median_s": round(statistics.median(w for w, _ in t), 3),
            "ratio_to_import_duckdb": round(statistics.median(w for w, _ in t) / peer, 2),
            "min_s": round(min(w for w, _ in t), 3),
            "cpu_s": round(statistics.median(c for _, c in t), 3),
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
            f"{row['command']:<40} median {row['median_s']:.3f} s  ×{row['ratio_to_import_duckdb']:.2f}  "
            f"(min {row['min_s']:.3f} s)  CPU {row['cpu_s']:.3f} s"
        )


if __name__ == "__main__":
    main()
