"""Engines that run world-table tasks: a local process pool, or a ``dask.distributed`` cluster.

Both run the same :func:`partnerlens.world.tasks.run_task` on the same
:class:`~partnerlens.world.tasks.Task` values and return the same reports;
the tables they write are identical (a test compares them). There are no
phases: a task starts as soon as the tasks it waits for (``Task.after``)
have finished, so complexity runs next to the index blocks and export
potential fills whatever a worker would otherwise wait through. Among ready
tasks, the lower ``rank`` of their kind goes first.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from partnerlens import settings
from partnerlens.errors import PartnerlensError
from partnerlens.world.tasks import Task, run_task

ENGINES = ("local", "dask")


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _one_thread() -> None:
    """Worker start-up: one BLAS thread per process (as Dask's nanny does), set before numpy is imported."""
    settings.one_blas_thread()


def run_local(tasks: Sequence[Task], workers: int | None = None, rank: Mapping[str, int] | None = None) -> list[dict]:
    """Run the tasks in this process (one worker) or a pool of spawned processes, each once its inputs exist."""
    workers = workers or default_workers()
    order = _ranked(tasks, rank)
    if workers <= 1:
        return [run_task(t) for t in _serial(order)]
    pending = list(order)
    done: set[str] = set()
    reports: list[dict] = []
    running: dict[Future, Task] = {}
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_one_thread) as pool:
        while pending or running:
            for task in [t for t in pending if set(t.after) <= done][: workers - len(running)]:
                pending.remove(task)
                running[pool.submit(run_task, task)] = task
            if not running:
                raise PartnerlensError("world build: some tasks wait for tasks that are not planned")
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                reports.append(future.result())
                done.add(running.pop(future).name)
    return reports


def _ranked(tasks: Sequence[Task], rank: Mapping[str, int] | None) -> list[Task]:
    return sorted(tasks, key=lambda t: (rank or {}).get(t.kind, 0))  # stable: plan order within a rank


def _serial(order: list[Task]) -> list[Task]:
    """``order`` rearranged so that every task follows the ones it waits for (the first ready task each time)."""
    pending, out = list(order), []
    done: set[str] = set()
    while pending:
        task = next((t for t in pending if set(t.after) <= done), None)
        if task is None:
            raise PartnerlensError("world build: some tasks wait for tasks that are not planned")
        pending.remove(task)
        done.add(task.name)
        out.append(task)
    return out


def run_dask(
    tasks: Sequence[Task],
    scheduler: str | None = None,
    workers: int | None = None,
    rank: Mapping[str, int] | None = None,
) -> list[dict]:
    """Run the tasks on the Dask cluster at ``scheduler``, or on a ``LocalCluster`` of ``workers`` processes.

    Workers must see the workspace at the same path (shared storage; see docs/world.md).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise PartnerlensError("the dask engine needs dask.distributed: pip install 'partnerlens[world]'") from exc
    if scheduler:
        with Client(scheduler, timeout="30s") as client:
            return _submit(client, tasks, rank)
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
        return _submit(client, tasks, rank)


def _submit(client, tasks: Sequence[Task], rank: Mapping[str, int] | None) -> list[dict]:
    """Submit every task at once, each with the futures it waits for as arguments; the scheduler orders them."""
    futures: dict[str, object] = {}
    for task in _serial(_ranked(tasks, rank)):
        futures[task.name] = client.submit(
            run_task,
            task,
            *(futures[a] for a in task.after),
            pure=False,
            priority=-(rank or {}).get(task.kind, 0),
        )
    return client.gather(list(futures.values()))


def run(
    tasks: Sequence[Task],
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    rank: Mapping[str, int] | None = None,
) -> list[dict]:
    if engine not in ENGINES:
        raise PartnerlensError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise PartnerlensError("--scheduler is for the dask engine: add --engine dask")
    if engine == "dask":
        return run_dask(tasks, scheduler, workers, rank)
    return run_local(tasks, workers, rank)
