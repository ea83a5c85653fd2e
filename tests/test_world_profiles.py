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


def _blocks(groups: list[list[tuple[str, float]]], goods: list, keep: int) -> list[str]:
    """Each group's summary by ``world build``'s numpy block code, as text."""
    import numpy as np

    from partnerlens.analytics.profile.blocks import summarise_groups

    index: dict[str, int] = {}
    rows = [row for group in groups for row in group]
    product = np.array([index.setdefault(p, len(index)) for p, _ in rows], np.int64)
    values = np.array([v for _, v in rows], np.float64)
    lengths = np.array([len(group) for group in groups], np.int64)
    return [d.to_json() for d in summarise_groups(lengths, list(index), product, values, goods, keep)]


@pytest.mark.parametrize("seed", range(40))
def test_block_code_gives_the_on_demand_floats(seed):
    """Random baskets (long HS4 headings, ties, zeros, negatives): the numpy block code's text is the profile's."""
    import random

    from partnerlens.analytics.profile.products import summarise

    rng = random.Random(seed)
    goods = goods_sectors(load_sectors(None))
    step = rng.choice([7, 37, 301])
    codes = [f"{h:04d}{s:02d}" for h in range(100, 9999, step) for s in range(0, 99, rng.choice([1, 9]))]
    chosen = sorted(rng.sample(codes, rng.randint(1, min(len(codes), 4000))))
    rows = [(c, rng.choice([rng.lognormvariate(8, 4), 0.0, 1.0, 1e9, -rng.random()])) for c in chosen]
    keep = rng.choice([1, 10, 300])
    groups = [rows, rows[::2], rows[:1], rows[::-3]]  # the last one not in product order
    assert _blocks(groups, goods, keep) == [summarise(g, goods, keep).to_json() for g in groups]
    assert _blocks([], goods, keep) == []


def test_segment_sums_are_numpys_pairwise_sums():
    import numpy as np

    from partnerlens.analytics.profile.blocks import segment_sums

    rng = np.random.default_rng(0)
    for n in (0, 1, 7, 8, 9, 127, 128, 129, 255, 1000, 5000):
        values = rng.lognormal(10, 4, n) * rng.choice([1, -1], n)
        cuts = np.sort(rng.choice(np.arange(1, n), min(max(n - 1, 0), 6), replace=False)) if n > 1 else []
        starts = np.concatenate([[0], cuts]).astype(np.int64) if n else np.zeros(0, np.int64)
        lengths = np.diff(np.append(starts, n))
        expected = [float(np.sum(values[s : s + k])) for s, k in zip(starts, lengths, strict=True)]
        assert segment_sums(values, starts, lengths).tolist() == expected
