"""A group exporter's supply terms are kept in the cache folder: later briefs of the group, whatever the market,
read them and give exactly the figures computed (``analytics.potential.group_supply``)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from _flows_fixtures import ingest, random_world
from partnerlens.analytics import open_flows
from partnerlens.analytics.potential.assemble import export_potential
from partnerlens.jsonable import jsonable
from partnerlens.store import TradeStore
from partnerlens.workspace import Workspace
from partnerlens.world.build import build_world

ECONOMIES = ["KAZ", "USA", "EGY", "KEN", "NGA", "ZAF", "DEU", "CHN"]
PRODUCTS = ["090111", "100199", "260900", "270900", "847130", "870323"]
YEAR = 2022


def _text(result) -> str:
    """Every figure of a result, exactly (floats as ``repr``)."""
    return json.dumps(jsonable(result.to_dict()), sort_keys=True, default=str)


def _potential(home, exporter: str, market: str, **kwargs) -> str:
    with open_flows(TradeStore(Workspace.open(home))) as f:
        return _text(export_potential(f, exporter, market, YEAR, **kwargs))


def _kept(home) -> list:
    return sorted((home / "cache").glob(f"*/group_supply_{YEAR}-*.parquet"))


@pytest.fixture()
def home(tmp_path):
    world = random_world(23, ECONOMIES, PRODUCTS, [2020, 2021, YEAR], density=0.7)
    return ingest(tmp_path / "ws", world, name="demo-group-supply", synthetic=True).home


def test_the_kept_terms_give_the_computed_figures_for_every_market(home):
    first = _potential(home, "Africa", "KAZ")  # computes the terms and keeps them
    assert len(_kept(home)) == 1
    assert _potential(home, "Africa", "KAZ") == first  # read from the kept file
    _potential(home, "Africa", "USA")
    assert len(_kept(home)) == 1  # another market: the same terms, the same file
    for path in _kept(home):
        path.unlink()
    assert _potential(home, "Africa", "USA") == _potential(home, "Africa", "USA")


def test_a_later_brief_reads_the_kept_file(home):
    before = json.loads(_potential(home, "Africa", "KAZ"))
    (path,) = _kept(home)
    table = pd.read_parquet(path)
    table["supply:supply"] = table["supply:supply"] * 2  # what only a reader of this file would see
    table.to_parquet(path, index=False)
    after = json.loads(_potential(home, "Africa", "KAZ"))
    assert before["potential_usd"] > 0
    assert after["potential_usd"] == pytest.approx(2 * before["potential_usd"], rel=1e-12)


def test_other_parameters_or_world_tables_keep_another_file_and_an_economy_none(home):
    _potential(home, "Africa", "KAZ")
    _potential(home, "Africa", "KAZ", trend_bounds=(0.8, 1.25))
    _potential(home, "KAZ", "Africa")  # an economy's terms are not kept here (``supply_hs6`` holds them)
    assert len(_kept(home)) == 2
    on_demand = _potential(home, "Africa", "KAZ")
    build_world(Workspace.open(home), years=[YEAR], workers=1, kinds=("groups",))
    assert _potential(home, "Africa", "KAZ") == on_demand  # whole dollars: the group tables' sums are exact
    assert len(_kept(home)) == 3  # read from the world tables: kept apart from the terms read from the flows
