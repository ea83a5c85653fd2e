"""Engines that run world-table tasks: a local process pool, or a ``dask.distributed`` cluster.

Both run the same :func:`partnerlens.world.tasks.run_task` on the same
:class:`~partnerlens.world.tasks.Task` values and return the same reports;
the tables they write are identical (a test compares them). There are no
phases: a task starts as soon as the tasks it waits for (``Task.after``)
have finished, so complexity runs next to the index blocks and export
potential fills whatever a worker would otherwise wait through. Among ready
tasks, the lower ``rank`` of their kind goes first, and this module keeps
that order itself (:func:`_dispatch`: one task per worker thread, the next
chosen when one ends) rather than handing the whole graph to the executor,
whose workers would start tasks queued before a more urgent one was ready.
:class:`Engine` starts a cluster while the build plans and stops it after."""

from __future__ import annotations

import multiprocessing
import os
import queue
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from typing import Any

from partnerlens import settings
from partnerlens.errors import PartnerlensError
from partnerlens.world.tasks import Task, run_task

ENGINES = ("local", "dask")
PRELOAD = (
    "distributed",
    "duckdb",
    "numpy",
    "pandas",
    "pyarrow",
    "partnerlens.world.tasks",
    "partnerlens.world.pairs",
    "partnerlens.analytics.complexity",
)
"""What a ``LocalCluster``'s worker processes import before their first task (see :func:`_forked_workers`)."""
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.scheduler.work-stealing": False,
}
"""Dask's background work a build's ``LocalCluster`` goes without (see :func:`_forked_workers`): the statistical
profiler (a stack sample of the task's thread every 10 ms, for a dashboard the build does not start), the event
loop's health check every 20 ms and the system monitor every 0.5 s in every process, and work stealing (the build
never queues more tasks than there are threads, so there is nothing to steal)."""
START_METHOD = "forkserver"
"""How a ``LocalCluster`` starts its worker processes: ``forkserver`` (:func:`_forked_workers`) or ``spawn``
(Dask's default; ``benchmarks/bench_world.py --start-methods`` measures one against the other)."""
EARLY_FORKSERVER = True
"""Start the forkserver as the engine is entered (:func:`_start_forkserver`); ``False`` leaves it to Dask, which starts
it with the first worker (``bench_world.py --start-methods forkserver,forkserver-late`` measures one against the other)."""


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
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_one_thread) as pool:
        return _dispatch(order, lambda: workers, lambda t: pool.submit(run_task, t))


def _dispatch(order: list[Task], slots: Callable[[], int], submit: Callable[[Task], Any]) -> list[dict]:
    """Run ``order`` with at most ``slots()`` tasks in flight, starting each free slot on the first ready task.

    The order is kept here, not left to the executor: the moment the last
    base block of a year ends, a free worker starts complexity (the longest
    task), never a block queued before complexity was ready. A worker that
    finishes waits one round trip for its next task, milliseconds against
    tasks of seconds. ``submit`` returns a future of either kind (``concurrent.futures``
    or ``distributed``): both call ``add_done_callback`` functions with the future.
    """
    finished: queue.Queue = queue.Queue()
    pending = list(order)
    done: set[str] = set()
    reports: list[dict] = []
    running: dict[Any, Task] = {}
    while pending or running:
        for task in [t for t in pending if set(t.after) <= done][: max(1, slots()) - len(running)]:
            pending.remove(task)
            future = submit(task)
            running[future] = task
            future.add_done_callback(finished.put)
        if not running:
            raise PartnerlensError("world build: some tasks wait for tasks that are not planned")
        future = finished.get()
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


class Engine:
    """Where the tasks run, started as soon as the build begins and closed after its manifest is written.

    A ``LocalCluster`` takes seconds to start (a scheduler and a process per
    worker, each importing Dask); planning the build (a scan of each year's
    economies) takes about as long. The cluster starts in a background thread
    on entering, while the caller plans, so neither waits for the other; and
    it is closed after the caller has written the manifest, so the tables are
    readable before the workers have stopped. ``timings`` records when each
    happened (seconds from entering), for the build's report.
    """

    def __init__(self, engine: str = "local", scheduler: str | None = None, workers: int | None = None) -> None:
        if engine not in ENGINES:
            raise PartnerlensError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
        if scheduler and engine != "dask":
            raise PartnerlensError("--scheduler is for the dask engine: add --engine dask")
        self.engine, self.scheduler, self.workers = engine, scheduler, workers
        self.timings: dict[str, float] = {}
        self._began = time.perf_counter()
        self._starting: Future | None = None
        self._stack = ExitStack()

    def mark(self, event: str) -> None:
        """Record that ``event`` happened now (seconds since the engine was entered)."""
        self.timings[event] = round(time.perf_counter() - self._began, 3)

    def __enter__(self) -> Engine:
        self._began = time.perf_counter()
        if self.engine == "dask":
            starter = ThreadPoolExecutor(1, thread_name_prefix="partnerlens-cluster")
            self._starting = starter.submit(self._connect)
            starter.shutdown(wait=False)
        return self

    def _connect(self):
        if not self.scheduler and EARLY_FORKSERVER:
            _start_forkserver()  # its imports run while this process imports Dask and starts the scheduler
            self.mark("forkserver_started")
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise PartnerlensError("the dask engine needs dask.distributed: pip install 'partnerlens[world]'") from exc
        # Not entered as context managers: a Client's ``with`` sets a context variable that must be reset in
        # the thread that set it, and this runs in a background thread; closed by ``__exit__`` instead.
        if self.scheduler:
            client = Client(self.scheduler, timeout="30s", set_as_default=False)
        else:
            with _forked_workers():
                cluster = LocalCluster(
                    n_workers=self.workers or default_workers(),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    # The scheduler serves its few HTTP routes even with no dashboard, on :8787 unless told
                    # otherwise: a free port on the loopback keeps it off a user's own dashboard and out of
                    # "port 8787 is already in use" warnings when two builds run at once.
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                    silence_logs=40,
                )
            self._stack.callback(cluster.close)
            client = Client(cluster, set_as_default=False)
        self._stack.callback(client.close)
        self.mark("cluster_ready")
        return client

    def run(self, tasks: Sequence[Task], rank: Mapping[str, int] | None = None) -> list[dict]:
        """Run ``tasks`` (each once the tasks it waits for have finished); their reports."""
        self.mark("tasks_submitted")
        if self._starting is None:
            reports = run_local(tasks, self.workers, rank)
        else:
            reports = _submit(self._starting.result(), tasks, rank)
        self.mark("tasks_done")
        return reports

    def __exit__(self, *exc: object) -> None:
        if self._starting is not None:
            wait(
                [self._starting]
            )  # a cluster still starting is closed once started (its error, if any, ``run`` raised)
        self._stack.close()
        self.mark("closed")


def _start_forkserver() -> None:
    """Start the forkserver a ``LocalCluster``'s workers fork from now, importing :data:`PRELOAD` in its own process.

    Left to Dask, the forkserver starts when the first Nanny starts its
    worker: after this process has imported ``distributed`` (0.3–0.6 s) and
    started the scheduler, and then it imports that and pandas (0.7–0.8 s of
    CPU) before the first worker forks, one after the other. Started first, it imports on
    the other core while this process imports Dask, so the cluster is ready
    sooner. Its environment is fixed at its start, so BLAS's one thread is set
    here (what the Nanny's ``pre-spawn-environ`` would set later).
    """
    if not _forking():
        return
    from multiprocessing import forkserver

    settings.one_blas_thread()
    _preload()
    forkserver.ensure_running()


def _forking() -> bool:
    """Whether a build's workers fork from a forkserver: :data:`START_METHOD` says so and the platform has one."""
    return START_METHOD == "forkserver" and "forkserver" in multiprocessing.get_all_start_methods()


def _preload() -> None:
    """The forkserver imports :data:`PRELOAD` before it forks a worker (set before it starts; then a no-op)."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))


@contextmanager
def _forked_workers() -> Iterator[None]:
    """Start a ``LocalCluster``'s worker processes from one process that has imported :data:`PRELOAD` once,
    with glibc's own malloc thresholds.

    Spawned (Dask's default), each worker process imports ``distributed``
    (about a second of CPU) and its first tasks import DuckDB, pandas and the
    task code: with two workers on two cores that is paid twice while the
    build plans, and inside the first tasks' CPU seconds. Forked from a
    multiprocessing *forkserver* that imported them once, a worker starts in
    milliseconds with everything loaded, however many there are, and stops as
    fast. The forkserver inherits ``OMP_NUM_THREADS=1`` and the like (the
    Nanny sets them in this process before its first worker starts), so its
    numpy starts one BLAS thread. Where forkserver does not exist (Windows),
    workers spawn.

    Dask also sets ``MALLOC_TRIM_THRESHOLD_=65536`` in its workers (to hand
    memory back to the system sooner); setting it turns off glibc's moving
    mmap threshold, so every array over 128 kB is mapped and faulted in afresh:
    an index block took 2–3× the page faults and about 0.3 s more CPU (of
    1.2–1.5 s) with it, work that grows when two processes share the memory
    bus. A build's workers live for seconds, so they keep glibc's default.

    And they run without :data:`QUIET`'s background work: each wakes a
    thread that takes the GIL from the task's (pandas and numpy release it in
    slices), CPU that lands on the cores the tasks need once every core runs a
    worker. Without them a build's tasks took about 10 % less CPU with two
    workers and 7 % with one (BENCHMARKS.md, b16dask).
    """
    config = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None, **QUIET}
    import dask

    if not _forking():
        with dask.config.set(config):
            yield
        return
    import distributed.utils

    _preload()
    if hasattr(distributed.utils, "_forkserver_preload_set"):
        distributed.utils._forkserver_preload_set = True  # keep this list, not Dask's own (which imports in here)
    with dask.config.set({**config, "distributed.worker.multiprocessing-method": "forkserver"}):
        yield


def _submit(client: Any, tasks: Sequence[Task], rank: Mapping[str, int] | None) -> list[dict]:
    """Run the tasks on the cluster of ``client``, as many at once as its workers have threads (see ``_dispatch``)."""
    client.wait_for_workers(1)

    def submit(task: Task) -> Any:
        return client.submit(run_task, task, pure=False, key=f"{task.name}-{uuid.uuid4().hex[:8]}")

    return _dispatch(_ranked(tasks, rank), lambda: sum(client.nthreads().values()), submit)


def run(
    tasks: Sequence[Task],
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    rank: Mapping[str, int] | None = None,
) -> list[dict]:
    """Run ``tasks`` on ``engine`` started for them and closed after (see :class:`Engine`)."""
    with Engine(engine, scheduler, workers) as running:
        return running.run(tasks, rank)
