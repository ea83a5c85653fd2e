"""The chart engine (``vl-convert``) in a worker process, started at the beginning of a brief (issue 16).

``vl-convert`` holds the GIL while its JavaScript engine starts (about half a
second) and while it draws (measured: a Python thread makes no progress
meanwhile), so a thread cannot overlap it with a brief's imports and analytics.
A process can: :func:`start` launches a small interpreter that imports only
``vl_convert`` and starts its engine on the machine's other core, and
:func:`draw` hands it a spec and reads back the SVG (the same library, so the
same bytes as drawing in-process).

Protocol: one JSON line ``[spec, vega]`` per request on the worker's standard
input, one JSON line ``["svg", text]`` or ``["error", message]`` per answer.
When no worker can be started, a worker dies or reports an error, or a spec is
not plain JSON, the chart is drawn in-process (and a genuine error is raised
there, as before). A worker ends when its input closes (this process exits).

Several workers (issue 16): ``start(workers=n)`` keeps up to ``n`` running, and
:func:`draw` hands each spec to an idle one (waiting for one when all draw), so
that threads drawing at once (:mod:`partnerlens.brief.chart_files`'s drawing
threads, :func:`capacity` of them) draw at once. A command's brief starts one
(the second's start would take a core from the analytics); a warm server, which
starts them before any brief, starts ``PARTNERLENS_SERVER_CHART_WORKERS`` (2).
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import subprocess
import sys
import threading
from typing import IO

from partnerlens.settings import CHART_WORKER_ENV, current

WORKER = """
import json, sys
import vl_convert
vl_convert.vega_to_svg({"width": 1, "height": 1})  # start the engine before the first request,
vl_convert.vegalite_to_svg({"data": {"values": [{"a": 1}]}, "mark": "point"})  # and load its Vega-Lite compiler
for line in sys.stdin:
    spec, vega = json.loads(line)
    try:
        answer = ["svg", vl_convert.vega_to_svg(spec) if vega else vl_convert.vegalite_to_svg(spec)]
    except Exception as exc:
        answer = ["error", f"{type(exc).__name__}: {exc}"]
    sys.stdout.write(json.dumps(answer) + "\\n")
    sys.stdout.flush()
"""

OFF = CHART_WORKER_ENV
"""Set to ``0`` to draw in-process (no worker)."""

Worker = subprocess.Popen

_lock = threading.Lock()
_workers: list[Worker] = []  # every worker started and not failed
_idle: queue.SimpleQueue[Worker | None] = queue.SimpleQueue()  # those not drawing; None: no worker left
_owner = 0  # the process that started the workers: a forked child starts its own (the pipes are its parent's)
_failed = False  # a worker failed: no more are started, the others still draw


def start(workers: int = 1) -> None:
    """Keep up to ``workers`` worker processes running in this process (idempotent, cheap: it does not wait for
    their engines to start)."""
    global _owner
    with _lock:
        if _owner != os.getpid():
            _reset()
            _owner = os.getpid()
        if not current().chart_worker:
            return
        started = False
        while len(_workers) < workers and not _failed:
            worker = _launched()
            if worker is None:
                break
            _workers.append(worker)
            _idle.put(worker)
            started = True
    if started:
        atexit.register(stop)


def capacity() -> int:
    """How many charts can be drawn at once: the workers running (at least 1: drawn in-process)."""
    with _lock:
        return max(1, len(_workers)) if _owner == os.getpid() else 1


def stop() -> None:
    """Close every worker's input (each exits) and reap them."""
    with _lock:
        if _owner != os.getpid():
            return
        workers = list(_workers)
        _reset()
    for worker in workers:
        try:
            if worker.stdin:
                worker.stdin.close()
            worker.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            worker.kill()
            worker.wait()


def draw(spec: dict, vega: bool) -> str:
    """The SVG of ``spec`` (Vega if ``vega``, else Vega-Lite), from a worker when one runs, else drawn here."""
    answer = _from_worker(spec, vega)
    if answer is not None:
        return answer
    import vl_convert  # in-process: no worker, or the worker could not draw this spec

    return vl_convert.vega_to_svg(spec) if vega else vl_convert.vegalite_to_svg(spec)


def _from_worker(spec: dict, vega: bool) -> str | None:
    """A worker's SVG, or None when there is no worker, it failed, or it reported an error (drawn in-process)."""
    start()
    try:
        line = json.dumps([spec, vega]) + "\n"
    except (TypeError, ValueError):  # not plain JSON (e.g. a NumPy number): vl-convert in-process converts it
        return None
    worker = _taken()
    if worker is None:
        return None
    try:
        answer = _exchange(worker.stdin, worker.stdout, line)  # type: ignore[arg-type]
    except (OSError, ValueError):
        _drop(worker)  # a dead or confused worker: the others draw, or this process when none is left
        return None
    _idle.put(worker)
    kind, text = answer
    return text if kind == "svg" else None


def _taken() -> Worker | None:
    """An idle worker, waiting for one while all draw; None when none runs."""
    with _lock:
        if _owner != os.getpid() or not _workers:
            return None
    worker = _idle.get()
    if worker is None:  # the last worker failed meanwhile: wake the next waiter too
        _idle.put(None)
    return worker


def _drop(worker: Worker) -> None:
    global _failed
    worker.kill()
    with _lock:
        _failed = True
        if worker in _workers:
            _workers.remove(worker)
        if not _workers:
            _idle.put(None)


def _launched() -> Worker | None:
    global _failed
    try:
        return subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
    except OSError:
        _failed = True
        return None


def _reset() -> None:
    """Forget every worker (stopped, or its parent's in a forked child)."""
    global _idle, _failed
    _workers.clear()
    _idle = queue.SimpleQueue()
    _failed = False


def _exchange(stdin: IO[str], stdout: IO[str], line: str) -> list:
    stdin.write(line)
    stdin.flush()
    answer = stdout.readline()
    if not answer:
        raise ValueError("the chart worker ended")
    return json.loads(answer)
