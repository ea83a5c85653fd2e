"""What the timeline benchmarks share: calls wrapped to report their wall and thread CPU, modules wrapped on import.

``bench_brief_timeline.py``, ``bench_warm_trace.py`` and ``bench_web_timeline.py`` each print a timeline of named
calls (start, end, the calling thread's CPU). Each keeps its own clock and sink (a list, a JSON file, a line per
row); what they share is here:

* :func:`wrap` puts a timed call in place of ``owner.attr`` (a module's function or a class's method), including a
  name a package loads on first use (PEP 562 ``__getattr__``), and leaves alone a name the owner does not have (a
  peer's older tree);
* :class:`WhenImported` runs a callback as soon as a named module has been executed by its import, with the
  import's start and thread CPU — to wrap a module's functions where the code under test imports it, not before.

``note(label, start, cpu)`` is the benchmark's sink; ``clock`` the wall clock it reads (``time.perf_counter`` or
``time.time``, which two processes share).
"""

from __future__ import annotations

import functools
import importlib.abc
import sys
import time
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

Note = Callable[[str, float, float], None]


def timed(fn: Callable, label: str, note: Note, clock: Callable[[], float] = time.perf_counter) -> Callable:
    """``fn``, reporting ``label``, its start on ``clock`` and its thread CPU to ``note`` at each call."""

    @functools.wraps(fn)
    def call(*args, **kwargs):
        start, cpu = clock(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            note(label, start, time.thread_time() - cpu)

    call._traced = True  # type: ignore[attr-defined]
    return call


def wrap(owner: Any, attr: str, label: str, note: Note, clock: Callable[[], float] = time.perf_counter) -> None:
    """Put :func:`timed` ``owner.attr`` in its place; wrapping twice is a no-op. A name a package loads on first use
    (PEP 562) is loaded by the first call, through the package's own ``__getattr__``."""
    fn = vars(owner).get(attr)
    if getattr(fn, "_traced", False):
        return
    if fn is not None:
        setattr(owner, attr, timed(fn, label, note, clock))
    elif isinstance(owner, ModuleType) and "__getattr__" in vars(owner):

        def load_then_call(*args, **kwargs):  # the first call, its import included
            start, cpu = clock(), time.thread_time()
            fn = owner.__getattr__(attr)
            setattr(owner, attr, timed(fn, label, note, clock))  # the package kept the value: wrap it in its place
            try:
                return fn(*args, **kwargs)
            finally:
                note(label, start, time.thread_time() - cpu)

        load_then_call._traced = True  # type: ignore[attr-defined]
        setattr(owner, attr, load_then_call)


class WhenImported(importlib.abc.MetaPathFinder):
    """Calls ``then(name, module, start, cpu)`` once a module of ``names`` has been executed by its import.

    Install with ``sys.meta_path.insert(0, WhenImported(...))``; the module is in ``sys.modules`` when ``then`` runs.
    """

    def __init__(
        self,
        names: Iterable[str],
        then: Callable[[str, ModuleType, float, float], None],
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.names, self.then, self.clock = frozenset(names), then, clock

    def find_spec(self, name, path, target=None):
        if name not in self.names:
            return None
        spec = next(
            (s for f in sys.meta_path if f is not self and (s := f.find_spec(name, path, target)) is not None), None
        )
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            start, cpu = self.clock(), time.thread_time()
            run(module)
            sys.modules[name] = module  # (as the import system does after exec_module)
            self.then(name, module, start, time.thread_time() - cpu)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec
