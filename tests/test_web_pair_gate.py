"""A server's pairs' own queries on the flows wait for the reader's gate (issue 16: twelve new pairs before a build).

Real components: a store written through the ingest path, the app's long-lived reader (``web.reader``), profiles
computed through it from several threads; the gate is the reader's own semaphore, held by the test to see the
query wait for it.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from _small_store import small_store
from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.profile.products import QUERY_GATE_KEY
from partnerlens.web.app import Data
from partnerlens.web.reader import pair_queries_at_once
from partnerlens.workspace import Workspace


def _profile(data: Data, a: str, b: str) -> dict:
    with data.reading() as flows:
        return bilateral_profile(flows, a, b, 2022).to_dict()


def test_a_pair_query_waits_for_the_gate_and_runs_when_it_opens(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    data = Data(Workspace.open(store.workspace.home))
    gate = data.reader().memo[QUERY_GATE_KEY]
    expected = bilateral_profile(store, "RWA", "KEN", 2022).to_dict()  # the CLI's path: no reader, no gate
    assert gate.acquire(timeout=5)  # every place taken (one per two cores: here, take them all)
    taken = 1
    while gate.acquire(blocking=False):
        taken += 1
    assert taken == data.reader().queries_at_once == pair_queries_at_once(1)  # one thread each: one per core
    done = threading.Event()
    result: list[dict] = []

    def ask() -> None:
        result.append(_profile(data, "RWA", "KEN"))
        done.set()

    worker = threading.Thread(target=ask)
    worker.start()
    assert not done.wait(0.5)  # its own query waits for a place
    for _ in range(taken):
        gate.release()
    assert done.wait(30)
    worker.join()
    assert result == [expected]


def test_pairs_asked_at_once_through_the_gate_give_the_libraries_profiles(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    data = Data(Workspace.open(store.workspace.home))
    pairs = [("RWA", "KEN"), ("KEN", "RWA"), ("RWA", "UGA"), ("UGA", "KEN"), ("KEN", "UGA"), ("UGA", "RWA")]
    with ThreadPoolExecutor(6) as pool:
        served = list(pool.map(lambda pair: _profile(data, *pair), pairs))
    assert served == [bilateral_profile(store, a, b, 2022).to_dict() for a, b in pairs]
    gate = data.reader().memo[QUERY_GATE_KEY]
    assert all(gate.acquire(blocking=False) for _ in range(data.reader().queries_at_once))  # every place given back


def test_one_pair_query_at_a_time_per_two_cores_or_per_core_on_one_thread():
    assert pair_queries_at_once() >= 1
    assert pair_queries_at_once(1) >= pair_queries_at_once(2)
