"""New pairs asked of a server while it builds the store-wide table read their products in one query, split per pair
(``analytics.profile.ahead``; issue 16: twelve new pairs at once, p50 within 1.2× one).

Real components: a store written through the ingest path, the app's ``Data`` and long-lived reader, profiles computed
from threads through the route's own cache (``api.profile_body``), and ``partnerlens serve`` on 127.0.0.1. In the
in-process tests the building request is played by the test (it holds the table's lock once the pair totals exist,
as a builder does while it makes ``profile_economies``), and the reader's gate counts the queries on the flows.
"""

from __future__ import annotations

import asyncio
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from _small_store import ECONOMIES, small_store
from _web_fixtures import CLI, free_port
from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.profile.ahead import AHEAD_KEY, batch_rows
from partnerlens.analytics.profile.economies import KEPT_KEY
from partnerlens.analytics.profile.products import QUERY_GATE_KEY, bilateral_products
from partnerlens.web.api import profile_body
from partnerlens.web.app import Data
from partnerlens.web.deps import plain_json
from partnerlens.workspace import Workspace

PAIRS = [(a, b) for a, b in zip(ECONOMIES[:12], ECONOMIES[12:24], strict=True)]


class _CountingGate(threading.BoundedSemaphore):
    """The reader's gate, counting the queries on the flows that pass it."""

    def __init__(self) -> None:
        super().__init__(1)
        self.count = 0

    def __enter__(self):
        self.count += 1
        return super().__enter__()


def _body(data: Data, a: str, b: str, year: int | None = 2022) -> bytes:
    return asyncio.run(profile_body(data, a, b, year))


def _library(store, a: str, b: str) -> bytes:
    return plain_json(bilateral_profile(store, a, b, 2022).to_dict())


def test_batch_rows_are_each_pairs_own_rows(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    data = Data(Workspace.open(store.workspace.home))
    pairs = {*PAIRS[:6], ("RWA", "AZE"), ("AZE", "KAZ")}  # a code in two pairs, both orders of a code's trade
    with data.reader().handle() as flows:
        rows = batch_rows(flows, 2022, pairs)
        for a, b in pairs:
            assert rows[(2022, a, b)] == bilateral_products(flows, 2022, frozenset({a}), frozenset({b}))
    assert any(rows.values())


def test_pairs_asked_while_the_table_is_built_are_read_in_one_query(tmp_path):
    store = small_store(tmp_path / "home", (2021, 2022))
    data = Data(Workspace.open(store.workspace.home))
    reader = data.reader()
    kept, ahead = reader.memo[KEPT_KEY], reader.memo[AHEAD_KEY]
    gate = reader.memo[QUERY_GATE_KEY] = _CountingGate()
    with reader.handle() as flows:
        flows.pair_totals()  # what a builder makes first
    assert kept._lock.acquire(timeout=5)  # the test is the request building profile_economies from them
    kept._totals.set()
    asked = [*PAIRS, ("RWA", "NOWHERE"), ("africa", "KAZ")]  # an unknown party, and a group: not in the batch
    for a, b in asked:
        data.profile_asked(a, b, 2022)  # as each request does on arrival, before it waits for a worker

    def ask(pair: tuple[str, str]) -> bytes | Exception:
        try:
            return _body(data, *pair)
        except Exception as exc:  # noqa: BLE001 -- the unknown party's error is the answer checked below
            return exc

    with ThreadPoolExecutor(len(asked)) as pool:
        futures = [pool.submit(ask, pair) for pair in asked]
        try:
            assert ahead._done.wait(60)  # the first waiting request ran the batch while the table is not there
            assert kept._columns is None
            assert {(a, b) for _, a, b in ahead._keys} == set(PAIRS)  # the twelve, not the unknown party nor the group
        finally:
            kept._lock.release()  # the builder gives up: a waiter builds the table itself
        answers = [future.result(timeout=120) for future in futures]
    assert answers[:12] == [_library(store, a, b) for a, b in PAIRS]  # byte for byte, one at a time
    assert isinstance(answers[12], Exception) and "NOWHERE" in str(answers[12])  # its own error, the others answered
    assert answers[13] == _library(store, "africa", "KAZ")
    assert gate.count == 2  # the batch, then the group's own query; nothing for the twelve after the table
    assert not ahead._rows  # every pair took its rows


def test_a_lone_pair_runs_no_batch_and_waits_for_none(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    data = Data(Workspace.open(store.workspace.home))
    reader = data.reader()
    ahead = reader.memo[AHEAD_KEY]
    gate = reader.memo[QUERY_GATE_KEY] = _CountingGate()
    assert _body(data, "RWA", "KEN") == _library(store, "RWA", "KEN")
    assert not ahead.started  # nobody waited for its build: its own query after the table, as before
    assert gate.count == 1
    data.profile_asked("KAZ", "UGA", 2022)  # once the table is in memory nothing is registered
    assert ("KAZ", "UGA", 2022) not in ahead._asked


def test_a_failed_batch_leaves_each_pair_its_own_query(tmp_path):
    store = small_store(tmp_path / "home", (2022,))
    data = Data(Workspace.open(store.workspace.home))
    reader = data.reader()
    kept, ahead = reader.memo[KEPT_KEY], reader.memo[AHEAD_KEY]
    with reader.handle() as flows:
        flows.pair_totals()
    assert kept._lock.acquire(timeout=5)
    kept._totals.set()
    for a, b in PAIRS[:4]:
        data.profile_asked(a, b, 2022)
    import partnerlens.analytics.profile.ahead as module

    def broken(*_args):
        raise RuntimeError("the batch failed")

    original, module.batch_rows = module.batch_rows, broken
    try:
        with ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(_body, data, a, b) for a, b in PAIRS[:4]]
            assert ahead._done.wait(60)
            kept._lock.release()
            answers = [future.result(timeout=120) for future in futures]
    finally:
        module.batch_rows = original
    assert answers == [_library(store, a, b) for a, b in PAIRS[:4]]


@pytest.mark.parametrize("bad", [("RWA", "NOWHERE")])
def test_a_server_answers_twelve_new_pairs_and_a_bad_one_at_once(tmp_path, bad):
    home = tmp_path / "home"
    store = small_store(home, (2021, 2022))
    port = free_port()
    process = subprocess.Popen(
        [*CLI, "--home", str(home), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    asked = [*PAIRS[:6], bad, *PAIRS[6:]]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/api/status", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)

        def ask(pair: tuple[str, str]) -> httpx.Response:
            with httpx.Client(timeout=120) as client:
                return client.get(f"{url}/api/profile", params={"a": pair[0], "b": pair[1], "year": 2022})

        with ThreadPoolExecutor(len(asked)) as pool:
            answers = list(pool.map(ask, asked))
        lone = ask(("KAZ", "UGA"))  # after the table: the route's answer as before
    finally:
        process.terminate()
        process.wait(timeout=30)
    bad_answer = answers.pop(6)
    assert 400 <= bad_answer.status_code < 500 and "NOWHERE" in bad_answer.text
    assert [r.status_code for r in answers] == [200] * 12
    assert [r.content for r in answers] == [_library(store, a, b) for a, b in PAIRS]
    assert lone.status_code == 200 and lone.content == _library(store, "KAZ", "UGA")
