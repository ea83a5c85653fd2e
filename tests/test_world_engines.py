"""How the world build runs its tasks (issue 16): the order kept by the dispatcher, the engine started while the
build plans, and the report's load-independent figures.

Real components: a store written through the ingest path, spawned processes, a ``dask.distributed`` LocalCluster.
The dispatcher test runs its tasks in a real thread pool (tasks that sleep stand for tasks of known length).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from _small_store import small_store
from partnerlens.errors import PartnerlensError
from partnerlens.world.build import FIRST, build_world
from partnerlens.world.engines import Engine, _dispatch, _ranked
from partnerlens.world.tasks import Task


def _task(kind: str, block: int | None = None, after: tuple[str, ...] = ()) -> Task:
    return Task(kind, year=2022, digits=6, out="", files=(), block=block, after=after)


def test_a_free_worker_starts_the_longest_ready_task_not_a_block_queued_before_it():
    """The last base block ends → the next task started is complexity, although import blocks were ready before it."""
    base = [_task("base", b) for b in range(2)]
    tasks = [
        *base,
        *(_task("imports", b) for b in range(3)),
        _task("complexity", after=tuple(t.name for t in base)),
    ]
    started: list[str] = []
    lock = threading.Lock()
    seconds = {"base/year=2022/block=000": 0.02, "base/year=2022/block=001": 0.2}  # other tasks: 0.3 s

    def work(task: Task) -> dict:
        with lock:
            started.append(task.name)
        time.sleep(seconds.get(task.name, 0.3))
        return {"task": task.name}

    with ThreadPoolExecutor(2) as pool:
        reports = _dispatch(_ranked(tasks, FIRST), lambda: 2, lambda t: pool.submit(work, t))
    assert sorted(r["task"] for r in reports) == sorted(t.name for t in tasks)
    # block 0 ends first: complexity is not ready, an import block starts; block 1 ends: complexity starts
    assert started[:4] == [
        "base/year=2022/block=000",
        "base/year=2022/block=001",
        "imports/year=2022/block=000",
        "complexity/year=2022",
    ]


def test_two_workers_end_on_the_short_proximity_task_not_on_an_index_block():
    """Longest first, shortest last: proximity (nothing waits for it) starts after every index block, so the worker
    that ends last ends with it; ranked with the index blocks, it ran before them and a block ended alone."""
    base = tuple(f"base/year=2022/block={b:03d}" for b in range(2))
    imports = tuple(f"imports/year=2022/block={b:03d}" for b in range(2))
    tasks = [
        *(_task("base", b) for b in range(2)),
        *(_task("imports", b) for b in range(2)),
        _task("complexity", after=base),
        _task("proximity", after=base),
        *(_task("indices", b, after=base + imports) for b in range(3)),
    ]
    started: list[str] = []
    lock = threading.Lock()

    def work(task: Task) -> dict:
        with lock:
            started.append(task.name)
        time.sleep({"complexity": 0.3, "indices": 0.15, "proximity": 0.05}.get(task.kind, 0.02))
        return {"task": task.name}

    with ThreadPoolExecutor(2) as pool:
        _dispatch(_ranked(tasks, FIRST), lambda: 2, lambda t: pool.submit(work, t))
    assert started[-1] == "proximity/year=2022"


def test_a_task_waiting_for_an_unplanned_task_is_an_error():
    with pytest.raises(PartnerlensError, match="not planned"), ThreadPoolExecutor(1) as pool:
        _dispatch([_task("indices", 0, after=("base/year=1999",))], lambda: 1, lambda t: pool.submit(dict))


def test_unknown_engines_are_refused_before_anything_starts():
    with pytest.raises(PartnerlensError, match="unknown engine"):
        Engine("spark")
    with pytest.raises(PartnerlensError, match="--scheduler is for the dask engine"):
        Engine("local", scheduler="tcp://127.0.0.1:8786")


def test_dask_build_reports_when_each_step_happened_and_each_task_s_cpu(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    report = build_world(store.workspace, engine="dask", workers=2, kinds=("base",))
    timings = report["timings"]
    # the cluster starts while the build plans; the manifest is written before the workers stop
    assert set(timings) == {
        "forkserver_started",
        "planned",
        "cluster_ready",
        "tasks_submitted",
        "tasks_done",
        "manifest_written",
        "closed",
    }
    assert timings["tasks_done"] <= timings["manifest_written"] <= timings["closed"]
    assert timings["cluster_ready"] <= timings["tasks_done"]
    workers = {t["worker"] for t in report["task_times"]}
    assert len(workers) <= 2 and all(t["cpu_seconds"] >= 0 for t in report["task_times"])
    assert report["task_cpu_seconds"] == pytest.approx(sum(t["cpu_seconds"] for t in report["task_times"]), abs=0.01)


def _worker_state() -> tuple[str | None, str | None, bool, bool, bool]:
    import os
    import sys

    import dask

    env = os.environ.get
    return (
        env("OMP_NUM_THREADS"),
        env("MALLOC_TRIM_THRESHOLD_"),
        "partnerlens.world.tasks" in sys.modules,
        "pandas" in sys.modules,
        dask.config.get("distributed.worker.profile.enabled"),
    )


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver here")
def test_local_cluster_workers_start_with_the_task_code_imported_and_one_blas_thread():
    """Forked from a forkserver that imported PRELOAD: before any task, each worker holds the task code and pandas,
    its BLAS was told to start one thread (set before numpy was imported in the forkserver), and glibc keeps its
    moving mmap threshold (Dask's MALLOC_TRIM_THRESHOLD_ is not set: it triples an index block's page faults); Dask's
    statistical profiler is off (QUIET), and the forkserver was started as the engine entered, before Dask was imported."""
    with Engine("dask", workers=2) as engine:
        assert engine._starting is not None
        client = engine._starting.result()
        client.wait_for_workers(2)
        states = client.run(_worker_state)
    assert len(states) == 2
    assert set(states.values()) == {("1", None, True, True, False)}
    assert engine.timings["forkserver_started"] <= engine.timings["cluster_ready"]


def _http_address(dask_scheduler) -> tuple[str, int]:
    return dask_scheduler.http_server.address, dask_scheduler.http_server.port


def test_local_cluster_scheduler_serves_http_on_a_free_loopback_port_not_8787():
    """The scheduler's HTTP routes (it has no dashboard) listen on a free port of 127.0.0.1: never on every
    interface, and never on :8787, where a user's own dashboard or a second build would make Dask warn and move."""
    with Engine("dask", workers=1) as engine:
        assert engine._starting is not None
        host, port = engine._starting.result().run_on_scheduler(_http_address)
    assert host == "127.0.0.1"
    assert port != 8787
