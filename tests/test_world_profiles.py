"""World table ``profile_products``: a profile of two economies read from it is byte for byte the computed one.

The demo store (two years, so series, growth and CAGR are there), profiles of
several pairs in both orders, with and without a year, as JSON: computed from
the flows before ``world build``, then read from the world tables after it.
Groups, a product selection and another sector taxonomy read the flows.
"""

from __future__ import annotations

import json
import shutil

import pytest

from partnerlens.analytics import bilateral_profile
from partnerlens.analytics.flows import open_flows
from partnerlens.analytics.profile.products import goods_sectors
from partnerlens.analytics.profile.series import series_table, standing
from partnerlens.analytics.profile.world import (
    MEMORY_KEY,
    world_economies,
    world_series,
    world_standing,
    world_summaries,
)
from partnerlens.jsonable import jsonable
from partnerlens.reference import load_sectors, resolve_party
from partnerlens.sources.demo import ingest_demo
from partnerlens.store import TradeStore
from partnerlens.web.api import JSON, plain_json, profile_dict
from partnerlens.web.app import Data
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world

YEAR = 2022
PAIRS = [("RWA", "AZE"), ("DEU", "FRA"), ("USA", "CHN"), ("KEN", "TZA"), ("KAZ", "TUR")]
ASKED = [(a, b, year) for x, y in PAIRS for a, b in ((x, y), (y, x)) for year in (None, YEAR - 1)]


def _json(store: TradeStore, a: str, b: str, year: int | None, **kwargs) -> str:
    return json.dumps(jsonable(bilateral_profile(store, a, b, year, **kwargs).to_dict()), allow_nan=False)


@pytest.fixture(scope="module")
def profiles(tmp_path_factory):
    """The store, and each asked profile's JSON computed from the flows (no world tables yet)."""
    store = TradeStore(Workspace.open(tmp_path_factory.mktemp("world-profiles") / "home"))
    ingest_demo(store, seed=7, scale="small", years=[YEAR - 1, YEAR])
    computed = {key: _json(store, *key) for key in ASKED}
    computed["group"] = _json(store, "KAZ", "Africa", YEAR)
    with open_flows(store) as f:  # before a build: the series and standings from the store-wide cache table
        kaz, tur = frozenset({"KAZ"}), frozenset({"TUR"})
        economies = world_economies(f, kaz, tur)
        assert economies is not None and f.world is None
        assert world_series(f, "KAZ", "TUR", economies) == series_table(f, kaz, tur, f.pair_totals())
        assert world_standing(f, YEAR, economies[(YEAR, "KAZ")], "TUR") == standing(f, YEAR, kaz, tur, "pair_totals")
    before = Data(store.workspace)  # the server's long-lived reader, before any world build: the same JSON
    for a, b, year in ASKED[:4]:
        with before.reading() as flows:
            assert flows is not store and flows.world is None
            got = json.dumps(jsonable(bilateral_profile(flows, a, b, year).to_dict()), allow_nan=False)
        assert got == computed[(a, b, year)]
    shutil.rmtree(store.workspace.home / "cache", ignore_errors=True)  # the world tables must stand alone
    build_world(store.workspace, digits=6, engine="local", workers=1, kinds=("profiles",))
    return store, computed


@pytest.mark.parametrize("key", ASKED, ids=lambda k: f"{k[0]}-{k[1]}-{k[2]}")
def test_profile_from_world_tables_is_the_computed_one_byte_for_byte(profiles, key):
    store, computed = profiles
    a, b, year = key
    with open_flows(store) as f:
        goods = goods_sectors(load_sectors(f.sectors_path))
        read = world_summaries(f, year or YEAR, resolve_party(a).members, resolve_party(b).members, goods, 10)
        assert world_economies(f, resolve_party(a).members, resolve_party(b).members) is not None
    assert read is not None  # the world path answered
    assert _json(store, a, b, year) == computed[key]


def test_the_servers_long_lived_reader_gives_the_same_json(profiles):
    """The web app's reader (one connection, the tables in memory) answers every asked profile the same."""
    store, computed = profiles
    d = Data(store.workspace)
    assert d.warm()["world_tables"]
    reader = d.reader()
    assert reader is not None and d.reader() is reader  # opened once per store version
    for a, b, year in ASKED:
        with d.reading() as flows:
            assert flows.memoised(MEMORY_KEY, lambda: None) is not None
            got = json.dumps(jsonable(bilateral_profile(flows, a, b, year).to_dict()), allow_nan=False)
        assert got == computed[(a, b, year)], (a, b, year)
        body = profile_dict(d, a, b, year)  # what the route sends: already JSON types, rendered in one pass
        assert plain_json(body) == JSON(body).body
    with d.reading() as flows:
        group = json.dumps(jsonable(bilateral_profile(flows, "KAZ", "Africa", YEAR).to_dict()), allow_nan=False)
    assert group == computed["group"]


def test_groups_read_the_flows_and_agree(profiles):
    store, computed = profiles
    with open_flows(store) as f:
        goods = goods_sectors(load_sectors(f.sectors_path))
        assert (
            world_summaries(f, YEAR, resolve_party("KAZ").members, resolve_party("Africa").members, goods, 10) is None
        )
        assert world_summaries(f, YEAR, frozenset({"KAZ"}), frozenset({"TUR"}), goods, 11) is None  # top beyond kept
    assert _json(store, "KAZ", "Africa", YEAR) == computed["group"]


def test_another_sector_taxonomy_is_not_read_from_the_world_tables(profiles):
    store, _ = profiles
    with open_flows(store) as f:
        goods = goods_sectors(load_sectors(f.sectors_path))[1:]  # a taxonomy without its first sector
        assert world_summaries(f, YEAR, frozenset({"KAZ"}), frozenset({"TUR"}), goods, 10) is None
