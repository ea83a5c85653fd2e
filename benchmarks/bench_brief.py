"""Benchmark: the HTML brief for one pair on a BACI-scale store, as a user runs it and in-process.

Usage::

    .venv/bin/python benchmarks/bench_brief.py [--pair RWA:AZE] [--runs 5] [--home bench-data/baci-scale]

The store is the one ``bench_profile.py`` builds (synthetic, BACI layout, ten
years of about 10M flows); it is built only if absent. After one warm-up run
(OS cache warm), each figure is the median of ``runs``:

* ``cli``: ``partnerlens --home H brief A B --format html --out FILE``, a fresh
  process each time (imports, chart engine start-up and all);
* ``in-process``: ``build`` + ``render(..., "html")`` in a warm process;
* the peer, measured in the same run: the same analyses through the separate
  commands a user would otherwise run — ``profile``, ``indices`` and
  ``opportunities`` with ``--json``, one process each — without charts,
  registry or claims.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_profile import DEFAULT_HOME, ensure_store, median_seconds  # noqa: E402

from partnerlens.brief import build, render  # noqa: E402
from partnerlens.store import TradeStore  # noqa: E402

CLI = str(Path(sys.executable).with_name("partnerlens"))
YEARS, ROWS_PER_YEAR = 10, 10_000_000  # BACI: ten years of about 10M flows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pair", default="RWA:AZE", help="A:B, e.g. RWA:AZE or KAZ:africa")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME, help="store (built like bench_profile.py's if absent)")
    args = parser.parse_args()

    workspace = ensure_store(args.home, YEARS, ROWS_PER_YEAR)
    info = TradeStore(workspace).sources()[0]
    a, b = args.pair.split(":")
    out = Path(tempfile.mkdtemp(prefix="bench-brief-")) / "brief.html"
    cli = [CLI, "--home", str(args.home), "brief", a, b, "--format", "html", "--out", str(out)]
    separate = [[CLI, "--home", str(args.home), command, a, b, "--json"] for command in ("profile", "indices", "opportunities")]

    def run(*commands: list[str]) -> None:
        for command in commands:
            subprocess.run(command, check=True, capture_output=True)

    run(cli)  # warm the OS cache
    print(f"store: {args.home}, {info.rows:,} rows, years {info.years[0]}–{info.years[-1]}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"Python {sys.version.split()[0]}, duckdb {duckdb.__version__}")
    results = {
        "cli": median_seconds(lambda: run(cli), args.runs),
        "in-process": median_seconds(lambda: render(build(a, b, workspace=workspace), "html"), args.runs),
        "peer: profile + indices + opportunities --json, 3 processes": median_seconds(lambda: run(*separate), args.runs),
    }
    for name, seconds in results.items():
        print(f"{name}: median {seconds:.2f} s over {args.runs} runs")
    ratio = results["peer: profile + indices + opportunities --json, 3 processes"] / results["cli"]
    print(f"brief {a}×{b} html: {out.stat().st_size:,} bytes; peer ÷ brief cli = {ratio:.2f}")


if __name__ == "__main__":
    main()
