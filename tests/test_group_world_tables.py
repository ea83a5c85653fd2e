"""A group's own flows read from the world tables (``world.groups``) give the numbers computed from the flows.

After ``world build`` the group path of export potential and diversification
(a group's sales outside it, its members' exports, the trade among its
members) reads the standard groups' tables instead of scanning the year's
flows; the results must not change, group × country and country × group, both
orders. Whole-dollar flows keep the sums exact whichever way they are added up.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from _flows_fixtures import assert_same, ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.analytics.flows import exporter_rca
from partnerlens.analytics.potential import inputs
from partnerlens.analytics.potential.assemble import export_potential
from partnerlens.analytics.potential.diversify import diversification
from partnerlens.analytics.profile.group_tables import world_rows
from partnerlens.reference import resolve_party
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world
from partnerlens.world.groups import blocks, group_tag, standard_groups

ECONOMIES = ["RWA", "AZE", "KAZ", "EGY", "KEN", "DEU", "USA", "CHN", "UZB"]  # Africa: EGY, KEN, RWA
PRODUCTS = ["090111", "090240", "100199", "260900", "270900", "310210", "720241", "847130"]
YEAR = 2022
PAIRS = [("KAZ", "Africa"), ("Africa", "KAZ"), ("Africa", "asia"), ("Africa", None), ("KAZ", "central-asia")]


def _answers(home: Path) -> dict:
    found = {}
    for a, b in PAIRS:
        found[("potential", a, b)] = export_potential(TradeStore(Workspace.open(home)), a, b, YEAR).to_dict()
        found[("diversification", a, b)] = diversification(TradeStore(Workspace.open(home)), a, b, YEAR).to_dict()
    return found


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> tuple[dict, dict, Path]:
    world = random_world(5, ECONOMIES, PRODUCTS, [2020, 2021, YEAR], density=0.6)
    home = ingest(tmp_path_factory.mktemp("group-world") / "ws", world, name="demo-groups", synthetic=True).home
    on_demand = _answers(home)
    build_world(Workspace.open(home), years=[YEAR], workers=1, kinds=("groups",))
    return on_demand, _answers(home), home


@pytest.mark.parametrize(("what", "a", "b"), [(w, a, b) for w in ("potential", "diversification") for a, b in PAIRS])
def test_group_answers_from_world_tables_are_the_computed_ones(both, what, a, b):
    on_demand, from_world, _ = both
    assert_same(from_world[(what, a, b)], on_demand[(what, a, b)], f"{what} {a}×{b}")


def test_a_standard_group_is_read_from_the_world_tables_and_a_trimmed_one_is_not(both):
    _, _, home = both
    africa, asia = resolve_party("Africa").members, resolve_party("asia").members
    with open_flows(TradeStore(Workspace.open(home))) as f:
        assert f.world is not None
        for table in ("group_sales_hs6", "group_members_hs6", "group_intra_hs6"):
            sql = world_rows(f, table, YEAR, africa)
            assert sql is not None and f.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0] > 0
        assert world_rows(f, "group_intra_hs6", YEAR, asia - {"KAZ"}) is None  # KAZ × asia trims asia: on demand
        assert world_rows(f, "group_intra_hs6", 2021, africa) is None  # a year the build did not cover
        assert world_rows(f, "group_intra_hs6", YEAR, frozenset({"KAZ"})) is None  # one economy: never a group
        # the group's sales, summed per product, are its members' flows outside it, summed per product
        sold = f.df(f"SELECT product, sum(value_usd) AS v FROM {inputs.outward(f, YEAR, africa)} GROUP BY 1 ORDER BY 1")
        codes = "('EGY', 'KEN', 'RWA')"
        flows = f.df(
            f"SELECT product, sum(value_usd) AS v FROM flows WHERE year = {YEAR} AND exporter IN {codes} "
            f"AND importer NOT IN {codes} GROUP BY 1 ORDER BY 1"
        )
        assert sold["v"].tolist() == flows["v"].tolist() and len(flows) > 0


def test_every_standard_group_has_its_own_tag_and_one_block():
    groups = standard_groups()
    tags = {group_tag(members) for _, members in groups}
    assert len(tags) == len({members for _, members in groups})  # one tag per member set
    placed = [code for block in blocks() for code in block]
    assert sorted(placed) == [code for code, _ in groups]  # each group in exactly one block
    assert all(len(members) > 1 for _, members in groups)


@pytest.mark.parametrize("digits", [6, 4])
def test_a_group_exporters_rca_from_its_sales_table_is_the_one_from_the_flows(both, digits):
    _, _, home = both
    store = TradeStore(Workspace.open(home))
    with open_flows(store) as f:
        from_world = exporter_rca(f, "Africa", YEAR, digits)
        # the group's own row is summed from its sales table (then kept in the cache, as any aggregate)
        assert world_rows(f, "group_sales_hs6", YEAR, resolve_party("Africa").members) is not None
    with open_flows(store) as f:
        f.world = None  # this handle reads no world table: the members' flows
        from_flows = exporter_rca(f, "Africa", YEAR, digits)
    assert len(from_flows) > 0
    pd.testing.assert_frame_equal(from_world, from_flows)
