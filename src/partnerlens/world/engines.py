"""Engines that run world-table tasks: a local process pool, or a ``dask.distributed`` cluster.

Both run the same :func:`partnerlens.world.tasks.run_task` on the same
:class:`~partnerlens.world.tasks.Task` values and return the same reports;
the tables they write are identical (a test compares them). Tasks of one kind
are independent; ``base`` tasks run first only so that a build interrupted
half-way has the hot tables (pair totals, exports) first.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from partnerlens.errors import PartnerlensError
from partnerlens.world.tasks import Task, run_task

ENGINES = ("local", "dask")


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_local(tasks: Sequence[Task], workers: int | None = None) -> list[dict]:
    """Run ``tasks`` in this process (one worker) or a pool of spawned processes."""
    workers = workers or default_workers()
    if workers <= 1:
        return [run_task(t) for t in tasks]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(run_task, tasks))


def run_dask(tasks: Sequence[Task], scheduler: str | None = None, workers: int | None = None) -> list[dict]:
    """Run ``tasks`` on the Dask cluster at ``scheduler``, or on a ``LocalCluster`` of ``workers`` processes.

    Workers must see the workspace at the same path (shared storage; see docs/world.md).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise PartnerlensError("the dask engine needs dask.distributed: pip install 'partnerlens[world]'") from exc
    if scheduler:
        with Client(scheduler, timeout="30s") as client:
            return _submit(client, tasks)
    with LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as client:
        return _submit(client, tasks)


def _submit(client, tasks: Sequence[Task]) -> list[dict]:
    futures = client.map(run_task, list(tasks), pure=False)
    return client.gather(futures)


def run(tasks: Sequence[Task], engine: str = "local", scheduler: str | None = None, workers: int | None = None) -> list[dict]:
    if engine not in ENGINES:
        raise PartnerlensError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise PartnerlensError("--scheduler is for the dask engine: add --engine dask")
    if engine == "dask":
        return run_dask(tasks, scheduler, workers)
    return run_local(tasks, workers)
