"""Engines that run world-table tasks: a local process pool, or a ``dask.distributed`` cluster.

Both run the same :func:`partnerlens.world.tasks.run_task` on the same
:class:`~partnerlens.world.tasks.Task` values and return the same reports;
the tables they write are identical (a test compares them). Tasks come in
phases: the ``base`` tasks (one scan of the flows per year) first, then the
tasks that read their small outputs (complexity, indices) or the flows again
(export potential); the tasks of a phase are independent.
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


def run_local(phases: Sequence[Sequence[Task]], workers: int | None = None) -> list[dict]:
    """Run each phase's tasks in this process (one worker) or a pool of spawned processes, phase after phase."""
    workers = workers or default_workers()
    if workers <= 1:
        return [run_task(t) for phase in phases for t in phase]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return [report for phase in phases for report in pool.map(run_task, phase)]


def run_dask(phases: Sequence[Sequence[Task]], scheduler: str | None = None, workers: int | None = None) -> list[dict]:
    """Run each phase's tasks on the Dask cluster at ``scheduler``, or on a ``LocalCluster`` of ``workers`` processes.

    Workers must see the workspace at the same path (shared storage; see docs/world.md).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise PartnerlensError("the dask engine needs dask.distributed: pip install 'partnerlens[world]'") from exc
    if scheduler:
        with Client(scheduler, timeout="30s") as client:
            return _submit(client, phases)
    with (
        LocalCluster(
            n_workers=workers or default_workers(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):
        return _submit(client, phases)


def _submit(client, phases: Sequence[Sequence[Task]]) -> list[dict]:
    reports: list[dict] = []
    for phase in phases:
        reports += client.gather(client.map(run_task, list(phase), pure=False))
    return reports


def run(
    phases: Sequence[Sequence[Task]], engine: str = "local", scheduler: str | None = None, workers: int | None = None
) -> list[dict]:
    if engine not in ENGINES:
        raise PartnerlensError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise PartnerlensError("--scheduler is for the dask engine: add --engine dask")
    if engine == "dask":
        return run_dask(phases, scheduler, workers)
    return run_local(phases, workers)
