"""A pool worker's place, lent to the next request while the worker waits for another thread's work.

A server runs each request's work in a pool with a fixed number of places (``web.work.Pool``: four for the
analysis). A request that waits for what another request is building — before ``world build``, the store-wide
table every new pair needs (single-flight: one builds, the others wait) — does no work while it waits, yet it
held its place: of twelve new pairs asked at once, three waited in the profile and eight waited in the pool's
queue, not yet started (issue 16). Around such a wait, :func:`waiting` lends the place to the next request in
the queue and takes a place back, ahead of the queue, once the wait is over. Outside a pool's worker (the CLI,
the tests' threads) it does nothing.

The places are handed over first come, first served (:class:`Places`), so the extra threads a pool keeps for
lent places never let a later request pass an earlier one.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

_worker = threading.local()


class Places:
    """``count`` places taken and given back in order of asking (a plain semaphore lets a newcomer pass a waiter)."""

    def __init__(self, count: int) -> None:
        self._free = count
        self._lock = threading.Lock()
        self._asking: deque[threading.Event] = deque()

    def take(self, first: bool = False) -> None:
        """Wait for a place; ``first``: ahead of those asking (a request taking its place back after a wait)."""
        with self._lock:
            if self._free and not self._asking:
                self._free -= 1
                return
            given = threading.Event()
            if first:
                self._asking.appendleft(given)
            else:
                self._asking.append(given)
        given.wait()  # the place is handed over by give(): nobody can take it in between

    def give(self) -> None:
        with self._lock:
            if self._asking:
                self._asking.popleft().set()
            else:
                self._free += 1


def in_place(places: Places, fn: Callable[[], T]) -> T:
    """``fn()`` once a place is free, holding it (except through :func:`waiting`) until ``fn`` returns."""
    places.take()
    _worker.places = places
    try:
        return fn()
    finally:
        _worker.places = None
        places.give()


@contextlib.contextmanager
def waiting() -> Iterator[None]:
    """Around a wait for another thread's work: the calling worker's place goes to the next request meanwhile."""
    places = getattr(_worker, "places", None)
    if places is None:
        yield
        return
    places.give()
    try:
        yield
    finally:
        places.take(first=True)
