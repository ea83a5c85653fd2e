"""Bounded work per request: worker pools with a queue limit and a time budget.

Everything the web app does that can take more than a moment — fetching an
address, reading and checking an article, computing a profile or a brief,
rendering a PDF — runs in one of these pools, never on the event loop and never
in an unbounded number of threads:

* a pool has a fixed number of workers and a fixed number of places in its
  queue; when both are taken the request is answered 503 at once (with
  ``Retry-After``), so a burst cannot pile up threads or memory;
* the caller waits at most the pool's time budget; past it the request gets a
  503 that says so (the work already started finishes in the background and,
  when it is a cached read, fills the cache for the next caller).

Work done in a pool is bounded in size by the limits in :mod:`partnerlens.web.limits`,
so the time budget is a backstop, not the way work is bounded.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from fastapi import HTTPException

T = TypeVar("T")


class Pool:
    """``workers`` threads, at most ``queue`` more requests waiting, ``budget`` seconds per request."""

    def __init__(self, name: str, workers: int, queue: int, budget: float) -> None:
        self.name, self.budget, self.capacity = name, budget, workers + queue
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"partnerlens-{name}")
        self._lock = threading.Lock()
        self._in_flight = 0

    def _done(self, _future) -> None:
        with self._lock:
            self._in_flight -= 1

    async def run(self, fn: Callable[[], T], budget: float | None = None) -> T:
        """``fn()`` in a worker, in the caller's context; 503 when the pool is full or the answer takes longer than
        the budget."""
        with self._lock:
            if self._in_flight >= self.capacity:
                raise HTTPException(
                    503, f"the server is busy ({self.name}); try again in a few seconds", {"Retry-After": "5"}
                )
            self._in_flight += 1
        # the worker runs in a copy of the request's context (the workspace's taxonomy, partnerlens.scope), as
        # asyncio.to_thread does; a bare submit would run it in the thread's empty context
        future = self._executor.submit(contextvars.copy_context().run, fn)
        future.add_done_callback(self._done)
        limit = budget or self.budget
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), limit)
        except TimeoutError:
            raise HTTPException(
                503,
                f"this request took longer than its {limit:g} s budget ({self.name}); try again later",
                {"Retry-After": "10"},
            ) from None

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


@dataclass
class Pools:
    """The app's pools (sizes fit a small machine; the fetch pool is wider because fetches mostly wait)."""

    fetch: Pool
    text: Pool
    reads: Pool
    briefs: Pool
    pdf: Pool

    @classmethod
    def default(cls, fetch_deadline: float) -> Pools:
        return cls(
            fetch=Pool("fetching", workers=4, queue=8, budget=fetch_deadline + 2),
            text=Pool("reading articles", workers=2, queue=32, budget=60),
            reads=Pool("analysis", workers=4, queue=256, budget=120),
            briefs=Pool("briefs", workers=2, queue=64, budget=120),
            pdf=Pool("PDF rendering", workers=1, queue=32, budget=120),
        )

    def shutdown(self) -> None:
        for pool in (self.fetch, self.text, self.reads, self.briefs, self.pdf):
            pool.shutdown()
