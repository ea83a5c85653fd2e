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
When the worker cannot be started, dies, or reports an error, or a spec is not
plain JSON, the chart is drawn in-process (and a genuine error is raised there,
as before). The worker ends when its input closes (this process exits).
"""

from __future__ import annotations

import atexit
import json
import os
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

_lock = threading.Lock()
_worker: subprocess.Popen[str] | None = None
_owner = 0  # the process that started the worker: a forked child starts its own (the pipes are its parent's)
_failed = False


def start() -> None:
    """Start the worker once per process (idempotent, cheap: it does not wait for the engine)."""
    global _worker, _owner, _failed
    with _lock:
        if _owner != os.getpid():
            _worker, _owner, _failed = None, os.getpid(), False
        if _worker is not None or _failed or not current().chart_worker:
            return
        try:
            _worker = subprocess.Popen(
                [sys.executable, "-c", WORKER],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
        except OSError:
            _failed = True
            return
    atexit.register(stop)


def stop() -> None:
    """Close the worker's input (it exits) and reap it."""
    global _worker
    with _lock:
        worker, _worker = _worker, None
    if worker is None or _owner != os.getpid():
        return
    try:
        if worker.stdin:
            worker.stdin.close()
        worker.wait(timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        worker.kill()
        worker.wait()


def draw(spec: dict, vega: bool) -> str:
    """The SVG of ``spec`` (Vega if ``vega``, else Vega-Lite), from the worker when it runs, else drawn here."""
    answer = _from_worker(spec, vega)
    if answer is not None:
        return answer
    import vl_convert  # in-process: no worker, or the worker could not draw this spec

    return vl_convert.vega_to_svg(spec) if vega else vl_convert.vegalite_to_svg(spec)


def _from_worker(spec: dict, vega: bool) -> str | None:
    """The worker's SVG, or None when there is no worker, it failed, or it reported an error (drawn in-process)."""
    global _failed
    start()
    try:
        line = json.dumps([spec, vega]) + "\n"
    except (TypeError, ValueError):  # not plain JSON (e.g. a NumPy number): vl-convert in-process converts it
        return None
    with _lock:
        if _worker is None or _worker.stdin is None or _worker.stdout is None:
            return None
        try:
            answer = _exchange(_worker.stdin, _worker.stdout, line)
        except (OSError, ValueError):
            _failed = True  # a dead or confused worker: draw in-process from now on
            _worker.kill()
            return None
    kind, text = answer
    return text if kind == "svg" else None


def _exchange(stdin: IO[str], stdout: IO[str], line: str) -> list:
    stdin.write(line)
    stdin.flush()
    answer = stdout.readline()
    if not answer:
        raise ValueError("the chart worker ended")
    return json.loads(answer)
