"""The web app's first requests for a pair (issue 16): what the server keeps between requests changes no byte.

* The API's profile bodies, before and after ``world build``, are byte for byte
  what the code sent before this work (``tests/data/web_profile_bodies.json``:
  SHA-256 of each body as commit cba515f's app sent it, on the same demo store,
  with the ingest time blanked) — the app in-process (``TestClient``: the real
  ASGI stack, routing, validation, middleware and JSON encoding), whether the
  server's fast path (``web.fastpath``) or the route answers.
* Before a build the server's reader reads the on-demand ``profile_economies``
  into memory once (``KeptEconomies``); later pairs query nothing for it.
* A product code's goods sectors, worked out once per taxonomy, are the ones the
  per-row prefix lookup found.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.profile import products
from partnerlens.analytics.profile.world import KEPT_KEY, CacheTables
from partnerlens.reference.sectors import Sector
from partnerlens.sources.demo import ingest_demo
from partnerlens.store import TradeStore
from partnerlens.web.app import Data, create_app
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world

BODIES = Path(__file__).parent / "data" / "web_profile_bodies.json"
PAIRS = [("RWA", "AZE"), ("DEU", "FRA"), ("USA", "CHN"), ("KEN", "TZA"), ("KAZ", "TUR"), ("KAZ", "Africa")]
ASKED = [(a, b, year) for x, y in PAIRS for a, b in ((x, y), (y, x)) for year in (None, 2021)]


def _digest(body: bytes) -> str:
    """SHA-256 of a body with the release's ingest time blanked (the one field that differs between stores)."""
    text = re.sub(r'"ingested_at": "[^"]*"', '"ingested_at": "-"', body.decode())
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _bodies(store: TradeStore) -> dict[str, str]:
    with TestClient(create_app(store.workspace)) as client:
        found = {}
        for a, b, year in ASKED:
            params = {"a": a, "b": b} | ({"year": year} if year else {})
            response = client.get("/api/profile", params=params)
            assert response.status_code == 200, response.text
            found[f"{a}-{b} {year}"] = _digest(response.content)
            routed = client.get("/api/profile", params=params | {"via": "route"})  # a query the fast path leaves
            assert (routed.content, routed.headers.items()) == (response.content, response.headers.items())
        assert client.app.state.fast_path["served"] == len(ASKED)  # web/fastpath.py answered the plain ones
        return found


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> TradeStore:
    made = TradeStore(Workspace.open(tmp_path_factory.mktemp("first-requests") / "home"))
    ingest_demo(made, seed=7, scale="small", years=[2021, 2022])
    return made


def test_profile_bodies_are_byte_for_byte_the_earlier_ones_before_and_after_a_build(store):
    expected = json.loads(BODIES.read_text())
    before = _bodies(store)
    shutil.rmtree(store.workspace.home / "cache", ignore_errors=True)
    build_world(store.workspace, digits=6, engine="local", workers=1, kinds=("base", "profiles"))
    after = _bodies(store)
    got = {f"before {k}": v for k, v in before.items()} | {f"after {k}": v for k, v in after.items()}
    assert got == expected
    assert before == after  # and the world tables answer what the flows do


def test_the_reader_reads_the_on_demand_economies_once(tmp_path, monkeypatch):
    store = TradeStore(Workspace.open(tmp_path / "home"))
    ingest_demo(store, seed=3, scale="small", years=[2022])
    reads = []
    real = CacheTables._columns

    def counted(self):
        reads.append(1)
        return real(self)

    monkeypatch.setattr(CacheTables, "_columns", counted)
    d = Data(store.workspace)
    for a, b in [("RWA", "AZE"), ("DEU", "FRA"), ("KEN", "TZA"), ("USA", "CHN"), ("AZE", "RWA")]:
        with d.reading() as flows:
            assert flows.world is None and flows.memoised(KEPT_KEY, lambda: None) is not None
            served = bilateral_profile(flows, a, b).to_dict()
        assert served == bilateral_profile(store, a, b).to_dict()  # the CLI's path: a query for the two economies
    assert reads == [1]  # the server's reader: the whole table, once


def _prefix_lookup(code: str, goods: list) -> set[int]:
    """The sectors a code is in: those with an HS prefix that starts it."""
    return {n for n, sector in enumerate(goods) if any(code.startswith(prefix) for prefix in sector.hs)}


CODES = st.text("0123", min_size=2, max_size=6)


@settings(max_examples=60, deadline=None)
@given(
    prefixes=st.lists(
        st.lists(st.text("0123", min_size=2, max_size=4), min_size=1, max_size=4), min_size=1, max_size=6
    ),
    rows=st.lists(st.tuples(CODES, st.floats(-1e9, 1e9, allow_nan=False)), max_size=40),
)
def test_kept_sectors_of_a_code_are_the_prefix_lookups(prefixes, rows):
    goods = [Sector(id=f"s{n}", label=f"sector {n}", hs=hs) for n, hs in enumerate(prefixes)]
    for code, _ in rows:
        assert set(products._kept_sectors(goods).sectors_of(code)) == _prefix_lookup(code, goods)
    sums, rest = products._sector_sums(rows, goods)
    again = products._sector_sums(rows, goods)  # the second time from the kept codes
    assert (sums, rest) == again
    inside = [[v for code, v in rows if n in _prefix_lookup(code, goods)] for n in range(len(goods))]
    assert sums == {f"s{n}": products.pairwise_sum(v) for n, v in enumerate(inside) if v}
    assert rest == products.pairwise_sum([v for code, v in rows if not _prefix_lookup(code, goods)])
