"""A pool worker that waits for another request's work lends its place (issue 16: twelve new pairs at once).

Real components: the app's ``web.work.Pool`` and its threads, ``partnerlens.places``, and for the profile a store
written through the ingest path, the app's long-lived reader and its ``KeptEconomies`` (the building request is
played by the test: it holds the table's lock once the pair totals exist, as a builder does while it makes
``profile_economies``; the reader's gate counts the waiting requests' own queries).
"""

from __future__ import annotations

import asyncio
import threading
import time

from _small_store import ECONOMIES, small_store
from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.profile.economies import KEPT_KEY
from partnerlens.analytics.profile.products import QUERY_GATE_KEY
from partnerlens.places import Places, in_place, waiting
from partnerlens.web.app import Data
from partnerlens.web.work import Pool
from partnerlens.workspace import Workspace


def _run_all(pool: Pool, jobs) -> list:
    async def burst():
        return await asyncio.gather(*(pool.run(job) for job in jobs))

    try:
        return asyncio.run(burst())
    finally:
        pool.shutdown()


def test_places_are_handed_over_in_order_of_asking_and_a_returning_waiter_goes_first():
    places, order = Places(1), []
    places.take()

    def ask(name: str, first: bool = False) -> threading.Thread:
        def run() -> None:
            places.take(first)
            order.append(name)
            places.give()

        thread = threading.Thread(target=run)
        thread.start()
        time.sleep(0.1)  # asking, in this order
        return thread

    threads = [ask("second"), ask("third"), ask("back from a wait", first=True)]
    places.give()
    for thread in threads:
        thread.join(5)
    assert order == ["back from a wait", "second", "third"]


def test_waiting_outside_a_pool_changes_nothing():
    with waiting():
        pass
    places = Places(1)
    assert in_place(places, lambda: 7) == 7
    places.take()  # given back
    places.give()


def test_a_worker_waiting_for_another_lends_its_place_and_one_that_works_does_not():
    built = threading.Event()
    started: list[str] = []

    def waits() -> str:
        started.append("waiter")
        with waiting():
            assert built.wait(5)
        return "waited"

    def builds() -> str:
        started.append("builder")
        built.set()
        return "built"

    # one place: the waiter lends it, so the builder starts and the waiter's wait ends
    assert _run_all(Pool("test", workers=1, queue=4, budget=10, lent=2), [waits, builds]) == ["waited", "built"]
    assert started == ["waiter", "builder"]

    # the same without lent threads: the builder queues behind the waiter, whose wait runs out
    built.clear()
    started.clear()

    def waits_briefly() -> bool:
        with waiting():
            return built.wait(0.5)

    assert _run_all(Pool("test", workers=1, queue=4, budget=10), [waits_briefly, builds]) == [False, "built"]


def test_a_busy_place_is_not_lent():
    running, most = [0], [0]
    lock = threading.Lock()

    def works() -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1

    _run_all(Pool("test", workers=2, queue=16, budget=10, lent=6), [works] * 8)
    assert most[0] == 2


class _CountingGate(threading.BoundedSemaphore):
    """The reader's gate, counting the pairs' own queries that entered it."""

    def __init__(self, value: int) -> None:
        super().__init__(value)
        self.count, self._counted = 0, threading.Lock()

    def __enter__(self):
        with self._counted:
            self.count += 1
        return super().__enter__()


def test_every_pair_waiting_for_the_table_in_a_pool_runs_its_own_query_before_it_exists(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    data = Data(Workspace.open(store.workspace.home))
    reader = data.reader()
    kept = reader.memo[KEPT_KEY]
    gate = reader.memo[QUERY_GATE_KEY] = _CountingGate(1)
    pairs = [(a, b) for a, b in zip(ECONOMIES[:8], ECONOMIES[8:16], strict=True)]
    expected = [bilateral_profile(store, a, b, 2022).to_dict() for a, b in pairs]
    with reader.handle() as flows:
        flows.pair_totals()  # what a builder makes first
    assert kept._lock.acquire(timeout=5)  # the test is the request building profile_economies from them
    kept._totals.set()

    def profile(a: str, b: str):
        def run() -> dict:
            with data.reading() as flows:
                return bilateral_profile(flows, a, b, 2022).to_dict()

        return run

    pool = Pool("analysis", workers=2, queue=16, budget=60, lent=len(pairs))
    answers: list = []
    asking = threading.Thread(target=lambda: answers.extend(_run_all(pool, [profile(a, b) for a, b in pairs])))
    asking.start()
    try:
        deadline = time.monotonic() + 30
        while gate.count < len(pairs) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gate.count == len(pairs)  # all eight, with two places, while the table is being made
        assert kept._columns is None and not answers
    finally:
        kept._lock.release()  # the builder gives up: a waiter builds the table itself
    asking.join(60)
    assert answers == expected
