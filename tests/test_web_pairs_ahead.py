"""New pairs asked of a server before ``world build`` read their own rows while another request builds the store-wide
tables (issue 16: twelve new pairs at once, p50 within 1.2× one).

Real components: a store written through the ingest path, the app's long-lived reader (``web.reader``) and its
``KeptEconomies``, profiles computed through it from threads, and ``partnerlens serve`` on 127.0.0.1 answering
twelve new pairs at once. The building request is played by the test (it holds the table's lock after the pair
totals exist, as a builder does while it makes ``profile_economies``), and the reader's gate shows when a waiting
request's own query runs.
"""

from __future__ import annotations

import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from _small_store import ECONOMIES, small_store
from _web_fixtures import CLI, free_port
from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.profile.economies import KEPT_KEY
from partnerlens.analytics.profile.products import PAIRS_DATABASE_KEY, QUERY_GATE_KEY
from partnerlens.web.app import Data
from partnerlens.web.deps import plain_json
from partnerlens.workspace import Workspace


def _profile(data: Data, a: str, b: str) -> dict:
    with data.reading() as flows:
        return bilateral_profile(flows, a, b, 2022).to_dict()


class _SeenGate(threading.BoundedSemaphore):
    """The reader's gate, which also says when a query first entered it."""

    def __init__(self, value: int) -> None:
        super().__init__(value)
        self.entered = threading.Event()

    def __enter__(self):
        self.entered.set()
        return super().__enter__()


class _SeenDatabase:
    """The reader's one-thread database, which also counts the cursors opened on it."""

    def __init__(self, con) -> None:
        self.con, self.cursors = con, 0

    def cursor(self):
        self.cursors += 1
        return self.con.cursor()


def test_a_waiting_pair_runs_its_own_query_before_the_table_exists(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    data = Data(Workspace.open(store.workspace.home))
    reader = data.reader()
    kept = reader.memo[KEPT_KEY]
    gate = reader.memo[QUERY_GATE_KEY] = _SeenGate(reader.queries_at_once)
    assert reader.pairs_database.execute("SELECT current_setting('threads')").fetchone() == (1,)
    aside = reader.memo[PAIRS_DATABASE_KEY] = _SeenDatabase(reader.pairs_database)
    expected = bilateral_profile(store, "RWA", "KEN", 2022).to_dict()  # the CLI's path: no reader, no waiting
    with reader.handle() as flows:
        flows.pair_totals()  # what a builder makes first
    assert kept._lock.acquire(timeout=5)  # the test is the request building profile_economies from them
    kept._totals.set()
    done, result = threading.Event(), []

    def ask() -> None:
        result.append(_profile(data, "RWA", "KEN"))
        done.set()

    worker = threading.Thread(target=ask)
    worker.start()
    try:
        assert gate.entered.wait(30)  # its own query, though the table is not there
        assert kept._columns is None
        deadline = time.monotonic() + 30
        while not aside.cursors and time.monotonic() < deadline:
            time.sleep(0.01)
        assert aside.cursors == 1  # on the pairs' one-thread database: the build keeps the reader's threads
        assert not done.wait(0.3)  # then it waits for the table
    finally:
        kept._lock.release()  # the builder gives up: the waiter builds the table itself
    assert done.wait(30)
    worker.join()
    assert result == [expected]
    assert kept._columns is not None
    assert aside.cursors == 1  # the waiter built the table and took the rows it had read


def test_pairs_asked_together_before_the_table_give_the_librarys_profiles(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    data = Data(Workspace.open(store.workspace.home))
    pairs = [(a, b) for a, b in zip(ECONOMIES[:12], ECONOMIES[12:24], strict=True)]
    with ThreadPoolExecutor(12) as pool:
        served = list(pool.map(lambda pair: _profile(data, *pair), pairs))
    assert served == [bilateral_profile(store, a, b, 2022).to_dict() for a, b in pairs]


def test_a_server_answers_twelve_new_pairs_at_once_as_the_library_does(tmp_path):
    home = tmp_path / "home"
    store = small_store(home, (2021, 2022))
    pairs = [(a, b) for a, b in zip(ECONOMIES[:12], ECONOMIES[12:24], strict=True)]
    port = free_port()
    process = subprocess.Popen(
        [*CLI, "--home", str(home), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/api/status", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert not list((home / "cache").glob("*/pair_totals-*.parquet"))  # nothing store-wide built yet

        def ask(pair: tuple[str, str]) -> httpx.Response:
            with httpx.Client(timeout=120) as client:
                return client.get(f"{url}/api/profile", params={"a": pair[0], "b": pair[1], "year": 2022})

        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(ask, pairs))
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert [r.status_code for r in answers] == [200] * 12
    assert [r.content for r in answers] == [
        plain_json(bilateral_profile(store, a, b, 2022).to_dict()) for a, b in pairs
    ]


class _CountedGate(threading.BoundedSemaphore):
    """The reader's gate, which also counts the queries that passed it."""

    def __init__(self, value: int) -> None:
        super().__init__(value)
        self.passed = 0

    def __enter__(self):
        self.passed += 1
        return super().__enter__()


def test_a_waiting_request_reads_the_noted_pairs_rows_ahead_and_they_take_them(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    data = Data(Workspace.open(store.workspace.home))
    reader = data.reader()
    kept, queued = reader.memo[KEPT_KEY], reader.queued
    gate = reader.memo[QUERY_GATE_KEY] = _CountedGate(reader.queries_at_once)
    pairs = [(a, b) for a, b in zip(ECONOMIES[:5], ECONOMIES[5:10], strict=True)]
    expected = {pair: bilateral_profile(store, *pair, 2022).to_dict() for pair in pairs}
    for a, b in pairs[1:]:
        data.asked(a, b, 2022)  # as the route does when each request arrives
    data.asked(pairs[1][0], pairs[1][1], 2022)  # a pair asked twice is noted once
    data.asked("RWA", "nowhere-at-all", 2022)  # a pair its own request will refuse: skipped, no query
    with reader.handle() as flows:
        flows.pair_totals()
    assert kept._lock.acquire(timeout=5)  # the test builds profile_economies
    kept._totals.set()
    first: list = []
    worker = threading.Thread(target=lambda: first.append(_profile(data, *pairs[0])))
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while gate.passed < 5 and time.monotonic() < deadline:  # its own query, then the four noted pairs'
            time.sleep(0.01)
        assert gate.passed == 5
        assert kept._columns is None
    finally:
        kept._lock.release()  # the builder gives up: the waiter builds the table itself
    worker.join(30)
    assert first == [expected[pairs[0]]]
    assert not queued.open  # the table is in memory: nothing more is noted
    data.asked("KEN", "RWA", 2022)
    assert not queued._asked
    served = {pair: _profile(data, *pair) for pair in pairs[1:]}
    assert served == {pair: expected[pair] for pair in pairs[1:]}
    assert gate.passed == 5  # the noted pairs took the rows read for them: no query of their own
