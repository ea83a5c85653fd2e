"""Benchmark: the HTML brief for one pair on a BACI-scale store, as a user runs it and in-process.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_brief.py [--pair RWA:AZE] [--runs 5] [--home H] [--year Y]
        [--baseline-src OTHER/src --baseline-home COPY_OF_H] [--separate-peer] [--bytecode] [--server]
        [--server-variant VAR=VALUE ...]

The store is the one ``bench_profile.py`` builds (synthetic, BACI layout, ten
years of about 10M flows) unless ``--home`` names one (e.g. the demo world at
``--scale full`` after ``world build``). After one warm-up run of every command
(OS cache, the store's aggregates, the kept brief), each round runs, in a
fresh process each and interleaved:

* the peer ``python -c "import duckdb"``;
* ``brief cli, kept``: ``partnerlens --home H brief A B --format html
  --out FILE`` with the pair's brief kept from an earlier run the same day
  (``brief.output``: a second brief of the pair is a file read);
* ``brief cli, computed``: the same after dropping what was kept of the pair
  (inputs, composed brief, rendered file, chart SVGs, articles read): the first brief of a
  pair, with the store-wide tables warm (aggregates, world tables, the year's
  product space);
* with ``--group-first GROUP``, the computed runs also drop what the store
  state's cache folder kept of the group (its supply terms, merged product
  space and merged exports): the first brief of the group after a build;
* with ``--server``, ``brief cli, computed, warm server``: the same first brief
  with ``partnerlens serve`` of this tree running on the store (started before
  the run, warm and announced, stopped after it: each round's server answers
  its first brief of the pair), so the command asks it (``warm_server``); its
  CPU is the command's, the server's (process and children, from ``/proc``)
  is reported apart; with ``--baseline-src`` too, the baseline tree's own warm
  server on its copy answers its first brief the same way (``baseline tree,
  computed, warm server``); each ``--server-variant VAR=VALUE`` adds this
  tree's warm server run with that variable set (e.g.
  ``PARTNERLENS_SERVER_CHART_WORKERS=1``);
* with ``--baseline-src``, the same two commands from another source tree on
  its own copy of the store; with ``--separate-peer``, the analyses a user would
  otherwise run — ``profile``, ``indices`` and ``opportunities --json``.

Medians over the rounds of wall time and CPU time (user + system of the child
and its own children, e.g. the chart worker).

``--bytecode``: the commands read compiled bytecode as an installed package does
(kept in a temporary ``PYTHONPYCACHEPREFIX``, written by the warm-up run), even
when the environment sets ``PYTHONDONTWRITEBYTECODE`` (then every run compiles
partnerlens' ~150 modules from source: about a quarter of a second of CPU).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_profile import DEFAULT_HOME, ensure_store  # noqa: E402

from partnerlens.store import TradeStore  # noqa: E402

CLI = str(Path(sys.executable).with_name("partnerlens"))
ROOT = Path(__file__).resolve().parents[1]
YEARS, ROWS_PER_YEAR = 10, 10_000_000  # BACI: ten years of about 10M flows


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (user + system): less sensitive to other load than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of ``runs`` calls of ``fn``."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), _cpu_seconds()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(_cpu_seconds() - cpu)
    return statistics.median(walls), statistics.median(cpus)


KEPT_PER_PAIR = ("inputs", "briefs", "rendered", "charts", "extracted")
"""What ``brief.kept`` keeps of a pair: inputs, brief, rendered file, chart SVGs, its articles read (store-wide tables stay)."""


def _clear_kept(home: Path) -> None:
    """Drop what was kept of any pair (``cache/<state>/inputs|briefs|rendered|charts|extracted/``): the next brief computes it."""
    for folder in [path for name in KEPT_PER_PAIR for path in (home / "cache").glob(f"*/{name}")]:
        shutil.rmtree(folder, ignore_errors=True)


GROUP_KEPT = ("group_supply_*.parquet", "product_space_*.parquet", "exports_*_{group}_*.parquet")
"""What the first brief of a group keeps of the group in the store state's cache folder (``--group-first``): its
supply terms, its merged product space, its merged exports (``{group}``: its code, lower case)."""


def _clear_group(home: Path, group: str) -> None:
    """Drop what was kept of ``group`` (and any merged product space): the next brief is the group's first."""
    for pattern in GROUP_KEPT:
        for path in (home / "cache").glob("*/" + pattern.format(group=group.lower())):
            path.unlink(missing_ok=True)


SERVED = "brief cli, computed, warm server"
BASELINE_SERVED = "brief cli, baseline tree, computed, warm server"


@contextlib.contextmanager
def warm_server(env: dict[str, str], home: Path) -> Iterator[int]:
    """``partnerlens serve --port 0`` of the tree ``env`` runs, on ``home``, until it has announced itself (warm);
    its pid; stopped (and its announcement gone) after the block."""
    argv = [
        sys.executable,
        "-c",
        "from partnerlens.cli import main; main()",
        "--home",
        str(home),
        "serve",
        "--port",
        "0",
    ]
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while not (home / "server.json").exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not announce itself")
            time.sleep(0.1)
        yield process.pid
    finally:
        process.terminate()
        process.wait(timeout=60)


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of process ``pid`` and its live descendants (the chart worker), from ``/proc``."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
            todo.extend(int(c) for c in children)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pair", default="RWA:AZE", help="A:B, e.g. RWA:AZE or KAZ:africa")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--home", type=Path, default=DEFAULT_HOME, help="store (built like bench_profile.py's if absent)"
    )
    parser.add_argument("--year", type=int, default=None)
    parser.add_argument(
        "--baseline-src", type=Path, default=None, help="another tree's src/ (e.g. main) to run in the same rounds"
    )
    parser.add_argument("--baseline-home", type=Path, default=None, help="the baseline's own copy of the store")
    parser.add_argument(
        "--separate-peer", action="store_true", help="also time profile + indices + opportunities --json"
    )
    parser.add_argument("--bytecode", action="store_true", help="keep compiled bytecode between runs (as installed)")
    parser.add_argument(
        "--group-first",
        metavar="GROUP",
        default=None,
        help="the computed runs also drop what was kept of GROUP (its supply, merged space and exports): its first brief",
    )
    parser.add_argument(
        "--server", action="store_true", help="also the first brief asked of a warm `partnerlens serve` of this tree"
    )
    parser.add_argument(
        "--server-variant",
        action="append",
        default=[],
        metavar="VAR=VALUE",
        help="with --server: also this tree's warm server with VAR=VALUE in its environment (repeatable)",
    )
    args = parser.parse_args()

    workspace = ensure_store(args.home, YEARS, ROWS_PER_YEAR)
    info = TradeStore(workspace).sources()[0]
    a, b = args.pair.split(":")
    year = ["--year", str(args.year)] if args.year else []
    out = Path(tempfile.mkdtemp(prefix="bench-brief-")) / "brief.html"
    base_env = dict(os.environ)
    if args.bytecode:
        base_env.pop("PYTHONDONTWRITEBYTECODE", None)
        base_env["PYTHONPYCACHEPREFIX"] = str(out.parent / "pycache")

    def cli(src: Path, home: Path) -> tuple[list[str], dict[str, str]]:
        argv = [sys.executable, "-c", "from partnerlens.cli import main; main()", "--home", str(home)]
        argv += ["brief", a, b, *year, "--format", "html", "--out", str(out)]
        return argv, base_env | {"PYTHONPATH": str(src)}

    this = cli(ROOT / "src", args.home)
    commands: dict[str, tuple[list[str], dict[str, str], Path | None]] = {
        'python -c "import duckdb"': ([sys.executable, "-c", "import duckdb"], dict(base_env), None),
        "brief cli, kept": (*this, None),
        "brief cli, computed": (*this, args.home),
    }
    served: set[str] = set()
    if args.server:
        commands[SERVED] = (*this, args.home)
        served.add(SERVED)
        for variant in args.server_variant:
            name, _, value = variant.partition("=")
            commands[f"{SERVED}, {variant}"] = (this[0], this[1] | {name: value}, args.home)
            served.add(f"{SERVED}, {variant}")
    if args.baseline_src:
        baseline_home = args.baseline_home or args.home
        commands["brief cli, baseline tree, kept"] = (*cli(args.baseline_src, baseline_home), None)
        commands["brief cli, baseline tree, computed"] = (*cli(args.baseline_src, baseline_home), baseline_home)
        if args.server:
            commands[BASELINE_SERVED] = (*cli(args.baseline_src, baseline_home), baseline_home)
            served.add(BASELINE_SERVED)
    if args.separate_peer:
        for command in ("profile", "indices", "opportunities"):
            argv = [CLI, "--home", str(args.home), command, a, b, *year, "--json"]
            commands[f"peer: {command} --json"] = (argv, dict(base_env), None)

    def run(argv: list[str], env: dict[str, str], clear: Path | None) -> None:
        if clear is not None:
            _clear_kept(clear)
            if args.group_first:
                _clear_group(clear, args.group_first)
        subprocess.run(argv, check=True, capture_output=True, env=env)

    for argv, env, _ in commands.values():  # warm the OS cache, the aggregates and the kept brief
        run(argv, env, None)
    print(f"store: {args.home}, {info.rows:,} rows, years {info.years[0]}–{info.years[-1]}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {sys.version.split()[0]}, duckdb {duckdb.__version__}"
    )
    if args.bytecode:
        print("bytecode: kept between runs (--bytecode), as an installed package reads it")
    elif os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("bytecode: compiled from source in every run (PYTHONDONTWRITEBYTECODE is set; see --bytecode)")
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    server_cpu: dict[str, list[float]] = {label: [] for label in served}
    for _ in range(args.runs):  # interleaved: each round runs every command once
        for label, (argv, env, clear) in commands.items():
            if label not in served:
                times[label].append(measure(lambda argv=argv, env=env, clear=clear: run(argv, env, clear), 1))
                continue
            if clear is not None:
                _clear_kept(clear)
            with warm_server(env, clear or args.home) as pid:
                before = _tree_cpu(pid)
                times[label].append(measure(lambda argv=argv, env=env: run(argv, env, None), 1))
                server_cpu[label].append(_tree_cpu(pid) - before)
    peer = statistics.median(w for w, _ in times['python -c "import duckdb"'])
    for label, runs in times.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(
            f"{label}: median {wall:.2f} s wall ({wall / peer:.1f}× import duckdb), {cpu:.2f} s CPU over {args.runs} rounds"
        )
    for label, cpus in server_cpu.items():
        print(f"{label}: the server's CPU for the brief, median {statistics.median(cpus):.2f} s")
    print(f"brief {a}×{b} html: {out.stat().st_size:,} bytes; load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
