"""`world build` on one year of a large store: 1 against 2 Dask workers, per-task times, and profile with/without.

Interleaved rounds: each round builds the world tables from scratch with a
LocalCluster of 1 worker process, then of 2 (order alternating), and runs
``partnerlens profile`` warm with the world tables and without them (the
on-demand cache already built, i.e. warm both ways; ``--profile``). Medians
over rounds; the 1-minute load average is printed at start, after each build
and at the end. Besides the wall time, each build reports what does not
depend on the machine's load: the sum of task times, the critical path (the
longest chain of tasks that wait for one another) and their ratio, the most
workers the graph can keep busy; the sum of the tasks' CPU seconds, and the
span those CPU seconds would take on 1 and 2 idle cores in the build's own
dispatch order (``idle_core_speed_up_span``); and when each step happened
(planned, cluster ready, tasks done, manifest written, cluster closed).

    PYTHONPATH=src .venv/bin/python -m partnerlens.cli --home /tmp/pl-full data demo --scale full --years 2022
    PYTHONPATH=src .venv/bin/python benchmarks/bench_world.py --home /tmp/pl-full --year 2022 --runs 3

``--fresh-process`` runs each build in a new interpreter, as ``partnerlens world build`` does (cold imports,
a new forkserver); ``--peer-src DIR`` adds builds of another ``src/`` (``git archive`` of a base commit) in the
same rounds; ``--start-methods forkserver,spawn`` compares how the LocalCluster starts its workers
(``forkserver-late``: the forkserver started by Dask with the first worker, not as the engine is entered).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from partnerlens.workspace import Workspace
from partnerlens.world import engines
from partnerlens.world.build import FIRST, build_world, plan
from partnerlens.world.tasks import run_task


def _label(method: str, workers: int, methods: list[str]) -> str:
    """``dask 2 workers``, with the start method when the run compares several (the first is unnamed)."""
    plural = "s" if workers > 1 else ""
    return f"dask {workers} worker{plural}" + ("" if method == methods[0] else f" ({method})")


FRESH_BUILD = """
import json, sys
from partnerlens.workspace import Workspace
from partnerlens.world import engines
from partnerlens.world.build import FIRST, build_world
home, year, workers, method, kinds = sys.argv[1:]
engines.START_METHOD, _, late = method.partition("-")  # forkserver-late: the forkserver started by Dask, not first
engines.EARLY_FORKSERVER = late != "late"
report = build_world(Workspace.open(home), years=[int(year)], engine="dask", workers=int(workers), kinds=tuple(kinds.split(",")))
report["rank"] = FIRST  # the order this tree's dispatcher keeps (the idle-core span simulates it)
print(json.dumps(report))
"""
"""One build in a new Python process, as ``partnerlens world build`` runs it (nothing imported, no forkserver yet)."""


def build_once(
    workspace: Workspace,
    year: int,
    workers: int,
    kinds: tuple[str, ...],
    engine: str,
    fresh: bool = False,
    src: Path | None = None,
) -> dict:
    shutil.rmtree(workspace.home / "world", ignore_errors=True)
    started, epoch = time.perf_counter(), time.time()
    if fresh:  # the wall includes the interpreter's start and its imports, like the command's
        argv = [sys.executable, "-c", FRESH_BUILD, str(workspace.home), str(year), str(workers)]
        env = os.environ | ({"PYTHONPATH": str(src)} if src else {})  # the peer's code, when measuring one
        argv += [engines.START_METHOD + ("" if engines.EARLY_FORKSERVER else "-late"), ",".join(kinds)]
        out = subprocess.run(argv, check=True, capture_output=True, text=True, env=env)
        report = json.loads(out.stdout)
    else:
        report = build_world(workspace, years=[year], engine=engine, workers=workers, kinds=kinds)
    report["wall"] = time.perf_counter() - started  # cluster start and stop included
    times = report["task_times"]
    first, last = min(t["began"] for t in times), max(t["ended"] for t in times)
    report["span"] = last - first  # first task start → last task end
    report["first_task_s"], report["last_task_end_s"] = first - epoch, last - epoch
    report["busy"] = sum(t["seconds"] for t in times) / (workers * report["span"])  # workers busy in the span
    report["cpu_over_wall"] = report["task_cpu_seconds"] / report["task_seconds"]  # < 1: tasks waited for a core
    graph = graph_of(workspace, year, kinds)
    rank = report.get("rank", FIRST)
    report["idle_span_1"], report["idle_span_2"] = (idle_core_span(graph, times, n, rank) for n in (1, 2))
    return report


def graph_of(workspace: Workspace, year: int, kinds: tuple[str, ...]) -> list:
    from partnerlens.store import TradeStore

    store = TradeStore(workspace)
    with store.pinned([store.primary_source().name]) as infos:
        return plan(store, infos, [year], 6, kinds)


def idle_core_span(tasks: list, reports: list[dict], workers: int, rank: dict | None = None) -> float:
    """The span the build's own dispatch order would take on ``workers`` idle cores, each task taking its CPU seconds.

    Load-independent: on a busy machine task times stretch, a task's CPU seconds much less. The simulation
    starts, whenever a worker is free, the first ready task in rank order (as ``world.engines._dispatch``), the
    order of the tree that built (``rank``: a peer's own, read from its build).
    """
    cpu = {r["task"]: r["cpu_seconds"] for r in reports}
    pending = sorted(tasks, key=lambda t: (FIRST if rank is None else rank).get(t.kind, 0))
    finish: dict[str, float] = {}
    free = [0.0] * workers
    while pending:
        now = min(free)
        ready = [t for t in pending if all(a in finish and finish[a] <= now for a in t.after)]
        if not ready:  # wait for the next task to end
            now = min(f for f in finish.values() if f > now)
            free = [max(f, now) for f in free]
            continue
        task = ready[0]
        pending.remove(task)
        worker = free.index(now)
        finish[task.name] = free[worker] = now + cpu[task.name]
    return max(finish.values())


def profile_seconds(home: Path, year: int, pair: tuple[str, str]) -> float:
    argv = [
        sys.executable,
        "-c",
        "from partnerlens.cli import main; main()",
        "--home",
        str(home),
        "profile",
        *pair,
        "--year",
        str(year),
        "--json",
    ]
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def potential_block(workspace: Workspace, year: int) -> dict:
    """Seconds and CPU seconds of one export-potential task (a block of 16 exporters), built from scratch."""
    from partnerlens.store import TradeStore

    store = TradeStore(workspace)
    with store.pinned([store.primary_source().name]) as infos:
        task = [t for t in plan(store, infos, [year], 6, ("potential",))][0]
    shutil.rmtree(Path(task.out) / "potential_hs6", ignore_errors=True)
    report = run_task(task)
    return {"seconds": report["seconds"], "cpu_seconds": report["cpu_seconds"], "exporters": len(task.exporters)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kinds", default="base,complexity,indices")
    parser.add_argument("--potential", action="store_true", help="also time one export-potential block")
    parser.add_argument("--profile", action="store_true", help="also time `partnerlens profile` with/without")
    parser.add_argument(
        "--fresh-process",
        action="store_true",
        help="run each build in a new Python process (as the command does: cold imports, a new forkserver)",
    )
    parser.add_argument(
        "--peer-src",
        type=Path,
        help="also build with this src/ (e.g. `git archive` of the base commit) in fresh processes, as 'peer'",
    )
    parser.add_argument(
        "--start-methods",
        default=engines.START_METHOD,
        help="how the LocalCluster starts its workers, e.g. forkserver,spawn (each measured in the same rounds)",
    )
    args = parser.parse_args()
    workspace = Workspace.open(args.home)
    kinds = tuple(args.kinds.split(","))
    load = os.getloadavg()[0]
    loads = [load]
    methods = args.start_methods.split(",") + (["peer"] if args.peer_src else [])
    builds: dict[str, list[dict]] = {_label(m, w, methods): [] for m in methods for w in (1, 2)}
    profiles: dict[str, list[float]] = {"with world tables": [], "without (warm cache)": []}
    pair = ("RWA", "AZE")
    all_reports: list[dict] = []
    for round_ in range(args.runs):
        order = [1, 2] if round_ % 2 == 0 else [2, 1]
        for method in methods if round_ % 2 == 0 else methods[::-1]:
            chosen = methods[0] if method == "peer" else method  # the peer starts its workers as ours do
            engines.START_METHOD, _, late = chosen.partition("-")
            engines.EARLY_FORKSERVER = late != "late"
            for workers in order:
                peer = args.peer_src if method == "peer" else None
                report = build_once(
                    workspace, args.year, workers, kinds, "dask", args.fresh_process or bool(peer), peer
                )
                report["workers"], report["start_method"] = workers, method
                all_reports.append(report)
                builds[_label(method, workers, methods)].append(report)
                loads.append(os.getloadavg()[0])
        if not args.profile:
            continue
        profile_seconds(args.home, args.year, pair)  # warm: world tables present
        profiles["with world tables"].append(profile_seconds(args.home, args.year, pair))
        hidden = args.home / "world.off"
        (args.home / "world").rename(hidden)
        profile_seconds(args.home, args.year, pair)  # warm the on-demand cache
        profiles["without (warm cache)"].append(profile_seconds(args.home, args.year, pair))
        hidden.rename(args.home / "world")
    result = {
        "load_at_start": load,
        "load_at_end": os.getloadavg()[0],
        "load_after_each_build": [round(x, 2) for x in loads[1:]],
        "runs": args.runs,
        "fresh_process": args.fresh_process,
        "kinds": kinds,
        "builds": {},
        "profile": {k: round(statistics.median(v), 3) for k, v in profiles.items() if v},
    }
    for label, reports in builds.items():
        per_kind: dict[str, list[float]] = {}
        cpu_kind: dict[str, list[float]] = {}
        for report in reports:
            for t in report["task_times"]:
                per_kind.setdefault(t["kind"], []).append(t["seconds"])
                cpu_kind.setdefault(t["kind"], []).append(t["cpu_seconds"])
        result["builds"][label] = {
            "median_wall_s": round(statistics.median(r["wall"] for r in reports), 2),
            "median_tasks_s": round(statistics.median(r["seconds"] for r in reports), 2),
            "median_span_s": round(statistics.median(r["span"] for r in reports), 2),
            "median_task_seconds_sum": round(statistics.median(r["task_seconds"] for r in reports), 2),
            "median_critical_path_s": round(statistics.median(r["critical_path_s"] for r in reports), 2),
            "parallelism_sum_over_critical_path": round(
                statistics.median(r["task_seconds"] / r["critical_path_s"] for r in reports), 2
            ),
            "median_task_cpu_sum_s": round(statistics.median(r["task_cpu_seconds"] for r in reports), 2),
            "median_idle_core_span_1_worker_s": round(statistics.median(r["idle_span_1"] for r in reports), 2),
            "median_idle_core_span_2_workers_s": round(statistics.median(r["idle_span_2"] for r in reports), 2),
            "median_cpu_over_task_time": round(statistics.median(r["cpu_over_wall"] for r in reports), 2),
            "median_workers_busy_in_span": round(statistics.median(r["busy"] for r in reports), 3),
            "median_first_task_start_s": round(statistics.median(r["first_task_s"] for r in reports), 2),
            "median_last_task_end_s": round(statistics.median(r["last_task_end_s"] for r in reports), 2),
            "median_timings_s": {
                k: round(statistics.median(r["timings"][k] for r in reports), 2) for k in reports[0]["timings"]
            },
            "tasks": reports[0]["tasks"],
            "median_task_s_by_kind": {k: round(statistics.median(v), 3) for k, v in per_kind.items()},
            "sum_task_s_by_kind": {k: round(sum(v) / len(reports), 2) for k, v in per_kind.items()},
            "cpu_s_by_kind_per_build": {k: round(sum(v) / len(reports), 2) for k, v in cpu_kind.items()},
            "median_cluster_close_s": round(
                statistics.median(r["timings"]["closed"] - r["timings"]["manifest_written"] for r in reports), 2
            ),
        }
    for method in methods:
        one, two = (result["builds"][_label(method, w, methods)] for w in (1, 2))
        suffix = "" if method == methods[0] else f" ({method})"
        result["speed_up_1_to_2_workers_wall" + suffix] = round(one["median_wall_s"] / two["median_wall_s"], 2)
        result["speed_up_1_to_2_workers" + suffix] = round(one["median_tasks_s"] / two["median_tasks_s"], 2)
        result["speed_up_1_to_2_workers_span" + suffix] = round(one["median_span_s"] / two["median_span_s"], 2)
        # load-independent: each build's own task CPU seconds, scheduled on idle cores as the build dispatches them
        result["idle_core_speed_up_span" + suffix] = round(
            one["median_idle_core_span_1_worker_s"] / two["median_idle_core_span_2_workers_s"], 2
        )
    result["rounds"] = [
        {
            "workers": r["workers"],
            "start_method": r["start_method"],
            "wall": round(r["wall"], 2),
            "seconds": r["seconds"],
            "span": round(r["span"], 2),
            "task_seconds": r["task_seconds"],
            "task_cpu_seconds": r["task_cpu_seconds"],
            "timings": r["timings"],
        }
        for r in all_reports
    ]
    if args.potential:
        result["potential_block"] = potential_block(workspace, args.year)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
