"""Benchmark: a timeline of one first brief — which thread does what, when, and with how much CPU (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_brief_timeline.py --home H [--pair RWA:AZE] [--year 2022]

Drops what was kept of any pair (as ``bench_brief.py``'s "computed" run), then
runs ``partnerlens brief A B --format html`` in this process with the brief's
phases wrapped: each call is printed with its thread, start and end (seconds
since the script started), wall seconds and the calling thread's CPU seconds
(``time.thread_time``). Threads: ``MainThread``; ``partnerlens-brief-pair``
(the pair's profile and indices, ``brief.gather._alongside``);
``partnerlens-brief-read-ahead`` (the articles' extraction); ``partnerlens-charts``
(the drawing thread: a chart's spec is built there, then sent to the chart
engine's worker process and its SVG received — "chart draw" is that round
trip). The imports of the CLI and of ``brief.make`` are timed first, as one
block each (``--in-place``: ``brief.make``'s where the brief imports it, after
the CLI's own work and the chart engine's start, and each module wrapped as it
is imported). Wall times on a busy machine are a multiple of a quiet one's: read
the order and the CPU columns there.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from tracing import WhenImported, timed, wrap

T0 = time.perf_counter()
EVENTS: list[tuple[str, str, float, float, float]] = []
KEPT_PER_PAIR = ("inputs", "briefs", "rendered", "charts", "extracted")

WRAPPED = {
    "partnerlens.brief.output": ("rendered", "save"),
    "partnerlens.brief.make": ("inputs_for", "compose", "render"),
    "partnerlens.brief.record": ("pair_records", "read_ahead", "pair_claims", "_extracted"),
    "partnerlens.brief.gather": ("_direction", "_side", "party_distance", "_agreement_trade", "gather_beyond"),
    "partnerlens.analytics": ("bilateral_profile", "pair_indices", "export_potential", "diversification"),
    "partnerlens.brief.section_charts": ("trade_charts", "space_chart_ahead"),
    "partnerlens.brief.charts": ("series_chart", "treemap_chart"),
    "partnerlens.brief.charts_space": ("product_space_chart",),
    "partnerlens.brief.chart_engine": ("draw",),
    "partnerlens.brief.chart_files": ("_resolved",),
}
LABELS = {"draw": "chart draw (sent → received)", "_resolved": "compose: waiting for the charts"}


def note(label: str, start: float, cpu: float) -> None:
    EVENTS.append((threading.current_thread().name, label, start - T0, time.perf_counter() - T0, cpu))


def wrap_named(module_name: str, attr: str) -> None:
    label = LABELS.get(attr, f"{module_name.rsplit('.', 1)[-1]}.{attr}")
    wrap(importlib.import_module(module_name), attr, label, note)


def timed_import(label: str, *modules: str) -> None:
    start, cpu = time.perf_counter(), time.thread_time()
    for module in modules:
        importlib.import_module(module)
    note(label, start, time.thread_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--pair", default="RWA:AZE")
    parser.add_argument("--year", type=int, default=None)
    parser.add_argument(
        "--in-place",
        action="store_true",
        help="time brief.make's import where the brief makes it (not before the CLI runs) and wrap each module "
        "as it is imported",
    )
    args = parser.parse_args()
    for folder in [p for name in KEPT_PER_PAIR for p in (args.home / "cache").glob(f"*/{name}")]:
        shutil.rmtree(folder, ignore_errors=True)
    timed_import("import partnerlens.cli", "partnerlens.cli")
    if args.in_place:  # brief.make imported where the brief imports it (inside the brief command)
        sys.meta_path.insert(0, WhenImported(WRAPPED, _when_imported))
        for module_name in [m for m in WRAPPED if m in sys.modules]:
            _wrapped(module_name)
    else:
        timed_import("import brief.make (pandas, the analytics)", "partnerlens.brief.make", "partnerlens.brief.output")
        _sections_timed_when_composed()  # the sections (and pandas) imported when the brief imports them, not before
        for module_name in WRAPPED:
            _wrapped(module_name)
    a, b = args.pair.split(":")
    out = Path(tempfile.mkdtemp(prefix="bench-brief-timeline-")) / "brief.html"
    sys.argv = ["partnerlens", "--home", str(args.home), "brief", a, b, "--format", "html", "--out", str(out)]
    sys.argv += ["--year", str(args.year)] if args.year else []
    start, cpu = time.perf_counter(), time.thread_time()
    with contextlib.suppress(SystemExit):  # the CLI exits when done
        importlib.import_module("partnerlens.cli").main()
    note("cli main (the brief)", start, time.thread_time() - cpu)
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{'thread':<30} {'start':>7} {'end':>7} {'wall':>6} {'CPU':>6}  call")
    for thread, label, begin, end, spent in sorted(EVENTS, key=lambda e: e[2]):
        print(f"{thread[:30]:<30} {begin:7.3f} {end:7.3f} {end - begin:6.3f} {spent:6.3f}  {label}")
    print(
        f"process CPU {own.ru_utime + own.ru_stime:.2f} s (the chart worker not included), main thread CPU "
        f"{time.thread_time():.2f} s, wall {time.perf_counter() - T0:.2f} s; load {os.getloadavg()[0]:.1f}; "
        f"{out.stat().st_size:,} bytes"
    )


def _wrapped(module_name: str) -> None:
    for attr in WRAPPED[module_name]:
        wrap_named(module_name, attr)
    if module_name == "partnerlens.brief.make":
        _sections_timed_when_composed()


def _when_imported(name: str, _module, start: float, cpu: float) -> None:
    """``--in-place``: ``brief.make``'s import (with pandas and the analytics it loads) timed as one block where the
    brief makes it; each module of ``WRAPPED`` wrapped once imported."""
    if name == "partnerlens.brief.make":
        note("import brief.make (pandas, the analytics)", start, cpu)
    _wrapped(name)


def _sections_timed_when_composed() -> None:
    make = importlib.import_module("partnerlens.brief.make")
    compose = make.compose

    @functools.wraps(compose)
    def composed(*args, **kwargs):
        sections = importlib.import_module("partnerlens.brief.sections")
        if not getattr(sections, "_timed", False):
            sections.SECTIONS, sections._timed = tuple(_section(m) for m in sections.SECTIONS), True
        return compose(*args, **kwargs)

    make.compose = composed


def _section(make):
    return timed(make, f"section {make.__name__}", note)


if __name__ == "__main__":
    main()
