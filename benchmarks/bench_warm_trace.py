"""Benchmark: one first CLI brief through a warm ``partnerlens serve``, traced end to end in both processes (issue 16).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_warm_trace.py --home H [--pair RWA:AZE] [--format html]

Drops what was kept of any pair, starts ``partnerlens serve --port 0`` of this
tree on ``H`` (this script in the role ``server``: the brief's phases wrapped as
their modules are imported), waits for its announcement, then runs
``partnerlens brief A B --out …`` (the role ``cli``: its imports, the key, the
hello, the request, the answer and the write wrapped). Each call is printed with
its process, thread, start and end (seconds since the command was started, on
the wall clock both processes share), wall seconds and the calling thread's CPU
(``time.thread_time``). What the columns leave out — between the command's
"request sent" and the server's "received", between "received" and the pool's
thread starting the answer, between the answer and the command reading it — is
time spent waiting (the event loop, the pool's queue, the GIL, the network).
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tracing import WhenImported, wrap

EVENTS: list[tuple[str, str, float, float, float]] = []
KEPT_PER_PAIR = ("inputs", "briefs", "rendered", "charts", "extracted")
SERVER_WRAPS = {
    "partnerlens.web.cli_briefs": ("_question", "_signed"),
    "partnerlens.brief.output": ("answer", "_keyed", "_kept", "kept_file", "_to_bytes"),
    "partnerlens.brief.make": ("built", "inputs_for", "compose"),
    "partnerlens.brief.rendering": ("render",),
    "partnerlens.brief.record": ("pair_records", "read_ahead", "pair_claims", "_extracted"),
    "partnerlens.brief.gather": ("_direction", "_side", "party_distance", "_agreement_trade", "gather_beyond"),
    "partnerlens.analytics": ("bilateral_profile", "pair_indices", "export_potential", "diversification"),
    "partnerlens.brief.section_charts": ("trade_charts", "space_chart_ahead"),
    "partnerlens.brief.charts": ("series_chart", "treemap_chart"),
    "partnerlens.brief.charts_space": ("product_space_chart",),
    "partnerlens.brief.chart_engine": ("draw", "start"),
    "partnerlens.brief.chart_files": ("_resolved",),
    "partnerlens.brief.kept": ("kept_key", "kept_pickle"),
    "partnerlens.web.warm": ("prepare_briefs", "rehearse_brief"),
}
CLI_WRAPS = {
    "partnerlens.warm_server": ("announced", "ask_brief", "_exchange", "_sent", "_answered", "fingerprint"),
    "partnerlens.brief.output": ("rendered", "_keyed", "save", "_from_bytes"),
    "partnerlens.cli.brief": ("brief", "_server_of"),
}


def note(label: str, start: float, cpu: float) -> None:
    EVENTS.append((threading.current_thread().name, label, start, time.time(), cpu))


def install(wraps: dict[str, tuple[str, ...]]) -> None:
    """Each module of ``wraps`` gets its functions wrapped (and its import timed) as soon as it is imported."""

    def then(name: str, module, start: float, cpu: float) -> None:
        note(f"import {name.removeprefix('partnerlens.')}", start, cpu)
        wrap_all(module)

    def wrap_all(module) -> None:
        for attr in wraps[module.__name__]:
            wrap(module, attr, f"{module.__name__.removeprefix('partnerlens.')}.{attr}", note, clock=time.time)

    sys.meta_path.insert(0, WhenImported(wraps, then, clock=time.time))
    for name in [n for n in wraps if n in sys.modules]:
        wrap_all(sys.modules[name])


def role(kind: str, out: Path, argv: list[str]) -> None:
    """Run ``partnerlens <argv>`` in this process with ``kind``'s wraps; the events written to ``out`` at exit."""
    started = float(os.environ.get("TRACE_T0", time.time()))
    note("python start → trace script", started, time.thread_time())

    def dump(*_args) -> None:
        out.write_text(json.dumps([(kind, *e) for e in EVENTS]))

    atexit.register(dump)
    if kind == "server":
        signal.signal(signal.SIGTERM, lambda *_: (dump(), os._exit(0)))
    install(SERVER_WRAPS if kind == "server" else CLI_WRAPS)
    start, cpu = time.time(), time.thread_time()
    cli = importlib.import_module("partnerlens.cli")
    note("import partnerlens.cli", start, time.thread_time() - cpu)
    sys.argv = ["partnerlens", *argv]
    start, cpu = time.time(), time.thread_time()
    try:
        cli.main()
    except SystemExit:
        pass
    finally:
        note("cli main", start, time.thread_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--pair", default="RWA:AZE")
    parser.add_argument("--format", default="html")
    parser.add_argument("--role", choices=("server", "cli"), help=argparse.SUPPRESS)
    parser.add_argument("--events", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.role:
        role(args.role, args.events, [a for a in rest if a != "--"])
        return
    for folder in [p for name in KEPT_PER_PAIR for p in (args.home / "cache").glob(f"*/{name}")]:
        shutil.rmtree(folder, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix="bench-warm-trace-"))
    me = [sys.executable, __file__, "--home", str(args.home)]
    serve_t0 = time.time()
    server = subprocess.Popen(
        [*me, "--role", "server", "--events", str(work / "server.json"), "--", "--home", str(args.home), "serve"]
        + ["--port", "0"],
        env=os.environ | {"TRACE_T0": repr(serve_t0)},
        stdout=subprocess.DEVNULL,
        stderr=open(work / "server.log", "w"),  # noqa: SIM115
    )
    try:
        while not (args.home / "server.json").exists():
            if server.poll() is not None:
                raise SystemExit(f"the server stopped: {(work / 'server.log').read_text()[-2000:]}")
            time.sleep(0.05)
        announced = time.time()
        time.sleep(1.0)  # the announcement's settle
        a, b = args.pair.split(":")
        target = work / f"brief.{args.format}"
        t0 = time.time()
        subprocess.run(
            [*me, "--role", "cli", "--events", str(work / "cli.json"), "--", "--home", str(args.home), "brief"]
            + [a, b, "--format", args.format, "--out", str(target)],
            env=os.environ | {"TRACE_T0": repr(t0)},
            check=True,
        )
        ended = time.time()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    events = json.loads((work / "cli.json").read_text()) + json.loads((work / "server.json").read_text())
    print(f"server: started {serve_t0 - t0:.3f}, announced {announced - t0:.3f} (s since the command's start)")
    print(f"{'proc':<6} {'thread':<28} {'start':>7} {'end':>7} {'wall':>6} {'CPU':>6}  call")
    for proc, thread, label, begin, end, spent in sorted(events, key=lambda e: e[3]):
        if end < t0 - 0.001 and "prepare" not in label and "start" not in label:
            continue  # the server's start-up, before the command
        print(f"{proc:<6} {thread[:28]:<28} {begin - t0:7.3f} {end - t0:7.3f} {end - begin:6.3f} {spent:6.3f}  {label}")
    print(f"command wall {ended - t0:.3f} s; load {os.getloadavg()[0]:.1f}; {target.stat().st_size:,} bytes; {work}")


if __name__ == "__main__":
    main()
